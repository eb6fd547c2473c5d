/**
 * Builds the Pagefind search index after `astro build` (see `post-build.ts`), through Pagefind's
 * Node API, from the records `src/pages/search-records.json.ts` wrote. Any Pagefind error fails
 * the build. Beside it, from the same records and the synonym dictionaries, the two small files
 * the search page reads to forgive what people type (`src/lib/search/search-data.ts`).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { contentDir } from '../lib/content-dir.ts';
import { cachedFolder, linkTree } from '../lib/folder-cache.ts';
import { cacheKey } from '../lib/share/asset-cache.ts';
import { pool } from '../lib/pool.ts';
import { loadDictionaries } from '../lib/search/dictionary-file.ts';
import { recordHtml, type SearchRecord } from '../lib/search/record.ts';
import { NAMES_FILE, namesData, searchData, VOCABULARY_FILE } from '../lib/search/search-data.ts';

export const RECORDS_FILE = 'search-records.json';
/** Bump when the way records become an index changes (options, files left out), so kept indexes are made again. */
const INDEX_VERSION = '1';
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;
/** Pagefind's ready-made UIs: this site has its own search page, so they are not deployed. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** The vocabulary with the useful synonym groups, and the product names for "did you mean". */
async function writeSearchData(outDir: string, records: readonly SearchRecord[]): Promise<void> {
  const groups = loadDictionaries(path.resolve(contentDir()));
  const write = async (file: string, data: unknown) => {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), JSON.stringify(data));
  };
  await write(VOCABULARY_FILE, searchData(records, groups));
  await write(NAMES_FILE, namesData(records));
}

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

/** Pagefind's index of `records`, written into `bundle`. */
async function indexRecords(records: readonly SearchRecord[], bundle: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind: createIndex returned no index');
    // Handed over as HTML, 16 at a time so Pagefind's process always has work. Writing the
    // records as files for one `addDirectory` call had cost a file and a folder per record:
    // 1.7 s of 1.9 s at 1,200 records on this machine's disk, against 0.5 s this way.
    let indexed = 0;
    const failures: string[] = [];
    await pool(records, 16, async (record) => {
      const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
      if (added.file) indexed++;
      failures.push(...added.errors);
    });
    check('indexing the records', failures);
    if (indexed !== records.length) throw new Error(`Pagefind: indexed ${indexed} of ${records.length} records`);
    check('writing the index', (await index.writeFiles({ outputPath: bundle })).errors);
    await Promise.all(UNUSED.map((file) => rm(path.join(bundle, file), { force: true })));
  } finally {
    await pagefind.close();
  }
}

/** The index of a build's records, kept in the cache folder: made by Pagefind, or the one kept from a build with the same records. */
export interface SearchIndex {
  records: SearchRecord[];
  dir: string;
  reused: boolean;
}

/**
 * Indexes records (the records route's JSON) into the cache folder, under a key of the records and
 * Pagefind's version: a build whose records are the same (nothing searchable changed) gets the
 * kept index instead of running Pagefind again.
 */
export async function makeSearchIndex(text: string, cacheDir: string): Promise<SearchIndex> {
  const records = JSON.parse(text) as SearchRecord[];
  const key = cacheKey(INDEX_VERSION, PAGEFIND_VERSION, text);
  const { dir, reused } = await cachedFolder(path.join(cacheDir, 'search-index'), key, (bundle) => indexRecords(records, bundle));
  return { records, dir, reused };
}

/** Puts the build's index into `dist/pagefind/` with the search page's own data beside it, and deletes the records file. */
export async function writeSearchIndex(outDir: string, cacheDir: string): Promise<SearchIndex> {
  const recordsFile = path.join(outDir, RECORDS_FILE);
  const index = await makeSearchIndex(await readFile(recordsFile, 'utf8'), cacheDir);
  await writeSearchData(outDir, index.records);
  await linkTree(index.dir, path.join(outDir, 'pagefind'));
  await rm(recordsFile);
  return index;
}
