/**
 * Inspects an image a listing refers to, before Astro tries to optimise it: exists (with the exact
 * upper/lower case, which Windows forgives and the build server does not), stays inside the
 * cooperative's folder, is a raster format we accept, is readable, and is not absurdly large.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { CheckMessageKey } from '../../i18n/check.vi.ts';
import { slugify } from '../slug.ts';

export const ACCEPTED_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']); // sharp reports AVIF as heif
/** Larger files are refused: a phone photo is 3–8 MB; 20 MB is a scan or an export mistake. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** 40 megapixels: beyond any phone camera, and slow to encode into every size. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface ImageProblem {
  key: CheckMessageKey;
  params: Record<string, unknown>;
}

/** The file an image reference points at, resolved from the file that wrote it. */
export function resolveImage(ref: string, fromFile: string): string {
  return path.resolve(path.dirname(fromFile), ref);
}

/** True when `ref` is a web address rather than a file. */
export const isRemote = (ref: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref.trim());

export async function inspectImage(ref: string, fromFile: string, ownerDir: string): Promise<ImageProblem | undefined> {
  const value = ref;
  if (isRemote(ref)) return { key: 'image.remote', params: { value } };
  const file = resolveImage(ref, fromFile);
  const within = path.relative(ownerDir, file);
  if (within.startsWith('..') || path.isAbsolute(within)) return { key: 'image.outside', params: { value } };
  const dir = path.dirname(file);
  const name = path.basename(file);
  let siblings: string[];
  try {
    siblings = readdirSync(dir);
  } catch {
    siblings = [];
  }
  if (!siblings.includes(name)) {
    const folded = slugify(name);
    const suggestion = siblings.find((s) => slugify(s) === folded);
    return { key: 'image.missing', params: { value, suggestion } };
  }
  const ext = path.extname(name).slice(1).toLowerCase();
  if (ext === 'svg') return { key: 'image.svg', params: { value } };
  if (!(ACCEPTED_IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return { key: 'image.format', params: { value, format: `.${ext}` } };
  const { size } = statSync(file);
  if (size > MAX_IMAGE_BYTES) return { key: 'image.tooLarge', params: { value, mb: (size / 1024 / 1024).toFixed(1) } };
  try {
    const meta = await sharp(file, { limitInputPixels: false }).metadata();
    if (!ACCEPTED_FORMATS.has(meta.format ?? '') || (meta.format === 'heif' && meta.compression !== 'av1')) {
      return { key: 'image.format', params: { value, format: meta.format === 'heif' ? 'HEIC' : (meta.format ?? '?') } };
    }
    const pixels = (meta.width ?? 0) * (meta.height ?? 0);
    if (pixels > MAX_IMAGE_PIXELS) return { key: 'image.tooManyPixels', params: { value, mp: Math.round(pixels / 1e6) } };
  } catch {
    return { key: 'image.unreadable', params: { value } };
  }
  return undefined;
}
