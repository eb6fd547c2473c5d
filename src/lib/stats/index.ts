/**
 * The catalog in numbers: what `/thong-ke/` draws and `/thong-ke.json` publishes, computed once
 * from the catalog view with the pages' status rules. Pure: unit-tested on a hand-made view.
 */
import { certificateFigures, type CertificateFigures } from './certificates.ts';
import { goalFigures, type GoalFigures } from './goal.ts';
import { producerFigures, type ProducerFigures } from './producers.ts';
import { productFigures, type ProductFigures } from './products.ts';
import { renewalsDue, type RenewalDue } from './renewals.ts';
import type { StatsView } from './types.ts';

export interface CatalogStats {
  /** The build date every status is computed for. */
  today: string;
  producers: ProducerFigures;
  products: ProductFigures;
  certificates: CertificateFigures;
  goal: GoalFigures;
  /** `/gia-han/`'s list: expiring in the next 180 days or expired in the last 180. */
  renewals: RenewalDue[];
}

/** Once per view: the page, its JSON and the renewal feeds of one build share the figures. */
const computed = new WeakMap<StatsView, CatalogStats>();

export function catalogStats(view: StatsView): CatalogStats {
  const cached = computed.get(view);
  if (cached) return cached;
  const stats: CatalogStats = {
    today: view.today,
    producers: producerFigures(view),
    products: productFigures(view),
    certificates: certificateFigures(view),
    goal: goalFigures(view),
    renewals: renewalsDue(view),
  };
  computed.set(view, stats);
  return stats;
}

export { AGRICULTURAL_GROUPS, type GoalGap } from './goal.ts';
export { OCOP_STANDINGS, type OcopStanding } from './products.ts';
export { STATUS_ORDER } from './certificates.ts';
export { RENEWAL_WINDOW_DAYS, renewalsDue, type RenewalDue } from './renewals.ts';
export type { StatsCoop, StatsCoopEntry, StatsProduct, StatsView } from './types.ts';
