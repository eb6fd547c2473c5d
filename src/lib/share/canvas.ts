/**
 * A palette canvas for link-preview cards: every pixel is an index into at most 256 colours, and
 * drawing blends a fill colour into a pixel at one of 16 coverage levels. A card's flat colours
 * and the anti-aliased edges between them stay within a palette by construction, so the card is
 * written as a palette PNG without quantising (the step that had cost half of every card).
 */
import { palettePng } from './png.ts';
import type { Mask } from './raster.ts';

/** Coverage levels of an edge pixel: more than the eye tells apart on text at these sizes. */
const LEVELS = 16;
const MAX_COLOURS = 256;
/** Fill colours in use on one canvas (a card has seven). */
const MAX_FILLS = 16;

/** Coverage (0–255) to level (0–LEVELS), rounded. */
const LEVEL_OF = Uint8Array.from({ length: 256 }, (_, c) => ((c * LEVELS + 127) / 255) | 0);

const channels = (rgb: number) => [rgb >> 16, (rgb >> 8) & 255, rgb & 255] as const;

/** `#rrggbb` as 0xRRGGBB. */
export const hex = (colour: string): number => Number.parseInt(colour.slice(1), 16);

export class PaletteCanvas {
  readonly width: number;
  readonly height: number;
  /**
   * Palette indices stored as PNG rows: each row starts with its filter byte (0, none), so the
   * canvas is deflated as it is, with no copy.
   */
  readonly rows: Uint8Array;
  private readonly stride: number;
  readonly palette: number[];
  private readonly byColour = new Map<number, number>();
  private readonly fills: number[] = [];
  /** Blend results by (pixel index, fill, level), so each distinct blend is computed once. */
  private readonly blends = new Int16Array(MAX_COLOURS * MAX_FILLS * (LEVELS + 1)).fill(-1);

  constructor(width: number, height: number, background: number) {
    this.width = width;
    this.height = height;
    this.palette = [background];
    this.byColour.set(background, 0);
    this.stride = width + 1;
    this.rows = new Uint8Array(this.stride * height);
  }

  /**
   * A copy to draw on: what every card shares (background, frame, rule) is painted once on a
   * template and each card starts from a copy of it.
   */
  clone(): PaletteCanvas {
    const copy = new PaletteCanvas(this.width, this.height, this.palette[0]!);
    copy.rows.set(this.rows);
    copy.palette.splice(0, 1, ...this.palette);
    for (const [rgb, index] of this.byColour) copy.byColour.set(rgb, index);
    copy.fills.push(...this.fills);
    copy.blends.set(this.blends);
    return copy;
  }

  /** The palette entry for `rgb`: a new one while there is room, else the nearest colour. */
  private entry(rgb: number): number {
    const known = this.byColour.get(rgb);
    if (known !== undefined) return known;
    if (this.palette.length < MAX_COLOURS) {
      this.palette.push(rgb);
      this.byColour.set(rgb, this.palette.length - 1);
      return this.palette.length - 1;
    }
    const [r, g, b] = channels(rgb);
    let best = 0;
    let bestDistance = Infinity;
    this.palette.forEach((other, i) => {
      const [r2, g2, b2] = channels(other);
      const distance = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    return best;
  }

  private blend(index: number, fill: number, level: number): number {
    const slot = (index * MAX_FILLS + fill) * (LEVELS + 1) + level;
    let out = this.blends[slot]!;
    if (out < 0) {
      const [r, g, b] = channels(this.palette[index]!);
      const [fr, fg, fb] = channels(this.fills[fill]!);
      const mix = (a: number, c: number) => Math.round(a + ((c - a) * level) / LEVELS);
      out = this.entry((mix(r, fr) << 16) | (mix(g, fg) << 8) | mix(b, fb));
      this.blends[slot] = out;
    }
    return out;
  }

  private fillSlot(colour: number): number {
    let slot = this.fills.indexOf(colour);
    if (slot < 0) {
      if (this.fills.length === MAX_FILLS) throw new Error(`PaletteCanvas: more than ${MAX_FILLS} fill colours`);
      slot = this.fills.push(colour) - 1;
    }
    return slot;
  }

  /** Paints `colour` through `mask` (clipped to the canvas). */
  draw(mask: Mask, colour: number): void {
    const fill = this.fillSlot(colour);
    const { left, top, width, height, data } = mask;
    const { rows: pixels, blends, stride } = this;
    const x0 = Math.max(0, -left);
    const x1 = Math.min(width, this.width - left);
    const y1 = Math.min(height, this.height - top);
    for (let y = Math.max(0, -top); y < y1; y++) {
      const row = (top + y) * stride + 1 + left;
      const from = y * width;
      for (let x = x0; x < x1; x++) {
        const level = LEVEL_OF[data[from + x]!]!;
        if (level === 0) continue;
        const index = pixels[row + x]!;
        const known = blends[(index * MAX_FILLS + fill) * (LEVELS + 1) + level]!;
        pixels[row + x] = known >= 0 ? known : this.blend(index, fill, level);
      }
    }
  }

  /** The canvas as a palette PNG. */
  png(): Buffer {
    return palettePng(this.width, this.height, this.rows, this.palette);
  }

  /** The canvas as packed RGB, three bytes a pixel, to lay a photo on and encode as JPEG. */
  rgb(): Buffer {
    // Every byte is written below, so the buffer need not be zeroed first.
    const out = Buffer.allocUnsafe(this.width * this.height * 3);
    // A flat table: unpacking a [r, g, b] array per pixel had cost 8 ms of every photo card.
    const table = new Uint8Array(MAX_COLOURS * 3);
    this.palette.forEach((colour, i) => table.set(channels(colour), i * 3));
    const { rows, stride, width, height } = this;
    let o = 0;
    for (let y = 0; y < height; y++) {
      for (let i = y * stride + 1, end = i + width; i < end; i++, o += 3) {
        const p = rows[i]! * 3;
        out[o] = table[p]!;
        out[o + 1] = table[p + 1]!;
        out[o + 2] = table[p + 2]!;
      }
    }
    return out;
  }
}
