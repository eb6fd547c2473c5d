/**
 * Draws what staff share: a 1200×630 link-preview card per product and cooperative, and a QR code
 * (SVG, and PNG for print) of each page's canonical URL, on worker threads that take jobs from one
 * queue. Drawing can start as soon as the content is loaded (`share-catalog.ts`), on the core
 * Astro's single-threaded rendering leaves free; when the pages are written, more threads join
 * and every file is linked into `dist/`. Cards and codes are cached by their content, so a warm
 * rebuild draws only what changed.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareManifest } from '../outputs/share-manifest.ts';
import { jobFiles, type FromWorker, type ShareJob, type ShareWork, type ToWorker } from './share-jobs.ts';

export const MANIFEST_FILE = 'share-manifest.json';
/** Jobs handed to a thread at a time: small enough that threads started late still get a share. */
const BATCH = 16;

export interface ShareResult {
  cards: number;
  qr: number;
  made: number;
  reused: number;
}

/** The queue of a manifest's jobs and the worker threads drawing them. */
export class SharePool {
  private readonly jobs: ShareJob[];
  private next = 0;
  private readonly workers: Array<{ worker: Worker; done: Promise<{ made: number; reused: number }> }> = [];
  private outDir: string | undefined;
  private readonly counts: { cards: number; qr: number };
  private readonly cacheDir: string;

  constructor(manifest: ShareManifest, cacheDir: string) {
    this.jobs = [
      ...manifest.cards.map((c) => ({ kind: 'card' as const, ...c })),
      ...manifest.qr.map((q) => ({ kind: 'qr' as const, ...q })),
    ];
    this.counts = { cards: manifest.cards.length, qr: manifest.qr.length };
    this.cacheDir = cacheDir;
  }

  /** Every file the jobs put in the site, relative to it. */
  files(): string[] {
    return this.jobs.flatMap(jobFiles);
  }

  /** Threads worth having for what is left: one per 50 jobs, at most one per core. */
  private wanted(): number {
    return Math.min(os.availableParallelism(), Math.max(1, Math.ceil((this.jobs.length - this.next) / 50)));
  }

  /** Starts threads until there are `count` (at least one, at most what the queue is worth). */
  grow(count = this.wanted()): this {
    const target = Math.max(this.workers.length === 0 ? 1 : 0, Math.min(count, this.wanted()));
    while (this.workers.length < target) this.spawn();
    return this;
  }

  private spawn(): void {
    const work: ShareWork = { cacheDir: this.cacheDir };
    const worker = new Worker(new URL('./share-worker.ts', import.meta.url), { workerData: work });
    const send = (message: ToWorker) => worker.postMessage(message);
    const done = new Promise<{ made: number; reused: number }>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'done') resolve(message);
        else if (this.next < this.jobs.length) {
          send({ type: 'jobs', jobs: this.jobs.slice(this.next, this.next + BATCH) });
          this.next += BATCH;
        } else send({ type: 'end' });
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        code === 0 ? resolve({ made: 0, reused: 0 }) : reject(new Error(`share-assets worker exited with code ${code}`)),
      );
    });
    if (this.outDir) send({ type: 'link', outDir: this.outDir });
    this.workers.push({ worker, done });
  }

  /**
   * Once the site is written to `outDir`: every core joins in, files are linked into the site,
   * and this resolves when all are drawn and linked.
   */
  async finish(outDir: string): Promise<ShareResult> {
    this.outDir = outDir;
    for (const { worker } of this.workers) worker.postMessage({ type: 'link', outDir } satisfies ToWorker);
    this.grow(os.availableParallelism());
    const results = await Promise.all(this.workers.map((w) => w.done));
    const sum = (key: 'made' | 'reused') => results.reduce((n, r) => n + r[key], 0);
    return { ...this.counts, made: sum('made'), reused: sum('reused') };
  }
}
