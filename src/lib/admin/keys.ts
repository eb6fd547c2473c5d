/**
 * Lookup keys for unit names, forgiving the way people write them.
 *
 * A spreadsheet may say `Xã Định Thủy`, `xa dinh thuy`, `X. Định Thuỷ`, `Ðịnh Thủy` (a Latin Ð,
 * U+00D0, from a font or an old keyboard), `P3`, `Phường 03` or `TT. Chợ Lách`. Each name gets two
 * keys: a spelling key that keeps hats and tones but not where the tone sits (`Hoà` = `Hòa`, while
 * `Văn Lang` ≠ `Văn Lăng`, two wards of Thái Nguyên), and a folded key without either, for text
 * typed without accents.
 */
import { foldVietnamese } from '../slug.ts';
import { COMMUNE_PREFIXES, D_STROKE, LOOKALIKES, type UnitKind } from './words.ts';

export type { UnitKind } from './words.ts';

/** The two keys of a name without its prefix. */
export interface NameKeys {
  /** Letters with hats, tones moved to the end of each word: `hoaf binhf`. */
  spelling: string;
  /** Plain ASCII words: `hoa binh`. */
  folded: string;
}

/** The prefix read off a written name, and the keys of the rest. */
export interface WrittenName extends NameKeys {
  /** Absent when nothing was written before the name. */
  kind?: UnitKind;
}

/** The same prefixes without tones, for text typed without them. */
const FOLDED_PREFIXES = COMMUNE_PREFIXES.map(([pattern, kind]): [RegExp, UnitKind] => [new RegExp(foldVietnamese(pattern.source)), kind]);

/** Telex letters for the five tone marks, so a key stays plain text. */
const TONES: Readonly<Record<string, string>> = { '\u0300': 'f', '\u0301': 's', '\u0303': 'x', '\u0309': 'r', '\u0323': 'j' };
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Every lower-case precomposed Latin letter → [it without its tone, the tone's Telex letter, its
 * ASCII letter], worked out once so keys need no normalisation per name (13,000 at load).
 */
const LETTERS = new Map<string, [string, string, string]>([[D_STROKE, [D_STROKE, '', 'd']]]);
for (let code = 0xc0; code <= 0x1ef9; code++) {
  const letter = String.fromCharCode(code);
  const decomposed = letter.normalize('NFD');
  if (decomposed === letter || letter !== letter.toLowerCase() || !/^[a-z]/.test(decomposed)) continue;
  const tone = decomposed.match(TONE)?.[0];
  LETTERS.set(letter, [decomposed.replace(TONE, '').normalize('NFC'), tone ? TONES[tone]! : '', decomposed[0]!]);
}

/** NFC, lower case, Ð/Ɖ (Latin look-alikes) as Đ, no invisible format characters or stray combining marks. */
export function cleanWritten(text: string): string {
  return LOOKALIKES.reduce((t, [pattern, letter]) => t.replace(pattern, letter), text.normalize('NFC'))
    .replace(/[\p{Cf}\p{M}]/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds character by character so indexes stay those of the written text. */
function foldInPlace(clean: string): string {
  return clean.replace(/[^\u0000-\u007f]/g, (ch) => {
    const folded = foldVietnamese(ch);
    return folded.length === 1 ? folded : ch;
  });
}

/** Both keys of one lower-case NFC word: `hoà` and `hòa` both give `hoaf` and `hoa`. */
function wordKeys(word: string): [spelling: string, folded: string] {
  let spelling = '';
  let tones = '';
  let folded = '';
  for (const ch of word) {
    const letter = LETTERS.get(ch);
    spelling += letter ? letter[0] : ch;
    tones += letter ? letter[1] : '';
    folded += letter ? letter[2] : ch;
  }
  return [spelling + tones, folded];
}

/** Keys of a name with no prefix: apostrophes dropped (`M'Đrắk` = `MĐrắk`), any other punctuation a word break, `03` = `3`. */
export function nameKeys(name: string): NameKeys {
  const words = cleanWritten(name)
    .replace(/['\u2019\u02bc`\u00b4]\s*/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => wordKeys(/^\d+$/.test(w) ? String(Number(w)) : w));
  return { spelling: words.map((w) => w[0]).join(' '), folded: words.map((w) => w[1]).join(' ') };
}

/** The prefix a written name starts with, how many characters it takes, and whether it was only matched without tones. */
export function detectPrefix(text: string): { kind: UnitKind; length: number; folded: boolean } | undefined {
  const clean = cleanWritten(text);
  for (const [pattern, kind] of COMMUNE_PREFIXES) {
    const match = pattern.exec(clean);
    if (match) return { kind, length: match[0].length, folded: false };
  }
  const folded = foldInPlace(clean);
  for (const [pattern, kind] of FOLDED_PREFIXES) {
    const match = pattern.exec(folded);
    if (match) return { kind, length: match[0].length, folded: true };
  }
  return undefined;
}

/**
 * The ways to read what someone wrote, most likely first: with its prefix taken off, and as a
 * whole (there is a `Phường Phường Đúc` in Huế). A prefix only matched without tones (`xa`) comes
 * second, after the whole name.
 */
export function readWritten(text: string): WrittenName[] {
  const clean = cleanWritten(text);
  const whole = nameKeys(clean);
  const prefix = detectPrefix(clean);
  const rest = prefix && nameKeys(clean.slice(prefix.length));
  if (!prefix || !rest?.folded) return whole.folded ? [whole] : [];
  const prefixed = { kind: prefix.kind, ...rest };
  return prefix.folded ? [whole, prefixed] : [prefixed, whole];
}
