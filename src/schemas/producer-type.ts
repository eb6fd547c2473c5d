/**
 * Kinds of producer a listing belongs to. The contract's three cooperative forms; labels live in
 * `src/i18n`, this file holds the keys that the schema, messages, guide, filters and editor read.
 */

/** Hợp tác xã (the default), tổ hợp tác, liên hiệp hợp tác xã. */
export const PRODUCER_TYPES = ['htx', 'tht', 'lhhtx'] as const;

export type ProducerType = (typeof PRODUCER_TYPES)[number];
