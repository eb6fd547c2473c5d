/**
 * The work done beside and after Astro's build: the search index and the share assets
 * (link-preview cards, QR codes). Cards and codes start drawing as soon as the content loader
 * has validated the catalog (`share-catalog.ts`), on the core Astro's rendering leaves idle; after
 * the build, Pagefind indexes in its own process while the drawing threads finish and link their
 * files, so the slowest of them sets the time instead of their sum.
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ShareManifest } from '../outputs/share-manifest.ts';
import { writeSearchIndex } from './search-index.ts';
import { MANIFEST_FILE, SharePool } from './share-assets.ts';
import { markBuildStart, removeStale } from './stale-files.ts';
import { catalogHandOver, manifestFromCatalog } from './share-catalog.ts';

export function postBuild(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let site: URL | undefined;
  let pool: SharePool | undefined;
  return {
    name: 'post-build',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        catalogHandOver.listen((catalog) => {
          try {
            const manifest = site && manifestFromCatalog(catalog, site);
            if (!manifest) return;
            // While Astro renders, it keeps one core busy: draw on the others (one thread at least).
            pool = new SharePool(manifest, cacheDir).grow(Math.max(1, os.availableParallelism() - 1));
            logger.info(`drawing ${manifest.cards.length} link-preview cards and ${manifest.qr.length} QR codes beside the build`);
          } catch (error) {
            // Not fatal: the build route's manifest is drawn after the build instead.
            logger.warn(`share assets will be drawn after the build: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        site = config.site ? new URL(config.site) : undefined;
      },
      // Where the site folder is kept between builds (astro.config.mjs), what this build does not make again is removed at the end.
      'astro:build:start': () => markBuildStart(outDir),
      // `dir` is the configured outDir in a static build.
      'astro:build:done': async ({ assets, logger }) => {
        catalogHandOver.listen(undefined);
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        // The build route's manifest is only needed when drawing could not start early.
        const manifestFile = path.join(outDir, MANIFEST_FILE);
        const shares = pool ?? new SharePool(JSON.parse(await readFile(manifestFile, 'utf8')) as ShareManifest, cacheDir);
        await Promise.all([
          // After the pages, not beside them: on two cores a third busy process slows Astro's single
          // rendering thread more than it gains (measured at 10,000 pages: 96 s against 86 s).
          writeSearchIndex(outDir, cacheDir).then(({ records, reused }) =>
            logger
              .fork('search-index')
              .info(`${records.length} records ${reused ? 'unchanged: index from cache' : 'indexed'} in ${elapsed()} ms`),
          ),
          shares
            .finish(outDir)
            .then(({ cards, qr, made, reused }) =>
              logger
                .fork('share-assets')
                .info(`${cards} link-preview cards and ${qr} QR codes (${made} files made, ${reused} from cache) in ${elapsed()} ms`),
            ),
          rm(manifestFile, { force: true }),
        ]);
        const removed = await removeStale(outDir, assets, shares.files(), ['pagefind']);
        if (removed > 0) logger.info(`${removed} files left from an earlier build removed`);
      },
    },
  };
}
