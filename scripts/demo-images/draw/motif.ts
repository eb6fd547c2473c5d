/**
 * Motif name → drawing, and the postcard frame that landscapes get.
 */
import type { Motif, Palette, Rng } from '../types.ts';
import { bicycle, house, stilthouse, stonehouse } from './buildings.ts';
import { lighten } from './color.ts';
import { bag, basket, bowl, fabric, lamp, mat } from './crafts.ts';
import { coconut, corn, fruit, pineapple, pomelo, root, segments } from './fruit.ts';
import { bottle, candy, herb, jar, powder, rice } from './pantry.ts';
import { bonsai, flowers, honeycomb, palm, tea, teatree } from './plants.ts';
import { birds, boat, forest, market } from './waterways.ts';

/** Every motif's drawing in a 600 × 600 box; a Record, so a motif without a drawing fails to compile. */
const MOTIFS: Record<Motif, (p: Palette, r: Rng) => string> = {
  jar: (p) => jar(p, 'honey'),
  fishjar: (p) => jar(p, 'fish'),
  bottle,
  candy,
  coconut,
  fruit,
  pomelo,
  segments,
  pineapple,
  tea,
  teatree,
  bonsai,
  flowers,
  honeycomb,
  powder,
  root,
  corn,
  bowl,
  lamp,
  basket,
  mat,
  fabric,
  bag,
  house,
  stilthouse,
  stonehouse,
  bicycle,
  boat,
  market,
  forest,
  birds,
  palm,
  rice,
  herb,
};

/** Landscapes are framed like a postcard, so their edges look intended rather than cut off. */
export const SCENES: ReadonlySet<Motif> = new Set<Motif>([
  'flowers',
  'boat',
  'market',
  'forest',
  'birds',
  'stilthouse',
  'stonehouse',
  'teatree',
  'house',
  'bicycle',
]);

/** The motif as SVG, framed when it is a landscape. */
export function drawMotif(motif: Motif, p: Palette, r: Rng): string {
  const art = MOTIFS[motif](p, r);
  if (!SCENES.has(motif)) return art;
  return (
    `<clipPath id="scene"><rect x="0" y="40" width="600" height="540" rx="44"/></clipPath>` +
    `<g clip-path="url(#scene)"><rect x="0" y="40" width="600" height="540" fill="${lighten(p.bg[0], 0.5)}"/>${art}</g>` +
    `<rect x="0" y="40" width="600" height="540" rx="44" fill="none" stroke="#ffffff" stroke-width="12"/>`
  );
}
