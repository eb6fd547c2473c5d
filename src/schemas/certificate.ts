/**
 * OCOP recognitions and other certifications, with the validity the contract defaults:
 * OCOP 36 months from the decision, VietGAP 24 months from issue.
 */
import { z } from 'zod';
import { addMonths } from '../lib/dates.ts';
import { fields, isoDate, keyword, msg, text } from './fields.ts';

/** Months an OCOP recognition is valid from its decision date. */
export const OCOP_VALID_MONTHS = 36;
/** Months a VietGAP certificate is valid from its issue date. */
export const VIETGAP_VALID_MONTHS = 24;

export const CERTIFICATION_TYPES = ['vietgap', 'globalgap', 'organic', 'haccp', 'iso22000', 'other'] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

/** Issue on `validUntil` when it falls before `issuedOn`. */
function checkOrder(value: { issuedOn?: string | undefined; validUntil?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.issuedOn && value.validUntil && value.validUntil < value.issuedOn) {
    ctx.addIssue({ code: 'custom', message: 'cert.validUntilBeforeIssued', path: ['validUntil'], params: { ...value } });
  }
}

export const ocopSchema = fields({
  /** Star rating: 3, 4 or 5 (5★ is national level). */
  stars: z.preprocess(
    (v) => (typeof v === 'string' ? Number(v.trim().replace(/\s*(sao|★)$/i, '')) || v : v),
    z.custom<3 | 4 | 5>((v) => v === 3 || v === 4 || v === 5, msg('ocop.stars')),
  ),
  /** Date of the recognition decision. */
  issuedOn: isoDate(),
  /** Decision number, e.g. `1587/QĐ-UBND`. */
  decision: text().optional(),
  /** Who issued it, e.g. `UBND tỉnh Hà Giang`. */
  issuer: text().optional(),
  /** Last valid day; defaults to 36 months after `issuedOn`. */
  validUntil: isoDate().optional(),
})
  .superRefine(checkOrder)
  .transform((ocop) => ({
    ...ocop,
    validUntil: ocop.validUntil ?? addMonths(ocop.issuedOn, OCOP_VALID_MONTHS),
  }));

export const certificationSchema = fields({
  /** `vietgap`, `globalgap`, `organic`, `haccp`, `iso22000` or `other`. */
  type: keyword(CERTIFICATION_TYPES, 'cert.type'),
  /** Name shown for the certificate; required for `other`, e.g. `Chứng nhận Halal`. */
  name: text().optional(),
  /** Certificate number. */
  code: text().optional(),
  /** Certifying body. */
  issuer: text().optional(),
  /** Date of issue. */
  issuedOn: isoDate().optional(),
  /** Last valid day; VietGAP defaults to 24 months after `issuedOn`. */
  validUntil: isoDate().optional(),
})
  .superRefine((cert, ctx) => {
    checkOrder(cert, ctx);
    if (cert.type === 'other' && !cert.name) ctx.addIssue({ code: 'custom', message: 'cert.nameRequired', path: ['name'] });
  })
  .transform((cert) => ({
    ...cert,
    validUntil: cert.validUntil ?? (cert.type === 'vietgap' && cert.issuedOn ? addMonths(cert.issuedOn, VIETGAP_VALID_MONTHS) : undefined),
  }));

export type Ocop = z.output<typeof ocopSchema>;
export type Certification = z.output<typeof certificationSchema>;
