/**
 * Viet Nam's 34 provinces and centrally-run cities since 1 July 2025 (Resolution 202/2025/QH15),
 * and the 63 earlier names that addresses written before then still use.
 *
 * A cooperative may write `Bến Tre` (its address before the merger) or `Vĩnh Long` (after): both
 * list it under Vĩnh Long, and the old name is still shown so people recognise it.
 */
import { slugify } from './slug.ts';
import { closest } from './suggest.ts';

export interface Province {
  /** URL key, e.g. `vinh-long`. */
  slug: string;
  /** Name without the administrative prefix, e.g. `Vĩnh Long`. */
  name: string;
  /** `thanh-pho` for the six centrally-run cities. */
  kind: 'tinh' | 'thanh-pho';
}

const CITIES = ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'];
const PROVINCES = [
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];

/** All 34, cities first. */
export const PROVINCES_2025: readonly Province[] = [
  ...CITIES.map((name) => ({ slug: slugify(name), name, kind: 'thanh-pho' as const })),
  ...PROVINCES.map((name) => ({ slug: slugify(name), name, kind: 'tinh' as const })),
];

/** Names in use before 1 July 2025 that were merged into another unit, by the new unit's name. */
const MERGED_INTO: Record<string, string[]> = {
  'Tuyên Quang': ['Hà Giang'],
  'Lào Cai': ['Yên Bái'],
  'Thái Nguyên': ['Bắc Kạn'],
  'Phú Thọ': ['Vĩnh Phúc', 'Hòa Bình'],
  'Bắc Ninh': ['Bắc Giang'],
  'Hưng Yên': ['Thái Bình'],
  'Hải Phòng': ['Hải Dương'],
  'Ninh Bình': ['Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Bình'],
  'Đà Nẵng': ['Quảng Nam'],
  'Quảng Ngãi': ['Kon Tum'],
  'Gia Lai': ['Bình Định'],
  'Khánh Hòa': ['Ninh Thuận'],
  'Lâm Đồng': ['Đắk Nông', 'Bình Thuận'],
  'Đắk Lắk': ['Phú Yên'],
  'Hồ Chí Minh': ['Bình Dương', 'Bà Rịa - Vũng Tàu'],
  'Đồng Nai': ['Bình Phước'],
  'Tây Ninh': ['Long An'],
  'Cần Thơ': ['Sóc Trăng', 'Hậu Giang'],
  'Vĩnh Long': ['Bến Tre', 'Trà Vinh'],
  'Đồng Tháp': ['Tiền Giang'],
  'Cà Mau': ['Bạc Liêu'],
  'An Giang': ['Kiên Giang'],
  Huế: ['Thừa Thiên Huế'],
};

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
  'dak-nong': 'dak-nong',
  kontum: 'kon-tum',
  'hue-city': 'hue',
};

const PREFIX = /^(tinh|thanh-pho|tp|t-p)-/;

const bySlug = new Map(PROVINCES_2025.map((p) => [p.slug, p]));
const legacyBySlug = new Map<string, { name: string; province: Province }>();
for (const [newName, oldNames] of Object.entries(MERGED_INTO)) {
  const province = bySlug.get(slugify(newName))!;
  for (const name of oldNames) legacyBySlug.set(slugify(name), { name, province });
}

export interface ResolvedProvince {
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
  return legacy ? { province: legacy.province, legacyName: legacy.name } : undefined;
}

/** The nearest known name, for "did you mean". */
export function suggestProvince(written: string): string | undefined {
  const names = [...PROVINCES_2025.map((p) => p.name), ...[...legacyBySlug.values()].map((l) => l.name)];
  const match = closest(key(written), names.map(slugify));
  return match ? names.find((n) => slugify(n) === match) : undefined;
}

export function provinceBySlug(slug: string): Province | undefined {
  return bySlug.get(slug);
}
