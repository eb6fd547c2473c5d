import { describe, expect, it } from 'vitest';
import { addMonths, buildDate, dateToIso, daysBetween, isIsoDate, suggestIsoDate, vietnamDate } from '../../src/lib/dates.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-05-10', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-28', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-13-45', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2024-5-10', false],
    ['10/05/2024', false],
    [' 2024-05-10', false],
    ['2024-05-10T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-10', 36, '2028-03-10'],
    ['2024-07-01', 24, '2026-07-01'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2025-12-31', 12, '2026-12-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-05-28', '2026-05-28', 0],
    ['2026-05-28', '2026-07-01', 34],
    ['2026-05-28', '2026-08-26', 90],
    ['2026-05-28', '2025-06-10', -352],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-03-28', '2026-03-30', 2],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('vietnamDate', () => {
  it('is the calendar day in Viet Nam (UTC+7)', () => {
    expect(vietnamDate(new Date('2026-05-28T16:59:59Z'))).toBe('2026-05-28');
    expect(vietnamDate(new Date('2026-05-28T17:00:00Z'))).toBe('2026-05-29');
    expect(vietnamDate(new Date('2026-05-28T17:30:00Z'))).toBe('2026-05-29');
    expect(vietnamDate(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(vietnamDate(new Date('2026-05-28T00:30:00+07:00'))).toBe('2026-05-28');
  });
});

describe('dateToIso', () => {
  it('reads a YAML date (midnight UTC) as that day', () => {
    expect(dateToIso(new Date(Date.UTC(2024, 4, 10)))).toBe('2024-05-10');
  });
});

describe('buildDate', () => {
  it('uses SOURCE_DATE_EPOCH, in Viet Nam time', () => {
    // 2026-05-28 05:00 UTC = 12:00 in Hà Nội.
    expect(buildDate({ SOURCE_DATE_EPOCH: '1779944400' })).toBe('2026-05-28');
    // 2026-05-28 20:26:40 UTC is already 29 May in Viet Nam.
    expect(buildDate({ SOURCE_DATE_EPOCH: '1780000000' })).toBe('2026-05-29');
    expect(buildDate({ SOURCE_DATE_EPOCH: ' 0 ' })).toBe('1970-01-01');
  });

  it('uses today when SOURCE_DATE_EPOCH is unset or blank', () => {
    const today = vietnamDate(new Date());
    expect(buildDate({})).toBe(today);
    expect(buildDate({ SOURCE_DATE_EPOCH: '' })).toBe(today);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be a number of seconds, got "yesterday"/);
  });
});

describe('suggestIsoDate', () => {
  it.each([
    ['10/05/2024', '2024-05-10'],
    ['10-5-2024', '2024-05-10'],
    ['1.2.2025', '2025-02-01'],
    ['2024-5-10', '2024-05-10'],
    ['2024/05/10', '2024-05-10'],
    [' 10/05/2024 ', '2024-05-10'],
  ])('%j → %j', (value, iso) => {
    expect(suggestIsoDate(value)).toBe(iso);
  });

  it.each(['2024-05-10', '2023-13-45', '31/02/2024', '45/13/2023', 'mười tháng năm', '10/05/24', ''])('%j has no suggestion', (value) => {
    expect(suggestIsoDate(value)).toBeUndefined();
  });
});
