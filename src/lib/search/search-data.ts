/**
 * The two small files the search page reads beside Pagefind's index, written by the build from
 * the same records:
 *
 * - `/tim-kiem/tu-vung.json`, fetched with the first query: the words of names, makers and
 *   keywords (what a typed word is corrected to and a run of words split into) and the synonym
 *   groups that can help this catalog (a group none of whose phrases the index holds is left out);
 * - `/tim-kiem/ten.json`, fetched only when a search finds nothing: product names and their pages,
 *   for "did you mean".
 */
import { usefulGroups, type SynonymGroups } from './dictionary.ts';
import type { NamedPage } from './nearest.ts';
import type { SearchRecord } from './record.ts';
import { Vocabulary, words } from './vocabulary.ts';

export const VOCABULARY_FILE = 'tim-kiem/tu-vung.json';
export const NAMES_FILE = 'tim-kiem/ten.json';

/** `/tim-kiem/tu-vung.json`. */
export interface SearchData {
  /** Distinct words, lower case with tones, sorted (it compresses better). */
  words: string[];
  groups: string[][];
}

/** The vocabulary file's content for these records and dictionary groups. */
export function searchData(records: readonly SearchRecord[], groups: SynonymGroups): SearchData {
  const list = new Set<string>();
  for (const record of records) for (const word of words([record.name, record.byline, ...record.keywords].join(' '))) list.add(word);
  const sorted = [...list].sort();
  return { words: sorted, groups: usefulGroups(groups, new Vocabulary(sorted)) };
}

/** The names file's content: every product's name and page. */
export function namesData(records: readonly SearchRecord[]): NamedPage[] {
  return records.filter((r) => r.kind === 'product').map((r) => ({ name: r.name, url: r.url }));
}
