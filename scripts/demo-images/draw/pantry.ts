/**
 * Packaged food: jars, bottles, candy, powders, rice, herbal tea.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { coconutHalf, leaf } from './shapes.ts';

/** A jar with a label showing honey, fish or a powder. */
export function jar(p: Palette, icon: 'honey' | 'fish' | 'powder'): string {
  const body = p.main;
  let out =
    `<rect x="150" y="170" width="300" height="380" rx="70" fill="${body}"/>` +
    `<rect x="150" y="170" width="300" height="380" rx="70" fill="none" stroke="${darken(body, 0.25)}" stroke-width="6"/>` +
    `<rect x="178" y="200" width="36" height="290" rx="18" fill="#ffffff" fill-opacity="0.35"/>` +
    `<rect x="170" y="110" width="260" height="80" rx="16" fill="${p.accent}"/>` +
    `<rect x="170" y="140" width="260" height="12" fill="${darken(p.accent, 0.2)}"/>` +
    `<rect x="200" y="300" width="200" height="130" rx="16" fill="#fffaf0"/>`;
  if (icon === 'honey') {
    out += `<path d="M300 325 l 26 15 v 30 l -26 15 l -26 -15 v -30 Z" fill="${p.main}"/><circle cx="300" cy="355" r="8" fill="${p.ink}"/>`;
    out += `<path d="M240 410 h120" stroke="${p.ink}" stroke-width="6" stroke-linecap="round"/>`;
  } else if (icon === 'fish') {
    out += `<path d="M235 365 Q 285 320 335 365 Q 285 410 235 365 Z" fill="${p.accent}"/><path d="M335 365 l 30 -22 v 44 Z" fill="${p.accent}"/><circle cx="258" cy="360" r="5" fill="#fffaf0"/>`;
  } else {
    out += `<circle cx="300" cy="365" r="40" fill="${p.accent}"/><circle cx="300" cy="365" r="18" fill="${p.main}"/>`;
  }
  return out;
}

/** A bottle with a label and leaves, half a coconut beside it. */
export function bottle(p: Palette): string {
  let out =
    `<rect x="255" y="60" width="90" height="40" rx="8" fill="${p.ink}"/>` +
    `<path d="M265 100 h70 v70 q 0 30 40 60 q 35 28 35 80 v 200 q 0 30 -30 30 h -160 q -30 0 -30 -30 v -200 q 0 -52 35 -80 q 40 -30 40 -60 Z" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="6"/>` +
    `<rect x="210" y="330" width="180" height="140" rx="14" fill="#ffffff" fill-opacity="0.92"/>` +
    `<rect x="228" y="260" width="26" height="240" rx="13" fill="#ffffff" fill-opacity="0.4"/>` +
    leaf(300, 430, 80, -30, p.accent) +
    leaf(300, 430, 70, 35, lighten(p.accent, 0.15));
  out += coconutHalf(470, 470, 80, p);
  return out;
}

/** Wrapped candies scattered in a heap. */
export function candy(p: Palette, r: Rng): string {
  let out = '';
  const spots: Array<[number, number, number]> = [
    [170, 470, -8],
    [300, 490, 6],
    [430, 468, -4],
    [230, 380, 12],
    [370, 385, -10],
    [300, 290, 4],
  ];
  for (const [x, y, a] of spots) {
    const rot = a + (r() - 0.5) * 8;
    out +=
      `<g transform="translate(${x} ${y}) rotate(${f(rot)})">` +
      `<path d="M-95 0 l -45 -30 v 60 Z" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<path d="M95 0 l 45 -30 v 60 Z" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<rect x="-95" y="-42" width="190" height="84" rx="20" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<rect x="-70" y="-26" width="140" height="52" rx="12" fill="${p.main}"/>` +
      `<rect x="-60" y="-18" width="60" height="10" rx="5" fill="#ffffff" fill-opacity="0.5"/></g>`;
  }
  return out;
}

