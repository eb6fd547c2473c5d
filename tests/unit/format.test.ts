import { describe, expect, it } from 'vitest';
import { formatDate, formatPrice, formatSeason, formatVnd } from '../../src/i18n/format.ts';

describe('prices in đồng', () => {
  it('groups thousands with dots and puts ₫ after the amount', () => {
    expect(formatVnd(180000)).toBe('180.000 ₫');
    expect(formatVnd(1500000)).toBe('1.500.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
  });
  it('shows the unit, and a range as from – to', () => {
    expect(formatPrice({ from: 180000, unit: 'gói 200g' })).toBe('180.000 ₫ / gói 200g');
    expect(formatPrice({ from: 150000, to: 200000, unit: 'kg' })).toBe('150.000 – 200.000 ₫ / kg');
    expect(formatPrice({ from: 50000, to: 50000, unit: 'hộp' })).toBe('50.000 ₫ / hộp');
  });
});

describe('dates', () => {
  it('reads day/month/year as Vietnamese readers expect', () => {
    expect(formatDate('2024-05-10')).toBe('10/05/2024');
  });
});

describe('seasons', () => {
  it('joins consecutive months into runs and names them', () => {
    expect(formatSeason([5, 6, 7, 8])).toBe('tháng 5 – tháng 8');
    expect(formatSeason([3, 4, 8])).toBe('tháng 3 – tháng 4, tháng 8');
    expect(formatSeason([9])).toBe('tháng 9');
  });
  it('wraps a season across the new year', () => {
    expect(formatSeason([11, 12, 1, 2])).toBe('tháng 11 – tháng 2');
    expect(formatSeason([1, 2, 6, 12])).toBe('tháng 12 – tháng 2, tháng 6');
  });
  it('says "Quanh năm" for all twelve months, ignores duplicates and order', () => {
    expect(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('Quanh năm');
    expect(formatSeason([7, 5, 6, 6])).toBe('tháng 5 – tháng 7');
  });
});
