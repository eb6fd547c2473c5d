/**
 * Whole pictures: a product photo (1600 × 1200), a cover (1600 × 900, also used for stories) and a
 * logo (512 × 512), each as one SVG string.
 */
import type { Caption, Motif, Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { drawMotif, SCENES } from './motif.ts';
import { leaf } from './shapes.ts';
import { badge, caption, LABEL, text, wrap } from './text.ts';

/** What a product or cover picture needs. */
type Picture = Caption & { motif: Motif; palette: Palette };

/** Gradient background with a few soft light spots. */
export function background(width: number, height: number, p: Palette, r: Rng): string {
  let out = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.bg[0]}"/><stop offset="1" stop-color="${p.bg[1]}"/></linearGradient></defs>`;
  out += `<rect width="${width}" height="${height}" fill="url(#bg)"/>`;
  for (let i = 0; i < 6; i++) {
    out += `<circle cx="${f(r() * width)}" cy="${f(r() * height)}" r="${f(80 + r() * 220)}" fill="#ffffff" fill-opacity="${f(0.08 + r() * 0.1)}"/>`;
  }
  return out;
}

/** Three layers of rolling hills behind a cover's motif. */
export function hills(w: number, h: number, p: Palette, r: Rng): string {
  let out = '';
  for (let layer = 0; layer < 3; layer++) {
    const base = h * (0.62 + layer * 0.12);
    let d = `M0 ${h} L0 ${f(base)}`;
    for (let x = 0; x <= w; x += 200) d += ` Q ${f(x + 100)} ${f(base - 40 - r() * 90)} ${x + 200} ${f(base + (r() - 0.5) * 30)}`;
    out += `<path d="${d} L ${w} ${h} Z" fill="${darken(p.bg[1], 0.08 + layer * 0.1)}" fill-opacity="${0.55 + layer * 0.15}"/>`;
  }
  return out;
}

/** A product photo: the motif centred, the caption across the bottom, the badge top left. */
export function productSvg(spec: Picture, r: Rng): string {
  const [w, h] = [1600, 1200];
  const p = spec.palette;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    background(w, h, p, r) +
    (SCENES.has(spec.motif) ? '' : `<ellipse cx="800" cy="860" rx="420" ry="46" fill="${p.ink}" fill-opacity="0.12"/>`) +
    `<g transform="translate(470 170) scale(1.1)">${drawMotif(spec.motif, p, r)}</g>` +
    caption(80, h - 56, w - 160, spec.title, spec.subtitle, 76, p) +
    badge(48, 44, 34, p.ink) +
    `</svg>`
  );
}

/** A cover: hills, the motif on the right, the caption bottom left, the badge top left. */
export function coverSvg(spec: Picture, r: Rng): string {
  const [w, h] = [1600, 900];
  const p = spec.palette;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    background(w, h, p, r) +
    hills(w, h, p, r) +
    `<g transform="translate(930 150) scale(1.02)">${drawMotif(spec.motif, p, r)}</g>` +
    caption(60, h - 56, 860, spec.title, spec.subtitle, 62, p) +
    badge(44, 40, 30, p.ink) +
    `</svg>`
  );
}

/** A logo: initials and short name in a roundel, and the same "ẢNH MINH HOẠ" label as every image. */
export function logoSvg(spec: Caption & { palette: Palette }): string {
  const p = spec.palette;
  const initials = wrap(spec.title, 170, 300, 1);
  const name = wrap(spec.subtitle, 34, 330, 1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">` +
    `<circle cx="256" cy="256" r="248" fill="${p.ink}"/>` +
    `<circle cx="256" cy="256" r="222" fill="none" stroke="${p.accent === '#eef2fa' ? '#f2c744' : lighten(p.main, 0.3)}" stroke-width="10"/>` +
    leaf(256, 132, 70, -35, lighten(p.main, 0.2)) +
    leaf(256, 132, 70, 35, p.main) +
    text(initials.lines[0] ?? '', 256, 300, initials.size, '#ffffff', 'middle') +
    text(name.lines[0] ?? '', 256, 362, name.size, lighten(p.bg[1], 0.3), 'middle') +
    text(LABEL, 256, 420, 22, lighten(p.bg[0], 0.1), 'middle') +
    `</svg>`
  );
}
