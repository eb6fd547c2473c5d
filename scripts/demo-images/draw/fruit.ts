/**
 * Fruit and roots: coconut, orange, pomelo, pineapple, segments, tam thất, corn.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { bottle } from './pantry.ts';
import { coconutHalf, leaf, slices } from './shapes.ts';

/** A green coconut, half a coconut and a box of coconut products. */
export function coconut(p: Palette): string {
  return (
    `<circle cx="250" cy="370" r="170" fill="#6f8f3a"/>` +
    `<circle cx="250" cy="370" r="170" fill="none" stroke="#4f6f2a" stroke-width="8"/>` +
    `<ellipse cx="200" cy="300" rx="50" ry="80" fill="#ffffff" fill-opacity="0.18"/>` +
    coconutHalf(440, 460, 110, p) +
    `<rect x="360" y="150" width="180" height="210" rx="18" fill="${p.main}"/>` +
    `<rect x="360" y="150" width="180" height="46" rx="18" fill="${darken(p.main, 0.2)}"/>` +
    `<rect x="385" y="230" width="130" height="90" rx="10" fill="#fffaf0"/>` +
    leaf(450, 300, 60, -20, '#5f9e4a') +
    leaf(450, 300, 55, 30, '#7cbf5a')
  );
}

/** A round fruit (cam sành) with leaves and a cut half. */
export function fruit(p: Palette, r: Rng): string {
  let out =
    `<circle cx="270" cy="360" r="190" fill="${p.main}"/>` +
    `<circle cx="270" cy="360" r="190" fill="none" stroke="${darken(p.main, 0.2)}" stroke-width="6"/>`;
  for (let i = 0; i < 60; i++) {
    const a = r() * Math.PI * 2;
    const d = Math.sqrt(r()) * 170;
    out += `<circle cx="${f(270 + Math.cos(a) * d)}" cy="${f(360 + Math.sin(a) * d)}" r="3.5" fill="${darken(p.main, 0.18)}"/>`;
  }
  out += `<ellipse cx="200" cy="280" rx="55" ry="80" fill="#ffffff" fill-opacity="0.2"/>`;
  out += leaf(280, 175, 120, 30, p.accent) + leaf(280, 175, 100, -40, lighten(p.accent, 0.15));
  out += `<rect x="272" y="150" width="14" height="40" rx="6" fill="${p.ink}"/>`;
  out += slices(470, 470, 105, p.main, lighten(p.main, 0.35));
  return out;
}

/** A pomelo with a leaf and a cut half. */
export function pomelo(p: Palette, r: Rng): string {
  let out = `<path d="M270 150 C 360 150 380 240 420 320 C 470 420 420 560 270 560 C 120 560 70 420 120 320 C 160 240 180 150 270 150 Z" fill="${p.main}" stroke="${darken(p.main, 0.25)}" stroke-width="6"/>`;
  for (let i = 0; i < 50; i++)
    out += `<circle cx="${f(150 + r() * 240)}" cy="${f(260 + r() * 260)}" r="3" fill="${darken(p.main, 0.15)}"/>`;
  out += `<ellipse cx="200" cy="330" rx="40" ry="90" fill="#ffffff" fill-opacity="0.2"/>`;
  out += `<rect x="262" y="118" width="14" height="40" rx="6" fill="${p.ink}"/>` + leaf(276, 135, 110, 55, '#4f8a2b');
  out += slices(480, 480, 90, p.main, p.accent);
  return out;
}

/** Fruit segments or candied slices on a plate. */
export function segments(p: Palette, r: Rng): string {
  let out = `<ellipse cx="300" cy="470" rx="250" ry="70" fill="#ffffff"/><ellipse cx="300" cy="470" rx="250" ry="70" fill="none" stroke="${darken(p.bg[1], 0.25)}" stroke-width="6"/>`;
  for (let i = 0; i < 7; i++) {
    const x = 120 + i * 60 + (r() - 0.5) * 10;
    const y = 420 - Math.sin((i / 6) * Math.PI) * 60;
    out += `<path transform="translate(${f(x)} ${f(y)}) rotate(${f(-20 + i * 7)})" d="M-70 0 Q 0 -90 70 0 Q 0 30 -70 0 Z" fill="${i % 2 ? p.accent : lighten(p.accent, 0.2)}" stroke="${darken(p.accent, 0.2)}" stroke-width="4"/>`;
  }
  return out;
}

