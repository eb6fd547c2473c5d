/**
 * One spelling for names that the two sources write differently.
 *
 * Vietnamese has two accepted places for the tone mark in the open syllables `oa`, `oe` and `uy`:
 * `Hòa`/`Hoà`, `Thủy`/`Thuỷ`. The units file writes `Thanh Hoá`, `Khánh Hoà`, the mapping file
 * mostly `Thanh Hóa`, `Khánh Hòa`, and so do the resolutions and this project's pages. The derived
 * data uses the latter everywhere so one place is not spelt two ways on one page. Matching does not
 * depend on it (see keys.ts), only what is shown.
 */

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/** `o` + tone-marked `a`/`e` ending the word: the tone moves to the `o`. */
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})$`);
/** `u` + tone-marked `y` ending the word, except after `q` (`Quý` keeps its tone on the y). */
const UY = new RegExp(`(^|[^qQ])([uU])([yY])(${TONE})$`);

/** `Khánh Hoà` → `Khánh Hòa`, `Thuỷ` → `Thủy`; other words unchanged. Returns NFC. */
export function tonesOnFirstVowel(name: string): string {
  return name
    .normalize('NFC')
    .split(' ')
    .map((word) =>
      word
        .normalize('NFD')
        .replace(OA_OE, (_, o: string, a: string, tone: string) => o + tone + a)
        .replace(UY, (_, before: string, u: string, y: string, tone: string) => before + u + tone + y)
        .normalize('NFC'),
    )
    .join(' ');
}

/** Trims, collapses runs of white space, NFC, one tone placement: how every derived name is written. */
export function tidyName(name: string): string {
  return tonesOnFirstVowel(name.normalize('NFC').trim().replace(/\s+/g, ' '));
}
