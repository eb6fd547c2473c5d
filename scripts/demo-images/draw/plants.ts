/**
 * Plants and what they give: tea, bonsai, flowers, honeycomb, thốt nốt palm.
 */
import type { Palette, Rng } from '../types.ts';
import { darken, f, lighten } from './color.ts';
import { leaf } from './shapes.ts';

/** A steaming cup of tea on a saucer, tea leaves beside it. */
export function tea(p: Palette, r: Rng): string {
  return (
    `<ellipse cx="300" cy="520" rx="230" ry="40" fill="#ffffff"/>` +
    `<path d="M130 300 h340 q 0 200 -170 210 q -170 -10 -170 -210 Z" fill="#ffffff" stroke="${darken(p.bg[1], 0.3)}" stroke-width="6"/>` +
    `<ellipse cx="300" cy="300" rx="170" ry="30" fill="${p.main === '#a8461f' ? '#b5521e' : '#c9b84a'}"/>` +
    `<path d="M470 340 q 70 0 60 60 q -10 50 -80 60" fill="none" stroke="#ffffff" stroke-width="22"/>` +
    `<path d="M250 250 q -30 -40 0 -80 q 30 -40 0 -80" fill="none" stroke="#ffffff" stroke-width="10" stroke-opacity="0.8" stroke-linecap="round"/>` +
    `<path d="M330 250 q -30 -40 0 -80 q 30 -40 0 -80" fill="none" stroke="#ffffff" stroke-width="10" stroke-opacity="0.6" stroke-linecap="round"/>` +
    leaf(90, 560, 150, 40, p.main === '#a8461f' ? '#6a7f3a' : p.main) +
    leaf(90, 560, 120, 75, lighten('#4e8a3a', 0.2 + r() * 0.1)) +
    `<circle cx="160" cy="452" r="5" fill="#ffffff"/><circle cx="175" cy="470" r="4" fill="#ffffff"/>`
  );
}

/** An old tea tree on a hillside, white with buds. */
export function teatree(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L0 470 Q 150 390 300 430 T 600 400 L 600 600 Z" fill="${darken(p.bg[1], 0.12)}"/>`;
  out += `<path d="M290 520 C 280 430 250 380 260 300 M 290 460 C 330 400 360 380 380 330 M 270 400 C 220 370 200 330 180 300" stroke="${p.ink}" stroke-width="22" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 14; i++) {
    const x = 130 + r() * 340;
    const y = 180 + r() * 170;
    out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(60 + r() * 40)}" fill="${i % 3 ? p.main : lighten(p.main, 0.18)}"/>`;
  }
  for (let i = 0; i < 26; i++) out += `<circle cx="${f(120 + r() * 360)}" cy="${f(170 + r() * 190)}" r="6" fill="#f4f8ec"/>`;
  return out;
}

/** A bonsai in a pot, its pads dotted with flowers or fruit. */
export function bonsai(p: Palette, r: Rng): string {
  let out = `<path d="M150 470 h300 l -30 90 h -240 Z" fill="${p.ink}"/><rect x="135" y="450" width="330" height="34" rx="8" fill="${lighten(p.ink, 0.15)}"/>`;
  out += `<path d="M300 455 C 270 400 330 360 300 300 C 280 260 320 230 310 180" stroke="#6b4a2a" stroke-width="34" fill="none" stroke-linecap="round"/>`;
  out += `<path d="M300 350 C 360 340 400 320 430 290 M 300 300 C 240 290 200 270 170 240" stroke="#6b4a2a" stroke-width="16" fill="none" stroke-linecap="round"/>`;
  const pads: Array<[number, number, number, number]> = [
    [430, 270, 90, 50],
    [170, 225, 95, 50],
    [310, 160, 110, 60],
    [320, 300, 70, 36],
  ];
  for (const [x, y, rx, ry] of pads)
    out += `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${p.main}"/><ellipse cx="${x - 10}" cy="${y - 12}" rx="${rx * 0.7}" ry="${ry * 0.5}" fill="${lighten(p.main, 0.15)}"/>`;
  for (let i = 0; i < 46; i++) {
    const [x, y, rx, ry] = pads[i % pads.length]!;
    const a = r() * Math.PI * 2;
    const d = Math.sqrt(r());
    out += `<circle cx="${f(x + Math.cos(a) * rx * d)}" cy="${f(y + Math.sin(a) * ry * d)}" r="${f(7 + r() * 6)}" fill="${i % 5 === 0 ? lighten(p.accent, 0.4) : p.accent}"/>`;
  }
  return out;
}

