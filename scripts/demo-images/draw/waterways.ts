/**
 * Scenes on the water: a boat on a canal, a floating market, a tràm forest, birds.
 */
import type { Palette, Rng } from '../types.ts';
import { f, lighten } from './color.ts';
import { forestTrees, palmFrond, waves, xuong } from './shapes.ts';

/** A xuồng on a canal between nipa palms. */
export function boat(p: Palette, r: Rng): string {
  let out = '';
  for (let i = 0; i < 6; i++)
    out += palmFrond(
      i < 3 ? 0 : 600,
      440 - i * 30,
      200 + r() * 60,
      i < 3 ? -40 + i * 25 : 220 - (i - 3) * 25,
      i % 2 ? '#4f8f3a' : '#6faa4a',
    );
  out += waves(420, lighten(p.main, 0.15)) + waves(470, p.main);
  out += xuong(300, 450, 1, '#7a4a24', '#f1e1b0');
  out += `<path d="M80 520 h60 M420 540 h80 M250 560 h50" stroke="#ffffff" stroke-opacity="0.6" stroke-width="6" stroke-linecap="round"/>`;
  return out;
}

/** Boats laden with fruit at a floating market at sunrise. */
export function market(p: Palette, r: Rng): string {
  let out = `<circle cx="470" cy="170" r="80" fill="#ffd37a"/><circle cx="470" cy="170" r="110" fill="#ffd37a" fill-opacity="0.3"/>`;
  out += waves(360, lighten(p.main, 0.2)) + waves(420, p.main);
  const boats: Array<[number, number, number]> = [
    [150, 390, 0.6],
    [450, 400, 0.55],
    [300, 480, 0.9],
  ];
  for (const [x, y, s] of boats) {
    out += `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-220 0 Q 0 80 220 0 L 190 -20 Q 0 20 -190 -20 Z" fill="#5a3a22"/><path d="M-150 -20 v -120 h 220 v 120" fill="#e9d8b0" stroke="#7a4a24" stroke-width="6"/>`;
    for (let i = 0; i < 8; i++)
      out += `<circle cx="${f(-130 + r() * 180)}" cy="${f(-40 - r() * 50)}" r="${f(18 + r() * 8)}" fill="${['#b9cf4f', '#e58a1f', '#e9a825', '#8fbf4a'][i % 4]}"/>`;
    out += `<path d="M120 -20 v -180" stroke="#6b4a2a" stroke-width="8"/><circle cx="120" cy="-200" r="16" fill="${p.accent}"/></g>`;
  }
  return out;
}

/** A tràm forest over water covered with duckweed, a boat in the channel. */
export function forest(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 7, 1);
  out += `<rect x="0" y="470" width="600" height="130" fill="${p.accent}"/>`;
  for (let i = 0; i < 60; i++)
    out += `<circle cx="${f(r() * 600)}" cy="${f(480 + r() * 120)}" r="${f(3 + r() * 4)}" fill="${lighten(p.accent, 0.35)}"/>`;
  out += `<path d="M180 600 Q 300 470 420 600 Z" fill="${lighten(p.main, 0.45)}" fill-opacity="0.8"/>`;
  out += xuong(310, 560, 0.55, '#6b4a2a', '#f1e1b0');
  return out;
}

/** Storks flying over a tràm forest. */
export function birds(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 6, 0.75);
  out += `<rect x="0" y="500" width="600" height="100" fill="${p.accent}"/>`;
  for (let i = 0; i < 9; i++) {
    const x = 60 + r() * 480;
    const y = 80 + r() * 200;
    const s = 0.6 + r() * 0.6;
    out += `<g transform="translate(${f(x)} ${f(y)}) scale(${f(s)})"><path d="M-60 0 Q -30 -30 0 0 Q 30 -30 60 0 Q 30 -10 0 8 Q -30 -10 -60 0 Z" fill="#ffffff"/><circle cx="0" cy="4" r="7" fill="#ffffff"/></g>`;
  }
  return out;
}
