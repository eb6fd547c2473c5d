/**
 * Control and invisible characters in what cooperatives write.
 *
 * Text pasted from a PDF, a chat or a spreadsheet often carries characters nobody can see: control
 * codes (U+0001), zero-width spaces, byte-order marks, bidirectional overrides that reorder what is
 * shown, YAML escapes such as "\uD800" that are not characters at all. None of them means anything
 * on a product page, and several break what the build writes (XML of link-preview cards and feeds
 * refuses C0 controls and lone surrogates). So every value is cleaned once, where front matter is
 * read, and the check says what it removed.
 *
 * What stays: tab and newline in a Markdown body; a zero-width joiner or non-joiner between two
 * letters or inside an emoji sequence (👨‍🌾); a zero-width space between two letters of a script
 * written without spaces (Khmer, Thai, Lao, Myanmar); tag characters after a flag emoji;
 * variation selectors.
 */

/** C0 controls but tab and newline, DEL, C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Bidirectional embeddings, overrides and isolates: they reorder visible text (Trojan Source). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
/**
 * Invisible format characters and fillers that draw nothing: soft hyphen, Arabic letter mark,
 * Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, word joiner and invisible
 * operators, BOM, interlinear annotation, Hangul fillers, tag characters.
 */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
/** Noncharacters and lone surrogates: not text at all. */
const NONCHAR = /[\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

const ANY = new RegExp(`${CONTROL.source}|${BIDI.source}|${INVISIBLE.source}|${NONCHAR.source}`, 'u');
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** An emoji, a skin-tone modifier, or the emoji variation selector. */
const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f/u;
const TAG = /[\u{e0020}-\u{e007f}]/u;
/** Scripts written without spaces between words, where a zero-width space marks a word break. */
const UNSPACED = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u;
/** Any run of white space, U+0020 or not (no-break, ideographic, line separator), tabs and newlines included. */
const ODD_SPACE = /\s+/gu;

/** One removed character, for the check's message: `U+200B`. */
export const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether the invisible character at `index` of `chars` is legitimate where it stands. */
function legitimate(chars: readonly string[], index: number): boolean {
  const char = chars[index] ?? '';
  const before = chars[index - 1] ?? '';
  const after = chars[index + 1] ?? '';
  if (char === '\u200c' || char === '\u200d') {
    return (LETTER.test(before) && LETTER.test(after)) || (PICTOGRAPH.test(before) && PICTOGRAPH.test(after));
  }
  if (char === '\u200b') return UNSPACED.test(before) && UNSPACED.test(after);
  // Subdivision flags: 🏴 followed by tag letters and a cancel tag.
  if (TAG.test(char)) return before === '\u{1f3f4}' || TAG.test(before);
  return false;
}

export interface Cleaned {
  text: string;
  /** Code points removed, in order of first appearance (`['U+0001', 'U+200B']`). */
  removed: string[];
  /** What stands just before the first one removed, so a person can find it (`Mật ong`). */
  after: string;
}

/** Removes control, bidirectional and invisible characters, keeping the legitimate ones; NFC. */
export function removeInvisible(value: string): Cleaned {
  if (!ANY.test(value)) return { text: value.normalize('NFC'), removed: [], after: '' };
  const chars = Array.from(value);
  const removed = new Set<string>();
  let after: string | undefined;
  const kept = chars.filter((char, i) => {
    if (!ANY.test(char) || legitimate(chars, i)) return true;
    after ??= wordsBefore(chars, i);
    removed.add(codePoint(char));
    return false;
  });
  return { text: kept.join('').normalize('NFC'), removed: [...removed], after: after ?? '' };
}

/** The visible words just before `index` (at most about 16 characters, whole words), to point at it. */
function wordsBefore(chars: readonly string[], index: number): string {
  const start = Math.max(0, index - 16);
  const visible = chars
    .slice(start, index)
    .filter((c) => !ANY.test(c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return start > 0 && visible.includes(' ') ? visible.slice(visible.indexOf(' ') + 1) : visible;
}

/**
 * A one-line value (a name, a summary, an address): invisible characters removed, every run of
 * spaces, tabs and newlines one space, trimmed.
 */
export function cleanLine(value: string): Cleaned {
  const { text, removed, after } = removeInvisible(value);
  return { text: text.replace(ODD_SPACE, ' ').trim(), removed, after };
}
