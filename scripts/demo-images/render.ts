/**
 * Turns a drawing into the bytes of its file: SVG rasterised by sharp, JPEG for pictures, a small
 * palette PNG for logos. The encoder settings are fixed so the same drawing gives the same bytes.
 */
import sharp from 'sharp';
import { randomFrom } from '../../src/lib/random.ts';
import { coverSvg, logoSvg, productSvg } from './draw/compose.ts';
import type { Drawing } from './types.ts';

/** The image's SVG; its random numbers are seeded from its path, so it never changes by itself. */
export function drawingSvg(drawing: Drawing): string {
  if (drawing.kind === 'logo') return logoSvg(drawing);
  const r = randomFrom(drawing.file);
  return drawing.kind === 'product' ? productSvg(drawing, r) : coverSvg(drawing, r);
}

/** The encoded file: a PNG for a logo, a JPEG otherwise. */
export async function render(drawing: Drawing): Promise<Buffer> {
  const svg = Buffer.from(drawingSvg(drawing));
  if (drawing.kind === 'logo') return sharp(svg).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer();
  return sharp(svg).flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}
