/**
 * Filled outlines to anti-aliased coverage masks, in JavaScript: the signed-area accumulation of
 * font-rs (exact area coverage per pixel, as a font rasteriser draws). Link-preview cards are
 * drawn from a few hundred such masks, each glyph rasterised once per size and kept, so a card
 * costs a millisecond of blending instead of a librsvg pass over a whole SVG of text paths.
 */

/** An outline command, as opentype.js gives them (y grows downwards). */
export interface Command {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x?: number | undefined;
  y?: number | undefined;
  x1?: number | undefined;
  y1?: number | undefined;
  x2?: number | undefined;
  y2?: number | undefined;
}

/** Coverage (0–255) of a `width`×`height` box whose top-left pixel is at (`left`, `top`). */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  data: Uint8Array;
}

type Point = [number, number];

/** Straight segments of the outline: curves split finely enough that no error shows at 1 px. */
function flatten(commands: readonly Command[]): Array<[Point, Point]> {
  const lines: Array<[Point, Point]> = [];
  let start: Point = [0, 0];
  let at: Point = [0, 0];
  const to = (p: Point) => {
    lines.push([at, p]);
    at = p;
  };
  const steps = (length: number) => Math.max(1, Math.min(32, Math.ceil(Math.sqrt(length) * 1.5)));
  for (const c of commands) {
    const p: Point = [c.x ?? 0, c.y ?? 0];
    if (c.type === 'M') {
      if (at[0] !== start[0] || at[1] !== start[1]) to(start);
      start = at = p;
    } else if (c.type === 'L') to(p);
    else if (c.type === 'Q') {
      const [x0, y0] = at;
      const [x1, y1] = [c.x1 ?? 0, c.y1 ?? 0];
      const n = steps(Math.hypot(x1 - x0, y1 - y0) + Math.hypot(p[0] - x1, p[1] - y1));
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        to([u * u * x0 + 2 * u * t * x1 + t * t * p[0], u * u * y0 + 2 * u * t * y1 + t * t * p[1]]);
      }
    } else if (c.type === 'C') {
      const [x0, y0] = at;
      const [x1, y1, x2, y2] = [c.x1 ?? 0, c.y1 ?? 0, c.x2 ?? 0, c.y2 ?? 0];
      const n = steps(Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(p[0] - x2, p[1] - y2));
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        to([a * x0 + b * x1 + d * x2 + e * p[0], a * y0 + b * y1 + d * y2 + e * p[1]]);
      }
    } else to(start);
  }
  if (at[0] !== start[0] || at[1] !== start[1]) to(start);
  return lines;
}

/** Adds one segment's signed area to the accumulation buffer (font-rs `draw_line`). */
function accumulate(acc: Float32Array, w: number, h: number, a: Point, b: Point): void {
  if (a[1] === b[1]) return;
  const [dir, p0, p1] = a[1] < b[1] ? [1, a, b] : [-1, b, a];
  const dxdy = (p1[0] - p0[0]) / (p1[1] - p0[1]);
  let x = p0[0];
  const y0 = Math.max(0, Math.floor(p0[1]));
  if (p0[1] < 0) x -= p0[1] * dxdy;
  const y1 = Math.min(h, Math.ceil(p1[1]));
  for (let y = y0; y < y1; y++) {
    const row = y * w;
    const dy = Math.min(y + 1, p1[1]) - Math.max(y, p0[1]);
    const xnext = x + dxdy * dy;
    const d = dy * dir;
    const [x0, x1] = x < xnext ? [x, xnext] : [xnext, x];
    const x0floor = Math.floor(x0);
    const x1ceil = Math.ceil(x1);
    if (x1ceil <= x0floor + 1) {
      const xmf = 0.5 * (x + xnext) - x0floor;
      acc[row + x0floor]! += d - d * xmf;
      acc[row + x0floor + 1]! += d * xmf;
    } else {
      const s = 1 / (x1 - x0);
      const x0f = x0 - x0floor;
      const a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
      const x1f = x1 - x1ceil + 1;
      const am = 0.5 * s * x1f * x1f;
      acc[row + x0floor]! += d * a0;
      if (x1ceil === x0floor + 2) acc[row + x0floor + 1]! += d * (1 - a0 - am);
      else {
        const a1 = s * (1.5 - x0f);
        acc[row + x0floor + 1]! += d * (a1 - a0);
        for (let xi = x0floor + 2; xi < x1ceil - 1; xi++) acc[row + xi]! += d * s;
        const a2 = a1 + (x1ceil - x0floor - 3) * s;
        acc[row + x1ceil - 1]! += d * (1 - a2 - am);
      }
      acc[row + x1ceil]! += d * am;
    }
    x = xnext;
  }
}

/** The coverage mask of a filled outline (non-zero winding, as glyphs and simple shapes need). */
export function rasterise(commands: readonly Command[]): Mask {
  const lines = flatten(commands);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[x, y]] of lines) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (lines.length === 0) return { left: 0, top: 0, width: 0, height: 0, data: new Uint8Array(0) };
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  // One spare column: a segment's area spills into the pixel right of its last one.
  const width = Math.ceil(maxX) - left + 2;
  const height = Math.ceil(maxY) - top;
  const acc = new Float32Array(width * height + 2);
  for (const [a, b] of lines) accumulate(acc, width, height, [a[0] - left, a[1] - top], [b[0] - left, b[1] - top]);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    for (let x = 0; x < width; x++) {
      sum += acc[y * width + x]!;
      data[y * width + x] = Math.min(255, Math.round(Math.abs(sum) * 255));
    }
  }
  return { left, top, width, height, data };
}

/** A rectangle with rounded corners as outline commands (cubic quarter circles). */
export function roundedRect(x: number, y: number, w: number, h: number, r: number): Command[] {
  const k = r * 0.5523;
  return [
    { type: 'M', x: x + r, y },
    { type: 'L', x: x + w - r, y },
    { type: 'C', x1: x + w - r + k, y1: y, x2: x + w, y2: y + r - k, x: x + w, y: y + r },
    { type: 'L', x: x + w, y: y + h - r },
    { type: 'C', x1: x + w, y1: y + h - r + k, x2: x + w - r + k, y2: y + h, x: x + w - r, y: y + h },
    { type: 'L', x: x + r, y: y + h },
    { type: 'C', x1: x + r - k, y1: y + h, x2: x, y2: y + h - r + k, x, y: y + h - r },
    { type: 'L', x, y: y + r },
    { type: 'C', x1: x, y1: y + r - k, x2: x + r - k, y2: y, x: x + r, y },
    { type: 'Z' },
  ];
}

/** A closed polygon as outline commands. */
export function polygon(points: ReadonlyArray<readonly [number, number]>): Command[] {
  return [...points.map(([x, y], i) => ({ type: i === 0 ? ('M' as const) : ('L' as const), x, y })), { type: 'Z' as const }];
}
