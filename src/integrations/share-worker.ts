/**
 * One of the worker threads that draw link-preview cards and QR codes: drawing is CPU work (in
 * JavaScript for QR codes and text layout), so it is split across threads to use every core.
 * Run with Node's own TypeScript support: imports carry their `.ts` extension.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AssetCache, cacheKey } from '../lib/share/asset-cache.ts';
import { OG_CARD_VERSION, renderOgCard } from '../lib/share/og-card.ts';
import { QR_VERSION, qrModules, qrPng, qrSvg } from '../lib/share/qr.ts';
import type { ShareJob, ShareWork } from './share-jobs.ts';
import { existsSync, statSync } from 'node:fs';

const { jobs, outDir, cacheDir } = workerData as ShareWork;
const cache = new AssetCache(path.join(cacheDir, 'share'));

async function run(job: ShareJob) {
  const target = path.join(outDir, job.out);
  if (job.kind === 'card') {
    const photo = job.card.photo && existsSync(job.card.photo) ? statSync(job.card.photo) : undefined;
    // What a card is made from: its content, its photo's size and date, and the drawing's version.
    const key = cacheKey('og', OG_CARD_VERSION, job.card, photo?.size, photo?.mtimeMs);
    await cache.copy(key, 'png', target, () => renderOgCard(job.card));
  } else {
    let modules: ReturnType<typeof qrModules> | undefined;
    const code = () => (modules ??= qrModules(job.url));
    await cache.copy(cacheKey('qr-svg', QR_VERSION, job.url), 'svg', target, () => qrSvg(code()));
    await cache.copy(cacheKey('qr-png', QR_VERSION, job.url), 'png', target.replace(/\.svg$/, '.png'), () => qrPng(code()));
  }
}

// Two jobs in flight: while sharp encodes one card on its thread pool, this thread lays out the next.
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    while (next < jobs.length) await run(jobs[next++]!);
  }),
);
parentPort?.postMessage({ made: cache.made, reused: cache.reused });
