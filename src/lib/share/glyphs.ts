/**
 * Text for link-preview cards: laid out with the same Be Vietnam Pro and opentype.js shaping as
 * `src/lib/text-paths.ts` (kerning, Vietnamese marks), but each glyph is rasterised once per size
 * and horizontal quarter-pixel phase and then reused, and widths are measured once per word. At
 * 1,200 cards the layout and rasterising of every card's text had cost a third of the drawing.
 */
import { font, type Weight } from '../text-paths.ts';
import { rasterise, type Command, type Mask } from './raster.ts';

/** What this module needs of opentype.js beyond `src/types/opentype.d.ts`. */
interface Glyph {
  index: number;
  getPath(x: number, y: number, size: number): { commands: Command[] };
}
interface ShapingFont {
  unitsPerEm: number;
  forEachGlyph(text: string, x: number, y: number, size: number, options: object, each: (glyph: Glyph, x: number) => void): number;
}

const shaping = (weight: Weight) => font(weight) as unknown as ShapingFont;

/** Glyph positions are kept to a quarter pixel: finer makes no visible difference. */
const PHASES = 4;
const masks = new Map<string, Mask>();

/** Width of `word` at size 1 (widths scale linearly: there is no hinting). */
const unitWidth = (word: string, weight: Weight): number => run(word, weight).width;

/** Width of a line at `size`: its words measured once each, plus the spaces between them. */
export function lineWidth(words: readonly string[], size: number, weight: Weight): number {
  let width = (words.length - 1) * unitWidth(' ', weight);
  for (const word of words) width += unitWidth(word, weight);
  return width * size;
}

/**
 * Greedy word wrap into at most `maxLines` lines, shrinking the size down to `minSize`; when it
 * still does not fit, the last line ends with "…". The same rule as `wrapText` in text-paths.ts.
 */
export function fitLines(
  value: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  weight: Weight,
  minSize = Math.round(size * 0.7),
): { lines: string[]; size: number } {
  const words = value.split(/\s+/).filter(Boolean);
  const layout = (s: number) => {
    const lines: string[][] = [];
    let line: string[] = [];
    for (const word of words) {
      if (line.length > 0 && lineWidth([...line, word], s, weight) > maxWidth) {
        lines.push(line);
        line = [word];
      } else line.push(word);
    }
    if (line.length > 0) lines.push(line);
    return lines;
  };
  for (let s = size; s >= minSize; s = Math.floor(s * 0.94)) {
    const lines = layout(s);
    if (lines.length <= maxLines && lines.every((l) => lineWidth(l, s, weight) <= maxWidth))
      return { lines: lines.map((l) => l.join(' ')), size: s };
  }
  const lines = layout(minSize).slice(0, maxLines);
  let last = lines[maxLines - 1] ?? [];
  while (last.length > 0 && lineWidth([...last.slice(0, -1), `${last.at(-1)}…`], minSize, weight) > maxWidth) last = last.slice(0, -1);
  if (lines.length === maxLines) lines[maxLines - 1] = last.length > 0 ? [...last.slice(0, -1), `${last.at(-1)}…`] : ['…'];
  return { lines: lines.map((l) => l.join(' ')), size: minSize };
}

/** A shaped word: its glyphs and their offsets at size 1, shaped once per weight. */
interface Run {
  glyphs: Glyph[];
  offsets: number[];
  width: number;
}
const runs = new Map<string, Run>();

function run(word: string, weight: Weight): Run {
  const key = `${weight}\u0000${word}`;
  let shaped = runs.get(key);
  if (!shaped) {
    const glyphs: Glyph[] = [];
    const offsets: number[] = [];
    const width = shaping(weight).forEachGlyph(word, 0, 0, 1, {}, (glyph, x) => {
      glyphs.push(glyph);
      offsets.push(x);
    });
    shaped = { glyphs, offsets, width };
    runs.set(key, shaped);
  }
  return shaped;
}

/**
 * Each glyph of a line with its pen position. Words are shaped one by one and cached (a card's
 * site name, host, cooperative and price words recur on every card); spaces neither kern nor
 * join in this font, so the line is its words' runs set a space apart.
 */
function placeGlyphs(text: string, x: number, size: number, weight: Weight, each: (glyph: Glyph, x: number) => void): number {
  const space = run(' ', weight).width * size;
  let pen = x;
  text.split(' ').forEach((word, i) => {
    if (i > 0) pen += space;
    const shaped = run(word, weight);
    shaped.glyphs.forEach((glyph, g) => each(glyph, pen + shaped.offsets[g]! * size));
    pen += shaped.width * size;
  });
  return pen - x;
}

/** The advance width of one line of text. */
export function textAdvance(text: string, size: number, weight: Weight): number {
  return placeGlyphs(text, 0, size, weight, () => {});
}

/** A glyph's mask at `size` with its origin at (`phase` / PHASES, 0), rasterised on first use. */
function glyphMask(weight: Weight, glyph: Glyph, size: number, phase: number): Mask {
  const key = `${weight}:${glyph.index}:${size}:${phase}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = rasterise(glyph.getPath(phase / PHASES, 0, size).commands);
    masks.set(key, mask);
  }
  return mask;
}

/**
 * The masks of one line of text with its baseline at `y` (rounded to a whole pixel) and its left
 * edge, or centre for `middle`, at `x`; each mask's `left` and `top` are where it goes on the card.
 */
export function textMasks(text: string, x: number, y: number, size: number, weight: Weight, anchor: 'start' | 'middle' = 'start'): Mask[] {
  const start = anchor === 'middle' ? x - textAdvance(text, size, weight) / 2 : x;
  const baseline = Math.round(y);
  const out: Mask[] = [];
  placeGlyphs(text, start, size, weight, (glyph, gx) => {
    const whole = Math.floor(gx);
    const phase = Math.round((gx - whole) * PHASES);
    const mask = glyphMask(weight, glyph, size, phase);
    if (mask.width > 0) out.push({ ...mask, left: mask.left + whole, top: mask.top + baseline });
  });
  return out;
}

/** A line of text as outline commands (for `cardSvg`, the card as a vector image). */
export function textPathData(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: Weight,
  anchor: 'start' | 'middle' = 'start',
): Command[] {
  const start = anchor === 'middle' ? x - textAdvance(text, size, weight) / 2 : x;
  const commands: Command[] = [];
  placeGlyphs(text, start, size, weight, (glyph, gx) => commands.push(...glyph.getPath(gx, Math.round(y), size).commands));
  return commands;
}
