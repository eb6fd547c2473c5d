/**
 * `npm run lighthouse [-- <dist>]`: Lighthouse 12 (mobile, its default throttling) on the home, a
 * product, a cooperative and the search page of a built site (default `dist/`, the demo), served
 * as a static host would (gzip, long caching of hashed files), in Debian's Chromium. Prints the
 * four category scores of each page, for docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/helpers/browser.ts';
import { startStaticServer, stopStaticServer } from '../tests/helpers/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const PAGES = {
  home: '/',
  product: '/hop-tac-xa/htx-keo-dua-dinh-thuy/keo-dua-la-dua/',
  cooperative: '/hop-tac-xa/htx-keo-dua-dinh-thuy/',
  search: '/tim-kiem/',
};
const PORT = 9333;

const server = await startStaticServer(dist, { host: true });
const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
const chrome = spawn(
  chromiumPath(),
  [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${PORT}`, `--user-data-dir=${profile}`],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
try {
  console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  // One run thrown away: the first page a fresh Chromium loads also pays the browser's own
  // start-up work (long "unattributable" tasks), which no visitor's warm browser has.
  await lighthouse(`${server.url}/`, { port: PORT, output: 'json', logLevel: 'error' });
  for (const [name, url] of Object.entries(PAGES)) {
    const result = await lighthouse(`${server.url}${url}`, { port: PORT, output: 'json', logLevel: 'error' });
    const c = result?.lhr.categories;
    const score = (key: string) => Math.round((c?.[key]?.score ?? 0) * 100);
    // The metrics behind the performance score, to see which one moved.
    const metric = (key: string) => result?.lhr.audits[key]?.displayValue ?? '–';
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(metric);
    console.log(
      `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metrics.join(' | ')} |`,
    );
  }
} finally {
  chrome.kill();
  rmSync(profile, { recursive: true, force: true });
  await stopStaticServer(server);
}
