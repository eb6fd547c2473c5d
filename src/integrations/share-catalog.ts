/**
 * The hand-over that lets link-preview cards and QR codes be drawn while Astro renders: the
 * content loader, once it has validated the catalog, passes it here, and the post-build
 * integration (registered only for `astro build`) makes the share manifest from it and starts
 * drawing (`hand-over.ts`).
 */
import path from 'node:path';
import { buildCatalogView } from '../lib/catalog/view.ts';
import type { LoadedCatalog } from '../lib/content/load.ts';
import { buildDate } from '../lib/dates.ts';
import { shareManifest, type SharePhoto, type ShareManifest } from '../outputs/share-manifest.ts';
import { handOver } from './hand-over.ts';

/** The content loader gives the catalog that passed the check; the post-build integration listens in `astro build`. */
export const catalogHandOver = handOver<LoadedCatalog>('share-catalog');

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
