/**
 * Scenes on land: a garden house, a stilt house, a rammed-earth house, a bicycle among palms.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { coconutPalm, forestTrees, waves } from './shapes.ts';

/** A garden house between coconut palms. */
export function house(p: Palette, r: Rng): string {
  let out = coconutPalm(60, 560, 380, { ...p, accent: '#5f9e4a' }) + coconutPalm(470, 560, 420, { ...p, accent: '#5f9e4a' });
  out += `<rect x="150" y="330" width="300" height="220" fill="#e9d2a8"/><path d="M120 340 L 300 200 L 480 340 Z" fill="#b5542e"/>`;
  out += `<path d="M120 340 L 300 200 L 480 340" stroke="${darken('#b5542e', 0.3)}" stroke-width="8" fill="none"/>`;
  out += `<rect x="270" y="420" width="60" height="130" fill="#7a4a24"/><rect x="180" y="390" width="60" height="50" fill="#f7e7b0" stroke="#7a4a24" stroke-width="6"/><rect x="360" y="390" width="60" height="50" fill="#f7e7b0" stroke="#7a4a24" stroke-width="6"/>`;
  out += `<rect x="0" y="550" width="600" height="50" fill="${darken(p.bg[1], 0.2)}"/>`;
  for (let i = 0; i < 6; i++)
    out += `<circle cx="${f(30 + r() * 540)}" cy="${f(565 + r() * 20)}" r="${f(10 + r() * 8)}" fill="${darken(p.bg[1], 0.3)}"/>`;
  return out;
}

/** A stilt house over water at the edge of a tràm forest. */
export function stilthouse(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 6, 0.8);
  out += `<rect x="130" y="270" width="340" height="160" fill="#a9784a"/><path d="M100 280 L 300 150 L 500 280 Z" fill="#7a5a3a"/>`;
  for (let x = 140; x < 470; x += 22) out += `<path d="M${x} 270 v160" stroke="#8a5a32" stroke-width="4"/>`;
  out += `<rect x="260" y="320" width="70" height="110" fill="#5a3a22"/>`;
  for (const x of [150, 230, 370, 450]) out += `<rect x="${x}" y="430" width="16" height="110" fill="#5a3a22"/>`;
  out += waves(500, lighten(p.main, 0.2)) + `<path d="M0 520 h600" stroke="#ffffff" stroke-opacity="0.4" stroke-width="4"/>`;
  return out;
}

/** A rammed-earth house with a tiled roof under rocky mountains. */
export function stonehouse(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L 0 260 L 80 140 L 160 240 L 250 100 L 350 230 L 450 130 L 600 270 L 600 600 Z" fill="${p.accent}" fill-opacity="0.55"/>`;
  out += `<rect x="110" y="310" width="380" height="240" fill="${p.main}"/>`;
  for (let i = 0; i < 8; i++) out += `<path d="M110 ${330 + i * 28} h380" stroke="${darken(p.main, 0.12)}" stroke-width="3"/>`;
  out += `<path d="M80 320 L 300 190 L 520 320 Z" fill="#5a5550"/>`;
  for (let x = 110; x < 500; x += 24)
    out += `<path d="M${x} ${f(320 - (x < 300 ? x - 80 : 520 - x) * 0.59)} v 6" stroke="#3a3632" stroke-width="3"/>`;
  out += `<rect x="260" y="420" width="80" height="130" fill="#6b4a2a"/><rect x="150" y="380" width="60" height="50" fill="#3a2f2a"/><rect x="390" y="380" width="60" height="50" fill="#3a2f2a"/>`;
  for (let i = 0; i < 5; i++)
    out += `<ellipse cx="${f(40 + r() * 520)}" cy="${f(560 + r() * 30)}" rx="${f(24 + r() * 20)}" ry="14" fill="${darken(p.accent, 0.1)}"/>`;
  return out;
}

/** A bicycle on a path between coconut palms. */
export function bicycle(p: Palette, r: Rng): string {
  let out = coconutPalm(40, 560, 400, { ...p, accent: '#5f9e4a' }) + coconutPalm(440, 560, 360, { ...p, accent: '#5f9e4a' });
  out += `<path d="M0 560 Q 300 500 600 560 L 600 600 L 0 600 Z" fill="#d9c08a"/>`;
  const c = p.accent;
  out += `<circle cx="190" cy="450" r="80" fill="none" stroke="${p.ink}" stroke-width="12"/><circle cx="410" cy="450" r="80" fill="none" stroke="${p.ink}" stroke-width="12"/>`;
  out += `<path d="M190 450 L 270 330 L 380 330 L 410 450 M 270 330 L 300 450 L 380 330 M 300 450 L 190 450" stroke="${c}" stroke-width="12" fill="none" stroke-linejoin="round"/>`;
  out += `<path d="M250 310 h50 M380 330 l 10 -40 h 30" stroke="${p.ink}" stroke-width="12" stroke-linecap="round" fill="none"/>`;
  out += `<rect x="390" y="250" width="70" height="50" rx="8" fill="#c9a25a"/>`;
  for (let i = 0; i < 5; i++) out += `<circle cx="${f(20 + r() * 560)}" cy="${f(575 + r() * 15)}" r="6" fill="#b59a5a"/>`;
  return out;
}
