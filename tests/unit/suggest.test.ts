import { checkWords } from '../../src/i18n/check.vi.ts';
import { describe, expect, it } from 'vitest';
import { knownKeysAt, suggestField } from '../../src/lib/errors/zod-issues.ts';
import { checkContext } from '../../src/schemas/image.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { closest, editDistance } from '../../src/lib/suggest.ts';

describe('editDistance', () => {
  it.each([
    ['phone', 'phone', 0],
    ['phon', 'phone', 1],
    ['phoen', 'phone', 1], // a swap of neighbours counts once
    ['thuc-phm', 'thuc-pham', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
  ])('%j ↔ %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  const fields = ['name', 'group', 'summary', 'images', 'ocop', 'certifications', 'price', 'phone', 'email'];

  it('suggests the candidate one slip away', () => {
    expect(closest('phon', fields)).toBe('phone');
    expect(closest('summry', fields)).toBe('summary');
    expect(closest('imgaes', fields)).toBe('images');
    expect(closest('Group', fields)).toBe('group');
    expect(closest('thuc-phm', ['thuc-pham', 'do-uong', 'duoc-lieu'])).toBe('thuc-pham');
  });

  it('suggests nothing when too far (more than a third of the word)', () => {
    expect(closest('abc', fields)).toBeUndefined();
    expect(closest('gia', fields)).toBeUndefined();
    expect(closest('colour', fields)).toBeUndefined();
  });

  it('suggests nothing when two candidates are equally near', () => {
    expect(closest('cat', ['bat', 'hat'])).toBeUndefined();
  });

  it('allows at least one edit for short words', () => {
    expect(closest('na', ['no', 'yes'])).toBe('no');
  });

  it('suggests nothing among no candidates', () => {
    expect(closest('phone', [])).toBeUndefined();
  });
});

describe('suggestField', () => {
  const known = knownKeysAt(productSchema(checkContext), []);

  it('knows the product fields', () => {
    expect(known).toEqual([
      'name',
      'group',
      'summary',
      'images',
      'ocop',
      'certifications',
      'price',
      'packaging',
      'shelfLife',
      'ingredients',
      'season',
      'buy',
      'traceability',
      'featured',
      'tags',
      'added',
    ]);
    expect(knownKeysAt(productSchema(checkContext), ['ocop'])).toEqual(['stars', 'issuedOn', 'decision', 'issuer', 'validUntil']);
    expect(knownKeysAt(productSchema(checkContext), ['certifications', 0])).toEqual([
      'type',
      'name',
      'code',
      'issuer',
      'issuedOn',
      'validUntil',
    ]);
    expect(knownKeysAt(productSchema(checkContext), ['price'])).toEqual(['from', 'to', 'unit']);
  });

  it.each([
    ['gia', 'price'],
    ['Giá', 'price'],
    ['giá bán', 'price'],
    ['tên', 'name'],
    ['hình ảnh', 'images'],
    ['nhóm', 'group'],
    ['mô tả', 'summary'],
    ['chứng nhận', 'certifications'],
    ['hạn sử dụng', 'shelfLife'],
    ['summry', 'summary'],
    ['imags', 'images'],
  ])('%j → %j', (written, field) => {
    expect(suggestField(written, known, checkWords.aliases)).toBe(field);
  });

  it('does not suggest an alias the object does not have', () => {
    // `sdt` means phone, which a product does not have.
    expect(suggestField('sdt', known, checkWords.aliases)).toBeUndefined();
    expect(suggestField('sdt', ['phone', 'email'], checkWords.aliases)).toBe('phone');
  });
});
