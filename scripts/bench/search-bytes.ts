/**
 * Bytes a browser downloads for a first search: the search page is opened, then the query typed;
 * everything fetched from /pagefind/ after that (script, worker, WebAssembly, index chunks, filter
 * data, result fragments) and the search's own data beside it (`/tim-kiem/*.json`: the vocabulary
 * and synonym groups) is counted as the server sent it, with gzip on text files as a static host
 * serves it. Counting at the server sees the requests Pagefind's Web Worker makes too. Result
 * thumbnails are images, counted apart.
 */
import { ui } from '../../src/i18n/vi.ts';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
// The same Chromium, flags and error message as the browser tests.
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { contentType } from '../../tests/helpers/static-server.ts';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

export interface SearchBytes {
  bytes: number;
  /** Of `bytes`, the search's vocabulary and synonym groups (`/tim-kiem/*.json`). */
  dataBytes: number;
  requests: number;
  imageBytes: number;
  results: number;
}

export async function measureSearch(dist: string, query: string): Promise<SearchBytes> {
  let counting = false;
  const counted = { bytes: 0, dataBytes: 0, requests: 0, imageBytes: 0 };
  const server = createServer((req, res) => {
    let file = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const ext = path.extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, { 'Content-Type': contentType(file), ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const url = req.url ?? '';
    const isData = /^\/tim-kiem\/[^/?]+\.json/.test(url);
    const isIndex = url.startsWith('/pagefind/') || isData;
    if (counting && isIndex) counted.requests++;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (counting && isIndex) {
          counted.bytes += chunk.length;
          if (isData) counted.dataBytes += chunk.length;
        } else if (counting && /\.(webp|avif|jpe?g)$/.test(file)) counted.imageBytes += chunk.length;
        done(null, chunk);
      },
    });
    (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(meter).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' });
    counting = true;
    await page.fill('#q', query);
    await page.waitForFunction(
      (none) =>
        document.querySelectorAll('#search-results li').length > 0 ||
        (document.querySelector('#search-status')?.textContent ?? '').startsWith(none),
      ui.searchPage.client.none.slice(0, 12),
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    counting = false;
    const results = await page.$$eval('#search-results li', (items) => items.length);
    return { ...counted, results };
  } finally {
    await browser.close();
    server.close();
  }
}
