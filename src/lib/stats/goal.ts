/**
 * The provinces' goal: every agricultural cooperative has at least one OCOP product of 3 stars or
 * more, recognised and current on the build date.
 *
 * The catalog has no sector field, so "agricultural" is read from what a cooperative makes: a
 * cooperative (`htx`, `tht`, `lhhtx`; companies and households are not counted) with at least one
 * product in an agri-food OCOP group (food, drinks, herbal products, ornamental plants). One that
 * lists only handicrafts or tourism, or nothing yet, is not counted; the same goal over every
 * cooperative is given beside it. An expired recognition, or one whose decision date is not known,
 * does not count (`currentStars`), exactly as on the star listings.
 */
import { collator } from '../catalog/view.ts';
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import { isCooperative } from '../../schemas/producer-type.ts';
import { percent, type StatsCoop, type StatsView } from './types.ts';

/** The OCOP groups whose products come from farming: food, drinks, herbal products, ornamental plants. */
export const AGRICULTURAL_GROUPS: readonly OcopGroup[] = ['thuc-pham', 'do-uong', 'duoc-lieu', 'sinh-vat-canh'];

/** Why a cooperative does not meet the goal yet, most actionable first. */
export type GoalGap = 'dateUnknown' | 'expired' | 'none';

export interface GoalFigures {
  /** Agricultural cooperatives (see above). */
  counted: number;
  /** Of those, how many have a current OCOP product of 3 stars or more. */
  met: number;
  /** `met` of `counted` in per cent, one decimal; null when none is counted. */
  percent: number | null;
  /** The agricultural cooperatives that do not meet it yet, in Vietnamese alphabetical order. */
  notMet: Array<{ coop: StatsCoop; gap: GoalGap }>;
  /** The same goal over every cooperative, whatever it makes. */
  allCooperatives: { counted: number; met: number; percent: number | null };
}

export const isAgricultural = (coop: StatsCoop) =>
  isCooperative(coop.entry.data.type) && coop.products.some((p) => AGRICULTURAL_GROUPS.includes(p.entry.data.group));

/** Every star level is 3 or more, so any current recognition meets it. */
export const meetsGoal = (coop: StatsCoop) => coop.products.some((p) => (p.currentStars ?? 0) >= 3);

/** A recognition whose date is not known might be current once written; an expired one needs renewing. */
function gap(coop: StatsCoop): GoalGap {
  const statuses = coop.products.flatMap((p) => (p.ocop ? [p.ocop.status] : []));
  if (statuses.includes('undated')) return 'dateUnknown';
  return statuses.includes('expired') ? 'expired' : 'none';
}

export function goalFigures(view: StatsView): GoalFigures {
  const agricultural = view.cooperatives.filter(isAgricultural);
  const met = agricultural.filter(meetsGoal).length;
  const cooperatives = view.cooperatives.filter((c) => isCooperative(c.entry.data.type));
  const allMet = cooperatives.filter(meetsGoal).length;
  return {
    counted: agricultural.length,
    met,
    percent: percent(met, agricultural.length),
    notMet: agricultural
      .filter((c) => !meetsGoal(c))
      .map((coop) => ({ coop, gap: gap(coop) }))
      .sort((a, b) => collator.compare(a.coop.entry.data.name, b.coop.entry.data.name)),
    allCooperatives: { counted: cooperatives.length, met: allMet, percent: percent(allMet, cooperatives.length) },
  };
}
