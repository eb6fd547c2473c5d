/**
 * `npm run check [-- <folder>…] [--json]`: validates the catalog and prints every problem, in
 * Vietnamese, as `file:line:column`. Exits 1 on any error; warnings alone do not fail.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasErrors, loadCatalog } from '../src/lib/content/load.ts';
import { formatJson, formatReport } from '../src/lib/content/report.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { checkWords } from '../src/i18n/check.vi.ts';
import { checkCli } from '../src/i18n/scripts.vi.ts';

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  allowPositionals: true,
});

if (values.help) {
  console.log(checkCli.usage);
  process.exit(0);
}

// A mistyped folder would check 0 files and say "no errors": name it instead.
const missing = positionals.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(missing.map((p) => checkCli.notFound(p)).join('\n'));
  process.exit(2);
}

const catalog = await loadCatalog({
  root: process.cwd(),
  contentDir: contentDir(),
  today: buildDate(),
  words: checkWords,
  only: positionals,
});
if (values.json) console.log(formatJson(catalog.issues));
else console.log(formatReport(catalog.issues, catalog.fileCount, checkWords.report, { color: process.stdout.isTTY }));
process.exitCode = hasErrors(catalog.issues) ? 1 : 0;
