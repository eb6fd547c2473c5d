/**
 * "Did you mean …?" for a commune that was not found: the nearest name among those the address's
 * province points to, by edit distance on folded names (`closest`, suggest.ts). A spreadsheet may
 * hold hundreds of unknown names, each against up to a thousand, so names that cannot be near are
 * skipped first by two cheap lower bounds of the edit distance: the difference in length, and the
 * letters one has and the other lacks.
 */
import { closest } from '../suggest.ts';
import type { NameKeys } from './keys.ts';
import type { FormerCommune, IndexedWard } from './units.ts';

/** Letter counts of a folded name (a–z, 0–9, anything else in one slot). */
function letters(text: string): Int16Array {
  const counts = new Int16Array(37);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts[c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36]!++;
  }
  return counts;
}

/** Letter counts of the known names, kept: they are asked for again with every unknown name. */
const known = new Map<string, Int16Array>();
function lettersOf(name: string): Int16Array {
  let counts = known.get(name);
  if (!counts) known.set(name, (counts = letters(name)));
  return counts;
}

/** Max of the letters each has that the other lacks: never more than the edit distance, swaps included. */
function bagDistance(a: Int16Array, b: Int16Array): number {
  let more = 0;
  let less = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

/** The full name of the unit nearest to what was written, if near enough and unambiguous. */
export function suggestCommune(written: NameKeys, items: ReadonlyArray<IndexedWard | FormerCommune>): string | undefined {
  const needle = written.folded;
  // The same reach `closest` allows, so what is skipped here could not have been its answer.
  const reach = Math.max(1, Math.floor(needle.length / 3));
  const counts = letters(needle);
  const names = new Map<string, string>();
  for (const item of items) {
    if (Math.abs(item.folded.length - needle.length) > reach || names.has(item.folded)) continue;
    if (bagDistance(counts, lettersOf(item.folded)) > reach) continue;
    names.set(item.folded, 'ward' in item ? item.ward.fullName : item.fullName);
  }
  const match = closest(needle, names.keys());
  return match === undefined ? undefined : names.get(match);
}
