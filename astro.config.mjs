// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/lib/content-dir.ts';
import { readSiteUrl } from './src/lib/site-url.ts';

const root = process.cwd();

export default defineConfig({
  site: readSiteUrl(root, contentDir()),
  // Printed and shared URLs end with a slash: /hop-tac-xa/<coop>/<product>/
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: {
    // Small pages: inline the CSS so the first round trip carries everything needed to render.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
