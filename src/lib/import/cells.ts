/**
 * A cell's text as the rest of the import reads it: invisible characters removed, every run of
 * spaces and line breaks one space, composed (NFC), and the letters that look like Đ/đ but are not
 * (Latin eth typed on an Icelandic keyboard layout, African D) turned into Đ/đ, so `Ðồng Tháp` finds its
 * province and `HTX Ðại Lộc` is one producer with `HTX Đại Lộc`.
 */
import { LOOKALIKES } from '../admin/words.ts';
import { slugify } from '../slug.ts';
import { cleanLine } from '../text/clean.ts';

/** The cleaned text of a cell. */
export function cleanCell(value: string): string {
  let text = cleanLine(value).text;
  for (const [pattern, letter] of LOOKALIKES) text = text.replace(pattern, letter);
  return text;
}

/** A name folded for comparing: tones, case and punctuation ignored (`Hợp tác xã` → `hop-tac-xa`). */
export const fold = slugify;

/** Lower case, composed, words joined by hyphens, tones kept: `Nước Mắm` → `nước-mắm`. */
export const toned = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * How a phrase is compared with words of the vocabulary: with its tones when it is written with
 * them, since folding makes different words one (`măng` bamboo shoot and `mãng` of `mãng cầu`,
 * the family name `Hồ` and `Hộ` household); folded when it is written without any.
 */
export const comparable = (text: string) => (fold(text) === toned(text) ? fold : toned);

/** Whether `folded` starts with the folded phrase `word` as whole words. */
export function startsWithWords(folded: string, word: string): boolean {
  return folded === word || folded.startsWith(`${word}-`);
}

/** Whether the folded phrase `word` appears in `folded` as whole words. */
export function hasWords(folded: string, word: string): boolean {
  return `-${folded}-`.includes(`-${word}-`);
}
