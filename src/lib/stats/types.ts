/**
 * The catalog view the figures read: the pages' own view (`../catalog/view.ts`), whose cooperatives
 * also carry their type and contact. Figures take this shape, not Astro's entries, so they are
 * computed the same way from a hand-made view in the unit tests and from the build's catalog.
 */
import type { CooperativeData } from '../../schemas/cooperative.ts';
import type { CatalogView, CoopEntryLike, CoopView, ProductEntryLike, ProductView } from '../catalog/view.ts';

/** A cooperative entry with the fields the figures, the renewals and the map read. */
export interface StatsCoopEntry extends CoopEntryLike {
  data: CoopEntryLike['data'] & Pick<CooperativeData, 'type' | 'phone' | 'email' | 'zalo' | 'geo'>;
}

/** The catalog view with such cooperatives. */
export type StatsView = CatalogView<ProductEntryLike, StatsCoopEntry>;
/** A product of that view. */
export type StatsProduct = ProductView<ProductEntryLike, StatsCoopEntry>;
/** A cooperative (or other producer) of that view. */
export type StatsCoop = CoopView<ProductEntryLike, StatsCoopEntry>;

/** `part` of `whole` in per cent with one decimal, or null when there is no whole to divide. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
