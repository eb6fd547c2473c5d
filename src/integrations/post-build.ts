/**
 * The work done on the built site: the search index and the share assets (link-preview cards, QR
 * codes). They run side by side: Pagefind indexes in its own process while worker threads draw, so
 * at country scale the slower of the two sets the time instead of their sum.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from './search-index.ts';
import { writeShareAssets } from './share-assets.ts';

export function postBuild(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const elapsed = () => Math.round(performance.now() - started);
        await Promise.all([
          writeSearchIndex(outDir).then((count) => logger.fork('search-index').info(`${count} records indexed in ${elapsed()} ms`)),
          writeShareAssets(outDir, cacheDir).then(({ cards, qr, made, reused }) =>
            logger
              .fork('share-assets')
              .info(`${cards} link-preview cards and ${qr} QR codes (${made} files made, ${reused} from cache) in ${elapsed()} ms`),
          ),
        ]);
      },
    },
  };
}
