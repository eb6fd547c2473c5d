/** What the share-assets integration and its worker threads say to each other. */
import type { OgCard } from '../lib/share/og-card.ts';

export type ShareJob = { kind: 'card'; out: string; card: OgCard } | { kind: 'qr'; out: string; url: string };

/** The two files of a QR job: the SVG at `out`, and the PNG for print beside it. */
export const qrFiles = (out: string): [svg: string, png: string] => [out, out.replace(/\.svg$/, '.png')];

/** Every file a job puts in the site. */
export const jobFiles = (job: ShareJob): string[] => (job.kind === 'card' ? [job.out] : qrFiles(job.out));

/** Given to each worker when it starts. */
export interface ShareWork {
  cacheDir: string;
}

/** Main thread → worker: jobs to do, the built site to link files into, or the end of the queue. */
export type ToWorker = { type: 'jobs'; jobs: ShareJob[] } | { type: 'link'; outDir: string } | { type: 'end' };

/** Worker → main thread: ready for more jobs, or done (files drawn and files that came from the cache). */
export type FromWorker = { type: 'more' } | { type: 'done'; made: number; reused: number };
