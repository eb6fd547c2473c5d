/**
 * Star ratings as lists write them: `4`, `4 sao`, `4*`, `★★★★`, `5 sao (quốc gia)`, `Bốn sao`,
 * `Đạt 4 sao`. OCOP has 3, 4 and 5 stars; anything else is not a recognition to list.
 */
import { fold, hasWords } from './cells.ts';
import type { ImportVocabulary } from './types.ts';
import { isStars, type Stars } from '../../schemas/ocop-stars.ts';

/** What a stars cell says. */
export type StarsReading =
  | { stars: Stars }
  /** A number or text that is not 3, 4 or 5 stars. */
  | { invalid: string }
  /** A result that is not a recognition (`Không đạt`). */
  | { notRecognised: string };

const STAR_SIGNS = /[\u2605\u2b50\u272a\u272d]/gu;

/** Reads a stars cell; undefined when it is empty. */
export function readStars(text: string, vocabulary: ImportVocabulary): StarsReading | undefined {
  const written = text.trim();
  if (!written) return undefined;
  const folded = fold(written);
  if (vocabulary.notRecognised.some((w) => hasWords(folded, fold(w)))) return { notRecognised: written };
  const signs = written.match(STAR_SIGNS)?.length ?? 0;
  let n: number | undefined = signs > 0 ? signs : undefined;
  if (n === undefined) {
    for (const [word, stars] of Object.entries(vocabulary.starWords)) if (hasWords(folded, fold(word))) n = stars;
  }
  if (n === undefined) {
    const digits = /(?:^|\D)(\d+)(?!\d)/.exec(written);
    if (digits) n = Number(digits[1]);
  }
  return n !== undefined && isStars(n) ? { stars: n } : { invalid: written };
}

/**
 * Stars named in a title (`I. SẢN PHẨM 4 SAO`, `Nhóm 5 sao`): a number with the unit, or a word.
 * A title naming several levels (`3 SAO, 4 SAO`) names none for its rows.
 */
export function starsInTitle(text: string, vocabulary: ImportVocabulary): Stars | undefined {
  const folded = fold(text);
  const unit = fold(vocabulary.starUnit);
  const found = new Set<Stars>();
  for (const m of folded.matchAll(new RegExp(`(?:^|-)([345])-${unit}(?=-|$)`, 'g'))) found.add(Number(m[1]) as Stars);
  for (const [word, stars] of Object.entries(vocabulary.starWords)) if (hasWords(folded, fold(word))) found.add(stars);
  return found.size === 1 ? [...found][0] : undefined;
}
