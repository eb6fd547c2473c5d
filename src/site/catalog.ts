/**
 * The catalog for pages, loaded once per build (not once per page: at 20,000 pages a per-page
 * `getCollection` dominates the build).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildCatalogView, type CatalogView, type CoopView, type ProductView } from '../lib/catalog/view.ts';
import { foldReference } from '../lib/content/stories.ts';
import { buildDate } from '../lib/dates.ts';

export type ProductEntry = CollectionEntry<'products'>;
export type CoopEntry = CollectionEntry<'cooperatives'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type Product = ProductView<ProductEntry, CoopEntry>;
export type Coop = CoopView<ProductEntry, CoopEntry>;
export type Site = CollectionEntry<'site'>['data'];

export interface Catalog extends CatalogView<ProductEntry, CoopEntry> {
  site: Site;
  /** Newest first. */
  stories: StoryEntry[];
  /** Stories naming a product (`<coop>/<product>`) or a cooperative (`<coop>`). */
  storiesAbout(id: string): StoryEntry[];
}

/**
 * The photo that stands for a cooperative in link previews: its cover, or else its first product
 * with a photo.
 */
export function coopPhoto(coop: Coop) {
  return coop.entry.data.cover ?? coop.products.find((p) => p.entry.data.images[0])?.entry.data.images[0];
}

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [site, coops, products, stories] = await Promise.all([
      getEntry('site', 'site'),
      getCollection('cooperatives'),
      getCollection('products'),
      getCollection('stories'),
    ]);
    if (!site) throw new Error('content/site.yaml is missing');
    const view = buildCatalogView(coops, products, buildDate());
    stories.sort((a, b) => b.data.date.localeCompare(a.data.date));
    const about = new Map<string, StoryEntry[]>();
    for (const story of stories) {
      for (const ref of [...story.data.cooperatives, ...story.data.products].map(foldReference)) {
        const list = about.get(ref) ?? [];
        list.push(story);
        about.set(ref, list);
      }
    }
    return { ...view, site: site.data, stories, storiesAbout: (id) => about.get(id) ?? [] };
  })();
  return cached;
}
