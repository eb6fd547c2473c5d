/**
 * Other ways to read the words of a query, each with a cost: a synonym from the dictionary, a
 * word that sounds the same in another dialect, a word one slip away. `combinations` turns them
 * into whole queries, cheapest first.
 */
import { synonymReplacements, type SynonymGroups } from './dictionary.ts';
import { fold } from './letters.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ChangeKind = 'synonym' | 'sound' | 'slip';

/** Replaces `length` words from where it is listed by `words`. */
export interface Alternative {
  length: number;
  words: string[];
  cost: number;
  kind: ChangeKind;
}

export interface Combination {
  words: string[];
  cost: number;
  /** The costliest change in it, which names how loosely it matches. */
  kind: ChangeKind;
}

/** What each kind of change costs. */
export const COST: Readonly<Record<ChangeKind, number>> = { synonym: 0.5, sound: 1, slip: 1.5 };
/** At most this many sounds and this many slips per word: each may load another index chunk. */
const PER_WORD = 3;

/** Synonyms starting at each word (possibly several words long). */
export function synonymsAt(words: readonly string[], vocabulary: Vocabulary, groups: SynonymGroups): Alternative[][] {
  const at: Alternative[][] = words.map(() => []);
  for (const r of synonymReplacements(words, groups, vocabulary))
    at[r.start]!.push({ length: r.length, words: r.words, cost: COST.synonym, kind: 'synonym' });
  return at;
}

/** Sounds and slips of the words `pick` selects, their costs multiplied by `factor`. */
export function spellingsAt(words: readonly string[], vocabulary: Vocabulary, pick: (i: number) => boolean, factor = 1): Alternative[][] {
  return words.map((word, i) => {
    const folded = fold(word);
    if (!pick(i) || folded.length < 2 || /^\d+$/.test(folded)) return [];
    const spell = (f: string) => vocabulary.spellings(f)[0] ?? f;
    const alike = vocabulary.soundAlike(folded).slice(0, PER_WORD);
    const slips = vocabulary
      .oneSlipAway(folded)
      .filter((f) => !alike.includes(f))
      .slice(0, PER_WORD);
    return [
      ...alike.map((f): Alternative => ({ length: 1, words: [spell(f)], cost: COST.sound * factor, kind: 'sound' })),
      ...slips.map((f): Alternative => ({ length: 1, words: [spell(f)], cost: COST.slip * factor, kind: 'slip' })),
    ];
  });
}

/** Both lists of alternatives per word, as one. */
export function together(a: Alternative[][], b: Alternative[][]): Alternative[][] {
  return a.map((list, i) => [...list, ...(b[i] ?? [])]);
}

/** Every combination of alternatives costing at most `maxCost`, cheapest first. */
export function combinations(words: readonly string[], at: Alternative[][], maxCost: number): Combination[] {
  const out: Combination[] = [];
  const walk = (i: number, chosen: string[], cost: number, kind: ChangeKind | undefined) => {
    if (out.length > 400) return;
    if (i >= words.length) {
      if (kind) out.push({ words: chosen, cost, kind });
      return;
    }
    walk(i + 1, [...chosen, words[i]!], cost, kind);
    for (const alt of at[i]!) {
      if (cost + alt.cost > maxCost) continue;
      const costliest = !kind || alt.cost > COST[kind] ? alt.kind : kind;
      walk(i + alt.length, [...chosen, ...alt.words], cost + alt.cost, costliest);
    }
  };
  walk(0, [], 0, undefined);
  return out.sort((a, b) => a.cost - b.cost);
}
