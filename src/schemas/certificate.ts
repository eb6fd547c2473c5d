/**
 * OCOP recognitions and other certificates, with the validity the contract defaults: OCOP 36
 * months from the decision; each certificate type by its rule in `./certification-type.ts`.
 */
import { z } from 'zod';
import { addMonths } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';
import { CERTIFICATION_ALIASES, CERTIFICATION_TYPES, CERTIFICATION_VALIDITY, type CertificationType } from './certification-type.ts';
import { described } from './field-info.ts';
import { fields, isoDate, msg, text } from './fields.ts';
import { addIssue } from './issue.ts';
import { OCOP_VALID_MONTHS, STAR_LEVELS, isStars, type Stars } from './ocop-stars.ts';

export { CERTIFICATION_TYPES, OCOP_VALID_MONTHS, type CertificationType };
/** Months a VietGAP certificate is valid from its issue date. */
export const VIETGAP_VALID_MONTHS = (CERTIFICATION_VALIDITY.vietgap as { months: number }).months;

/** Issue on `validUntil` when it falls before `issuedOn`. */
function checkOrder(value: { issuedOn?: string | undefined; validUntil?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.issuedOn && value.validUntil && value.validUntil < value.issuedOn) {
    addIssue(ctx, 'cert.validUntilBeforeIssued', { path: ['validUntil'], params: { ...value } });
  }
}

/** `4`, `4 sao`, `4★` → 4. */
const stars = () =>
  described(
    z.preprocess(
      (v) => (typeof v === 'string' ? Number(v.trim().replace(/\s*(sao|★)$/i, '')) || v : v),
      z.custom<Stars>(isStars, msg('ocop.stars')),
    ),
    { kind: 'keyword', values: STAR_LEVELS },
  );

/** Words that say the decision's date is not known (folded). */
const UNKNOWN = new Set(['chua-ro', 'khong-ro', 'chua-biet', 'unknown', '?']);

/**
 * The decision's date: `YYYY-MM-DD`, or only its year (`2022`) as some provinces' lists give it, or
 * `chưa rõ` when the list gives none. Anything else is a date the check refuses with a suggestion.
 */
const decisionDate = () =>
  described(
    z.preprocess(
      (value) => {
        const written = value instanceof Date || typeof value !== 'string' ? value : value.trim();
        if (typeof written === 'string' && /^(19|20)\d{2}$/.test(written)) return { year: Number(written) };
        if (typeof written === 'string' && UNKNOWN.has(slugify(written) || written)) return { unknown: true };
        return written;
      },
      z.union([z.object({ year: z.number() }), z.object({ unknown: z.literal(true) }), isoDate()]),
    ),
    { kind: 'date' },
  );

export const ocopSchema = fields({
  /** Star rating: 3, 4 or 5 (5★ is national level). */
  stars: stars(),
  /** Date of the recognition decision; project extension: its year only, or `chưa rõ`. */
  issuedOn: decisionDate(),
  /** Decision number, e.g. `1587/QĐ-UBND`. */
  decision: text().optional(),
  /** Who issued it, e.g. `UBND tỉnh Hà Giang`. */
  issuer: text().optional(),
  /** Last valid day; defaults to 36 months after `issuedOn`. */
  validUntil: isoDate().optional(),
})
  .superRefine((ocop, ctx) => {
    if (typeof ocop.issuedOn === 'string') checkOrder({ issuedOn: ocop.issuedOn, validUntil: ocop.validUntil }, ctx);
  })
  .transform(({ issuedOn, ...ocop }) => {
    if (typeof issuedOn === 'string') return { ...ocop, issuedOn, validUntil: ocop.validUntil ?? addMonths(issuedOn, OCOP_VALID_MONTHS) };
    const year = 'year' in issuedOn ? issuedOn.year : undefined;
    return {
      ...ocop,
      issuedOn: undefined,
      /** The decision's date is not known (written as a year, or `chưa rõ`): never shown as current. */
      dateUnknown: true as const,
      issuedYear: year,
      /** With only the year known: the recognition cannot be valid after 36 months from that year's last day. */
      latestValidUntil: year === undefined ? undefined : addMonths(`${year}-12-31`, OCOP_VALID_MONTHS),
    };
  });

/** A certificate type key; a label or an alias (`GI`, `hữu cơ`) folds to its key. */
const certificationType = () =>
  described(
    z.preprocess(
      (value) => {
        if (typeof value !== 'string') return value;
        const key = slugify(value);
        return CERTIFICATION_ALIASES[key] ?? key;
      },
      z.enum(CERTIFICATION_TYPES, msg('cert.type')),
    ),
    { kind: 'keyword', values: CERTIFICATION_TYPES },
  );

/** The last valid day a certificate's type gives it when `validUntil` is not written. */
function defaultValidUntil(type: CertificationType, issuedOn: string | undefined): string | undefined {
  const validity = CERTIFICATION_VALIDITY[type];
  return typeof validity === 'object' && issuedOn ? addMonths(issuedOn, validity.months) : undefined;
}

export const certificationSchema = fields({
  /** Type: one of `CERTIFICATION_TYPES` (vietgap, organic, chi-dan-dia-ly, nhan-hieu-tap-the, other …). */
  type: certificationType(),
  /** Name shown for the certificate; required for `other`, e.g. `Chứng nhận Halal`. */
  name: text().optional(),
  /** Certificate or registration number. */
  code: text().optional(),
  /** Certifying body, e.g. `Cục Sở hữu trí tuệ`. */
  issuer: text().optional(),
  /** Date of issue or registration. */
  issuedOn: isoDate().optional(),
  /** Last valid day; defaults by type (VietGAP 24 months, collective trademark 10 years). */
  validUntil: isoDate().optional(),
})
  .superRefine((cert, ctx) => {
    checkOrder(cert, ctx);
    if (cert.type === 'other' && !cert.name) addIssue(ctx, 'cert.nameRequired', { path: ['name'] });
  })
  .transform((cert) => ({
    ...cert,
    validUntil: cert.validUntil ?? defaultValidUntil(cert.type, cert.issuedOn),
  }));

export type Ocop = z.output<typeof ocopSchema>;
export type Certification = z.output<typeof certificationSchema>;
