/**
 * Viet Nam's administrative units since 1 July 2025 and before: provinces, communes and wards, and
 * how addresses written in the old form map to today's. Pure TypeScript on data derived from open
 * data (data/README.md); no Astro, no user-facing words.
 */
export { resolveCommune } from './communes.ts';
export type { AmbiguousMatch, CommuneQuery, CommuneResolution, CurrentMatch, FormerMatch, SplitMatch, UnknownMatch } from './communes.ts';
export { parseOldAddress } from './parse-address.ts';
export type { ParsedAddress } from './parse-address.ts';
export { PROVINCES_2025, provinceBySlug, resolveProvince, suggestProvince } from './provinces.ts';
export type { ResolvedProvince } from './provinces.ts';
export type { FormerProvince, Province, Ward } from './units.ts';
