/**
 * Every word a person reads lives in `src/i18n`: a missing key fails the type check (the
 * dictionaries are typed objects); this test fails on an unused key and on Vietnamese text written
 * anywhere else in the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../src/i18n/check.vi.ts';
import * as vi from '../../src/i18n/vi.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

function files(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return files(rel);
    return /\.(ts|astro|mjs)$/.test(e.name) ? [rel] : [];
  });
}
const code = [...files('src'), ...files('scripts')];
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
/** The code without its comments, roughly: enough not to count words in explanations. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Every leaf of a nested dictionary as a dotted path: `product.price`. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

/** Paths read from `ui`, directly (`ui.share.qrAlt`) or through a local name (`const t = ui.share; t.qrAlt`). */
function uiPathsUsed(): string[] {
  const used: string[] = [];
  for (const file of code.filter((f) => !f.startsWith('src/i18n/vi.ts'))) {
    const text = withoutComments(read(file));
    const names = new Map<string, string>([['ui', '']]);
    for (const m of text.matchAll(/const (\w+) = ui((?:\.\w+)+);/g)) names.set(m[1]!, m[2]!.slice(1));
    for (const [name, base] of names)
      for (const m of text.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)`, 'g')))
        used.push([base, m[1]!.slice(1)].filter(Boolean).join('.'));
  }
  return used;
}

describe('src/i18n', () => {
  it('has no unused key in the pages’ dictionary (ui)', () => {
    const used = uiPathsUsed();
    const unused = leaves(vi.ui).filter((leaf) => !used.some((u) => leaf === u || leaf.startsWith(`${u}.`)));
    expect(unused).toEqual([]);
  });

  it('has no unused export', () => {
    const others = code
      .filter((f) => f !== 'src/i18n/vi.ts')
      .map(read)
      .join('\n');
    const unused = Object.keys(vi).filter((name) => !new RegExp(`\\b${name}\\b`).test(others));
    expect(unused).toEqual([]);
  });

  it('has no unused message of the check', () => {
    const raising = code
      .filter((f) => f !== 'src/i18n/check.vi.ts')
      .map(read)
      .join('\n');
    const unused = Object.keys(checkMessages).filter((key) => !raising.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

/** Files whose Vietnamese is data, not words for people: names of places, what people type, sample content. */
const DATA = new Map([
  ['src/lib/provinces.ts', 'the 34 provinces and their former names'],
  ['src/lib/admin/words.ts', 'unit prefixes and address labels people write, as the lookups read them'],
  ['src/lib/slug.ts', 'đ → d, a letter of the alphabet'],
  ['src/lib/geo.ts', 'place names in a comment-like table'],
  ['src/schemas/fields.ts', '"có"/"không", as people write yes and no'],
  ['src/schemas/price.ts', '"đồng", "đ", as people write money'],
  ['src/lib/bench/synthetic.ts', 'the benchmark’s synthetic catalog'],
  ['scripts/demo-images/captions.ts', 'legal forms and unit prefixes it recognises in names'],
  ['scripts/demo-images/table.ts', 'file names of the demo'],
]);

describe('words outside src/i18n', () => {
  it('none: every visible string comes from src/i18n', () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    const offending = code
      .filter((f) => !f.startsWith('src/i18n/') && !DATA.has(f))
      .flatMap((f) =>
        withoutComments(read(f))
          .split('\n')
          .map((line, i) => [f, i + 1, line] as const)
          .filter(([, , line]) => vietnamese.test(line)),
      )
      .map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });
});
