/**
 * The catalog as pages see it: products joined to their cooperative, certificate status computed
 * once against the build date, and every listing's index. Pure: no Astro, so it is unit-tested.
 *
 * The status is computed here, at render time, and never stored in Astro's content cache: a cached
 * entry from last month must not keep showing a certificate as valid after it expired.
 */
import { isPermanent, type CertificationType } from '../../schemas/certification-type.ts';
import type { CooperativeData } from '../../schemas/cooperative.ts';
import { OCOP_GROUPS, type OcopGroup } from '../../schemas/ocop-group.ts';
import { STAR_LEVELS } from '../../schemas/ocop-stars.ts';
import type { ProductData } from '../../schemas/product.ts';
import { certificateStatus, isCurrent, type CertificateStatus } from '../certificate-status.ts';
import { resolveProvince, type Province, type ResolvedProvince } from '../provinces.ts';
import { urls } from '../urls.ts';

type ProductFields = Pick<ProductData, 'name' | 'group' | 'ocop' | 'certifications' | 'featured' | 'added'>;
type CoopFields = Pick<CooperativeData, 'name' | 'address' | 'added' | 'founded'>;

export interface ProductEntryLike {
  id: string;
  data: ProductFields;
}
export interface CoopEntryLike {
  id: string;
  data: CoopFields;
}

export interface CertificateView {
  /** `ocop` or a certification type. */
  kind: 'ocop' | CertificationType;
  /** The name the certificate was given in front matter (`Chứng nhận Halal`), if any. */
  name?: string | undefined;
  status: CertificateStatus;
  /** Protected without a term (a geographical indication): valid with no `validUntil`. */
  permanent?: boolean;
  /** An OCOP recognition whose decision date is not known ("chưa rõ ngày công nhận"); `issuedYear` when the year is. */
  dateUnknown?: boolean;
  issuedYear?: number | undefined;
  stars?: 3 | 4 | 5;
  code?: string | undefined;
  issuer?: string | undefined;
  issuedOn?: string | undefined;
  validUntil?: string | undefined;
}

export interface ProductView<P extends ProductEntryLike, C extends CoopEntryLike> {
  entry: P;
  id: string;
  slug: string;
  url: string;
  coop: CoopView<P, C>;
  ocop: CertificateView | undefined;
  /** Stars of a current (valid or expiring) OCOP recognition; undefined when none or expired. */
  currentStars: 3 | 4 | 5 | undefined;
  certifications: CertificateView[];
  /** Certification types with a current certificate, for listings and filters. */
  currentCertifications: CertificationType[];
}

export interface CoopView<P extends ProductEntryLike, C extends CoopEntryLike> {
  entry: C;
  slug: string;
  url: string;
  province: ResolvedProvince | undefined;
  products: ProductView<P, C>[];
}

export interface CatalogView<P extends ProductEntryLike, C extends CoopEntryLike> {
  today: string;
  products: ProductView<P, C>[];
  cooperatives: CoopView<P, C>[];
  product(id: string): ProductView<P, C> | undefined;
  cooperative(slug: string): CoopView<P, C> | undefined;
  byGroup: Map<OcopGroup, ProductView<P, C>[]>;
  byStars: Map<3 | 4 | 5, ProductView<P, C>[]>;
  byCertification: Map<CertificationType, ProductView<P, C>[]>;
  byProvince: Map<string, { province: Province; products: ProductView<P, C>[]; cooperatives: CoopView<P, C>[] }>;
  featured: ProductView<P, C>[];
  newestCooperatives: CoopView<P, C>[];
}

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function ocopView(ocop: ProductFields['ocop'], today: string): CertificateView | undefined {
  if (!ocop) return undefined;
  const unknown = 'dateUnknown' in ocop;
  return {
    kind: 'ocop',
    status: ocopStatus(ocop, today),
    stars: ocop.stars,
    code: ocop.decision,
    issuer: ocop.issuer,
    issuedOn: ocop.issuedOn,
    validUntil: ocop.validUntil,
    ...(unknown ? { dateUnknown: true, issuedYear: ocop.issuedYear } : {}),
  };
}

/**
 * An OCOP recognition's status. Without its decision date it is never current: expired when even
 * the last day of its year plus 36 months is past, otherwise of unknown term.
 */
export function ocopStatus(ocop: NonNullable<ProductFields['ocop']>, today: string): CertificateStatus {
  if (ocop.validUntil) return certificateStatus(ocop.validUntil, today);
  if ('latestValidUntil' in ocop && ocop.latestValidUntil && ocop.latestValidUntil < today) return 'expired';
  return 'undated';
}

