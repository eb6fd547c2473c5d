/**
 * Kinds of producer a listing belongs to. The contract's three cooperative forms, and the project's
 * extension for the other OCOP producers a province's list names beside them (companies, household
 * businesses, production establishments). Labels live in `src/i18n`; this file holds the keys that
 * the schema, messages, guide, filters, listings and editor read.
 */

/** Hợp tác xã (the default), tổ hợp tác, liên hiệp hợp tác xã: the contract's types. */
export const COOPERATIVE_TYPES = ['htx', 'tht', 'lhhtx'] as const;

/** Every type: the cooperative forms, then doanh nghiệp, hộ kinh doanh, cơ sở sản xuất. */
export const PRODUCER_TYPES = [...COOPERATIVE_TYPES, 'dn', 'ho', 'cs'] as const;

export type ProducerType = (typeof PRODUCER_TYPES)[number];

/** Whether a producer is a cooperative (and belongs in the cooperative listings). */
export const isCooperative = (type: ProducerType) => (COOPERATIVE_TYPES as readonly string[]).includes(type);

/** Other names people write for a type (folded to ASCII), read as that type: `Hợp tác xã` → `htx`. */
export const PRODUCER_TYPE_ALIASES: Readonly<Record<string, ProducerType>> = {
  'hop-tac-xa': 'htx',
  'to-hop-tac': 'tht',
  'lien-hiep-hop-tac-xa': 'lhhtx',
  'lien-hiep-htx': 'lhhtx',
  'doanh-nghiep': 'dn',
  'cong-ty': 'dn',
  dntn: 'dn',
  'ho-kinh-doanh': 'ho',
  hkd: 'ho',
  'ho-san-xuat': 'ho',
  'co-so': 'cs',
  'co-so-san-xuat': 'cs',
  cssx: 'cs',
};
