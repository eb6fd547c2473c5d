/**
 * Products by OCOP group and by their OCOP recognition on the build date. Only a current
 * recognition (valid, or expiring within 90 days) counts at its star level, as on the star
 * listings; an expired one, or one whose decision date is not known, is counted apart.
 */
import { OCOP_GROUPS, type OcopGroup } from '../../schemas/ocop-group.ts';
import { STAR_LEVELS, type Stars } from '../../schemas/ocop-stars.ts';
import type { StatsProduct, StatsView } from './types.ts';

/** A product's OCOP standing: a current star level, or why it has none. */
export type OcopStanding = Stars | 'expired' | 'dateUnknown' | 'none';

/** The standings in the order charts show them: 5★, 4★, 3★, expired, date unknown, none. */
export const OCOP_STANDINGS: readonly OcopStanding[] = [...STAR_LEVELS, 'expired', 'dateUnknown', 'none'];

export interface ProductFigures {
  total: number;
  /** Every group, in `OCOP_GROUPS` order, empty ones included. */
  byGroup: Array<{ group: OcopGroup; count: number }>;
  /** Every standing, in `OCOP_STANDINGS` order. */
  byOcop: Array<{ standing: OcopStanding; count: number }>;
}

/** Where a product stands on the build date; the same rule as `currentStars` in the view. */
export function ocopStanding(product: StatsProduct): OcopStanding {
  if (product.currentStars) return product.currentStars;
  if (!product.ocop) return 'none';
  return product.ocop.status === 'expired' ? 'expired' : 'dateUnknown';
}

export function productFigures(view: StatsView): ProductFigures {
  const standings = view.products.map(ocopStanding);
  return {
    total: view.products.length,
    byGroup: OCOP_GROUPS.map((group) => ({ group, count: view.byGroup.get(group)?.length ?? 0 })),
    byOcop: OCOP_STANDINGS.map((standing) => ({ standing, count: standings.filter((s) => s === standing).length })),
  };
}
