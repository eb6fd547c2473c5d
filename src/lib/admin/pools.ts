/**
 * Where resolveCommune looks: today's wards of a province, the former communes of one former
 * province, or of all those merged into a province; each indexed by both name keys on first use.
 */
import type { NameKeys, UnitKind, WrittenName } from './keys.ts';
import { formerProvinceOf } from './provinces.ts';
import { formerProvinces, loadUnits, type FormerCommune, type IndexedWard, type Province } from './units.ts';

/** A list of places to look in, today's wards or former communes, with its units by both keys. */
export type Pool = ({ kind: 'wards'; items: readonly IndexedWard[] } | { kind: 'communes'; items: readonly FormerCommune[] }) & {
  index: Record<keyof NameKeys, Map<string, PoolItem[]>>;
};

/** A unit in a pool. */
export type PoolItem = IndexedWard | FormerCommune;

/** A unit's level. */
function kindOf(item: PoolItem): UnitKind {
  return 'ward' in item ? item.ward.kind : item.kind;
}

const pools = new Map<string, Pool>();

/** A pool, indexed on first use: about 13,000 names in all, once. */
function pool(id: string, make: () => Omit<Pool, 'index'>): Pool {
  let found = pools.get(id);
  if (!found) {
    const made = make();
    const index: Pool['index'] = { spelling: new Map(), folded: new Map() };
    for (const item of made.items) {
      for (const key of ['spelling', 'folded'] as const) {
        const list = index[key].get(item[key]);
        if (list) list.push(item);
        else index[key].set(item[key], [item]);
      }
    }
    found = { ...made, index } as Pool;
    pools.set(id, found);
  }
  return found;
}

/**
 * Where to look, as tiers searched in order; the pools of one tier count alike. A pre-2025 province
 * (`Bến Tre`) points to its former communes, then today's wards. Today's province points to its
 * wards, then the former communes merged into it; when the address also names a former district it
 * is in the old form, so both count alike (`Xã Hải Lạng, huyện Tiên Yên` may be today's Hải Lạng or
 * the former one, now split three ways).
 */
export function poolsFor(province: Province, written: string, legacy: boolean, oldForm: boolean): Pool[][] {
  const { wards, communes } = loadUnits();
  const today = pool(`wards ${province.slug}`, () => ({ kind: 'wards', items: wards.get(province.slug)! }));
  if (legacy) {
    const code = formerProvinceOf(written)!.code;
    return [[pool(`former ${code}`, () => ({ kind: 'communes', items: communes.get(code)! }))], [today]];
  }
  const merged = pool(`merged ${province.slug}`, () => ({
    kind: 'communes',
    items: formerProvinces.filter((f) => f.province === province).flatMap((f) => communes.get(f.code)!),
  }));
  return oldForm ? [[today, merged]] : [[today], [merged]];
}

/** Units of a pool whose key equals the reading's, with a prefix that agrees when asked. */
export function find(pool: Pool, reading: WrittenName, key: keyof NameKeys, samePrefix: boolean): PoolItem[] {
  const hits = pool.index[key].get(reading[key]) ?? [];
  return samePrefix && reading.kind ? hits.filter((item) => kindOf(item) === reading.kind) : hits;
}
