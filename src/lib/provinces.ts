/**
 * Viet Nam's 34 provinces and centrally-run cities since 1 July 2025 (Resolution 202/2025/QH15),
 * and the 63 earlier names that addresses written before then still use.
 *
 * A cooperative may write `Bến Tre` (its address before the merger) or `Vĩnh Long` (after): both
 * list it under Vĩnh Long, and the old name is still shown so people recognise it.
 *
 * Implemented in `admin/` on data derived from open data (admin/data/README.md), together with
 * communes and wards (`resolveCommune`); this module keeps the import path pages have always used.
 */
export { PROVINCES_2025, provinceBySlug, resolveProvince, suggestProvince } from './admin/provinces.ts';
export type { Province, ResolvedProvince } from './admin/provinces.ts';
