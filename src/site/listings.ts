/**
 * Route helpers shared by the listing pages: paginated paths for `[...page]` routes, and the
 * "Xem theo" links between listings.
 */
import { groupShortLabels, ui } from '../i18n/vi';
import { paginate } from '../lib/paginate';
import { urls } from '../lib/urls';
import { OCOP_GROUPS } from '../schemas/ocop-group';
import type { Catalog } from './catalog';

/** `getStaticPaths` entries for every page of a listing. */
export function pagedPaths<T, P extends Record<string, string>>(items: readonly T[], pageSize: number, base: string, params: P) {
  return paginate(items, pageSize, base).map((page) => ({ params: { ...params, page: page.param }, props: { page, base } }));
}

/** Links to the six groups with their counts, and "all products". */
export function groupLinks(catalog: Catalog) {
  return [
    { label: ui.listing.allProducts, href: urls.products(), count: catalog.products.length },
    ...OCOP_GROUPS.map((g) => ({ label: groupShortLabels[g], href: urls.group(g), count: catalog.byGroup.get(g)?.length ?? 0 })),
  ];
}

/** Links to the star levels (current recognitions only). */
export function starLinks(catalog: Catalog) {
  return ([5, 4, 3] as const).map((s) => ({ label: ui.stars(s), href: urls.stars(s), count: catalog.byStars.get(s)?.length ?? 0 }));
}
