/**
 * `npm run import -- <file.xlsx|file.csv> [--dry-run] [--json] [--sheet …] [--province …] [--map …] [--map-file …]`:
 * turns a province's OCOP list into the catalog (src/lib/import), and prints the report in
 * Vietnamese, or one JSON object. Bad input prints why and writes nothing (exit code 1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportReport, importCli, importErrors, importTemplates, importVocabulary, wordMessage } from '../src/i18n/import.vi.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { mappingEntries } from '../src/lib/import/header.ts';
import { importSheet } from '../src/lib/import/import.ts';
import { reportJson } from '../src/lib/import/report.ts';
import { ImportError } from '../src/lib/import/types.ts';

const { values, positionals } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    sheet: { type: 'string' },
    province: { type: 'string' },
    map: { type: 'string' },
    'map-file': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

if (values.help) {
  console.log(importCli.usage);
  process.exit(0);
}

const show = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const file = positionals[0];
if (!file) fail(importCli.missingFile);

let mapping: Record<string, unknown> = {};
try {
  if (values['map-file']) {
    try {
      mapping = JSON.parse(readFileSync(values['map-file'], 'utf8')) as Record<string, unknown>;
    } catch {
      fail(importCli.mapFileUnreadable(values['map-file']));
    }
  }
  if (values.map) mapping = { ...mapping, ...mappingEntries(values.map) };
  const report = await importSheet({
    file: path.resolve(file),
    contentDir: path.resolve(contentDir()),
    today: buildDate(),
    dryRun: values['dry-run'],
    sheet: values.sheet,
    province: values.province,
    mapping,
    vocabulary: importVocabulary,
    templates: importTemplates,
  });
  if (values.json)
    console.log(
      JSON.stringify(
        reportJson(report, (m) => wordMessage(m, show), show),
        null,
        2,
      ),
    );
  else console.log(formatImportReport(report, show));
} catch (error) {
  if (error instanceof ImportError) fail(importErrors[error.key](error.params));
  throw error;
}
