/**
 * Page cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and code are the same as in the last build is copied from that build instead of rendered.
 * The key is a digest of everything the page is drawn from: its props (the catalog view, with
 * each certificate's status on the build date) and what every page's layout reads (the site's
 * settings, the date statuses are computed for, the site's own link-preview photo, the stories
 * pages link to). A page reading anything else from the catalog must pass it in `parts`.
 *
 * So a certificate that expires between two builds changes the product's props (its status), and
 * every page that shows it is rendered again; a new day changes the footer's date on every page.
 */
import { digestWith } from '../lib/data-digest.ts';
import type { Catalog } from './catalog.ts';

/** What `Base.astro` and the page components read from the catalog besides their props. */
function layoutData(catalog: Catalog) {
  return {
    site: catalog.site,
    today: catalog.today,
    featuredPhoto: catalog.featured[0]?.entry.data.images[0],
    stories: catalog.stories,
  };
}

/** A content entry (its data, body and rendered HTML) links to nothing else: digested once per build. */
const isEntry = (value: object) => 'collection' in value && 'id' in value && 'data' in value;
const memo = new WeakMap<object, string>();
/**
 * An imported image's metadata is a proxy that marks the original file as used by a page when any
 * of its properties is read, and Astro then ships the full-size upload too: digest its `clone`
 * (a plain copy, read without marking). `in` asks the proxy's target and marks nothing.
 */
const image = (value: object) =>
  'src' in value && 'width' in value && 'height' in value && 'format' in value ? (value as { clone?: unknown }).clone : undefined;

export function pageKey(catalog: Catalog, ...parts: unknown[]): string {
  return digestWith({ isLeaf: isEntry, standIn: image, memo }, layoutData(catalog), ...parts);
}

/**
 * Whether this build uses page keys. `astro.config.mjs` turns Astro's incremental build on only
 * when the cache folder holds an earlier build and says so in `HTX_PAGE_KEYS`; a build with an
 * empty cache ignores keys, and digesting every page's props for nothing had cost 0.3 s of the
 * main thread at 1,400 pages. Unset (outside `astro build`), keys are made.
 */
export const PAGE_KEYS_ENV = 'HTX_PAGE_KEYS';
const keysUsed = () => process.env[PAGE_KEYS_ENV] !== 'off';

/** `getStaticPaths` entries with their cache key (the page's props and `parts`) when the build uses keys. */
export function withCacheKeys<T extends { props: unknown }>(
  catalog: Catalog,
  paths: readonly T[],
  ...parts: unknown[]
): Array<T & { cacheKey?: string }> {
  if (!keysUsed()) return [...paths];
  return paths.map((path) => ({ ...path, cacheKey: pageKey(catalog, path.props, ...parts) }));
}
