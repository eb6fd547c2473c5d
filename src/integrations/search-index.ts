/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API, from
 * the records `src/pages/search-records.json.ts` wrote. Any Pagefind error fails the build.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, type SearchRecord } from '../lib/search/record.ts';

export const RECORDS_FILE = 'search-records.json';
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

function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind: ${step} failed:\n${errors.join('\n')}`);
}

export async function writeSearchIndex(outDir: string): Promise<number> {
  const recordsFile = path.join(outDir, RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind: createIndex returned no index');
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
      check(`indexing ${record.url}`, added.errors);
    }
    const bundle = path.join(outDir, 'pagefind');
    check('writing the index', (await index.writeFiles({ outputPath: bundle })).errors);
    await Promise.all(UNUSED.map((file) => rm(path.join(bundle, file), { force: true })));
  } finally {
    await pagefind.close();
  }
  await rm(recordsFile);
  return records.length;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${count} records indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
