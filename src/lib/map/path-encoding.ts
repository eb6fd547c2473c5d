/**
 * Turning projected boundary lines into short SVG path data, at data-generation time
 * (`scripts/map-data.ts`): Douglas–Peucker simplification in screen units, coordinates rounded to
 * a grid, and relative `l` commands, which gzip far better than absolute ones.
 */

export type Point = readonly [number, number];

/** Squared distance from `p` to the segment `a`–`b`. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const [x, y] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
  return x * x + y * y;
}

/**
 * Douglas–Peucker: the fewest points of `line` that stay within `tolerance` of it. The two ends
 * are always kept, so lines shared by two provinces, simplified once, still meet at their ends.
 */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length < 3) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  const tolerance2 = tolerance * tolerance;
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [first, last] = span;
    let worst = -1;
    let worstDistance = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(line[i]!, line[first]!, line[last]!);
      if (d > worstDistance) [worst, worstDistance] = [i, d];
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Points on a grid of `1 / 10^digits` units, repeated points dropped (a closing point too). */
export function roundRing(ring: readonly Point[], digits: number): Point[] {
  const f = 10 ** digits;
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const [first, last] = [out[0], out.at(-1)];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/**
 * A ring too small to keep its shape at this scale (an island, a reef) as a small square centred
 * on it, so every island of Hoàng Sa and Trường Sa stays on the map.
 */
export function markerRing(ring: readonly Point[], size: number, digits: number): Point[] {
  const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const h = size / 2;
  return roundRing(
    [
      [cx - h, cy - h],
      [cx + h, cy - h],
      [cx + h, cy + h],
      [cx - h, cy + h],
    ],
    digits,
  );
}

/** Number text without a leading zero or trailing zeros: `0.5` → `.5`, `-0.5` → `-.5`. */
function num(value: number, digits: number): string {
  const text = String(Number(value.toFixed(digits)));
  return text.replace(/^(-?)0\./, '$1.');
}

/** Path data of closed rings: `M x y l dx dy …z` for each, separators only where needed. */
export function ringsPath(rings: readonly (readonly Point[])[], digits: number): string {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      let d = `M${num(ring[0]![0], digits)} ${num(ring[0]![1], digits)}l`;
      let previous = ring[0]!;
      ring.slice(1).forEach((p, i) => {
        for (const [j, delta] of [p[0] - previous[0], p[1] - previous[1]].entries()) {
          const text = num(delta, digits);
          // A minus sign starts the next number by itself; anything else needs a space.
          d += (i > 0 || j > 0) && !text.startsWith('-') ? ` ${text}` : text;
        }
        previous = p;
      });
      return `${d}z`;
    })
    .join('');
}
