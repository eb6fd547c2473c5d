/**
 * The synonym dictionaries: the project's default (at least 60 groups, each documented), the
 * demo site's own, how `npm run check` reports a mistake in a site's file (at its line, in
 * Vietnamese), and what the build ships to the browser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWords } from '../../src/i18n/check.vi.ts';
import { loadCatalog } from '../../src/lib/content/load.ts';
import { DEFAULT_DICTIONARY, loadDictionaries, readDictionary } from '../../src/lib/search/dictionary-file.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { namesData, searchData } from '../../src/lib/search/search-data.ts';
import { FIXTURE_CATALOG, REPO_ROOT } from '../helpers/fixture.ts';

describe('the default dictionary', () => {
  const groups = readDictionary(DEFAULT_DICTIONARY);

  it('has at least 60 groups of at least two words, each line with its note', () => {
    expect(groups.length).toBeGreaterThanOrEqual(60);
    const lines = readFileSync(DEFAULT_DICTIONARY, 'utf8')
      .split('\n')
      .filter((l) => l.trim().startsWith('- {'));
    expect(lines).toHaveLength(groups.length);
    for (const line of lines) expect(line, line).toMatch(/note: (["'])(?:(?!\1).){10,}\1/);
  });

  it('holds the regional words the issue names', () => {
    const has = (...words: string[]) => groups.some((g) => words.every((w) => g.includes(w)));
    for (const pair of [
      ['heo', 'lợn'],
      ['bắp', 'ngô'],
      ['mè', 'vừng'],
      ['đậu phộng', 'lạc'],
      ['trái', 'quả'],
      ['trà', 'chè'],
      ['khóm', 'thơm', 'dứa'],
    ])
      expect(has(...pair), pair.join('/')).toBe(true);
  });

  it('is extended by the site’s file; a catalog without one gets the default alone', () => {
    expect(loadDictionaries(path.join(REPO_ROOT, FIXTURE_CATALOG))).toEqual(groups);
    const demo = loadDictionaries(path.join(REPO_ROOT, 'content'));
    expect(demo.slice(0, groups.length)).toEqual(groups);
    expect(demo.length).toBeGreaterThan(groups.length);
  });
});

describe('npm run check on a site’s dictionary', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'synonyms-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports each mistake at its line, in Vietnamese', async () => {
    mkdirSync(path.join(root, 'content'));
    writeFileSync(path.join(root, 'content/site.yaml'), readFileSync(path.join(REPO_ROOT, FIXTURE_CATALOG, 'site.yaml')));
    writeFileSync(
      path.join(root, 'content/tu-dong-nghia.yaml'),
      [
        '# Nhóm của trang',
        'groups:',
        '  - { words: [heo, lợn], note: Miền Nam nói heo. }',
        '  - { words: [khóm], note: Chỉ có một từ. }',
        '  - { words: [ngô, bắp, ngô], note: Ghi lặp. }',
        '  - { words: [mè, vừng] }',
        '  - { words: [tắc, quất], note: Có, nghia: sai }',
      ].join('\n'),
    );
    const { issues } = await loadCatalog({ root, contentDir: 'content', today: '2026-05-28', words: checkWords });
    const mine = issues
      .filter((i) => i.file === 'content/tu-dong-nghia.yaml')
      .map((i) => `${i.line} ${i.severity} ${i.field}: ${i.message}`);
    expect(mine).toEqual([
      '4 error groups[1].words: nhóm này có 1 từ: mỗi nhóm cần ít nhất hai từ cùng nghĩa, ví dụ `- { words: [heo, lợn], note: Miền Nam nói heo, miền Bắc nói lợn. }`.',
      '5 error groups[2].words[2]: từ "ngô" được ghi hai lần trong nhóm này. Hãy xoá một lần.',
      expect.stringMatching(/^6 error groups\[3\]\.note: thiếu trường "note"/),
      expect.stringMatching(/^7 error groups\[4\]\.nghia: trường "nghia" không có trong mẫu/),
    ]);
  });
});

describe('what the browser receives', () => {
  const record = (name: string, keywords: string[], kind: SearchRecord['kind'] = 'product'): SearchRecord => ({
    url: `/${name}/`,
    kind,
    name,
    byline: 'Hợp tác xã Khóm',
    keywords,
    text: 'không vào từ vựng',
    meta: {},
    filters: {},
  });
  const records = [record('Khóm Cầu Đúc', ['trái cây']), record('Hợp tác xã Khóm', [], 'cooperative')];

  it('the words of names, makers and keywords, and only the groups they can use', () => {
    const data = searchData(records, [
      ['khóm', 'thơm', 'dứa'],
      ['heo', 'lợn'],
    ]);
    expect(data.words).toEqual(['cây', 'cầu', 'hợp', 'khóm', 'trái', 'tác', 'xã', 'đúc']);
    expect(data.groups).toEqual([['khóm', 'thơm', 'dứa']]);
  });

  it('the product names for "did you mean"', () => {
    expect(namesData(records)).toEqual([{ name: 'Khóm Cầu Đúc', url: '/Khóm Cầu Đúc/' }]);
  });
});
