/**
 * Vietnamese letters as a base letter, a hat and a tone, for the search's query normaliser.
 *
 * A syllable is written here in Telex notation, the same letters a phone without a Vietnamese
 * keyboard types: `aa` â, `aw` ă, `ee` ê, `oo` ô, `ow` ơ, `uw` ư, `dd` đ, and a tone number (VNI's:
 * 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng). Marks are Unicode combining characters, written as
 * escapes so the code holds no Vietnamese text (every word lives in `src/i18n/`).
 */
import { foldVietnamese } from '../slug.ts';

/** Combining tone marks by tone number (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng). */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF = new Map<string, number>(TONE_MARKS.map((mark, tone) => [mark, tone]));
/** Hats by their Telex second letter: `aa` → a + circumflex, `aw` → a + breve, `ow` → o + horn. */
const HATS: Readonly<Record<string, string>> = { aa: '\u0302', ee: '\u0302', oo: '\u0302', aw: '\u0306', ow: '\u031b', uw: '\u031b' };
const HAT_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
const D_BAR = '\u0111';

/** Initial consonants (Telex notation, `dd` is đ), longest first. */
export const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'dd', ...'bcdghklmnprstvx'] as const;
/** Final consonants; semivowel finals (i y o u) belong to the nucleus. */
export const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Vowel nuclei with their glides, in Telex notation. */
export const NUCLEI = new Set(
  (
    'a aw aa e ee i y o oo ow u uw ai ao au ay aau aay eo eeu ia iu iee ieeu oa oaw oai oay oe oi ooi owi ' +
    'ua uaa uaay uee ui uoo uooi uy uya uyu uyee uwa uwi uwu uwow uwowi uwowu yee yeeu'
  ).split(' '),
);

/** The nuclei as written without hats (`uwow` → `uo`), for words already folded. */
const FOLDED_NUCLEI = new Set([...NUCLEI].map((n) => n.replace(/w/g, '').replace(/([aeo])\1/g, '$1')));

export interface Syllable {
  initial: string;
  nucleus: string;
  final: string;
  tone: number;
}

const VOWEL = /[aeiouy]/;

/** Splits `letters` (Telex notation, tone removed) into initial, nucleus and final, or undefined. */
export function parseSyllable(letters: string, tone = 0, nuclei: ReadonlySet<string> = NUCLEI): Syllable | undefined {
  let initial = '';
  for (const candidate of INITIALS) {
    if (!letters.startsWith(candidate)) continue;
    // `gi` and `qu` are initials only before another vowel: `gin` is g + in, `giaf` is gi + a.
    if ((candidate === 'gi' || candidate === 'qu') && !VOWEL.test(letters[2] ?? '')) continue;
    initial = candidate;
    break;
  }
  const rest = letters.slice(initial.length);
  const m = /^([aeiouyw]+)([a-z]*)$/.exec(rest);
  if (!m || !nuclei.has(m[1]!) || !FINALS.has(m[2]!)) return undefined;
  return { initial, nucleus: m[1]!, final: m[2]!, tone };
}

/** The nucleus as letters, each with its hat: `uwow` → [u+horn, o+horn]. */
function units(nucleus: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < nucleus.length; i++) {
    const pair = nucleus.slice(i, i + 2);
    const hat = HATS[pair];
    if (hat) {
      out.push(nucleus[i]! + hat);
      i++;
    } else out.push(nucleus[i]!);
  }
  return out;
}

/** Index of the letter carrying the tone, by the usual rules (old style: hòa, thủy). */
function toneIndex(letters: string[], final: string): number {
  const hatted = letters.map((l, i) => (l.length > 1 ? i : -1)).filter((i) => i >= 0);
  if (hatted.length) return hatted.at(-1)!;
  if (final || letters.length === 3) return letters.length - (letters.length === 3 ? 2 : 1);
  return 0;
}

/** The syllable written in Unicode (NFC), tone placed by the rules. */
export function writeSyllable({ initial, nucleus, final, tone }: Syllable): string {
  const letters = units(nucleus);
  const at = toneIndex(letters, final);
  if (tone) letters[at] = letters[at]! + TONE_MARKS[tone];
  return (initial.replace('dd', D_BAR) + letters.join('') + final).normalize('NFC');
}

/** A word split into its letters without tone and its tone number (0 when it has none). */
export function splitTone(word: string): { base: string; tone: number } {
  let tone = 0;
  const base = word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, (mark) => {
    tone = TONE_OF.get(mark) ?? 0;
    return '';
  });
  return { base: base.normalize('NFC'), tone };
}

/** Compares spellings whatever the tone's position: `hoà` and `hòa` give the same key. */
export function toneKey(word: string): string {
  const { base, tone } = splitTone(word.toLowerCase());
  return tone ? `${base}${tone}` : base;
}

/** Lower case without tones or hats, d for đ: what Pagefind and the sound key compare. */
export function fold(word: string): string {
  return foldVietnamese(word.toLowerCase());
}

/** Whether a word carries any Vietnamese mark (tone, hat or đ). */
export function hasMarks(word: string): boolean {
  const nfd = word.normalize('NFD');
  return nfd.includes(D_BAR) || nfd.includes(D_BAR.toUpperCase()) || [...nfd].some((c) => TONE_OF.has(c) || HAT_MARKS.has(c));
}

/** Whether a folded word could be one Vietnamese syllable (`nuoc`, not `nuocmam` or `bonsai`). */
export function isSyllable(folded: string): boolean {
  return /^[a-z]+$/.test(folded) && parseSyllable(folded, 0, FOLDED_NUCLEI) !== undefined;
}
