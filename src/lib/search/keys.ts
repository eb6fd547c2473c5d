/**
 * Telex and VNI keys typed as letters and digits, on a phone or computer without a Vietnamese
 * input method: `nuwowcs` and `nu7o71c` are both `nước`. A word is decoded only when the result is
 * one valid Vietnamese syllable, so `tour`, `bonsai` or `homestay` stay as they are.
 */
import { parseSyllable, writeSyllable } from './letters.ts';

/** Telex tone keys: s sắc, f huyền, r hỏi, x ngã, j nặng; z removes the tone. */
const TELEX_TONES: Readonly<Record<string, number>> = { s: 1, f: 2, r: 3, x: 4, j: 5, z: 0 };

/** The syllable `letters` (Telex notation) with `tone`, written in Unicode, or undefined. */
function write(letters: string, tone: number): string | undefined {
  const syllable = parseSyllable(letters, tone);
  return syllable ? writeSyllable(syllable) : undefined;
}

/**
 * Shorthands every Telex keyboard accepts: `w` alone is ư, `uow` and `uwo` are ươ, and a `w`
 * typed after the final consonant (`nuocw`) still hooks the vowels before it.
 */
function expandW(letters: string): string {
  let text = letters;
  const late = /^(.*?[aeiouy]+)([cmnpght]+)w$/.exec(text);
  if (late) text = `${late[1]}w${late[2]}`;
  text = text.replace(/uow/g, 'uwow').replace(/uwo(?!w)/g, 'uwow');
  // A `w` with no vowel before it is ư: `nhw` → như, `tw` → tư.
  return text.replace(/(^|[^aeiouyw])w/g, '$1uw');
}

/** A word typed with Telex keys, decoded (`dduwowngf` → đường), or undefined if it is not one syllable. */
export function decodeTelex(raw: string): string | undefined {
  if (!/^[a-z]+$/.test(raw)) return undefined;
  let tone = 0;
  let letters = '';
  let seenVowel = false;
  for (const ch of raw) {
    // After the first vowel, s f r x j z can only be tone keys: no final consonant is written so.
    if (seenVowel && ch in TELEX_TONES) tone = TELEX_TONES[ch]!;
    else {
      if (/[aeiouyw]/.test(ch)) seenVowel = true;
      letters += ch;
    }
  }
  return write(expandW(letters), tone);
}

/** The last letter that `pick` accepts and no key has modified yet. */
function lastPlain(chars: string[], pick: string): number {
  for (let i = chars.length - 1; i >= 0; i--) if (chars[i]!.length === 1 && pick.includes(chars[i]!)) return i;
  return -1;
}

/** A word typed with VNI digits, decoded (`d9u7o7ng2` → đường), or undefined. */
export function decodeVni(raw: string): string | undefined {
  if (!/^[a-z][a-z0-9]*$/.test(raw) || !/[0-9]/.test(raw)) return undefined;
  let tone = 0;
  const chars: string[] = [];
  for (const ch of raw) {
    if (ch >= '0' && ch <= '5') tone = Number(ch);
    else if (ch === '6') {
      const i = lastPlain(chars, 'aeo');
      if (i >= 0) chars[i] += chars[i]!;
    } else if (ch === '7') {
      const i = lastPlain(chars, 'ou');
      if (i < 0) continue;
      // `uo7` hooks both vowels, as VNI keyboards do: ươ.
      if (chars[i] === 'o' && chars[i - 1] === 'u') chars[i - 1] = 'uw';
      chars[i] += 'w';
    } else if (ch === '8') {
      const i = lastPlain(chars, 'a');
      if (i >= 0) chars[i] += 'w';
    } else if (ch === '9') {
      const i = lastPlain(chars, 'd');
      if (i >= 0) chars[i] += 'd';
    } else chars.push(ch);
  }
  return write(chars.join(''), tone);
}
