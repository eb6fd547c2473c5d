/**
 * OCOP groups from what a sheet writes: a group column or a section title (`Thực phẩm`,
 * `Nhóm đồ uống`, `Đồ uống có cồn`, `Nhóm 2`, a key), or, for a sheet without either, a proposal
 * from the product's name by its words (`Mật ong` → food, `Trà` → drinks), the longest word found
 * winning, so `Nước mắm` is food although `nước` alone is a drink. A proposal is never silent: the
 * report asks a person to confirm it.
 */
import { comparable, fold, hasWords, startsWithWords, toned } from './cells.ts';
import type { ImportVocabulary } from './types.ts';
import { LEGACY_OCOP_GROUPS, OCOP_GROUPS, type OcopGroup } from '../../schemas/ocop-group.ts';

/** `I.`, `1)`, `a.`, `II -` before a title. */
const ENUMERATION = /^\s*(?:[IVXLC]+|\d+|[a-zA-Z])\s*[.)/-]\s*/;

/** A title without its enumeration, folded. */
export const titleText = (text: string) => fold(text.replace(ENUMERATION, ''));

/** The group a group cell or a title names, if any. */
export function groupNamed(text: string, vocabulary: ImportVocabulary): OcopGroup | undefined {
  let folded = titleText(text);
  const key = LEGACY_OCOP_GROUPS[folded] ?? folded;
  if ((OCOP_GROUPS as readonly string[]).includes(key)) return key as OcopGroup;
  for (const word of vocabulary.groupSectionWords.map(fold).sort((a, b) => b.length - a.length)) {
    if (startsWithWords(folded, word)) {
      folded = folded.slice(word.length).replace(/^-/, '');
      break;
    }
  }
  const numbered = /^([1-6])$/.exec(folded);
  if (numbered) return OCOP_GROUPS[Number(numbered[1]) - 1];
  let best: { group: OcopGroup; length: number; quality: number } | undefined;
  for (const group of OCOP_GROUPS) {
    for (const name of vocabulary.groupNames[group].map(fold)) {
      const quality = folded === name ? 3 : startsWithWords(folded, name) ? 2 : hasWords(folded, name) ? 1 : 0;
      if (quality && (!best || quality > best.quality || (quality === best.quality && name.length > best.length)))
        best = { group, length: name.length, quality };
    }
  }
  return best?.group;
}

/** Whether a one-cell row is a group title: `Nhóm thực phẩm`, `II. ĐỒ UỐNG`, or a group's exact name. */
export function groupTitle(text: string, vocabulary: ImportVocabulary, merged: boolean): OcopGroup | undefined {
  const folded = titleText(text);
  const worded = vocabulary.groupSectionWords.some((w) => startsWithWords(folded, fold(w)));
  const exact = OCOP_GROUPS.find((g) => vocabulary.groupNames[g].some((n) => fold(n) === folded));
  if (exact) return exact;
  return worded || merged ? groupNamed(text, vocabulary) : undefined;
}

/** Every group keyword, folded and with tones, computed once per vocabulary. */
const keywords = new WeakMap<ImportVocabulary, Array<{ group: OcopGroup; word: string; folded: string; toned: string }>>();
function keywordsOf(vocabulary: ImportVocabulary) {
  let list = keywords.get(vocabulary);
  if (!list) {
    list = OCOP_GROUPS.flatMap((group) =>
      vocabulary.groupKeywords[group].map((word) => ({ group, word, folded: fold(word), toned: toned(word) })),
    );
    keywords.set(vocabulary, list);
  }
  return list;
}

/** A group proposed from a product's name, with the word that suggested it. */
export function proposeGroup(name: string, vocabulary: ImportVocabulary): { group: OcopGroup; word: string } | undefined {
  const withTones = comparable(name) === toned;
  const written = withTones ? toned(name) : fold(name);
  let best: { group: OcopGroup; word: string; length: number } | undefined;
  for (const k of keywordsOf(vocabulary)) {
    const key = withTones ? k.toned : k.folded;
    if (hasWords(written, key) && (!best || key.length > best.length)) best = { group: k.group, word: k.word, length: key.length };
  }
  return best && { group: best.group, word: best.word };
}