/** A field of flowers under mountains: mai (yellow, five petals) or buckwheat-like spikes. */
export function flowers(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L 0 330 L 90 200 L 170 300 L 260 150 L 360 290 L 450 210 L 600 340 L 600 600 Z" fill="${darken(p.bg[1], 0.25)}"/>`;
  out += `<path d="M0 600 L 0 430 Q 300 360 600 430 L 600 600 Z" fill="${p.main === '#4f7d32' ? '#6f9a4a' : '#6f8f5a'}"/>`;
  for (let i = 0; i < 40; i++) {
    const x = 20 + r() * 560;
    const y = 430 + r() * 150;
    const h = 40 + r() * 50;
    out += `<path d="M${f(x)} ${f(y)} v ${f(-h)}" stroke="#4f6f3a" stroke-width="4"/>`;
    if (p.main === '#4f7d32') {
      for (let k = 0; k < 5; k++) {
        const a = (k / 5) * Math.PI * 2;
        out += `<circle cx="${f(x + Math.cos(a) * 11)}" cy="${f(y - h + Math.sin(a) * 11)}" r="9" fill="${p.accent}"/>`;
      }
      out += `<circle cx="${f(x)}" cy="${f(y - h)}" r="6" fill="#c9781a"/>`;
    } else {
      out += `<ellipse cx="${f(x)}" cy="${f(y - h - 14)}" rx="11" ry="26" fill="${i % 3 ? p.main : lighten(p.main, 0.25)}"/>`;
    }
  }
  return out;
}

/** A honeycomb with a bee. */
export function honeycomb(p: Palette, r: Rng): string {
  let out = '';
  const s = 44;
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 7; col++) {
      const cx = 80 + col * s * 1.5;
      const cy = 110 + row * s * 1.732 + (col % 2 ? s * 0.866 : 0);
      if (Math.hypot(cx - 300, cy - 340) > 260) continue;
      let d = '';
      for (let k = 0; k < 6; k++) {
        const a = (k / 6) * Math.PI * 2;
        d += `${k ? 'L' : 'M'}${f(cx + Math.cos(a) * s * 0.92)} ${f(cy + Math.sin(a) * s * 0.92)} `;
      }
      out += `<path d="${d}Z" fill="${r() > 0.2 ? p.main : lighten(p.main, 0.5)}" stroke="${darken(p.main, 0.25)}" stroke-width="5"/>`;
    }
  }
  out += `<g transform="translate(460 140) rotate(-15)"><ellipse cx="0" cy="0" rx="46" ry="30" fill="#2a1f0a"/><path d="M-18 -28 v56 M2 -30 v60 M22 -26 v52" stroke="${p.accent === '#7a5cc4' ? '#f5c542' : p.accent}" stroke-width="10"/><ellipse cx="-10" cy="-44" rx="30" ry="18" fill="#ffffff" fill-opacity="0.8"/><ellipse cx="20" cy="-40" rx="26" ry="15" fill="#ffffff" fill-opacity="0.7"/></g>`;
  out += `<path d="M300 560 q -10 -60 20 -80" stroke="${darken(p.main, 0.1)}" stroke-width="16" fill="none" stroke-linecap="round"/>`;
  return out;
}

/** A thốt nốt palm with cakes of palm sugar. */
export function palm(p: Palette, r: Rng): string {
  let out = `<path d="M0 560 h600 v40 h-600 Z" fill="${darken(p.bg[1], 0.15)}"/>`;
  out += `<path d="M240 560 L 255 150 L 275 150 L 290 560 Z" fill="${p.main}"/>`;
  for (let y = 180; y < 560; y += 30)
    out += `<path d="M${f(255 - (y - 150) * 0.035)} ${y} h ${f(20 + (y - 150) * 0.07)}" stroke="${darken(p.main, 0.25)}" stroke-width="4"/>`;
  for (let k = 0; k < 17; k++) {
    const a = Math.PI + (k / 16) * Math.PI;
    out += `<path d="M265 150 L ${f(265 + Math.cos(a) * 150)} ${f(150 + Math.sin(a) * 110)}" stroke="${k % 2 ? p.accent : lighten(p.accent, 0.2)}" stroke-width="18" stroke-linecap="round"/>`;
  }
  for (let k = 0; k < 7; k++) {
    const a = (k / 6) * Math.PI;
    out += `<path d="M265 150 L ${f(265 + Math.cos(a) * 120)} ${f(150 + Math.sin(a) * 70)}" stroke="${darken(p.accent, 0.15)}" stroke-width="14" stroke-linecap="round"/>`;
  }
  const cakes: Array<[number, number]> = [
    [420, 500],
    [500, 510],
    [460, 450],
    [110, 510],
  ];
  for (const [x, y] of cakes)
    out += `<ellipse cx="${x}" cy="${y}" rx="48" ry="30" fill="#c98a3a"/><ellipse cx="${x}" cy="${y - 6}" rx="40" ry="22" fill="#dba352"/>`;
  out += `<rect x="300" y="300" width="44" height="70" rx="8" fill="#a07a3a"/>`;
  for (let i = 0; i < 4; i++) out += `<circle cx="${f(60 + r() * 480)}" cy="${f(575 + r() * 15)}" r="5" fill="${darken(p.bg[1], 0.3)}"/>`;
  return out;
}
