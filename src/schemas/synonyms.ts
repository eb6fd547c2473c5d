/**
 * The synonym dictionary of the search: groups of words that mean the same thing in different
 * regions (`heo`/`lợn`, `khóm`/`thơm`/`dứa`). The project ships a default one
 * (`src/i18n/synonyms.vi.yaml`); a site adds its own groups in `content/tu-dong-nghia.yaml`,
 * checked by `npm run check` like the rest of the content.
 */
import { z } from 'zod';
import { toneKey } from '../lib/search/letters.ts';
import { fields, list, text } from './fields.ts';
import { addIssue } from './issue.ts';

/** The site's dictionary, in the catalog folder beside `site.yaml`. */
export const SYNONYMS_FILE = 'tu-dong-nghia.yaml';

export const synonymGroupSchema = fields({
  /**
   * Words or phrases that mean the same thing, as people write them, with tones: `[khóm, thơm,
   * dứa]`, `[đậu phộng, lạc]`. A search for any of them also finds the others.
   */
  words: list(text()).superRefine((words, ctx) => {
    if (words.length < 2) addIssue(ctx, 'synonyms.tooFew', { params: { count: words.length } });
    const seen = new Set<string>();
    words.forEach((word, i) => {
      const key = toneKey(word);
      if (seen.has(key)) addIssue(ctx, 'synonyms.repeated', { path: [i], input: word });
      seen.add(key);
    });
  }),
  /** Who says which and where, in a sentence: lets the next editor judge the group. */
  note: text(),
});

export const synonymsSchema = fields({
  /** The groups, one a line: `- { words: [heo, lợn], note: … }`. */
  groups: list(synonymGroupSchema),
});

export type SynonymsFile = z.output<typeof synonymsSchema>;
