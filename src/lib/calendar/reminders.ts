/**
 * When and under which UID the renewal calendar reminds staff of a certificate: one all-day event
 * 90 days before its last valid day, the time a renewal dossier usually takes.
 */
import type { RenewalDue } from '../stats/renewals.ts';

/** Days before expiry the reminder falls on. */
export const REMINDER_DAYS_BEFORE = 90;

/** `days` calendar days after (or, negative, before) a `YYYY-MM-DD` day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The reminder's day for a certificate valid until `validUntil`. */
export const reminderDate = (validUntil: string) => addDays(validUntil, -REMINDER_DAYS_BEFORE);

/**
 * The same for every build while the certificate is the same one (product and certificate key),
 * so a subscribed phone moves or removes its event instead of adding a second one.
 */
export function renewalUid(due: Pick<RenewalDue, 'key'> & { product: { id: string } }, host: string): string {
  return `gia-han.${due.product.id.replace(/\//g, '.')}.${due.key}@${host}`;
}
