/**
 * Number and colour helpers for writing SVG by hand.
 */

/** A coordinate with one decimal, short enough for the SVG and stable from run to run. */
export const f = (n: number) => n.toFixed(1);

/** Mixes two #rrggbb colours; t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return (
    '#' +
    pa
      .map((v, i) =>
        Math.round(v + ((pb[i] ?? 0) - v) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** The colour moved a fraction `t` towards white. */
export const lighten = (c: string, t: number) => mix(c, '#ffffff', t);

/** The colour moved a fraction `t` towards black. */
export const darken = (c: string, t: number) => mix(c, '#000000', t);
