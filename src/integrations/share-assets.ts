/**
 * Draws, after the build (see `post-build.ts`), what staff share: a 1200×630 link-preview card per product and
 * cooperative, and a QR code (SVG, and PNG for print) of each page's canonical URL. Cards are cached
 * between builds by their content, so a warm rebuild draws only what changed.
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareManifest } from '../outputs/share-manifest.ts';
import type { ShareJob, ShareWork } from './share-jobs.ts';

export const MANIFEST_FILE = 'share-manifest.json';

/** Draws every card and QR code of the manifest, spread over one worker thread per core. */
export async function writeShareAssets(
  outDir: string,
  cacheDir: string,
): Promise<{ cards: number; qr: number; made: number; reused: number }> {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as ShareManifest;
  const jobs: ShareJob[] = [
    ...manifest.cards.map((c) => ({ kind: 'card' as const, ...c })),
    ...manifest.qr.map((q) => ({ kind: 'qr' as const, ...q })),
  ];
  const threads = Math.min(os.availableParallelism(), Math.max(1, Math.ceil(jobs.length / 50)));
  const results = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      // Every n-th job, so each thread gets its share of the heavier cards.
      const work: ShareWork = { jobs: jobs.filter((_, i) => i % threads === t), outDir, cacheDir };
      return new Promise<{ made: number; reused: number }>((resolve, reject) => {
        const worker = new Worker(new URL('./share-worker.ts', import.meta.url), { workerData: work });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`share-assets worker exited with code ${code}`)));
      });
    }),
  );
  await rm(manifestFile);
  const sum = (key: 'made' | 'reused') => results.reduce((n, r) => n + r[key], 0);
  return { cards: manifest.cards.length, qr: manifest.qr.length, made: sum('made'), reused: sum('reused') };
}
