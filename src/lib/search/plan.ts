/**
 * The Pagefind searches run for one query, each with the weight its results get when the lists
 * are merged (`merge.ts`):
 *
 * 1. always: the query with its exact tones (weight 1), the same without tones, the query with
 *    words swapped for synonyms, and, for the words the index does not hold (likely misspelt),
 *    the words that sound the same in another dialect or are one slip away;
 * 2. only when that finds nothing, even without the visitor's filters: the same for words the
 *    index holds (`nước nắm` → `nước mắm`), then the query with one word left out (the others
 *    being words the index holds).
 *
 * A step's weight is 1 / (1 + the cost of its changes). Pagefind itself adds what it does well:
 * tones folded, and every word matched as the start of a longer one (a word cut short). Words the
 * index holds are not respelt unless nothing is found: each respelling may load another chunk of
 * the index, and the first query must stay small.
 */
import { combinations, spellingsAt, synonymsAt, together, type Combination } from './alternatives.ts';
import type { SynonymGroups } from './dictionary.ts';
import { fold, hasMarks, toneKey } from './letters.ts';
import { normaliseQuery } from './normalise.ts';
import type { Vocabulary } from './vocabulary.ts';

export type StepKind = 'exact' | 'folded' | 'synonym' | 'sound' | 'slip' | 'relaxed';

export interface SearchStep {
  /** What Pagefind is asked. */
  query: string;
  /** Only words with exactly these tones (Pagefind's `exactDiacritics`). */
  exactDiacritics: boolean;
  /** Multiplies the step's scores when the lists are merged. */
  weight: number;
  kind: StepKind;
}

export interface SearchPlan {
  /** The words searched, after decoding and splitting: what the page shows it understood. */
  words: string[];
  steps: SearchStep[];
  /** Tried in order, each only while nothing has been found. */
  fallbacks: SearchStep[][];
}

const FOLDED = 0.4;
/** Respelling a word the index holds costs twice as much: it is more likely typed right. */
const KNOWN = 2;
const MAX_COST = 3;
const MAX_STEPS = 12;
const RELAXED = 0.3;

/** A typed word as the index spells it, when the index has it with these tones (`hoà` → `hòa`). */
function indexSpelling(word: string, vocabulary: Vocabulary): string {
  const key = toneKey(word);
  return vocabulary.spellings(fold(word)).find((s) => toneKey(s) === key) ?? word;
}

/**
 * Steps for combinations not searched yet (by folded query), at most `MAX_STEPS`. A query typed
 * with tones searches its synonyms with theirs (`exact`): `thơm` finds `dứa`, pineapple, not
 * `dừa`, coconut, which folds the same.
 */
function stepsOf(combos: readonly Combination[], seen: Set<string>, exact = false): SearchStep[] {
  const steps: SearchStep[] = [];
  for (const combo of combos) {
    const query = combo.words.join(' ');
    // A synonym may fold like the typed word yet be another word (`dứa` → `thơm` never does, but
    // a site's spelling variant may): those are kept by their exact spelling.
    const key = combo.kind === 'synonym' ? query : fold(query);
    if (seen.has(key) || steps.length >= MAX_STEPS) continue;
    seen.add(key);
    steps.push({ query, exactDiacritics: exact && combo.kind === 'synonym', weight: 1 / (1 + combo.cost), kind: combo.kind });
  }
  return steps;
}

/** The searches for `query`, given the index's words and the synonym groups. */
export function planSearch(query: string, vocabulary: Vocabulary, groups: SynonymGroups): SearchPlan {
  const words = normaliseQuery(query, vocabulary).map((w) => (hasMarks(w) ? indexSpelling(w, vocabulary) : w));
  if (words.length === 0) return { words, steps: [], fallbacks: [] };
  const text = words.join(' ');
  const marked = words.some(hasMarks);
  const steps: SearchStep[] = [{ query: text, exactDiacritics: marked, weight: 1, kind: 'exact' }];
  if (marked) steps.push({ query: text, exactDiacritics: false, weight: 1 / (1 + FOLDED), kind: 'folded' });

  // The last word may be cut short: the start of a word the index holds is not a misspelling.
  const held = (i: number) => vocabulary.holds(words[i]!) || (i === words.length - 1 && vocabulary.startsWord(words[i]!));
  const synonyms = synonymsAt(words, vocabulary, groups);
  const seen = new Set([fold(text), text]);
  steps.push(
    ...stepsOf(
      combinations(
        words,
        together(
          synonyms,
          spellingsAt(words, vocabulary, (i) => !held(i)),
        ),
        MAX_COST,
      ),
      seen,
      marked,
    ),
  );
  const known = stepsOf(combinations(words, together(synonyms, spellingsAt(words, vocabulary, held, KNOWN)), MAX_COST), seen, marked);
  // One word left out, only when every word kept is one the index holds: a query with two words
  // nobody wrote (`mật ong qqqq zzzz`) is not guessed at, it gets "có phải bạn muốn tìm…".
  const relaxed = (words.length < 2 ? [] : words)
    .map((_, i) => i)
    .filter((i) => words.every((_, j) => j === i || held(j)))
    .map((i) => ({
      query: words.filter((_, j) => j !== i).join(' '),
      exactDiacritics: false,
      weight: (RELAXED * (words.length - 1)) / words.length,
      kind: 'relaxed' as const,
    }));
  return { words, steps, fallbacks: [known, relaxed].filter((list) => list.length > 0) };
}
