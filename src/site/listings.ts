/**
 * What every listing route renders, computed once per build: the static paths of each paginated
 * listing with all the props its page needs (title, intro, breadcrumbs, "Xem theo" links), and the
 * links of the hub pages. Each route is then one call, and its words live here, not in `src/pages`.
 */
import { certificationLabels, groupLabels, groupShortLabels, ui } from '../i18n/vi';
import { provinceWithPrefix } from '../i18n/address';
import { collator } from '../lib/catalog/view';
import { byCommune, communeUrl } from '../lib/map/communes';
import { statsWords } from '../i18n/stats.vi';
import { paginate, type Page } from '../lib/paginate';
import { urls } from '../lib/urls';
import { CERTIFICATION_TYPES } from '../schemas/certificate';
import { OCOP_GROUPS } from '../schemas/ocop-group';
import { STAR_LEVELS } from '../schemas/ocop-stars';
import { isCooperative } from '../schemas/producer-type';
import { getCatalog, type Catalog, type Coop, type Product, type StoryEntry } from './catalog';
import { withCacheKeys } from './page-key';

export type Crumb = { label: string; href: string };
export type ListingLink = { label: string; href: string; count?: number };
/** A listing's URL and words; `title` is page 1's, later pages add "(trang N)". */
type ListingText = { base: string; title: string; intro: string; breadcrumbs: readonly Crumb[]; links?: readonly ListingLink[] };
/** Props of `ListingPage.astro`: one page of products or cooperatives; `links` go to sibling listings. */
export type ListingProps = ListingText & ({ kind: 'products'; page: Page<Product> } | { kind: 'cooperatives'; page: Page<Coop> });
/** Props of the stories listing, `/bai-viet/`. */
export type StoryListingProps = Omit<ListingText, 'links'> & { page: Page<StoryEntry> };
/** Props of `HubPage.astro`. */
export type HubProps = Omit<ListingText, 'base' | 'links'> & {
  links: ReadonlyArray<{ label: string; href: string; count: number; note?: string | undefined }>;
};

/** One listing before pagination: its items, and the route parameters besides `page`. */
type Listing<T> = ListingText & { items: readonly T[]; params?: Record<string, string> };

/** `getStaticPaths` entries for every page of some listings; `props` makes a page's props. */
function pagedPaths<T, R>(catalog: Catalog, listings: readonly Listing<T>[], props: (page: Page<T>, text: ListingText) => R) {
  return listings.flatMap(({ items, params = {}, ...text }) =>
    paginate(items, catalog.site.pageSize, text.base).map((page) => ({
      params: { ...params, page: page.param },
      props: props(page, text),
    })),
  );
}
const productPaths = (c: Catalog, listings: readonly Listing<Product>[]) =>
  pagedPaths(c, listings, (page, text): ListingProps => ({ kind: 'products', page, ...text }));

/** Links to the six groups with their counts, and "all products". */
export function groupLinks(catalog: Catalog) {
  return [
    { label: ui.listing.allProducts, href: urls.products(), count: catalog.products.length },
    ...OCOP_GROUPS.map((g) => ({ label: groupShortLabels[g], href: urls.group(g), count: catalog.byGroup.get(g)?.length ?? 0 })),
  ];
}

/** The cooperatives and the other producers, with their counts. */
function producerLinks(catalog: Catalog) {
  const cooperatives = catalog.cooperatives.filter((c) => isCooperative(c.entry.data.type)).length;
  return [
    { label: ui.listing.cooperatives, href: urls.cooperatives(), count: cooperatives },
    { label: ui.listing.producersShort, href: urls.producers(), count: catalog.cooperatives.length - cooperatives },
  ];
}

/** Links to the star levels (current recognitions only). */
export function starLinks(catalog: Catalog) {
  return STAR_LEVELS.map((s) => ({ label: ui.stars(s), href: urls.stars(s), count: catalog.byStars.get(s)?.length ?? 0 }));
}

/** Every certification type with its count of current certificates, empty ones included. */
const certificationLinks = (c: Catalog) =>
  CERTIFICATION_TYPES.map((t) => ({
    label: certificationLabels[t],
    href: urls.certification(t),
    count: c.byCertification.get(t)?.length ?? 0,
  }));

/** Provinces with cooperatives on the site, in Vietnamese alphabetical order. */
const provincesByName = (c: Catalog) => [...c.byProvince.values()].sort((a, b) => collator.compare(a.province.name, b.province.name));

