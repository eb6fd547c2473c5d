/**
 * Regenerates `src/lib/admin/data/` (units-2025.json, LICENSE, README.md) from the open data in
 * vn-admin-2025, which a clone of the project does not have: the project carries what it derives.
 *
 *   node_modules/.bin/node scripts/admin-data.ts [path-to-vn-admin-2025]
 *
 * The default path is ../shared/data/vn-admin-2025 from the repository root. Output is
 * deterministic; running it again on the same sources changes no byte.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deriveAdminData } from '../src/lib/admin/derive.ts';
import { serialiseAdminData, type AdminData } from '../src/lib/admin/format.ts';
import type { AdminSources } from '../src/lib/admin/sources.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Where the derived files go. */
export const OUT_DIR = path.join(ROOT, 'src/lib/admin/data');
/** Where the sources usually are, beside the repository. */
export const DEFAULT_SOURCE_DIR = path.resolve(ROOT, '../shared/data/vn-admin-2025');

const FILES = { units: 'units-34-provinces.json', oldToNew: 'old-to-new.json', newFromOld: 'new-from-old.json' } as const;
const LICENSES = [
  ['units-34-provinces.json', 'github.com/thanglequoc/vietnamese-provinces-database', 'LICENSE.units-34-provinces'],
  ['old-to-new.json, new-from-old.json', 'github.com/dvhcvn/20250701', 'LICENSE.old-new-mapping'],
] as const;

/** Reads and parses the three source files. */
export function readSources(dir: string): AdminSources {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  return {
    units: read(FILES.units) as AdminSources['units'],
    oldToNew: read(FILES.oldToNew) as AdminSources['oldToNew'],
    newFromOld: read(FILES.newFromOld) as AdminSources['newFromOld'],
  };
}

/** Both MIT licences, each with its copyright line, as the licences require of a derived work. */
function licence(dir: string): string {
  const parts = LICENSES.map(([files, repo, file]) => {
    const text = readFileSync(path.join(dir, file), 'utf8').trim();
    return `${'='.repeat(72)}\nFrom ${repo} (${files}):\n${'='.repeat(72)}\n\n${text}\n`;
  });
  return `units-2025.json in this folder is derived from two works published under the MIT License.\n\n${parts.join('\n')}`;
}

/** What the data is, where it comes from, what was fixed, how to regenerate it. */
function readme(data: AdminData, notes: string[], size: number): string {
  const count = (lists: Record<string, string>) =>
    Object.values(lists)
      .reduce((n, list) => n + list.split('|').length, 0)
      .toLocaleString('en-US');
  return `# Administrative units since 1 July 2025 (derived data)

\`units-2025.json\` (${(size / 1024).toFixed(0)} KB) holds what \`src/lib/admin/\` needs to look up addresses: the ${data.provinces.length} provinces, their ${count(data.wards)} communes, wards and special zones, and for each of the ${data.former.length} former provinces its former communes (${count(data.communes)}, island districts without communes included) with the ward(s) each became part of. Format: \`src/lib/admin/format.ts\`. Generated, do not edit by hand.

## Sources

Both MIT-licensed; both licences and copyright lines are in \`LICENSE\`.

- \`units-34-provinces.json\`: github.com/thanglequoc/vietnamese-provinces-database, \`json/simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json\` (provinces and wards today).
- \`old-to-new.json\`: github.com/dvhcvn/20250701, \`mapping/splits.json\` (former commune → ward(s)).
- \`new-from-old.json\`: github.com/dvhcvn/20250701, \`mapping/merges.json\` (the reverse; only used to check the other file).

The former district level is not in the sources, so the data cannot tell apart two former communes of one name in one former province; lookups say "ambiguous" instead of guessing.

## Regenerate

\`\`\`sh
node_modules/.bin/node scripts/admin-data.ts [path-to-vn-admin-2025]
\`\`\`

The default path is \`../shared/data/vn-admin-2025\` from the repository root. Output is deterministic: rerunning it on the same sources changes no byte, and \`tests/unit/admin.test.ts\` checks the files are up to date when the sources are there.

## Fixes and oddities in the sources

${notes.map((n) => `- ${n}`).join('\n')}
`;
}

/** Every derived file's path (relative to the repository) and content. */
export function derivedFiles(dir: string): Map<string, string> {
  const { data, notes } = deriveAdminData(readSources(dir));
  const json = serialiseAdminData(data);
  const rel = (file: string) => path.relative(ROOT, path.join(OUT_DIR, file));
  return new Map([
    [rel('units-2025.json'), json],
    [rel('LICENSE'), licence(dir)],
    [rel('README.md'), readme(data, notes, Buffer.byteLength(json))],
  ]);
}

if (import.meta.main) {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_SOURCE_DIR);
  if (!existsSync(path.join(dir, FILES.units))) {
    console.error(`no ${FILES.units} in ${dir}: pass the vn-admin-2025 folder as the first argument`);
    process.exit(1);
  }
  for (const [file, text] of derivedFiles(dir)) {
    writeFileSync(path.join(ROOT, file), text);
    console.log(`wrote ${file} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
  }
}
