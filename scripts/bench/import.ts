/**
 * Times `npm run import` on a generated 1,000-row sheet (run by hand, numbers go to
 * docs/benchmarks.md):
 *
 *   node_modules/.bin/node scripts/bench/import.ts [--rows 1000] [--keep]
 *
 * The rows come from the benchmark's synthetic catalog (src/lib/bench/synthetic.ts: Vietnamese
 * names with tones, old and new addresses), written as an .xlsx with the vocabulary's column names.
 * It imports into an empty catalog (every row a new file), then again (every row unchanged).
 * `--keep` leaves the sheet and the catalog in the temporary folder, to check or build them.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importTemplates, importVocabulary } from '../../src/i18n/import.vi.ts';
import { syntheticCatalog } from '../../src/lib/bench/synthetic.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { importSheet } from '../../src/lib/import/import.ts';
import type { Field } from '../../src/lib/import/types.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const rows = Number(values.rows);
const files = syntheticCatalog({ coops: Math.ceil(rows / 5), productsPerCoop: 5, images: false });
const data = (content: string) => parseSource(content).data ?? {};
const coops = new Map(files.filter((f) => f.path.endsWith('/index.md')).map((f) => [path.dirname(f.path), data(f.content)]));

const COLUMNS: Field[] = ['index', 'product', 'producer', 'address', 'province', 'stars', 'decision'];
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');
const table: Array<Array<string | number>> = [COLUMNS.map((f) => importVocabulary.columns[f][0]!)];
for (const file of files.filter((f) => f.path.includes('/products/'))) {
  if (table.length > rows) break;
  const product = data(file.content);
  const coop = coops.get(path.dirname(path.dirname(file.path)))!;
  const address = coop['address'] as Record<string, string>;
  const ocop = product['ocop'] as Record<string, string> | undefined;
  table.push([
    table.length,
    String(product['name']),
    String(coop['name']),
    [address['commune'], address['district']].filter(Boolean).join(', '),
    address['province']!,
    ocop ? Number(ocop['stars']) : 3,
    ocop ? `${ocop['decision']} ${dayFirst(ocop['issuedOn']!)}` : '',
  ]);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
const sheet = path.join(dir, 'sheet.xlsx');
const workbook = new ExcelJS.Workbook();
workbook.addWorksheet('bench').addRows(table);
await workbook.xlsx.writeFile(sheet);
const catalog = path.join(dir, 'catalog');
mkdirSync(path.join(catalog, 'cooperatives'), { recursive: true });
writeFileSync(path.join(catalog, 'site.yaml'), files.find((f) => f.path === 'site.yaml')!.content);

async function timed(label: string) {
  const start = performance.now();
  const report = await importSheet({
    file: sheet,
    contentDir: catalog,
    today: '2026-05-28',
    vocabulary: importVocabulary,
    templates: importTemplates,
  });
  const seconds = (performance.now() - start) / 1000;
  const counts: Record<string, number> = {};
  for (const row of report.rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
  console.log(`${label}: ${table.length - 1} rows in ${seconds.toFixed(2)} s (${JSON.stringify(counts)})`);
}

await timed('first import (empty catalog)');
await timed('second import (same sheet)');
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (values.keep) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
