import { describe, expect, it } from 'vitest';
import { foldersDeepestFirst, staleFiles } from '../../src/lib/stale-files.ts';

describe('staleFiles', () => {
  const build = { startedMs: 1_000, kept: new Set(['hop-tac-xa/a/index.html', 'chia-se/a.png']), replaced: ['pagefind'] };

  it('removes what the build neither wrote nor kept', () => {
    const files = [
      { path: 'hop-tac-xa/a/index.html', mtimeMs: 10 }, // a page Astro kept
      { path: 'chia-se/a.png', mtimeMs: 5 }, // a card linked from the cache, with the cache's date
      { path: 'hop-tac-xa/b/index.html', mtimeMs: 1_000 }, // written by this build
      { path: '_astro/new.js', mtimeMs: 1_500 },
      { path: 'pagefind/index/x.pf_index', mtimeMs: 3 }, // the index, linked again whole
      { path: 'hop-tac-xa/gone/index.html', mtimeMs: 999 }, // a product taken off the catalog
      { path: 'chia-se/gone.png', mtimeMs: 20 },
      { path: '_astro/gone.B1x.avif', mtimeMs: 30 },
      { path: 'pagefind-old/x', mtimeMs: 3 }, // not the replaced folder, only a name like it
    ];
    expect(staleFiles(files, build)).toEqual(['hop-tac-xa/gone/index.html', 'chia-se/gone.png', '_astro/gone.B1x.avif', 'pagefind-old/x']);
  });

  it('removes nothing from a site this build wrote whole', () => {
    expect(staleFiles([{ path: 'index.html', mtimeMs: 1_000 }], build)).toEqual([]);
  });
});

describe('foldersDeepestFirst', () => {
  it('lists each folder once, deeper ones before the folders holding them', () => {
    expect(foldersDeepestFirst(['hop-tac-xa/gone/sp/index.html', 'hop-tac-xa/gone/index.html', 'chia-se/x.png', 'top.txt'])).toEqual([
      'hop-tac-xa/gone/sp',
      'hop-tac-xa/gone',
      'chia-se',
      'hop-tac-xa',
    ]);
  });
});
