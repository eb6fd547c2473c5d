/**
 * `npm run export -- <file.xlsx>`: the catalog as a workbook staff send upward, with each
 * recognition's status and last valid day on the build date (src/lib/export).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkWords } from '../src/i18n/check.vi.ts';
import { exportCli, exportWords } from '../src/i18n/import.vi.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { exportCatalog } from '../src/lib/export/export.ts';
import { readSiteUrl } from '../src/lib/site-url.ts';

const { values, positionals } = parseArgs({
  options: { help: { type: 'boolean', short: 'h', default: false } },
  allowPositionals: true,
});

if (values.help) {
  console.log(exportCli.usage);
  process.exit(0);
}
const file = positionals[0];
if (!file) {
  console.error(exportCli.missingFile);
  process.exit(1);
}
if (!/\.xlsx$/i.test(file)) {
  console.error(exportCli.notXlsx(file));
  process.exit(1);
}

const root = process.cwd();
const summary = await exportCatalog({
  root,
  contentDir: contentDir(),
  today: buildDate(),
  file: path.resolve(file),
  siteUrl: readSiteUrl(root, contentDir()),
  checkWords,
  words: exportWords,
});
console.log(exportCli.done(file, summary.products, summary.certificates));
if (summary.refused.length) console.log(exportCli.refused(summary.refused));
