/**
 * One of the worker threads that draw link-preview cards and QR codes into the cache folder. It
 * asks the main thread for jobs a batch at a time, so threads started later share the rest of the
 * queue. Drawing can start before Astro has written the site: files are linked into `dist/` once
 * the main thread says it exists (Astro empties the folder when it starts writing pages).
 * Run with Node's own TypeScript support: imports carry their `.ts` extension.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AssetCache, cacheKey } from '../lib/share/asset-cache.ts';
import { OG_CARD_VERSION, renderOgCard, type OgFormat } from '../lib/share/og-card.ts';
import { QR_VERSION, qrModules, qrPng, qrSvg } from '../lib/share/qr.ts';
import { qrFiles, type FromWorker, type ShareJob, type ShareWork, type ToWorker } from './share-jobs.ts';

const port = parentPort!;
const { cacheDir } = workerData as ShareWork;
const cache = new AssetCache(path.join(cacheDir, 'share'));
/** Files ready in the cache, to link once the site's folder exists: [cached, path in dist]. */
const pending: Array<[string, string]> = [];
let outDir: string | undefined;

function place(cached: string, out: string): void {
  if (outDir) cache.link(cached, path.join(outDir, out));
  else pending.push([cached, out]);
}

async function run(job: ShareJob): Promise<void> {
  if (job.kind === 'card') {
    const format = path.extname(job.out).slice(1) as OgFormat;
    const stat = job.card.photo && existsSync(job.card.photo) ? statSync(job.card.photo) : undefined;
    // A photo that is gone is drawn as the placeholder, in the format the page names.
    const card = stat ? job.card : { ...job.card, photo: undefined };
    // What a card is made from: its content, its photo's size and date, its format, the drawing's version.
    const key = cacheKey('og', OG_CARD_VERSION, card, format, stat?.size, stat?.mtimeMs);
    place(await cache.ensure(key, format, () => renderOgCard(card, format)), job.out);
  } else {
    let modules: ReturnType<typeof qrModules> | undefined;
    const code = () => (modules ??= qrModules(job.url));
    const [svg, png] = qrFiles(job.out);
    place(await cache.ensure(cacheKey('qr-svg', QR_VERSION, job.url), 'svg', () => qrSvg(code())), svg);
    place(await cache.ensure(cacheKey('qr-png', QR_VERSION, job.url), 'png', () => qrPng(code())), png);
  }
}

const queue: ShareJob[] = [];
let ended = false;
/** Waiting for a message: both job loops may be. */
const waiters: Array<() => void> = [];
const sleep = () => new Promise<void>((resolve) => waiters.push(resolve));
port.on('message', (message: ToWorker) => {
  if (message.type === 'jobs') queue.push(...message.jobs);
  else if (message.type === 'end') ended = true;
  else {
    outDir = message.outDir;
    for (const [cached, out] of pending.splice(0)) cache.link(cached, path.join(outDir, out));
  }
  for (const wake of waiters.splice(0)) wake();
});
const ask = (message: FromWorker) => port.postMessage(message);

/** The next job, asking for a batch when the local queue runs low; undefined at the end. */
async function next(): Promise<ShareJob | undefined> {
  for (;;) {
    if (queue.length === 4 && !ended) ask({ type: 'more' });
    const job = queue.shift();
    if (job) return job;
    if (ended) return undefined;
    ask({ type: 'more' });
    await sleep();
  }
}

// Two jobs in flight: while sharp encodes one card on its own threads, this thread lays out the next.
await Promise.all(
  [0, 1].map(async () => {
    for (let job = await next(); job; job = await next()) await run(job);
  }),
);
// Every file is drawn; wait until they can be linked into the site.
while (!outDir) await sleep();
ask({ type: 'done', made: cache.made, reused: cache.reused });
port.close();
