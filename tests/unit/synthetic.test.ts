/**
 * The benchmark's synthetic catalog is a valid catalog in the contract's format: a benchmark that
 * measured a refused build would measure nothing.
 */
import { checkWords } from '../../src/i18n/check.vi.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../src/lib/bench/synthetic.ts';
import { random } from '../../src/lib/random.ts';
import { loadCatalog } from '../../src/lib/content/load.ts';
import { OUTPUT_DIR, REPO_ROOT } from '../helpers/fixture.ts';

const dir = path.join(OUTPUT_DIR, 'synthetic');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('syntheticCatalog', () => {
  it('is deterministic', () => {
    expect(syntheticCatalog({ coops: 3, productsPerCoop: 2, images: false })).toEqual(
      syntheticCatalog({ coops: 3, productsPerCoop: 2, images: false }),
    );
    expect(random(1)()).toBe(random(1)());
  });

  it('passes the check with no error, every OCOP group represented', async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const file of syntheticCatalog({ coops: 40, productsPerCoop: 5, images: false, cards: false })) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    const catalog = await loadCatalog({
      words: checkWords,
      root: REPO_ROOT,
      contentDir: path.relative(REPO_ROOT, dir),
      today: '2026-11-22',
    });
    expect(catalog.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(catalog.products).toHaveLength(200);
    expect(new Set(catalog.products.map((p) => p.data.group)).size).toBe(6);
    expect(catalog.site?.data.share).toEqual({ cards: false, qr: true });
  });
});
