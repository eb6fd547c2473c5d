/**
 * Words that mean the same thing (`khóm`, `thơm`, `dứa`; `đậu phộng`, `lạc`), found in a typed
 * query and swapped for the ones the catalog uses. The groups are data (the project's default
 * dictionary and the site's `content/tu-dong-nghia.yaml`); this file holds no word of its own.
 */
import { fold, hasMarks, toneKey } from './letters.ts';
import type { Vocabulary } from './vocabulary.ts';
import { words } from './vocabulary.ts';

/** Groups of phrases that mean the same thing, each phrase as written (with tones). */
export type SynonymGroups = ReadonlyArray<ReadonlyArray<string>>;

/** Another way to say `length` typed words starting at `start`. */
export interface Replacement {
  start: number;
  length: number;
  words: string[];
}

/**
 * A typed word matches a dictionary word by its tones when it has any (`dứa` is not `dừa`), by
 * its letters alone when typed without (`dua` may be either).
 */
function sameWord(typed: string, word: string): boolean {
  return hasMarks(typed) ? toneKey(typed) === toneKey(word) : fold(typed) === fold(word);
}

/**
 * Every replacement of a phrase of `tokens` by another phrase of its group that the index holds
 * (all its words are in `vocabulary`): a replacement the index cannot find would be a wasted search.
 */
export function synonymReplacements(tokens: readonly string[], groups: SynonymGroups, vocabulary: Vocabulary): Replacement[] {
  const out: Replacement[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const phrases = group.map(words);
    for (const phrase of phrases) {
      for (let start = 0; start + phrase.length <= tokens.length; start++) {
        if (!phrase.every((word, i) => sameWord(tokens[start + i]!, word))) continue;
        for (const other of phrases) {
          if (other === phrase || !other.every((w) => vocabulary.has(fold(w)))) continue;
          const key = `${start}:${phrase.length}:${other.join(' ')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ start, length: phrase.length, words: other });
        }
      }
    }
  }
  return out;
}

/** Groups with at least one phrase the index holds: the others could never help a query. */
export function usefulGroups(groups: SynonymGroups, vocabulary: Vocabulary): string[][] {
  return groups.filter((group) => group.some((phrase) => words(phrase).every((w) => vocabulary.has(fold(w))))).map((g) => [...g]);
}
