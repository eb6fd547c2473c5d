/**
 * One list from the results of several searches. A result's rank is its best Pagefind score per
 * word searched, times its step's weight: a match with the exact tones (weight 1) stays above the
 * same match folded, by synonym or by sound, while a synonym found in a product's name can still
 * pass a word found only deep in another's description (Pagefind scores names far above text).
 *
 * Pagefind matches every word as the start of longer ones (`chè` finds `chèo`); that is right for
 * the word being typed, the last, and mostly noise for the others: a result that has one of those
 * only inside a longer word ranks at half.
 */
import type { StepKind } from './plan.ts';

export interface StepResults<T> {
  weight: number;
  kind: StepKind;
  /** Words in the step's query: scores are summed over words, so they are divided by it. */
  terms: number;
  results: readonly T[];
  /** Results that have a word before the last only as the start of a longer word. */
  partial?: ReadonlySet<string>;
}

const PARTIAL = 0.5;

export interface Merged<T> {
  result: T;
  rank: number;
  /** The kind of the step that gave the rank. */
  kind: StepKind;
}

export function mergeResults<T extends { id: string; score: number }>(steps: ReadonlyArray<StepResults<T>>): Merged<T>[] {
  const best = new Map<string, Merged<T> & { order: number }>();
  let order = 0;
  for (const step of steps) {
    for (const result of step.results) {
      const rank = (result.score / Math.max(1, step.terms)) * step.weight * (step.partial?.has(result.id) ? PARTIAL : 1);
      const current = best.get(result.id);
      if (!current || rank > current.rank) best.set(result.id, { result, rank, kind: step.kind, order: current?.order ?? order });
      order++;
    }
  }
  // Equal ranks keep the order the steps found them in.
  return [...best.values()].sort((a, b) => b.rank - a.rank || a.order - b.order).map(({ result, rank, kind }) => ({ result, rank, kind }));
}
