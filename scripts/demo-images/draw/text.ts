/**
 * Words on the pictures: the caption panel and the "ẢNH MINH HOẠ" badge. Text is drawn as paths
 * (src/lib/text-paths.ts) so the picture needs no font on the machine that rasterises it.
 */
import { demoImages } from '../../../src/i18n/scripts.vi.ts';
import { textPath, textWidth, wrapText } from '../../../src/lib/text-paths.ts';
import type { Palette } from '../types.ts';
import { f, lighten } from './color.ts';

/** The label every demo image carries, so nobody takes it for a photo of the product. */
export const LABEL = demoImages.label;

/** Bold text as a filled path; `anchor` says whether `x` is its left edge or its centre. */
export const text = (value: string, x: number, baseline: number, size: number, fill: string, anchor: 'start' | 'middle' = 'start') =>
  textPath(value, x, baseline, size, { fill, anchor });

/** Word wrap into at most `maxLines` lines, shrinking the size (down to 13 px) until it fits. */
export const wrap = (value: string, size: number, maxWidth: number, maxLines = 2) => wrapText(value, size, maxWidth, maxLines, 'bold', 13);

/** The "ẢNH MINH HOẠ" badge in the top-left corner. */
export function badge(x: number, y: number, size: number, ink: string): string {
  const width = textWidth(LABEL, size) + size * 1.3;
  const height = size * 1.9;
  return `<g><rect x="${x}" y="${y}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" rx="${(height / 2).toFixed(1)}" fill="#ffffff" fill-opacity="0.9"/>${text(LABEL, x + size * 0.65, y + height / 2 + size * 0.36, size, ink)}</g>`;
}

/** Caption panel with the wrapped title and a subtitle, anchored to the bottom-left corner. */
export function caption(x: number, bottom: number, width: number, title: string, subtitle: string, titleSize: number, p: Palette): string {
  const pad = titleSize * 0.55;
  const { lines, size } = wrap(title, titleSize, width - pad * 2, 2);
  const sub = wrap(subtitle, titleSize * 0.48, width - pad * 2, 1);
  const lineHeight = size * 1.22;
  const height = pad * 2 + lines.length * lineHeight + sub.size * 1.5;
  const top = bottom - height;
  let out = `<rect x="${x}" y="${f(top)}" width="${width}" height="${f(height)}" rx="${f(pad * 0.7)}" fill="${p.ink}" fill-opacity="0.9"/>`;
  lines.forEach((line, i) => {
    out += text(line, x + pad, top + pad + size * 0.95 + i * lineHeight, size, '#ffffff');
  });
  out += text(sub.lines[0] ?? '', x + pad, top + pad + lines.length * lineHeight + sub.size * 1.15, sub.size, lighten(p.bg[0], 0.2));
  return out;
}
