/**
 * `npm run screenshots [-- <dist>]`: the home, a product, a cooperative and the search page of a
 * built site (default `dist/`, the demo) at 360 × 640, saved in `docs/screenshots/`. Run after
 * `npm run build` when the pages change.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { startStaticServer, stopStaticServer } from '../tests/helpers/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const out = path.join(root, 'docs/screenshots');
const PAGES = {
  home: '/',
  product: '/hop-tac-xa/htx-keo-dua-dinh-thuy/keo-dua-la-dua/',
  cooperative: '/hop-tac-xa/htx-keo-dua-dinh-thuy/',
  search: '/tim-kiem/?q=keo%20dua',
};

mkdirSync(out, { recursive: true });
const server = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  for (const [name, url] of Object.entries(PAGES)) {
    const page = await context.newPage();
    await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: path.join(out, `${name}-360.png`) });
    console.log(path.relative(root, path.join(out, `${name}-360.png`)));
    await page.close();
  }
} finally {
  await browser.close();
  await stopStaticServer(server);
}
