/**
 * Vietnamese text drawn as SVG paths with a self-hosted font (Be Vietnam Pro, which has every
 * Vietnamese glyph), for images made at build time. Paths need no font on the machine that renders
 * the SVG, so a bare CI server draws "Đường thốt nốt" exactly as a designer's laptop does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font, type PathCommand } from 'opentype.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
const FILES = { bold: '700Bold/BeVietnamPro_700Bold.ttf', regular: '400Regular/BeVietnamPro_400Regular.ttf' } as const;
export type Weight = keyof typeof FILES;

const fonts = new Map<Weight, Font>();

export function font(weight: Weight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    const file = readFileSync(path.join(FONT_DIR, FILES[weight]));
    loaded = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    fonts.set(weight, loaded);
  }
  return loaded;
}

/**
 * SVG path data for opentype.js commands, written here rather than with `toPathData()`, whose
 * rounding turns a coordinate with a tiny fraction into `NaN` and cuts the text short.
 */
export function pathData(commands: readonly PathCommand[]): string {
  const n = (v: number | undefined) => (Math.round((v ?? 0) * 10) / 10).toString();
  return commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case 'Q':
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

export interface TextOptions {
  weight?: Weight;
  fill: string;
  /** Whether `x` is the left edge or the centre of the text. */
  anchor?: 'start' | 'middle';
}

/** One line of text as a filled SVG path, its baseline at `y`. */
export function textPath(value: string, x: number, y: number, size: number, options: TextOptions): string {
  const f = font(options.weight ?? 'bold');
  const left = options.anchor === 'middle' ? x - f.getAdvanceWidth(value, size) / 2 : x;
  return `<path d="${pathData(f.getPath(value, left, y, size).commands)}" fill="${options.fill}"/>`;
}

export function textWidth(value: string, size: number, weight: Weight = 'bold'): number {
  return font(weight).getAdvanceWidth(value, size);
}

/**
 * Greedy word wrap into at most `maxLines` lines, shrinking the size down to `minSize`; when it
 * still does not fit, the last line ends with "…".
 */
export function wrapText(
  value: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  weight: Weight = 'bold',
  minSize = Math.round(size * 0.7),
): { lines: string[]; size: number } {
  const words = value.split(/\s+/).filter(Boolean);
  const layout = (s: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, s, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  for (let s = size; s >= minSize; s = Math.floor(s * 0.94)) {
    const lines = layout(s);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, s, weight) <= maxWidth)) return { lines, size: s };
  }
  const lines = layout(minSize).slice(0, maxLines);
  let last = lines[maxLines - 1] ?? '';
  while (last && textWidth(`${last}…`, minSize, weight) > maxWidth) last = last.split(' ').slice(0, -1).join(' ');
  if (lines.length === maxLines) lines[maxLines - 1] = `${last}…`;
  return { lines, size: minSize };
}
