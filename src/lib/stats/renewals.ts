/**
 * Renewals due, for staff: every recognition and certificate whose last valid day falls within
 * 180 days either side of the build date (expiring soon, or lapsed recently and still worth
 * chasing). A certificate protected without a term, or whose end is not known, has no date to
 * chase and is left out.
 */
import type { CertificateStatus } from '../certificate-status.ts';
import type { CertificateView } from '../catalog/view.ts';
import { daysBetween } from '../dates.ts';
import type { StatsCoop, StatsProduct, StatsView } from './types.ts';

/** Days either side of the build date a renewal is listed. */
export const RENEWAL_WINDOW_DAYS = 180;

/** One certificate to renew. */
export interface RenewalDue {
  /**
   * Stable per certificate across builds: `ocop`, or its type and rank among the product's
   * certificates of that type (`vietgap-1`), so reordering the list in a file changes nothing.
   */
  key: string;
  product: StatsProduct;
  coop: StatsCoop;
  certificate: CertificateView;
  validUntil: string;
  /** Days from the build date to the last valid day; negative once expired. */
  daysLeft: number;
  status: CertificateStatus;
}

/** The certificates of one product with their stable keys. */
function keyed(product: StatsProduct): Array<[string, CertificateView]> {
  const rank = new Map<string, number>();
  const others = product.certifications.map((c): [string, CertificateView] => {
    const n = (rank.get(c.kind) ?? 0) + 1;
    rank.set(c.kind, n);
    return [`${c.kind}-${n}`, c];
  });
  return product.ocop ? [['ocop', product.ocop], ...others] : others;
}

/** Due renewals, soonest last valid day first (lapsed ones first of all), then by product name. */
export function renewalsDue(view: StatsView, window = RENEWAL_WINDOW_DAYS): RenewalDue[] {
  const due: RenewalDue[] = [];
  for (const product of view.products) {
    for (const [key, certificate] of keyed(product)) {
      const { validUntil } = certificate;
      if (!validUntil) continue;
      const daysLeft = daysBetween(view.today, validUntil);
      if (Math.abs(daysLeft) > window) continue;
      due.push({ key, product, coop: product.coop, certificate, validUntil, daysLeft, status: certificate.status });
    }
  }
  // The view's products are already in a stable order (stars, then name): sort keeps it for ties.
  return due.sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}
