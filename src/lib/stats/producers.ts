/**
 * Producers by type and by province. A producer whose address still names a pre-2025 province is
 * counted under today's province, as the listings count it, and the former name is kept beside it
 * (staff report by both while the provinces' own plans still use the old ones).
 */
import { collator } from '../catalog/view.ts';
import type { Province } from '../provinces.ts';
import { PRODUCER_TYPES, isCooperative, type ProducerType } from '../../schemas/producer-type.ts';
import type { StatsView } from './types.ts';

/** One of today's provinces with producers on the site. */
export interface ProvinceFigures {
  province: Province;
  /** Every producer whose address is in it, cooperatives and others. */
  producers: number;
  /** Of those, cooperatives (`htx`, `tht`, `lhhtx`). */
  cooperatives: number;
  /** Published products of those producers. */
  products: number;
  /** Pre-2025 names the addresses were written with, and how many producers wrote each. */
  formerNames: Array<{ name: string; producers: number }>;
}

export interface ProducerFigures {
  total: number;
  cooperatives: number;
  /** Every producer type, in `PRODUCER_TYPES` order, empty ones included. */
  byType: Array<{ type: ProducerType; count: number }>;
  /** Provinces with producers, most producers first, then in Vietnamese alphabetical order. */
  byProvince: ProvinceFigures[];
}

export function producerFigures(view: StatsView): ProducerFigures {
  const count = (type: ProducerType) => view.cooperatives.filter((c) => c.entry.data.type === type).length;
  const byProvince = [...view.byProvince.values()].map(({ province, cooperatives, products }): ProvinceFigures => {
    const former = new Map<string, number>();
    for (const coop of cooperatives) {
      const name = coop.province?.legacyName;
      if (name) former.set(name, (former.get(name) ?? 0) + 1);
    }
    return {
      province,
      producers: cooperatives.length,
      cooperatives: cooperatives.filter((c) => isCooperative(c.entry.data.type)).length,
      products: products.length,
      formerNames: [...former].map(([name, producers]) => ({ name, producers })).sort((a, b) => collator.compare(a.name, b.name)),
    };
  });
  byProvince.sort((a, b) => b.producers - a.producers || collator.compare(a.province.name, b.province.name));
  return {
    total: view.cooperatives.length,
    cooperatives: view.cooperatives.filter((c) => isCooperative(c.entry.data.type)).length,
    byType: PRODUCER_TYPES.map((type) => ({ type, count: count(type) })),
    byProvince,
  };
}
