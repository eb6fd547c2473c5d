import { describe, expect, it } from 'vitest';
import { formatPrice, formatVnd } from '../../src/i18n/format.ts';
import { parseVnd, priceSchema } from '../../src/schemas/price.ts';

describe('parseVnd', () => {
  it.each([
    [180000, 180000],
    ['180000', 180000],
    ['180.000', 180000],
    ['180,000', 180000],
    ['180 000', 180000],
    ['1.500.000', 1500000],
    ['180.000đ', 180000],
    ['180.000 đ', 180000],
    ['180.000 ₫', 180000],
    ['180.000₫', 180000],
    ['180.000 đồng', 180000],
    ['180000 VNĐ', 180000],
    ['180000vnd', 180000],
    ['180k', 180000],
    ['180K', 180000],
    ['  45000  ', 45000],
  ])('%j → %j', (input, amount) => {
    expect(parseVnd(input)).toBe(amount);
  });

  it.each(['abc', '180.00', '18.0000', '1,5 triệu', '180.000 USD', '', '-5000'])(
    'leaves %j as written for the schema to refuse',
    (input) => {
      expect(parseVnd(input)).toBe(input);
    },
  );

  it('leaves non-strings alone', () => {
    expect(parseVnd(undefined)).toBeUndefined();
    expect(parseVnd(null)).toBeNull();
  });
});

describe('priceSchema', () => {
  it('reads prices written the Vietnamese way', () => {
    expect(priceSchema.parse({ from: '180.000', unit: 'hũ 500 ml' })).toEqual({ from: 180000, unit: 'hũ 500 ml' });
    expect(priceSchema.parse({ from: '45000', to: '60.000đ', unit: 'gói 300g' })).toEqual({ from: 45000, to: 60000, unit: 'gói 300g' });
  });

  it('refuses a range that runs backwards, on `to`', () => {
    const result = priceSchema.safeParse({ from: '60000', to: '45000', unit: 'gói' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'custom', message: 'price.toBelowFrom', path: ['to'], params: { from: 60000, to: 45000 } },
    ]);
  });

  it('refuses an amount that is not money, with the price.amount message', () => {
    const result = priceSchema.safeParse({ from: 'abc', unit: 'kg' });
    expect(result.error?.issues).toMatchObject([{ path: ['from'], message: 'price.amount' }]);
  });
});

describe('formatVnd / formatPrice', () => {
  it('writes prices with Vietnamese thousands separators and ₫', () => {
    expect(formatVnd(180000)).toBe('180.000 ₫');
    expect(formatPrice({ from: 180000, unit: 'hũ 500 ml' })).toBe('180.000 ₫ / hũ 500 ml');
    expect(formatPrice({ from: 45000, to: 60000, unit: 'gói 300g' })).toBe('45.000 – 60.000 ₫ / gói 300g');
    expect(formatPrice({ from: 45000, to: 45000, unit: 'gói' })).toBe('45.000 ₫ / gói');
  });
});
