import { describe, expect, it } from 'vitest';
import { certificateStatus, EXPIRING_WITHIN_DAYS, isCurrent } from '../../src/lib/certificate-status.ts';

const today = '2026-05-28';

describe('certificateStatus', () => {
  it('flags 90 days', () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(90);
  });

  it.each([
    ['2028-03-10', 'valid'],
    ['2026-08-27', 'valid'], // 91 days left
    ['2026-08-26', 'expiring'], // exactly 90 days left
    ['2026-07-01', 'expiring'],
    ['2026-05-29', 'expiring'],
    ['2026-05-28', 'expiring'], // the last valid day is today
    ['2026-05-27', 'expired'], // the day after validUntil
    ['2025-06-10', 'expired'],
  ])('valid until %s → %s on 2026-05-28', (validUntil, status) => {
    expect(certificateStatus(validUntil, today)).toBe(status);
  });

  it('is undated without validUntil', () => {
    expect(certificateStatus(undefined, today)).toBe('undated');
  });

  it('turns expired the day after validUntil', () => {
    expect(certificateStatus('2026-07-01', '2026-07-01')).toBe('expiring');
    expect(certificateStatus('2026-07-01', '2026-07-02')).toBe('expired');
  });
});

describe('isCurrent', () => {
  it('counts only valid and expiring certificates as current', () => {
    expect(isCurrent('valid')).toBe(true);
    expect(isCurrent('expiring')).toBe(true);
    expect(isCurrent('expired')).toBe(false);
    expect(isCurrent('undated')).toBe(false);
  });
});
