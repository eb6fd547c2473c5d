/**
 * Draws, after the build, what staff share: a 1200×630 link-preview card per product and
 * cooperative, and a QR code (SVG, and PNG for print) of each page's canonical URL. Cards are cached
 * between builds by their content, so a warm rebuild draws only what changed.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pool } from '../lib/pool.ts';
import { OG_CARD_VERSION, renderOgCard, type OgCard } from '../lib/share/og-card.ts';
import { AssetCache, cacheKey } from '../lib/share/asset-cache.ts';
import { QR_VERSION, qrPng, qrSvg } from '../lib/share/qr.ts';
import type { ShareManifest } from '../data/share-manifest.ts';

export const MANIFEST_FILE = 'share-manifest.json';

/** What a card is made from: its content, its photo's size and date, and the drawing's version. */
function cardKey(card: OgCard): string {
  const photo = card.photo && existsSync(card.photo) ? statSync(card.photo) : undefined;
  return cacheKey('og', OG_CARD_VERSION, card, photo?.size, photo?.mtimeMs);
}

export async function writeShareAssets(
  outDir: string,
  cacheDir: string,
): Promise<{ cards: number; qr: number; made: number; reused: number }> {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as ShareManifest;
  const cache = new AssetCache(path.join(cacheDir, 'share'));
  const workers = os.availableParallelism();
  await pool(manifest.cards, workers, ({ out, card }) =>
    cache.copy(cardKey(card), 'png', path.join(outDir, out), () => renderOgCard(card)),
  );
  await pool(manifest.qr, workers, async ({ out, url }) => {
    const svg = path.join(outDir, out);
    await cache.copy(cacheKey('qr-svg', QR_VERSION, url), 'svg', svg, () => qrSvg(url));
    await cache.copy(cacheKey('qr-png', QR_VERSION, url), 'png', svg.replace(/\.svg$/, '.png'), () => qrPng(url));
  });
  await rm(manifestFile);
  return { cards: manifest.cards.length, qr: manifest.qr.length, made: cache.made, reused: cache.reused };
}

export function shareAssets(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'share-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { cards, qr, made, reused } = await writeShareAssets(fileURLToPath(dir), cacheDir);
        logger.info(
          `${cards} link-preview cards and ${qr} QR codes (${made} files made, ${reused} from cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
