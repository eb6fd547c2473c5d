/**
 * Draws, after the build, what staff share: a 1200×630 link-preview card per product and
 * cooperative, and a QR code (SVG, and PNG for print) of each page's canonical URL. Cards are cached
 * between builds by their content, so a warm rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pool } from '../lib/pool.ts';
import { OG_CARD_VERSION, renderOgCard, type OgCard } from '../lib/share/og-card.ts';
import { qrPng, qrSvg } from '../lib/share/qr.ts';
import type { ShareManifest } from '../data/share-manifest.ts';

export const MANIFEST_FILE = 'share-manifest.json';

/** Cache key of a card: its content, its photo's size and date, and the drawing's version. */
function cardKey(card: OgCard): string {
  const photo = card.photo && existsSync(card.photo) ? statSync(card.photo) : undefined;
  return createHash('sha256')
    .update(JSON.stringify([OG_CARD_VERSION, card, photo?.size, photo?.mtimeMs]))
    .digest('hex')
    .slice(0, 32);
}

export async function writeShareAssets(outDir: string, cacheDir: string): Promise<{ cards: number; drawn: number; qr: number }> {
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as ShareManifest;
  const cache = path.join(cacheDir, 'og-cards');
  await mkdir(cache, { recursive: true });
  let drawn = 0;
  await pool(manifest.cards, os.availableParallelism(), async ({ out, card }) => {
    const target = path.join(outDir, out);
    const cached = path.join(cache, `${cardKey(card)}.png`);
    await mkdir(path.dirname(target), { recursive: true });
    if (!existsSync(cached)) {
      await writeFile(cached, await renderOgCard(card));
      drawn++;
    }
    await copyFile(cached, target);
  });
  await pool(manifest.qr, os.availableParallelism(), async ({ out, url }) => {
    const svg = path.join(outDir, out);
    await mkdir(path.dirname(svg), { recursive: true });
    await writeFile(svg, await qrSvg(url));
    await writeFile(svg.replace(/\.svg$/, '.png'), await qrPng(url));
  });
  await rm(manifestFile);
  return { cards: manifest.cards.length, drawn, qr: manifest.qr.length };
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
        const { cards, drawn, qr } = await writeShareAssets(fileURLToPath(dir), cacheDir);
        logger.info(
          `${cards} link-preview cards (${drawn} drawn, ${cards - drawn} from cache) and ${qr} QR codes in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
