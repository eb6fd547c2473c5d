/**
 * The form's patterns (`src/lib/cms/patterns.ts`) agree with the check on generated values: what
 * the pattern lets through the check accepts, and what the check accepts the pattern lets through.
 * Each side is the project's own code: `isVietnamesePhone`, `classifyUrl`, the price and e-mail
 * schemas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERNS, maxLength } from '../../src/lib/cms/patterns.ts';
import { newEntrySlug } from '../../src/lib/cms/slug.ts';
import { classifyUrl, isVietnamesePhone } from '../../src/lib/contact.ts';
import { email } from '../../src/schemas/contact.ts';
import { priceSchema } from '../../src/schemas/price.ts';

const test = (kind: keyof typeof PATTERNS) => (value: string) => new RegExp(PATTERNS[kind]).test(value);
const agree = (arbitrary: fc.Arbitrary<string>, pattern: (v: string) => boolean, check: (v: string) => boolean) =>
  fc.assert(
    fc.property(arbitrary, (v) => pattern(v) === check(v)),
    { numRuns: 3000 },
  );

/** Strings from the characters a value of the kind is written with, and shapes close to valid ones. */
const from = (chars: string, maxLength = 16) => fc.string({ unit: fc.constantFrom(...chars), maxLength });

describe('phone', () => {
  it('agrees with isVietnamesePhone', () => {
    const digitsLike = fc.oneof(
      from('0123456789 .-()+', 18),
      fc
        .tuple(fc.constantFrom('0', '+84', '84', '1800', '1900', '(0'), from('0123456789', 11), from(' .-', 2), from('0123456789', 4))
        .map((p) => p.join('')),
    );
    agree(digitsLike, test('phone'), isVietnamesePhone);
    for (const v of ['0912 345 678', '0275.3843.555', '+84 912 345 678', '(0275) 3843 555', '1800 1234'])
      expect(test('phone')(v), v).toBe(true);
  });
});

describe('links', () => {
  // Host names as people write them (labels, a dot, a name), with the mistakes they make; not the
  // corners of WHATWG's URL parser (`http://0` is the address 0.0.0.0 to it).
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,5}[a-z0-9])?$/);
  const host = fc.oneof(
    fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('vn', 'com', 'com.vn', 'me'))
      .map(([labels, tld]) => [...labels, tld].join('.')),
    fc.stringMatching(/^[a-z][a-z-]{0,6}$/),
    fc.constantFrom('', 'htx .vn', 'a..', 'x@y.vn', 'a%b.vn', 'a:b.vn'),
  );
  const url = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'HTTPS://', 'Http://', 'ftp://', 'javascript:', 'data:', '', 'www.', 'https:/', ' https://'),
      host,
      fc.constantFrom('', '/', '/a b', '/san-pham/123', '?q=1', '#x', ':8080', ':80/x', ' '),
    )
    .map((p) => p.join(''));
  it('agree with classifyUrl', () => agree(url, test('url'), (v) => classifyUrl(v) === 'http'));
  it('https agrees with classifyUrl and the https rule', () =>
    agree(url, test('https'), (v) => classifyUrl(v) === 'http' && /^https:\/\//i.test(v.trim())));
  it('zalo takes a phone or a link', () => {
    agree(fc.oneof(url, from('0123456789 ', 12)), test('zalo'), (v) => isVietnamesePhone(v) || classifyUrl(v) === 'http');
  });
});

describe('price', () => {
  it('agrees with the price schema', () => {
    const amount = fc.oneof(
      from('0123456789.,k ', 10),
      fc
        .tuple(
          from('0123456789', 4),
          fc.constantFrom('', '.000', ',000', ' 000', 'k', 'K', '.000.000'),
          fc.constantFrom('', 'đ', ' ₫', ' đồng', 'VNĐ', ' vnd', ' Đồng', 'dong', 'd'),
        )
        .map((p) => p.join('')),
    );
    agree(amount, test('price'), (v) => priceSchema.safeParse({ from: v, unit: 'hũ' }).success);
  });
});

describe('e-mail and length', () => {
  it('agree with the e-mail schema and a maximum length', () => {
    const address = fc.oneof(
      fc.emailAddress(),
      from('ab.@_-+', 14),
      fc.tuple(from('ab.', 5), fc.constant('@'), from('ab.', 6)).map((p) => p.join('')),
    );
    agree(address, test('email'), (v) => email().safeParse(v).success);
    expect(new RegExp(maxLength(3)).test('abc')).toBe(true);
    expect(new RegExp(maxLength(3)).test('abcd')).toBe(false);
  });
});

describe('the slug of a new entry', () => {
  it('follows the contract: a product by its name, a cooperative with its legal form shortened', () => {
    const fallback = { cooperative: 'hop-tac-xa', product: 'san-pham' };
    expect(newEntrySlug('products-htx-a', 'Kẹo dừa lá dứa', fallback)).toBe('keo-dua-la-dua');
    expect(newEntrySlug('products-htx-a', "Đường thốt nốt 'Bảy Núi'", fallback)).toBe('duong-thot-not-bay-nui');
    expect(newEntrySlug('cooperatives', 'Hợp tác xã Mật ong Bạc Hà', fallback)).toBe('htx-mat-ong-bac-ha');
    expect(newEntrySlug('products-htx-a', '???', fallback)).toBe('san-pham');
  });
});
