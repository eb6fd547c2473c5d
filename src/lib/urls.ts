/**
 * Every URL the site publishes. Cooperative and product URLs are the contract's and are printed on
 * packaging: never change them. The rest are the project's, and once published they stay.
 */
import type { CertificationType } from '../schemas/certificate.ts';
import type { OcopGroup } from '../schemas/ocop-group.ts';

export const urls = {
  home: () => '/',
  cooperative: (coop: string) => `/hop-tac-xa/${coop}/`,
  product: (coop: string, product: string) => `/hop-tac-xa/${coop}/${product}/`,
  cooperatives: () => '/hop-tac-xa/',
  /** Producers that are not cooperatives (companies, household businesses, establishments). */
  producers: () => '/co-so-san-xuat/',
  products: () => '/san-pham/',
  group: (group: OcopGroup) => `/nhom/${group}/`,
  ocop: () => '/ocop/',
  stars: (stars: number) => `/ocop/${stars}-sao/`,
  certifications: () => '/chung-nhan/',
  certification: (type: CertificationType) => `/chung-nhan/${type}/`,
  provinces: () => '/tinh/',
  province: (slug: string) => `/tinh/${slug}/`,
  stories: () => '/bai-viet/',
  story: (slug: string) => `/bai-viet/${slug}/`,
  search: () => '/tim-kiem/',
  printCatalog: () => '/in-an/ocop/',
  catalogJson: () => '/catalog.json',
  catalogCsv: () => '/catalog.csv',
  feed: () => '/rss.xml',
};

/**
 * The link-preview card or QR code made for a page: `/hop-tac-xa/x/y/` → `/og/hop-tac-xa/x/y.png`,
 * `/qr/hop-tac-xa/x/y.svg`. The home page's card is `/og/site.png`.
 */
export function shareAsset(kind: 'og' | 'qr', pageUrl: string, ext: 'png' | 'svg'): string {
  const page = pageUrl.replace(/^\/|\/$/g, '');
  return `/${kind}/${page || 'site'}.${ext}`;
}

/** Page `n` of a listing at `base`: page 1 is the base itself, then `trang-2/`, `trang-3/`… */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang-${n}/`;
}

/** Absolute URL on the site, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(pathOrUrl: string, site: URL | string): string {
  return new URL(pathOrUrl, site).href;
}
