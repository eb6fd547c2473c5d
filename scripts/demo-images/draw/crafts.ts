/**
 * Handicrafts: coconut-shell bowls and lamp, water hyacinth baskets and mats, cloth, bags.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { leaf } from './shapes.ts';

/** Three coconut-shell bowls and a spoon. */
export function bowl(p: Palette, r: Rng): string {
  let out = '';
  for (const [x, y, s] of [
    [190, 470, 1],
    [410, 470, 1],
    [300, 330, 0.9],
  ] as const) {
    out += `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-120 -20 h240 q 0 120 -120 120 q -120 0 -120 -120 Z" fill="${p.main}"/>`;
    out += `<ellipse cx="0" cy="-20" rx="120" ry="26" fill="${darken(p.main, 0.35)}"/><ellipse cx="0" cy="-20" rx="104" ry="18" fill="${lighten(p.main, 0.1)}"/>`;
    for (let i = 0; i < 5; i++)
      out += `<path d="M${f(-90 + r() * 180)} ${f(10 + r() * 60)} q 20 4 40 0" stroke="${darken(p.main, 0.25)}" stroke-width="3" fill="none"/>`;
    out += `</g>`;
  }
  out += `<g transform="translate(470 250) rotate(35)"><rect x="-12" y="-150" width="24" height="190" rx="12" fill="${p.accent}"/><ellipse cx="0" cy="60" rx="40" ry="55" fill="${p.main}"/><ellipse cx="0" cy="60" rx="30" ry="44" fill="${darken(p.main, 0.2)}"/></g>`;
  return out;
}

/** A coconut-shell lamp glowing in the dark. */
export function lamp(p: Palette, r: Rng): string {
  let out = `<defs><radialGradient id="glow"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.7"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0"/></radialGradient></defs>`;
  out += `<circle cx="300" cy="280" r="290" fill="url(#glow)"/>`;
  for (let i = 0; i < 30; i++) {
    const a = r() * Math.PI * 2;
    const d = 200 + r() * 80;
    out += `<circle cx="${f(300 + Math.cos(a) * d)}" cy="${f(280 + Math.sin(a) * d * 0.7)}" r="${f(3 + r() * 4)}" fill="${p.accent}" fill-opacity="0.8"/>`;
  }
  out += `<path d="M150 330 a150 150 0 0 1 300 0 Z" fill="${p.main}"/>`;
  for (let row = 0; row < 4; row++)
    for (let k = 0; k < 7 - row; k++) {
      const a = Math.PI + ((k + 0.5) / (7 - row)) * Math.PI;
      const rr = 125 - row * 30;
      out += `<circle cx="${f(300 + Math.cos(a) * rr)}" cy="${f(325 + Math.sin(a) * rr)}" r="8" fill="${p.accent}"/>`;
    }
  out += `<rect x="285" y="330" width="30" height="170" fill="${lighten(p.main, 0.2)}"/><ellipse cx="300" cy="510" rx="130" ry="34" fill="${lighten(p.main, 0.1)}"/>`;
  return out;
}

/** A woven basket with a handle. */
export function basket(p: Palette): string {
  let out = `<path d="M210 240 q 90 -150 180 0" stroke="${darken(p.main, 0.2)}" stroke-width="22" fill="none"/>`;
  out += `<path d="M120 240 h360 l -40 310 h -280 Z" fill="${p.main}"/>`;
  out += `<clipPath id="bk"><path d="M120 240 h360 l -40 310 h -280 Z"/></clipPath><g clip-path="url(#bk)">`;
  for (let y = 250; y < 560; y += 26)
    out += `<path d="M100 ${y} q 25 -12 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0" stroke="${darken(p.main, 0.25)}" stroke-width="6" fill="none"/>`;
  out += `</g><rect x="110" y="230" width="380" height="30" rx="12" fill="${darken(p.main, 0.12)}"/>`;
  out += leaf(520, 560, 120, -20, p.accent) + leaf(520, 560, 100, -60, lighten(p.accent, 0.2));
  return out;
}

/** A round woven mat (or a roll of silk, in the silk palette). */
export function mat(p: Palette): string {
  let out = `<ellipse cx="300" cy="400" rx="270" ry="150" fill="${p.main}"/>`;
  for (let k = 1; k <= 9; k++)
    out += `<ellipse cx="300" cy="400" rx="${270 - k * 28}" ry="${150 - k * 15.5}" fill="none" stroke="${k % 2 ? darken(p.main, 0.25) : lighten(p.main, 0.3)}" stroke-width="7"/>`;
  if (p.main === '#1f1f26')
    out += `<path d="M120 300 q 180 -120 360 0" stroke="#ffffff" stroke-opacity="0.25" stroke-width="24" fill="none"/>`;
  return out;
}

/** Folded cloth with woven bands. */
export function fabric(p: Palette): string {
  let out = '';
  const layers: Array<[number, string]> = [
    [380, darken(p.main, 0.1)],
    [300, p.main],
    [220, lighten(p.main, 0.08)],
  ];
  for (const [y, c] of layers) {
    out += `<path d="M80 ${y} h440 q 20 0 20 20 v 120 q 0 20 -20 20 h -440 q -20 0 -20 -20 v -120 q 0 -20 20 -20 Z" fill="${c}"/>`;
    out += `<path d="M60 ${y + 40} h480 M60 ${y + 120} h480" stroke="${p.accent}" stroke-width="6" stroke-opacity="0.9"/>`;
    let d = '';
    for (let x = 70; x < 540; x += 40) d += `M${x} ${y + 80} l 20 -24 l 20 24 l -20 24 Z `;
    out += `<path d="${d}" fill="${p.accent}" fill-opacity="${p.main === '#1f1f26' ? 0.35 : 0.9}"/>`;
  }
  out += `<path d="M520 470 v 70 M500 470 v 60 M540 470 v 60" stroke="${p.accent}" stroke-width="6"/>`;
  return out;
}

/** A bag with embroidered bands and a strap. */
export function bag(p: Palette): string {
  let out = `<path d="M200 250 Q 300 40 400 250" stroke="${p.accent}" stroke-width="20" fill="none"/>`;
  out += `<rect x="140" y="240" width="320" height="310" rx="30" fill="${p.main}"/>`;
  const bands = [300, 380, 460];
  for (const y of bands) {
    out += `<rect x="140" y="${y}" width="320" height="40" fill="${p.accent}"/>`;
    let d = '';
    for (let x = 150; x < 450; x += 30) d += `M${x} ${y + 20} l 15 -14 l 15 14 l -15 14 Z `;
    out += `<path d="${d}" fill="#fff3d6"/>`;
  }
  out += `<rect x="140" y="240" width="320" height="40" rx="20" fill="#f2c744"/>`;
  return out;
}
