/**
 * Province names as addresses write them, new or pre-2025, on the derived data (units.ts): the API
 * `src/lib/provinces.ts` has always had.
 */
import { slugify } from '../slug.ts';
import { closest } from '../suggest.ts';
import { formerProvinces, provincesByCode, type FormerProvince, type Province } from './units.ts';
import { EXTRA_FORMER_NAMES } from './words.ts';

export type { Province } from './units.ts';

/**
 * The order of Resolution 202/2025/QH15, by code: the 11 units left as they were, then the 23
 * merged ones. Lists show cities first, then provinces, each in this order.
 */
const ORDER = '01 46 12 11 14 20 22 38 40 42 04 08 15 19 25 24 33 31 37 44 48 51 52 56 68 66 79 75 80 92 86 82 96 91'.split(' ');
const ordered = ORDER.map((code) => provincesByCode.get(code)!);

/** All 34, cities first. */
export const PROVINCES_2025: readonly Province[] = [
  ...ordered.filter((p) => p.kind === 'thanh-pho'),
  ...ordered.filter((p) => p.kind === 'tinh'),
];

/** Other spellings people use, by folded slug. */
const ALIASES: Record<string, string> = {
  hcm: 'ho-chi-minh',
  tphcm: 'ho-chi-minh',
  'sai-gon': 'ho-chi-minh',
  hn: 'ha-noi',
  hanoi: 'ha-noi',
  brvt: 'ba-ria-vung-tau',
  'vung-tau': 'ba-ria-vung-tau',
  'ba-ria': 'ba-ria-vung-tau',
  daklak: 'dak-lak',
  'dac-lac': 'dak-lak',
  'dak-lac': 'dak-lak',
  kontum: 'kon-tum',
  'hue-city': 'hue',
};

const PREFIX = /^(tinh|thanh-pho|tp|t-p)-/;

const bySlug = new Map(PROVINCES_2025.map((p) => [p.slug, p]));

/** A former province by a name it was known by, with that name. */
interface Legacy {
  name: string;
  former: FormerProvince;
}

/** Former provinces whose name is not today's, by slug; a former province keeping its name is just today's. */
const legacyBySlug = new Map<string, Legacy>();
for (const former of formerProvinces)
  if (!bySlug.has(slugify(former.name))) legacyBySlug.set(slugify(former.name), { name: former.name, former });
for (const [name, code] of EXTRA_FORMER_NAMES)
  legacyBySlug.set(slugify(name), { name, former: formerProvinces.find((f) => f.code === code)! });

/** Today's-name former provinces, by today's slug (`vinh-long` → the former Vĩnh Long). */
const sameNameFormer = new Map(formerProvinces.filter((f) => bySlug.has(slugify(f.name))).map((f) => [slugify(f.name), f]));

/** The province an address belongs to, and the pre-2025 name if written with one. */
export interface ResolvedProvince {
  /** Today's province. */
  province: Province;
  /** The pre-2025 name, when the address was written with one. */
  legacyName?: string;
}

/** Folds a written name to a lookup key: `Tỉnh Bến Tre` → `ben-tre`, `TP. HCM` → `ho-chi-minh`. */
function key(written: string): string {
  const slug = slugify(written).replace(PREFIX, '');
  return ALIASES[slug] ?? slug;
}

/** The province an address belongs to today, from its new or pre-2025 name. */
export function resolveProvince(written: string): ResolvedProvince | undefined {
  const k = key(written);
  const current = bySlug.get(k);
  if (current) return { province: current };
  const legacy = legacyBySlug.get(k);
  return legacy ? { province: legacy.former.province, legacyName: legacy.name } : undefined;
}

/** The former province a written name means: `Bến Tre`, or the former `Vĩnh Long` for `Vĩnh Long`. */
export function formerProvinceOf(written: string): FormerProvince | undefined {
  const k = key(written);
  return legacyBySlug.get(k)?.former ?? sameNameFormer.get(k);
}

/** The nearest known name, for "did you mean". */
export function suggestProvince(written: string): string | undefined {
  const names = [...PROVINCES_2025.map((p) => p.name), ...[...legacyBySlug.values()].map((l) => l.name)];
  const match = closest(key(written), names.map(slugify));
  return match ? names.find((n) => slugify(n) === match) : undefined;
}

/** A province by its URL slug: `vinh-long`. */
export function provinceBySlug(slug: string): Province | undefined {
  return bySlug.get(slug);
}
