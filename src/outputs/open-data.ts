/**
 * The catalog as open data: JSON for developers, CSV for staff who open it in Excel. Certificate
 * status is computed for the build date, like every page.
 */
import { certificationLabels, cooperativeTypeLabels, groupLabels, statusLabels } from '../i18n/vi';
import { addressLines } from '../lib/address';
import type { CertificateView } from '../lib/catalog/view';
import { absoluteUrl } from '../lib/urls';
import type { Catalog } from '../site/catalog';

const certificate = (c: CertificateView) => ({
  type: c.kind,
  name: c.label,
  ...(c.stars ? { stars: c.stars } : {}),
  code: c.code ?? null,
  issuer: c.issuer ?? null,
  issuedOn: c.issuedOn ?? null,
  validUntil: c.validUntil ?? null,
  status: c.status,
});

export function catalogJson(catalog: Catalog, site: URL) {
  return {
    site: { name: catalog.site.name, region: catalog.site.region, url: site.href, statusDate: catalog.today },
    cooperatives: catalog.cooperatives.map((coop) => {
      const { data } = coop.entry;
      return {
        id: coop.slug,
        url: absoluteUrl(coop.url, site),
        name: data.name,
        type: data.type,
        summary: data.summary ?? null,
        founded: data.founded ?? null,
        members: data.members ?? null,
        representative: data.representative ?? null,
        address: { ...data.address, provinceToday: coop.province?.province.name ?? null },
        geo: data.geo ?? null,
        phone: data.phone ?? null,
        zalo: data.zalo ?? null,
        email: data.email ?? null,
        website: data.website ?? null,
        facebook: data.facebook ?? null,
        products: coop.products.map((p) => p.id),
      };
    }),
    products: catalog.products.map((product) => {
      const { data } = product.entry;
      return {
        id: product.id,
        url: absoluteUrl(product.url, site),
        name: data.name,
        cooperative: product.coop.slug,
        group: data.group,
        summary: data.summary ?? null,
        ocop: product.ocop ? certificate(product.ocop) : null,
        certifications: product.certifications.map(certificate),
        price: data.price ?? null,
        packaging: data.packaging ?? null,
        shelfLife: data.shelfLife ?? null,
        season: data.season ?? null,
        buy: data.buy,
        tags: data.tags,
        added: data.added ?? null,
      };
    }),
  };
}

/** Column headings of the CSV, in Vietnamese for the staff who open it. */
export const CSV_COLUMNS = [
  'Mã sản phẩm',
  'Tên sản phẩm',
  'Nhóm OCOP',
  'Hợp tác xã',
  'Loại hình',
  'Địa chỉ',
  'Tỉnh, thành phố (từ 1/7/2025)',
  'Điện thoại',
  'Số sao OCOP',
  'Tình trạng OCOP',
  'OCOP hiệu lực đến',
  'Số quyết định OCOP',
  'Chứng nhận khác',
  'Giá từ (đồng)',
  'Giá đến (đồng)',
  'Đơn vị tính',
  'Trang sản phẩm',
] as const;

export function catalogRows(catalog: Catalog, site: URL): string[][] {
  return catalog.products.map((product) => {
    const { data } = product.entry;
    const coop = product.coop.entry.data;
    const others = product.certifications.map(
      (c) =>
        `${c.kind === 'other' ? c.label : certificationLabels[c.kind as keyof typeof certificationLabels]} (${statusLabels[c.status]}${c.validUntil ? `, đến ${c.validUntil}` : ''})`,
    );
    return [
      product.id,
      data.name,
      groupLabels[data.group],
      coop.name,
      cooperativeTypeLabels[coop.type],
      addressLines(coop.address).main,
      product.coop.province?.province.name ?? coop.address.province,
      coop.phone ?? '',
      product.ocop?.stars ? String(product.ocop.stars) : '',
      product.ocop ? statusLabels[product.ocop.status] : '',
      product.ocop?.validUntil ?? '',
      product.ocop?.code ?? '',
      others.join('; '),
      data.price ? String(data.price.from) : '',
      data.price?.to !== undefined ? String(data.price.to) : '',
      data.price?.unit ?? '',
      absoluteUrl(product.url, site),
    ];
  });
}
