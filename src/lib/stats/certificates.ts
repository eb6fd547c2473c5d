/**
 * Recognitions and certificates by status on the build date, with the pages' rules
 * (`../certificate-status.ts`): valid (more than 90 days left, or a protection without a term),
 * expiring within 90 days, expired, or of unknown term (an OCOP decision date not known, a
 * certificate written without its end).
 */
import type { CertificateStatus } from '../certificate-status.ts';
import { CERTIFICATION_TYPES, type CertificationType } from '../../schemas/certification-type.ts';
import type { CertificateView } from '../catalog/view.ts';
import type { StatsView } from './types.ts';

/** The statuses in the order tables and charts show them. */
export const STATUS_ORDER: readonly CertificateStatus[] = ['valid', 'expiring', 'expired', 'undated'];

export type StatusCounts = Record<CertificateStatus, number>;

export interface CertificateFigures {
  /** OCOP recognitions, one per product at most. */
  ocop: StatusCounts;
  /** Every other certificate; `permanent` counts the valid ones protected without a term. */
  certifications: StatusCounts & { permanent: number };
  /** Each certification type with at least one certificate, in `CERTIFICATION_TYPES` order. */
  byType: Array<{ type: CertificationType; counts: StatusCounts }>;
}

function counts(certificates: readonly CertificateView[]): StatusCounts {
  const out: StatusCounts = { valid: 0, expiring: 0, expired: 0, undated: 0 };
  for (const c of certificates) out[c.status] += 1;
  return out;
}

export function certificateFigures(view: StatsView): CertificateFigures {
  const ocop = view.products.flatMap((p) => (p.ocop ? [p.ocop] : []));
  const others = view.products.flatMap((p) => p.certifications);
  return {
    ocop: counts(ocop),
    certifications: { ...counts(others), permanent: others.filter((c) => c.permanent).length },
    byType: CERTIFICATION_TYPES.map((type) => ({ type, counts: counts(others.filter((c) => c.kind === type)) })).filter(
      ({ counts: c }) => c.valid + c.expiring + c.expired + c.undated > 0,
    ),
  };
}
