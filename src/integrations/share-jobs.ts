/** What the share-assets integration hands each worker thread. */
import type { OgCard } from '../lib/share/og-card.ts';

export type ShareJob = { kind: 'card'; out: string; card: OgCard } | { kind: 'qr'; out: string; url: string };

export interface ShareWork {
  jobs: ShareJob[];
  outDir: string;
  cacheDir: string;
}
