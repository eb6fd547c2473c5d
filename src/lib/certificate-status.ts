/**
 * Certificate status against the build date. The contract's promise: an expired recognition is
 * shown as expired and never counts as current, because an expired certificate shown as current is
 * what Vietnamese consumers complain about most.
 */
import { daysBetween } from './dates.ts';

/** How many days before expiry a certificate is flagged as expiring. */
export const EXPIRING_WITHIN_DAYS = 90;

/**
 * `valid` and `expiring` are current; `expired` is past its last day; `undated` has no known end
 * (a non-VietGAP certification written without `validUntil`) and is never presented as current.
 */
export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'undated';

/**
 * Status of a certificate whose last valid day is `validUntil`, on the day `today`. A `permanent`
 * one (a geographical indication, protected without a term) is valid when no end is written.
 */
export function certificateStatus(validUntil: string | undefined, today: string, options: { permanent?: boolean } = {}): CertificateStatus {
  if (validUntil === undefined) return options.permanent ? 'valid' : 'undated';
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return 'expiring';
  return 'valid';
}

/** True when the status may be shown as a current badge and counted in listings and filters. */
export function isCurrent(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}