const crumb = (label: string, href: string): Crumb => ({ label, href });

/** Links to a province's communes and wards with producers, for its listing and theirs. */
export const communeLinks = (c: Catalog, province: string): ListingLink[] =>
  (byCommune(c).get(province) ?? []).map((p) => ({ label: p.ward.fullName, href: communeUrl(province, p.slug), count: p.products.length }));

/** "The whole province" then its communes: the links of a province's listing and of its communes'. */
function provinceAndCommunes(c: Catalog, slug: string): ListingLink[] {
  const { province, products } = c.byProvince.get(slug)!;
  const where = provinceWithPrefix(province.name, province.kind);
  return [{ label: statsWords.communes.wholeProvince(where), href: urls.province(slug), count: products.length }, ...communeLinks(c, slug)];
}

/** The paginated listings, by route: each returns that route's `getStaticPaths` entries. */
export const listings = {
  /** `/san-pham/`: all products. */
  products: (c: Catalog) =>
    productPaths(c, [
      {
        items: c.products,
        base: urls.products(),
        title: ui.listing.allProducts,
        intro: ui.listing.allProductsIntro,
        breadcrumbs: [crumb(ui.nav.products, urls.products())],
        links: groupLinks(c),
      },
    ]),
  /** `/hop-tac-xa/`: the cooperatives (a cooperative folder may not be named `trang-N`). */
  cooperatives: (c: Catalog) =>
    pagedPaths(
      c,
      [
        {
          items: c.cooperatives.filter((coop) => isCooperative(coop.entry.data.type)),
          base: urls.cooperatives(),
          title: ui.listing.cooperatives,
          intro: ui.listing.cooperativesIntro,
          breadcrumbs: [crumb(ui.nav.cooperatives, urls.cooperatives())],
          links: producerLinks(c),
        },
      ],
      (page, text): ListingProps => ({ kind: 'cooperatives', page, ...text }),
    ),
  /** `/co-so-san-xuat/`: the other OCOP producers, kept out of the cooperative listings; exists even when empty. */
  producers: (c: Catalog) =>
    pagedPaths(
      c,
      [
        {
          items: c.cooperatives.filter((coop) => !isCooperative(coop.entry.data.type)),
          base: urls.producers(),
          title: ui.listing.producers,
          intro: ui.listing.producersIntro,
          breadcrumbs: [crumb(ui.listing.producersShort, urls.producers())],
          links: producerLinks(c),
        },
      ],
      (page, text): ListingProps => ({ kind: 'cooperatives', page, ...text }),
    ),
  /** `/nhom/<group>/`: all six exist, even when empty, so links never break. */
  groups: (c: Catalog) => {
    const links = groupLinks(c);
    return productPaths(
      c,
      OCOP_GROUPS.map((group) => ({
        items: c.byGroup.get(group) ?? [],
        params: { group },
        base: urls.group(group),
        title: ui.listing.group(groupShortLabels[group]),
        intro: ui.listing.groupIntro(groupLabels[group]),
        breadcrumbs: [crumb(ui.nav.products, urls.products()), crumb(groupShortLabels[group], urls.group(group))],
        links,
      })),
    );
  },
  /** `/ocop/<n>-sao/`: current recognitions only; expired ones are not counted. */
  stars: (c: Catalog) => {
    const links = starLinks(c);
    return productPaths(
      c,
      STAR_LEVELS.map((stars) => ({
        items: c.byStars.get(stars) ?? [],
        params: { stars: `${stars}-sao` },
        base: urls.stars(stars),
        title: ui.listing.stars(stars),
        intro: ui.listing.starsIntro(stars),
        breadcrumbs: [crumb(ui.nav.ocop, urls.ocop()), crumb(ui.stars(stars), urls.stars(stars))],
        links,
      })),
    );
  },
  /** `/chung-nhan/<type>/`: every type has a page, even when empty; its links skip the other empty types. */
  certifications: (c: Catalog) => {
    const all = certificationLinks(c);
    return productPaths(
      c,
      CERTIFICATION_TYPES.map((type) => ({
        items: c.byCertification.get(type) ?? [],
        params: { type },
        base: urls.certification(type),
        title: ui.listing.certification(certificationLabels[type]),
        intro: ui.listing.certificationIntro(certificationLabels[type]),
        breadcrumbs: [crumb(ui.listing.certHub, urls.certifications()), crumb(certificationLabels[type], urls.certification(type))],
        links: all.filter((l) => l.count > 0 || l.href === urls.certification(type)),
      })),
    );
  },
  /** `/tinh/<province>/`: pre-2025 names count under today's province. */
  provinces: (c: Catalog) => {
    const links = provincesByName(c).map(({ province, products }) => ({
      label: province.name,
      href: urls.province(province.slug),
      count: products.length,
    }));
    return productPaths(
      c,
      [...c.byProvince.values()].map(({ province, products }) => ({
        items: products,
        params: { province: province.slug },
        base: urls.province(province.slug),
        title: ui.listing.province(provinceWithPrefix(province.name, province.kind)),
        intro: ui.listing.provinceIntro(provinceWithPrefix(province.name, province.kind)),
        breadcrumbs: [crumb(ui.listing.provinceHub, urls.provinces()), crumb(province.name, urls.province(province.slug))],
        // Narrow to a commune where producers have one (the same links as the commune pages); else the other provinces.
        links: communeLinks(c, province.slug).length > 0 ? provinceAndCommunes(c, province.slug) : links,
      })),
    );
  },
  /** `/bai-viet/`: stories, newest first. */
  stories: (c: Catalog) =>
    pagedPaths(
      c,
      [
        {
          items: c.stories,
          base: urls.stories(),
          title: ui.listing.stories,
          intro: ui.listing.storiesIntro,
          breadcrumbs: [crumb(ui.nav.stories, urls.stories())],
        },
      ],
      (page, { links: _, ...text }): StoryListingProps => ({ page, ...text }),
    ),
  /** `/tinh/<province>/xa/<commune>/`: communes and wards with producers, addresses new or pre-2025 (`lib/map/communes.ts`). */
  communes: (c: Catalog) =>
    productPaths(
      c,
      [...byCommune(c)].flatMap(([slug, places]) => {
        const { province } = c.byProvince.get(slug)!;
        const where = provinceWithPrefix(province.name, province.kind);
        const links = provinceAndCommunes(c, slug);
        return places.map(({ ward, slug: commune, products }) => ({
          items: products,
          params: { province: slug, commune },
          base: communeUrl(slug, commune),
          title: statsWords.communes.title(ward.fullName, where),
          intro: statsWords.communes.intro(ward.fullName, where),
          breadcrumbs: [
            crumb(ui.listing.provinceHub, urls.provinces()),
            crumb(province.name, urls.province(slug)),
            crumb(ward.fullName, communeUrl(slug, commune)),
          ],
          links,
        }));
      }),
    ),
};

