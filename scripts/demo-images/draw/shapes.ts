/**
 * Pieces several motifs share: leaves, palms, water, boats, trees. Each motif is drawn in a
 * 600 × 600 box with the ground near y = 560.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';

/** A leaf with its midrib, growing from (cx, cy) at `angle` degrees. */
export function leaf(cx: number, cy: number, len: number, angle: number, fill: string): string {
  const w = len * 0.38;
  return (
    `<path transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})" d="M0 0 C ${f(w)} ${f(-len * 0.3)} ${f(w)} ${f(-len * 0.75)} 0 ${f(-len)} C ${f(-w)} ${f(-len * 0.75)} ${f(-w)} ${f(-len * 0.3)} 0 0 Z" fill="${fill}"/>` +
    `<path transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})" d="M0 -4 L0 ${f(-len * 0.9)}" stroke="${darken(fill, 0.25)}" stroke-width="3" fill="none"/>`
  );
}

/** A palm frond with leaflets on both sides. */
export function palmFrond(cx: number, cy: number, len: number, angle: number, fill: string): string {
  let out = `<g transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})"><path d="M0 0 Q ${f(len * 0.5)} ${f(-len * 0.15)} ${f(len)} ${f(len * 0.1)}" stroke="${fill}" stroke-width="6" fill="none"/>`;
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    const x = len * t;
    const y = -len * 0.15 * Math.sin(Math.PI * t) + len * 0.1 * t * t;
    out += `<path d="M${f(x)} ${f(y)} l ${f(len * 0.12)} ${f(len * 0.22)}" stroke="${fill}" stroke-width="7" stroke-linecap="round"/>`;
    out += `<path d="M${f(x)} ${f(y)} l ${f(len * 0.14)} ${f(-len * 0.16)}" stroke="${fill}" stroke-width="7" stroke-linecap="round"/>`;
  }
  return out + '</g>';
}

/** A coconut palm on the ground line, with fronds and two nuts. */
export function coconutPalm(x: number, ground: number, height: number, p: Palette): string {
  const top = ground - height;
  const green = darken(p.accent === '#5f9e4a' ? p.accent : '#4f8f3a', 0.05);
  let out = `<path d="M${f(x - 10)} ${ground} Q ${f(x + 30)} ${f(ground - height / 2)} ${f(x + 12)} ${f(top)} L ${f(x + 24)} ${f(top)} Q ${f(x + 44)} ${f(ground - height / 2)} ${f(x + 12)} ${ground} Z" fill="${darken(p.main, 0.1)}"/>`;
  for (const a of [-160, -120, -70, -20, 20, 200]) out += palmFrond(x + 18, top, height * 0.45, a, green);
  out += `<circle cx="${f(x + 12)}" cy="${f(top + 14)}" r="12" fill="#7a5a22"/><circle cx="${f(x + 28)}" cy="${f(top + 18)}" r="12" fill="#8a6a2a"/>`;
  return out;
}

/** Water from `y` down to the bottom edge, its top drawn as small waves. */
export function waves(y: number, color: string, width = 600): string {
  let d = `M0 ${y}`;
  for (let x = 0; x < width; x += 60) d += ` q 15 -10 30 0 t 30 0`;
  return `<path d="${d} L ${width} 600 L 0 600 Z" fill="${color}"/>`;
}

/** Half a coconut seen from above: brown shell, white flesh. */
export function coconutHalf(cx: number, cy: number, rad: number, p: Palette): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${p.main === '#f1e6a6' ? '#8a5a2b' : '#7a5a2b'}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${rad * 0.82}" fill="#fffdf4"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${rad * 0.55}" fill="#f2f0e2"/>`
  );
}

/** A citrus fruit cut across, its segments drawn as spokes. */
export function slices(cx: number, cy: number, rad: number, rind: string, flesh: string): string {
  let out = `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${rind}"/><circle cx="${cx}" cy="${cy}" r="${rad * 0.86}" fill="${flesh}"/>`;
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2;
    out += `<path d="M${cx} ${cy} L ${f(cx + Math.cos(a) * rad * 0.86)} ${f(cy + Math.sin(a) * rad * 0.86)}" stroke="#ffffff" stroke-width="4" stroke-opacity="0.8"/>`;
  }
  return out + `<circle cx="${cx}" cy="${cy}" r="${rad * 0.12}" fill="#ffffff" fill-opacity="0.8"/>`;
}

/** A xuồng (small boat) with a rower in a conical hat. */
export function xuong(x: number, y: number, s: number, hull: string, hat: string): string {
  return (
    `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-200 0 Q 0 70 200 0 L 170 -10 Q 0 30 -170 -10 Z" fill="${hull}"/>` +
    `<rect x="-20" y="-110" width="40" height="90" rx="14" fill="#3a5f8a"/><circle cx="0" cy="-125" r="18" fill="#e8b98a"/>` +
    `<path d="M-50 -120 L 0 -175 L 50 -120 Z" fill="${hat}"/>` +
    `<path d="M40 -80 L 150 40" stroke="#6b4a2a" stroke-width="8"/></g>`
  );
}

/** A row of tràm (melaleuca) trees with pale trunks. */
export function forestTrees(p: Palette, r: Rng, count: number, scale: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = 30 + (i + r() * 0.6) * (540 / count);
    const h = (260 + r() * 120) * scale;
    out += `<path d="M${f(x)} 520 v ${f(-h)}" stroke="#e8e2d2" stroke-width="${f(12 * scale + 4)}"/>`;
    for (let k = 0; k < 3; k++)
      out += `<ellipse cx="${f(x + (r() - 0.5) * 60)}" cy="${f(520 - h - 10 + k * 30)}" rx="${f((60 + r() * 30) * scale)}" ry="${f((34 + r() * 12) * scale)}" fill="${k % 2 ? p.main : lighten(p.main, 0.15)}"/>`;
  }
  return out;
}
