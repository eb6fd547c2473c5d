// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareAssets } from './src/integrations/share-assets.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readSiteUrl } from './src/lib/site-url.ts';

const root = process.cwd();

export default defineConfig({
  site: readSiteUrl(root, contentDir()),
  // Encoded images and the content store are cached here between builds (a warm rebuild encodes
  // no unchanged image). Keep this folder between CI runs or deploys to keep builds fast.
  cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro',
  // Printed and shared URLs end with a slash: /hop-tac-xa/<coop>/<product>/
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => page.endsWith('/') }), searchIndex(), shareAssets()],
  build: {
    // Small pages: inline the CSS so the first round trip carries everything needed to render.
    inlineStylesheets: 'always',
  },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // Encoder settings chosen from measurements (docs/benchmarks.md): AVIF at sharp's default
      // effort dominates a cold build; effort 2 is several times faster for a few % larger files.
      config: { avif: { effort: 2 }, webp: { effort: 4 }, jpeg: { mozjpeg: true } },
    },
  },
  devToolbar: { enabled: false },
});