/** A listing route's whole `getStaticPaths`: `export const getStaticPaths = () => listingPaths('products');` */
export async function listingPaths<K extends keyof typeof listings>(name: K): Promise<ReturnType<(typeof listings)[K]>> {
  // TypeScript cannot tie `listings[name]` to `K`'s return type; every entry has this shape.
  const catalog = await getCatalog();
  const paths: ReadonlyArray<{ props: unknown }> = listings[name](catalog);
  return withCacheKeys(catalog, paths) as ReturnType<(typeof listings)[K]>;
}

/** The hub pages (`/ocop/`, `/chung-nhan/`, `/tinh/`): one large link per listing, with its count. */
const hubs = {
  stars: (c: Catalog): HubProps => ({
    title: ui.listing.ocopHub,
    intro: ui.listing.ocopHubIntro,
    breadcrumbs: [crumb(ui.nav.ocop, urls.ocop())],
    links: STAR_LEVELS.map((s) => ({ label: ui.listing.stars(s), href: urls.stars(s), count: c.byStars.get(s)?.length ?? 0 })),
  }),
  certifications: (c: Catalog): HubProps => ({
    title: ui.listing.certHub,
    intro: ui.listing.certHubIntro,
    breadcrumbs: [crumb(ui.listing.certHub, urls.certifications())],
    links: certificationLinks(c).filter((l) => l.count > 0),
  }),
  provinces: (c: Catalog): HubProps => ({
    title: ui.listing.provinceHub,
    intro: ui.listing.provinceHubIntro,
    breadcrumbs: [crumb(ui.listing.provinceHub, urls.provinces())],
    links: provincesByName(c).map(({ province, products, cooperatives }) => ({
      label: province.name,
      href: urls.province(province.slug),
      count: products.length,
      note: ui.count.cooperatives(cooperatives.length),
    })),
  }),
};

/** Props of a hub page: `<HubPage {...await hubProps('stars')} />`. */
export async function hubProps(name: keyof typeof hubs): Promise<HubProps> {
  return hubs[name](await getCatalog());
}
