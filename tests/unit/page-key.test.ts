/** Page cache keys (`src/site/page-key.ts`): made only when the build's incremental mode reads them. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/site/catalog.ts';
import { PAGE_KEYS_ENV, withCacheKeys } from '../../src/site/page-key.ts';

// What the layout reads from the catalog besides a page's props; nothing else is touched.
const catalog = { site: { name: 'Sản phẩm HTX' }, today: '2026-12-02', featured: [], stories: [] } as unknown as Catalog;
const paths = [{ params: { product: 'mat-ong' }, props: { name: 'Mật ong', price: 150000 } }];

describe('withCacheKeys', () => {
  afterEach(() => {
    delete process.env[PAGE_KEYS_ENV];
  });

  it('gives every path a key of its props when the build uses keys (and outside astro build)', () => {
    const [keyed] = withCacheKeys(catalog, paths);
    expect(keyed?.cacheKey).toMatch(/^[\w-]{43}$/);
    process.env[PAGE_KEYS_ENV] = 'on';
    expect(withCacheKeys(catalog, paths)[0]?.cacheKey).toBe(keyed?.cacheKey);
    const changed = withCacheKeys(catalog, [{ ...paths[0]!, props: { name: 'Mật ong', price: 160000 } }]);
    expect(changed[0]?.cacheKey).not.toBe(keyed?.cacheKey);
  });

  it('leaves the paths as they are in a build with an empty cache, which ignores keys', () => {
    process.env[PAGE_KEYS_ENV] = 'off';
    expect(withCacheKeys(catalog, paths)).toEqual(paths);
  });
});