/** A bowl heaped with powder or pollen, a leaf beside it. */
export function powder(p: Palette, r: Rng): string {
  let out = `<path d="M130 400 h340 q -10 150 -170 150 q -160 0 -170 -150 Z" fill="#fffaf0" stroke="${darken(p.bg[1], 0.3)}" stroke-width="6"/>`;
  out += `<path d="M150 400 Q 300 250 450 400 Z" fill="${p.main}"/>`;
  for (let i = 0; i < 40; i++)
    out += `<circle cx="${f(190 + r() * 220)}" cy="${f(330 + r() * 65)}" r="${f(4 + r() * 5)}" fill="${i % 2 ? p.accent : lighten(p.main, 0.25)}"/>`;
  out += `<path d="M430 250 q 40 -20 80 10 q 20 20 -10 40 q -40 20 -70 -10 Z" fill="${p.accent}"/>`;
  out += leaf(120, 330, 120, -40, '#6f9a3a') + leaf(110, 330, 100, -75, '#84ad4a');
  return out;
}

/** A sack of rice and a bowl of cooked rice. */
export function rice(p: Palette, r: Rng): string {
  let out = `<path d="M120 190 q 90 -40 180 0 q 90 -40 180 0 l -20 360 h -320 Z" fill="#e9dcb8" stroke="#b59e6a" stroke-width="6"/>`;
  out += `<path d="M120 190 q 90 40 180 0 q 90 40 180 0" stroke="#b59e6a" stroke-width="6" fill="none"/>`;
  out += `<rect x="180" y="290" width="240" height="150" rx="16" fill="${p.accent}"/><rect x="200" y="310" width="200" height="110" rx="10" fill="#fffaf0"/>`;
  out += `<path d="M300 400 v -60 M300 360 l -24 -18 M300 350 l 24 -18 M300 340 l -18 -22 M300 370 l 22 -16" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>`;
  out += `<path d="M370 470 h200 q 0 90 -100 90 q -100 0 -100 -90 Z" fill="#3f6f8f"/><ellipse cx="470" cy="470" rx="100" ry="24" fill="#ffffff"/>`;
  for (let i = 0; i < 30; i++)
    out += `<ellipse cx="${f(400 + r() * 140)}" cy="${f(458 + r() * 20)}" rx="7" ry="3.5" fill="#f2ede0" stroke="#d6cfba" stroke-width="1"/>`;
  return out;
}

/** A box of herbal tea beside a climbing plant with small fruit. */
export function herb(p: Palette, r: Rng): string {
  let out = `<rect x="110" y="220" width="260" height="320" rx="18" fill="${p.main}"/><rect x="110" y="220" width="260" height="70" rx="18" fill="${darken(p.main, 0.2)}"/>`;
  out +=
    `<rect x="140" y="330" width="200" height="150" rx="12" fill="#fffaf0"/>` +
    leaf(240, 450, 90, -25, p.main) +
    leaf(240, 450, 80, 30, lighten(p.main, 0.2));
  out += `<path d="M430 120 C 400 250 470 350 440 560" stroke="#4f7a2a" stroke-width="8" fill="none"/>`;
  for (let i = 0; i < 6; i++)
    out += leaf(440 + (i % 2 ? 6 : -6), 170 + i * 60, 60 + r() * 20, i % 2 ? 55 : -55, i % 2 ? p.main : lighten(p.main, 0.15));
  for (const [x, y] of [
    [480, 300],
    [400, 420],
  ] as const) {
    out += `<ellipse cx="${x}" cy="${y}" rx="22" ry="40" fill="${p.accent}"/>`;
    for (let k = 0; k < 5; k++)
      out += `<circle cx="${f(x + (r() - 0.5) * 26)}" cy="${f(y + (r() - 0.5) * 60)}" r="4" fill="${darken(p.accent, 0.2)}"/>`;
  }
  return out;
}
