/**
 * The catalog as open data: JSON for developers, CSV for staff who open it in Excel. Every field of
 * the schemas is written (`./field-values.ts`); certificates carry their status for the build date,
 * like every page, and addresses their province of today.
 */
import type { ImageMetadata } from 'astro';
import { certificateLabel } from '../i18n/vi';
import type { CertificateView } from '../lib/catalog/view';
import { absoluteUrl } from '../lib/urls';
import { fieldTrees } from '../schemas/collections';
import type { Catalog } from '../site/catalog';
import { ogImageFrom } from '../site/og-image';
import { fieldsJson, type ValueContext } from './field-values';

export const certificateJson = (c: CertificateView) => ({
  type: c.kind,
  name: certificateLabel(c),
  ...(c.stars ? { stars: c.stars } : {}),
  code: c.code ?? null,
  issuer: c.issuer ?? null,
  issuedOn: c.issuedOn ?? null,
  validUntil: c.validUntil ?? null,
  ...(c.permanent ? { permanent: true } : {}),
  ...(c.dateUnknown ? { dateUnknown: true, issuedYear: c.issuedYear ?? null } : {}),
  status: c.status,
});

export async function catalogJson(catalog: Catalog, site: URL) {
  // The JPEG variant pages already publish: referencing the upload itself would deploy it too.
  const context: ValueContext = {
    imageUrl: async (image) => absoluteUrl((await ogImageFrom(image.src as ImageMetadata, image.alt ?? '')).src, site),
  };
  return {
    site: { name: catalog.site.name, region: catalog.site.region, url: site.href, statusDate: catalog.today },
    cooperatives: await Promise.all(
      catalog.cooperatives.map(async (coop) => {
        const fields = await fieldsJson(fieldTrees.cooperative, coop.entry.data, context);
        return {
          id: coop.slug,
          url: absoluteUrl(coop.url, site),
          ...fields,
          address: { ...(fields['address'] as object), provinceToday: coop.province?.province.name ?? null },
          products: coop.products.map((p) => p.id),
        };
      }),
    ),
    products: await Promise.all(
      catalog.products.map(async (product) => ({
        id: product.id,
        url: absoluteUrl(product.url, site),
        cooperative: product.coop.slug,
        ...(await fieldsJson(fieldTrees.product, product.entry.data, context)),
        ocop: product.ocop ? certificateJson(product.ocop) : null,
        certifications: product.certifications.map(certificateJson),
      })),
    ),
  };
}
