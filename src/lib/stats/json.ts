/**
 * `/thong-ke.json`: the figures of `/thong-ke/` as open data, with the rules they were computed
 * by, so a province's own tools read the same numbers staff see on the page.
 */
import { EXPIRING_WITHIN_DAYS } from '../certificate-status.ts';
import { COOPERATIVE_TYPES } from '../../schemas/producer-type.ts';
import { absoluteUrl } from '../urls.ts';
import { AGRICULTURAL_GROUPS } from './goal.ts';
import type { CatalogStats } from './index.ts';
import { RENEWAL_WINDOW_DAYS } from './renewals.ts';

/** Rows `[{ <key>, count }]` as `{ [key]: count }`, the shape a reader of open data indexes. */
const record = (rows: ReadonlyArray<readonly [string | number, number]>) => Object.fromEntries(rows.map(([k, n]) => [String(k), n]));

export function statsJson(stats: CatalogStats, site: URL | string) {
  const { producers, products, certificates, goal, renewals } = stats;
  return {
    statusDate: stats.today,
    rules: {
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      renewalWindowDays: RENEWAL_WINDOW_DAYS,
      goal: { producerTypes: COOPERATIVE_TYPES, groups: AGRICULTURAL_GROUPS, minStars: 3, currentOnly: true },
    },
    producers: {
      total: producers.total,
      cooperatives: producers.cooperatives,
      byType: record(producers.byType.map((r) => [r.type, r.count] as const)),
      byProvince: producers.byProvince.map((p) => ({
        province: p.province.slug,
        name: p.province.name,
        producers: p.producers,
        cooperatives: p.cooperatives,
        products: p.products,
        formerNames: p.formerNames,
      })),
    },
    products: {
      total: products.total,
      byGroup: record(products.byGroup.map((r) => [r.group, r.count] as const)),
      byOcop: record(products.byOcop.map((r) => [r.standing, r.count] as const)),
    },
    certificates,
    goal: {
      counted: goal.counted,
      met: goal.met,
      percent: goal.percent,
      notMet: goal.notMet.map(({ coop, gap }) => ({
        id: coop.slug,
        name: coop.entry.data.name,
        url: absoluteUrl(coop.url, site),
        province: coop.province?.province.slug ?? null,
        gap,
      })),
      allCooperatives: goal.allCooperatives,
    },
    renewals: {
      total: renewals.length,
      expired: renewals.filter((r) => r.daysLeft < 0).length,
      due: renewals.map((r) => ({
        product: r.product.id,
        certificate: r.key,
        type: r.certificate.kind,
        validUntil: r.validUntil,
        daysLeft: r.daysLeft,
        status: r.status,
      })),
    },
  };
}
