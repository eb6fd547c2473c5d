/**
 * OCOP star levels: 3, 4 or 5 (5★ is national level), valid 36 months from the decision.
 */

/** Highest first, the order listings and filters show them in. */
export const STAR_LEVELS = [5, 4, 3] as const;

export type Stars = (typeof STAR_LEVELS)[number];

/** Months an OCOP recognition is valid from its decision date. */
export const OCOP_VALID_MONTHS = 36;

export const isStars = (value: unknown): value is Stars => (STAR_LEVELS as readonly unknown[]).includes(value);
