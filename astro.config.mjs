// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cms } from './src/integrations/cms.ts';
import { photoEncoder } from './src/integrations/photo-encoder.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readSiteUrl } from './src/lib/site-url.ts';
import { PAGE_KEYS_ENV } from './src/site/page-key.ts';

const root = process.cwd();
const cacheDir = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';
// Whether the cache folder holds an earlier build: then unchanged pages are kept (below).
const warm = existsSync(path.resolve(root, cacheDir, 'data-store.json'));
// Pages compute their cache keys only when the incremental build below reads them (src/site/page-key.ts).
process.env[PAGE_KEYS_ENV] = warm ? 'on' : 'off';

export default defineConfig({
  site: readSiteUrl(root, contentDir()),
  // Encoded images and the content store are cached here between builds (a warm rebuild encodes
  // no unchanged image). Keep this folder between CI runs or deploys to keep builds fast.
  cacheDir,
  // Printed and shared URLs end with a slash: /hop-tac-xa/<coop>/<product>/
  trailingSlash: 'always',
  // The form at /admin/ (src/integrations/cms.ts) is for editors, never for search engines.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => page.endsWith('/') && !new URL(page).pathname.startsWith('/admin/') }),
    cms(),
    // Photo variants encoded in one child process per core during `astro build`.
    photoEncoder(),
    // Last: when the build is done it removes what no integration wrote this time (stale-files.ts).
    postBuild(),
  ],
  build: {
    // Small pages: inline the CSS so the first round trip carries everything needed to render.
    inlineStylesheets: 'always',
  },
  image: {
    service: {
      // Astro's sharp service, decoding each original once for all its variants (in the photo
      // encoder's child processes during a build).
      entrypoint: './src/image-service.ts',
      // Encoder settings chosen from measurements (docs/benchmarks.md): at these efforts AVIF is
      // still smaller than WebP. AVIF's chroma at half resolution, as WebP and JPEG always have it
      // for photos: sharp's default for AVIF is full chroma, four times slower at 960 px and larger.
      config: { avif: { effort: 0, chromaSubsampling: '4:2:0' }, webp: { effort: 2 }, jpeg: { quality: 80 } },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // A page whose data (its `cacheKey`, src/site/page-key.ts) and code are unchanged since the
    // last build is copied from it instead of rendered. Only when the cache folder holds an earlier
    // build (a host or CI job that keeps it): with an empty cache every page is rendered anyway,
    // and keeping a copy of each for a next build nobody keeps made cold builds slower.
    incrementalBuild: warm,
  },
  // No syntax highlighting: catalog text has no code to colour, and Shiki's colours are inline
  // styles, which the sanitiser drops from cooperatives' Markdown and the CSP below blocks in
  // stories (Astro warns about exactly that on every build).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // In a warm build the last site stays in place, so Astro keeps an unchanged page where it is
      // instead of deleting it and copying it back; what this build does not make again is removed
      // when it ends (src/integrations/stale-files.ts).
      emptyOutDir: !warm,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro 7.3 marks the module it generates for an MDX entry's styles with a
          // "use astro:head-inject" directive that no code reads any more; Rolldown warns it may
          // drop it, and dropping it changes nothing. withastro/astro#18087; remove when fixed.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    // Defence in depth: a Content-Security-Policy <meta> on every page (a static host serves it as
    // it is) allowing only the site's own scripts and styles, by the hashes Astro computes. Should
    // markup from a cooperative ever slip past the sanitiser, an inline handler or script cannot
    // run and nothing loads from elsewhere. Pagefind compiles WebAssembly: 'wasm-unsafe-eval'
    // allows that and nothing else (no eval of JavaScript).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