/** A pineapple with its crown of leaves. */
export function pineapple(p: Palette): string {
  let out = '';
  for (const [a, len] of [
    [-50, 170],
    [-25, 210],
    [0, 240],
    [25, 210],
    [50, 170],
    [-70, 130],
    [70, 130],
  ] as const)
    out += leaf(300, 250, len, a, a % 50 === 0 ? p.accent : lighten(p.accent, 0.12));
  out += `<ellipse cx="300" cy="400" rx="150" ry="180" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="6"/>`;
  out += `<clipPath id="pa"><ellipse cx="300" cy="400" rx="150" ry="180"/></clipPath><g clip-path="url(#pa)" stroke="${darken(p.main, 0.3)}" stroke-width="5">`;
  for (let i = -6; i <= 6; i++) out += `<path d="M${150 + i * 50} 220 l 300 360"/><path d="M${450 - i * 50} 220 l -300 360"/>`;
  out += `</g>`;
  return out;
}

/** Dried roots (tam thất) on a plate, a leafy stem with a red berry. */
export function root(p: Palette, r: Rng): string {
  let out = `<ellipse cx="300" cy="520" rx="250" ry="40" fill="#f4efe4"/>`;
  const spots: Array<[number, number, number]> = [
    [210, 430, 70],
    [340, 450, 80],
    [270, 350, 60],
    [420, 380, 55],
  ];
  for (const [x, y, s] of spots) {
    let d = '';
    for (let k = 0; k < 9; k++) {
      const a = (k / 9) * Math.PI * 2;
      const rr = s * (0.75 + r() * 0.35);
      d += `${k ? 'L' : 'M'}${f(x + Math.cos(a) * rr)} ${f(y + Math.sin(a) * rr * 0.8)} `;
    }
    out += `<path d="${d}Z" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="5" stroke-linejoin="round"/>`;
    for (let k = 0; k < 4; k++)
      out += `<circle cx="${f(x + (r() - 0.5) * s)}" cy="${f(y + (r() - 0.5) * s * 0.6)}" r="${f(6 + r() * 6)}" fill="${lighten(p.main, 0.2)}"/>`;
    out += `<path d="M${x} ${y + s * 0.7} q ${f((r() - 0.5) * 60)} 40 ${f((r() - 0.5) * 80)} 80" stroke="${darken(p.main, 0.2)}" stroke-width="5" fill="none"/>`;
  }
  out +=
    leaf(470, 250, 130, 20, p.accent) +
    leaf(470, 250, 110, -30, lighten(p.accent, 0.2)) +
    `<circle cx="470" cy="250" r="14" fill="#c9302c"/>`;
  return out;
}

/** A bottle of corn liquor beside an ear of corn. */
export function corn(p: Palette): string {
  let out = bottle({ ...p, main: '#eef3e2', accent: '#7a9a4a' });
  out += `<g transform="translate(110 330) rotate(-25)"><ellipse cx="0" cy="0" rx="55" ry="140" fill="${p.main}"/>`;
  for (let y = -120; y <= 120; y += 22)
    for (let x = -40; x <= 40; x += 20)
      if (Math.hypot(x / 55, y / 140) < 0.9) out += `<circle cx="${x}" cy="${y}" r="8" fill="${darken(p.main, 0.12)}"/>`;
  out += `<path d="M0 140 q -80 -60 -60 -200 q 30 120 60 200 Z" fill="${p.accent}"/><path d="M0 140 q 80 -60 60 -200 q -30 120 -60 200 Z" fill="${lighten(p.accent, 0.2)}"/></g>`;
  return out;
}
