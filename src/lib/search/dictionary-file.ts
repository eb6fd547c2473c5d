/**
 * The synonym dictionaries as the build reads them (Node only): the project's default,
 * `src/i18n/synonyms.vi.yaml`, then the site's own groups in `<catalog>/tu-dong-nghia.yaml`,
 * which add to the default. `npm run check` has already checked the site's file (`load.ts`), so a
 * problem here is a bug, reported with the file's name.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNONYMS_FILE, synonymsSchema } from '../../schemas/synonyms.ts';
import { readText } from '../content/entry.ts';
import { parseSource } from '../content/frontmatter.ts';
import type { SynonymGroups } from './dictionary.ts';

/** The project's default dictionary, shipped with the code. */
export const DEFAULT_DICTIONARY = fileURLToPath(new URL('../../i18n/synonyms.vi.yaml', import.meta.url));

/** The groups of one dictionary file. */
export function readDictionary(file: string): string[][] {
  const text = readText(file);
  const source = text === undefined ? undefined : parseSource(text, { yamlOnly: true });
  const parsed = synonymsSchema.safeParse(source?.data);
  if (!parsed.success) throw new Error(`${file}: not a valid synonym dictionary (run npm run check)\n${parsed.error.message}`);
  return parsed.data.groups.map((group) => group.words);
}

/** The default groups followed by the site's, if the catalog has a dictionary. */
export function loadDictionaries(catalogDir: string): SynonymGroups {
  const site = path.join(catalogDir, SYNONYMS_FILE);
  return [...readDictionary(DEFAULT_DICTIONARY), ...(existsSync(site) ? readDictionary(site) : [])];
}
