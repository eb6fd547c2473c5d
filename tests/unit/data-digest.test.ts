/** The page cache key (`src/lib/data-digest.ts`): equal only for equal data, however it is linked. */
import { describe, expect, it } from 'vitest';
import { dataDigest, digestWith, UndigestibleError } from '../../src/lib/data-digest.ts';

/** A cooperative and its products linked both ways, as the catalog view links them. */
function catalog(price = 60000) {
  const coop: { name: string; products: unknown[] } = { name: 'HTX Mật ong Bạc Hà', products: [] };
  const product = { name: 'Mật ong', price: { from: price }, status: 'valid', coop };
  coop.products.push(product, { name: 'Tam thất', status: 'expired', coop });
  return { product, coop };
}

describe('dataDigest', () => {
  it('keeps its value from build to build, long text included (a kept cache stays valid)', () => {
    // Pinned: written with one hash update per piece before the pieces were joined into large
    // updates; a different value here would make every warm build render every page again.
    const value = {
      name: 'Mật ong hoa nhãn',
      when: new Date(Date.UTC(2026, 0, 2)),
      tags: new Set(['a']),
      prices: new Map([['500 ml', 150000]]),
      note: undefined,
      long: 'đ'.repeat(70000),
      list: [1, null, 'x'],
    };
    expect(dataDigest(value, [value])).toBe('BoBC_EMow7Q4rPrWTT-Kly8nigpLkixFLIlp4gyo4hg');
  });

  it('is the same for equal data built twice, cycles included', () => {
    expect(dataDigest(catalog().product)).toBe(dataDigest(catalog().product));
    expect(dataDigest(catalog().product)).toMatch(/^[\w-]{43}$/);
  });

  it('changes with any value, however deep', () => {
    const base = dataDigest(catalog().product);
    expect(dataDigest(catalog(65000).product)).not.toBe(base);
    const expired = catalog();
    (expired.coop.products[1] as { status: string }).status = 'valid';
    expect(dataDigest(expired.product)).not.toBe(base);
  });

  it('tells apart values JSON would confuse', () => {
    const variants = [
      { a: undefined },
      { a: null },
      {},
      { a: 'null' },
      { a: 0 },
      { a: '0' },
      { a: [] },
      { a: {} },
      { a: [undefined] },
      { a: ['u'] },
    ];
    expect(new Set(variants.map((v) => dataDigest(v))).size).toBe(variants.length);
    expect(dataDigest(['a', 'b'])).not.toBe(dataDigest(['b', 'a']));
    expect(dataDigest(['ab'])).not.toBe(dataDigest(['a', 'b']));
    expect(dataDigest(new Map([['a', 1]]))).not.toBe(dataDigest(new Map([['a', 2]])));
    expect(dataDigest(new Set([1]))).not.toBe(dataDigest([1]));
    expect(dataDigest(new Date('2026-07-01'))).not.toBe(dataDigest(new Date('2026-07-02')));
    expect(dataDigest(new URL('https://a.vn/x'))).not.toBe(dataDigest(new URL('https://a.vn/y')));
  });

  it('tells apart one object met twice from two equal objects', () => {
    const shared = { name: 'x' };
    expect(dataDigest([shared, shared])).not.toBe(dataDigest([{ name: 'x' }, { name: 'x' }]));
  });

  it('refuses what it cannot see into, rather than ignoring it', () => {
    expect(() => dataDigest({ render: () => 'html' })).toThrow(UndigestibleError);
    expect(() => dataDigest({ when: new (class Later {})() })).toThrow('cannot digest the Later at #0.when');
    expect(() => dataDigest({ s: Symbol('x') })).toThrow(UndigestibleError);
  });

  it('digests a leaf once per build: the memo answers for it afterwards', () => {
    const entry = { id: 'mat-ong', data: { name: 'Mật ong' }, body: 'x'.repeat(1000) };
    const memo = new WeakMap<object, string>();
    const isLeaf = (value: object) => value === entry;
    const first = digestWith({ isLeaf, memo }, [entry], { entry });
    expect(memo.get(entry)).toBe(dataDigest(entry));
    // Entries do not change during a build; the memo, not the text, answers the second time.
    entry.body = 'y';
    expect(digestWith({ isLeaf, memo }, [entry], { entry })).toBe(first);
    expect(digestWith({ isLeaf }, [entry], { entry })).not.toBe(first);
  });

  it('digests a stand-in for an object that must not be read property by property', () => {
    const read: string[] = [];
    const photo = new Proxy(
      { src: '/a.jpg', width: 800 },
      {
        get(target, name) {
          if (name === 'clone') return { ...target };
          read.push(String(name));
          return target[name as keyof typeof target];
        },
      },
    );
    const standIn = (value: object) => (value === photo ? (photo as { clone?: unknown }).clone : undefined);
    expect(digestWith({ standIn }, { photo })).toBe(dataDigest({ photo: { src: '/a.jpg', width: 800 } }));
    expect(read).toEqual([]);
  });
});
