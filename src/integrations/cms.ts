/**
 * The form at `/admin/` (Decap CMS, `src/lib/cms/`): written into the built site after the build,
 * and served by `astro dev` for `npm run edit`, where `/api/v1/` is passed to the `decap-server`
 * proxy (`CMS_PROXY_URL`, set by `scripts/edit.ts`) so the form writes the working copy's files. Public pages load nothing of
 * it: it is not an Astro page, no page links to it, and the sitemap leaves it out.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { PROXY_PATH } from '../lib/cms/runtime.ts';
import { adminFile, backendFromEnv, catalogPath, type AdminSettings } from '../lib/cms/settings.ts';
import { writeAdmin } from '../lib/cms/write.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Passes a request on to the proxy and its answer back (same origin for the form: no CORS, CSP 'self'). */
function forward(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

export function cms(): AstroIntegration {
  let settings: AdminSettings;
  let cacheDir = '';
  return {
    name: 'cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        const root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        settings = { root, contentDir: contentDir(), siteUrl: config.site ?? '', backend: backendFromEnv(root) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A catalog built from outside the repository (CATALOG_DIR=/elsewhere) has no files the form could edit.
        if (catalogPath(settings) === undefined) {
          logger.info(`/admin/ left out: the catalog (${settings.contentDir}) is outside the repository the form edits`);
          return;
        }
        const started = performance.now();
        const files = await writeAdmin(path.join(fileURLToPath(dir), 'admin'), settings);
        // Not a warning: a site without a repository yet (the demo, a first run) is fine; it says how to add one.
        const where = settings.backend.repo
          ? `GitHub ${settings.backend.repo}`
          : 'local only (npm run edit; set CMS_REPO=owner/name for GitHub)';
        logger.info(`/admin/: ${files} files in ${Math.round(performance.now() - started)} ms, ${where}`);
      },
      'astro:server:setup': ({ server }) => {
        const folder = path.join(cacheDir, 'cms-admin');
        let written: Promise<number> | undefined;
        const proxy = process.env['CMS_PROXY_URL'];
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (proxy && url.pathname === PROXY_PATH) return forward(req, res, new URL(PROXY_PATH, proxy));
          if (!url.pathname.startsWith('/admin') || catalogPath(settings) === undefined) return next();
          if (url.pathname === '/admin') return res.writeHead(301, { Location: '/admin/' }).end();
          written ??= writeAdmin(folder, settings);
          void written.then(() => {
            // The configuration is made again on every load: a cooperative added in the form gets its products.
            if (url.pathname === '/admin/config.json') {
              res.writeHead(200, { 'Content-Type': TYPES['.json']! }).end(JSON.stringify(adminFile(settings)));
              return;
            }
            const file = path.join(folder, path.normalize(decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html'));
            if (!file.startsWith(folder + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
              res.writeHead(404).end();
              return;
            }
            res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            createReadStream(file).pipe(res);
          }, next);
        });
      },
    },
  };
}
