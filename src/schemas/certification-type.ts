/**
 * Certificate types and how long each is valid. Adding a type is one line here and its words in
 * `src/i18n/vi.ts` (`certificationLabels`): the schema, status, listings (`/chung-nhan/<type>/`),
 * search filters, JSON-LD, open data, template and guide follow.
 */

export const CERTIFICATION_TYPES = [
  'vietgap',
  'globalgap',
  'organic',
  'haccp',
  'iso22000',
  'chi-dan-dia-ly',
  'nhan-hieu-tap-the',
  'other',
] as const;

export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

/**
 * How a type's last valid day is known: `months` after `issuedOn` unless `validUntil` says
 * otherwise; `permanent` has none (a geographical indication is protected without a term);
 * `stated` only from `validUntil` (without it the page says "Không rõ thời hạn").
 */
export type Validity = { months: number } | 'permanent' | 'stated';

export const CERTIFICATION_VALIDITY: Readonly<Record<CertificationType, Validity>> = {
  // VietGAP certificates last 2 years.
  vietgap: { months: 24 },
  globalgap: 'stated',
  organic: 'stated',
  haccp: 'stated',
  iso22000: 'stated',
  // Geographical indication (chỉ dẫn địa lý), registered by Cục Sở hữu trí tuệ: protected without a term.
  'chi-dan-dia-ly': 'permanent',
  // Collective trademark (nhãn hiệu tập thể): 10 years, renewable again and again (Law on Intellectual Property).
  'nhan-hieu-tap-the': { months: 120 },
  other: 'stated',
};

/** Other names people write for a type (folded to ASCII), read as that type. */
export const CERTIFICATION_ALIASES: Readonly<Record<string, CertificationType>> = {
  gi: 'chi-dan-dia-ly',
  cddl: 'chi-dan-dia-ly',
  'chi-dan-dia-li': 'chi-dan-dia-ly',
  'geographical-indication': 'chi-dan-dia-ly',
  nhtt: 'nhan-hieu-tap-the',
  'collective-mark': 'nhan-hieu-tap-the',
  'collective-trademark': 'nhan-hieu-tap-the',
  'huu-co': 'organic',
  'global-gap': 'globalgap',
  'iso-22000': 'iso22000',
};

/** A type protected without a term (a geographical indication): current without a `validUntil`. */
export const isPermanent = (type: CertificationType) => CERTIFICATION_VALIDITY[type] === 'permanent';
