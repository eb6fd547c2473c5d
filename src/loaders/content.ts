/**
 * Content loaders for the catalog. One shared pass of `loadCatalog` (the same code as `npm run
 * check`) reads and validates everything; when it finds an error the build stops with the check's
 * Vietnamese report. Valid entries go to Astro's store: front matter re-parsed by the collection
 * schema (so `image()` resolves photos), Markdown rendered by Astro, then sanitised.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkWords } from '../i18n/check.vi.ts';
import { hasErrors, loadCatalog, type CatalogEntry, type LoadedCatalog } from '../lib/content/load.ts';
import { formatReport } from '../lib/content/report.ts';
import { buildDate } from '../lib/dates.ts';
import { sanitizeBody } from '../lib/html/sanitize.ts';
import { catalogHandOver } from '../integrations/share-catalog.ts';
import { IMAGE_FIELDS, markImages } from './image-refs.ts';

/** Bump when rendering or sanitising changes, so cached entries are rendered again. */
export const RENDER_VERSION = '3';

/** Thrown when the content has errors: its message is the check's report. */
export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(message: string) {
    super(message);
    // The report already says where each problem is; a stack into the loader would only confuse.
    this.stack = `${this.name}: ${message}`;
  }
}

type Collection = 'site' | 'cooperatives' | 'products';

export function catalogLoaders(contentDir: string): Record<Collection, Loader> & { after(loader: Loader): Loader } {
  let pending: Promise<LoadedCatalog> | undefined;

  /** One validation per build (in `astro dev`, again after a file changes), shared by the collections. */
  function shared(context: LoaderContext): Promise<LoadedCatalog> {
    pending ??= (async () => {
      const root = fileURLToPath(context.config.root);
      const started = performance.now();
      const catalog = await loadCatalog({ root, contentDir, today: buildDate(), words: checkWords });
      context.logger.info(`${catalog.fileCount} files checked in ${Math.round(performance.now() - started)} ms`);
      // Every error, but not thousands of warnings in a build log: `npm run check` lists them all.
      const report = formatReport(catalog.issues, catalog.fileCount, checkWords.report, {
        color: process.stdout.isTTY === true,
        maxWarnings: 20,
      });
      if (hasErrors(catalog.issues)) {
        throw new CatalogError(`\n${report}\n\n${checkWords.report.refused(catalog.issues.filter((i) => i.severity === 'error').length)}`);
      }
      if (catalog.issues.length > 0) context.logger.warn(`\n${report}`);
      // In `astro build`, link-preview cards and QR codes start drawing now, beside the rendering.
      catalogHandOver.give(catalog);
      return catalog;
    })();
    return pending;
  }

  async function storeEntries(context: LoaderContext, collection: Collection, entries: ReadonlyArray<CatalogEntry<object>>) {
    const { store, renderMarkdown, generateDigest, config } = context;
    const root = fileURLToPath(config.root);
    const untouched = new Set(store.keys());
    const started = performance.now();
    let rendered = 0;
    for (const entry of entries.filter((e) => !e.draft)) {
      untouched.delete(entry.id);
      const filePath = path.relative(root, entry.file).split(path.sep).join('/');
      const digest = generateDigest(JSON.stringify([RENDER_VERSION, entry.raw, entry.body]));
      const existing = store.get(entry.id);
      // Unchanged since the last build: keep the cached entry, but re-register its images (as
      // Astro's glob loader does) so they are still bundled. `addAssetImports` is on the store at
      // runtime though not in its public type; without it, the entry is simply parsed again.
      const assetStore = store as typeof store & { addAssetImports?: (assets: string[], file: string) => void };
      if (existing?.digest === digest && existing.filePath === filePath && typeof assetStore.addAssetImports === 'function') {
        if (existing.assetImports?.length) assetStore.addAssetImports(existing.assetImports, filePath);
        continue;
      }
      const data = markImages(entry.data, IMAGE_FIELDS[collection] ?? []);
      const body = await renderMarkdown(entry.body, { fileURL: pathToFileURL(entry.file) });
      const localImages = (body.metadata?.['localImagePaths'] as string[] | undefined) ?? [];
      body.html = sanitizeBody(body.html, localImages);
      store.set({ id: entry.id, data, filePath, digest, rendered: body, assetImports: localImages });
      rendered++;
    }
    for (const id of untouched) store.delete(id);
    if (entries.length > 1)
      context.logger.info(`${rendered} of ${entries.length} entries parsed and rendered in ${Math.round(performance.now() - started)} ms`);
  }

  function loader(collection: Collection): Loader {
    return {
      name: `catalog-${collection}`,
      async load(context) {
        const sync = async () => {
          const catalog = await shared(context);
          const entries =
            collection === 'site'
              ? catalog.site
                ? [catalog.site]
                : []
              : collection === 'products'
                ? catalog.products
                : catalog.cooperatives;
          await storeEntries(context, collection, entries);
        };
        await sync();
        // In `astro dev`, edits to any content file reload the catalog.
        const watcher = context.watcher;
        if (!watcher) return;
        const dir = path.resolve(fileURLToPath(context.config.root), contentDir);
        watcher.add(dir);
        let timer: NodeJS.Timeout | undefined;
        const onChange = (changed: string) => {
          if (!changed.startsWith(dir)) return;
          pending = undefined; // the next sync reads the catalog again
          clearTimeout(timer);
          timer = setTimeout(
            () => sync().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error))),
            150,
          );
        };
        watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      },
    };
  }

  /** Runs another loader (the stories' glob) only once the catalog passed, so errors come from one report. */
  const after = (inner: Loader): Loader => ({
    ...inner,
    async load(context) {
      await shared(context);
      return inner.load(context);
    },
  });

  return { site: loader('site'), cooperatives: loader('cooperatives'), products: loader('products'), after };
}