function certificationView(cert: ProductFields['certifications'][number], today: string): CertificateView {
  const permanent = isPermanent(cert.type) && cert.validUntil === undefined;
  return {
    kind: cert.type,
    name: cert.name,
    status: certificateStatus(cert.validUntil, today, { permanent }),
    ...(permanent ? { permanent } : {}),
    code: cert.code,
    issuer: cert.issuer,
    issuedOn: cert.issuedOn,
    validUntil: cert.validUntil,
  };
}

/** Stars first (current ones only), then name in Vietnamese alphabetical order. */
export function compareProducts(a: ProductView<ProductEntryLike, CoopEntryLike>, b: ProductView<ProductEntryLike, CoopEntryLike>): number {
  return (b.currentStars ?? 0) - (a.currentStars ?? 0) || collator.compare(a.entry.data.name, b.entry.data.name);
}

export function buildCatalogView<P extends ProductEntryLike, C extends CoopEntryLike>(
  coopEntries: readonly C[],
  productEntries: readonly P[],
  today: string,
): CatalogView<P, C> {
  const cooperatives: CoopView<P, C>[] = coopEntries
    .map((entry) => ({
      entry,
      slug: entry.id,
      url: urls.cooperative(entry.id),
      province: resolveProvince(entry.data.address.province),
      products: [] as ProductView<P, C>[],
    }))
    .sort((a, b) => collator.compare(a.entry.data.name, b.entry.data.name));
  const coopBySlug = new Map(cooperatives.map((c) => [c.slug, c]));

  const products: ProductView<P, C>[] = [];
  for (const entry of productEntries) {
    const [coopSlug = '', slug = ''] = entry.id.split('/');
    const coop = coopBySlug.get(coopSlug);
    if (!coop) continue; // the coop is a draft: its products are not published either
    const ocop = ocopView(entry.data.ocop, today);
    const certifications = entry.data.certifications.map((c) => certificationView(c, today));
    const view: ProductView<P, C> = {
      entry,
      id: entry.id,
      slug,
      url: urls.product(coopSlug, slug),
      coop,
      ocop,
      currentStars: ocop && isCurrent(ocop.status) ? ocop.stars : undefined,
      certifications,
      currentCertifications: [...new Set(certifications.filter((c) => isCurrent(c.status)).map((c) => c.kind as CertificationType))],
    };
    products.push(view);
    coop.products.push(view);
  }
  products.sort(compareProducts);
  for (const coop of cooperatives) coop.products.sort(compareProducts);
  const productById = new Map(products.map((p) => [p.id, p]));

  const byGroup = new Map(OCOP_GROUPS.map((g) => [g, products.filter((p) => p.entry.data.group === g)]));
  const byStars = new Map(STAR_LEVELS.map((s) => [s, products.filter((p) => p.currentStars === s)]));
  const byCertification = new Map<CertificationType, ProductView<P, C>[]>();
  for (const product of products) {
    for (const type of product.currentCertifications) {
      const list = byCertification.get(type) ?? [];
      list.push(product);
      byCertification.set(type, list);
    }
  }
  const byProvince: CatalogView<P, C>['byProvince'] = new Map();
  for (const coop of cooperatives) {
    if (!coop.province) continue;
    const { province } = coop.province;
    const bucket = byProvince.get(province.slug) ?? { province, products: [], cooperatives: [] };
    bucket.cooperatives.push(coop);
    bucket.products.push(...coop.products);
    byProvince.set(province.slug, bucket);
  }
  for (const bucket of byProvince.values()) bucket.products.sort(compareProducts);

  const flagged = products.filter((p) => p.entry.data.featured);
  const featured = (flagged.length > 0 ? flagged : products.filter((p) => p.currentStars)).slice(0, 8);
  const newestCooperatives = [...cooperatives]
    .sort(
      (a, b) =>
        (b.entry.data.added ?? '').localeCompare(a.entry.data.added ?? '') || (b.entry.data.founded ?? 0) - (a.entry.data.founded ?? 0),
    )
    .slice(0, 6);

  return {
    today,
    products,
    cooperatives,
    product: (id) => productById.get(id),
    cooperative: (slug) => coopBySlug.get(slug),
    byGroup,
    byStars,
    byCertification,
    byProvince,
    featured,
    newestCooperatives,
  };
}
