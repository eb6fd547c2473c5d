/**
 * "Did you mean …": when no search finds anything, the product names nearest to what was typed,
 * compared by sound (so dialect spellings and wrong tones cost nothing) and edit distance.
 */
import { editDistance } from '../suggest.ts';
import { fold } from './letters.ts';
import { sound } from './sound.ts';
import { words } from './vocabulary.ts';

export interface NamedPage {
  name: string;
  url: string;
}

/** How alike two folded words are, 0 to 1: 1 when they sound the same or one starts the other. */
function likeness(typed: string, word: string): number {
  if (typed.length >= 2 && word.startsWith(typed)) return 0.95;
  const a = sound(typed);
  const b = sound(word);
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * The `count` names nearest to `typed` (the searched words), at least half alike on average over
 * the words that resemble some name; nearest first.
 */
export function nearestNames(typed: readonly string[], pages: readonly NamedPage[], count = 3): NamedPage[] {
  const named = pages.map((page) => ({ page, words: words(page.name).map(fold) }));
  const best = (q: string, names: readonly string[]) => Math.max(0, ...names.map((n) => likeness(q, n)));
  // Words like no name's word (gibberish, a word of a description) would only dilute the others.
  const query = typed.map(fold).filter((q) => q.length > 0 && named.some((n) => best(q, n.words) >= 0.5));
  if (query.length === 0) return [];
  return named
    .map(({ page, words: names }) => ({ page, score: query.reduce((sum, q) => sum + best(q, names), 0) / query.length }))
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.page.name.length - b.page.name.length)
    .slice(0, count)
    .map((s) => s.page);
}
