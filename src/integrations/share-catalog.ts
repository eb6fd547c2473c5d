/**
 * The hand-over that lets link-preview cards and QR codes be drawn while Astro renders: the
 * content loader, once it has validated the catalog, passes it here, and the post-build
 * integration (registered only for `astro build`) makes the share manifest from it and starts
 * drawing. The loader runs inside Vite's module runner and the integration in Node, each with its
 * own copy of this module, so the listener is kept on `globalThis`.
 */
import path from 'node:path';
import { buildCatalogView } from '../lib/catalog/view.ts';
import type { LoadedCatalog } from '../lib/content/load.ts';
import { buildDate } from '../lib/dates.ts';
import { shareManifest, type SharePhoto, type ShareManifest } from '../outputs/share-manifest.ts';

type Listener = (catalog: LoadedCatalog) => void;
const KEY = Symbol.for('htx-catalog.share-catalog-listener');
const slot = globalThis as typeof globalThis & { [KEY]?: Listener | undefined };

/** Called by the post-build integration in `astro build`: `listener` gets the validated catalog. */
export function onCatalogLoaded(listener: Listener | undefined): void {
  slot[KEY] = listener;
}

/** Called by the content loader with a catalog that passed the check; nothing happens outside a build. */
export function catalogLoaded(catalog: LoadedCatalog): void {
  slot[KEY]?.(catalog);
}

/**
 * The manifest the `/share-manifest.json` route would make, from the validated files: the same
 * catalog view (drafts left out, as the loader leaves them out of Astro's store), with photo
 * paths resolved from the file naming them, as Astro's `image()` resolves them.
 */
export function manifestFromCatalog(catalog: LoadedCatalog, site: URL): ShareManifest | undefined {
  if (!catalog.site) return undefined;
  const published = <T extends { draft: boolean }>(entries: T[]) => entries.filter((e) => !e.draft);
  const view = buildCatalogView(published(catalog.cooperatives), published(catalog.products), buildDate());
  const photoFile = (photo: SharePhoto, owner: { file: string }) =>
    typeof photo.src === 'string' ? path.resolve(path.dirname(owner.file), photo.src) : undefined;
  return shareManifest({ ...view, site: catalog.site.data }, site, photoFile);
}
