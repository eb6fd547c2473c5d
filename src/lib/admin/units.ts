/**
 * The derived data as objects: today's provinces and wards, the former provinces and their
 * communes. Provinces are built at import (pages need them); wards and communes on first use.
 */
import raw from './data/units-2025.json' with { type: 'json' };
import { decodeCommunes, decodeWards, padCode, PREFIXES, type AdminData } from './format.ts';
import { nameKeys, type NameKeys, type UnitKind } from './keys.ts';
import { slugify } from '../slug.ts';
import { UNIT_KINDS } from './words.ts';

const data = raw as unknown as AdminData;

/** One of the 34 provinces and centrally-run cities. */
export interface Province {
  /** URL key, e.g. `vinh-long`. */
  slug: string;
  /** Name without the administrative prefix, e.g. `Vĩnh Long`. */
  name: string;
  /** `thanh-pho` for the six centrally-run cities. */
  kind: 'tinh' | 'thanh-pho';
}

/** A commune, ward or special zone since 1 July 2025. */
export interface Ward {
  /** Five-digit GSO code: `28945`. */
  code: string;
  /** Name without prefix: `Đồng Khởi`. */
  name: string;
  /** With prefix: `Xã Đồng Khởi`. */
  fullName: string;
  /** `xa`, `phuong` or `dac-khu`. */
  kind: Extract<UnitKind, 'xa' | 'phuong' | 'dac-khu'>;
  /** The province it is in. */
  province: Province;
}

/** One of the 63 provinces before 1 July 2025. */
export interface FormerProvince {
  /** Name without prefix: `Bến Tre`. */
  name: string;
  /** The province it is part of now. */
  province: Province;
  /** Two-digit code before 2025, the key of its communes. */
  code: string;
}

/** A commune, ward or town before 1 July 2025 (or an island district that had none). */
export interface FormerCommune extends NameKeys {
  /** With prefix: `Xã Định Thủy`. */
  fullName: string;
  /** Its level. */
  kind: UnitKind;
  /** The former province it was in. */
  formerProvince: FormerProvince;
  /** The ward(s) it became part of; several when it was split. */
  wards: Ward[];
}

/**
 * Đồng Nai became a centrally-run city after 1 July 2025 (the units file says `Thành phố Đồng
 * Nai`, the mapping of 1 July says `Tỉnh`). Pages and tests still show six cities; remove this line
 * to follow the data once they are updated.
 */
const KIND_SHOWN: Readonly<Record<string, Province['kind']>> = { '75': 'tinh' };

/** Today's provinces by two-digit code, in code order. */
export const provincesByCode: ReadonlyMap<string, Province> = new Map(
  data.provinces.map(([code, name, , kind]) => [
    padCode(code, 2),
    { slug: slugify(name), name, kind: KIND_SHOWN[padCode(code, 2)] ?? kind },
  ]),
);

/** The 63 former provinces, in code order. */
export const formerProvinces: readonly FormerProvince[] = data.former.map(([code, name, , now]) => ({
  name,
  province: provincesByCode.get(padCode(now, 2))!,
  code: padCode(code, 2),
}));

/** A ward with the keys of its name. */
export interface IndexedWard extends NameKeys {
  /** The ward. */
  ward: Ward;
}

/** Everything below the province, decoded once. */
export interface Units {
  /** Today's wards by province slug, with their keys. */
  wards: ReadonlyMap<string, readonly IndexedWard[]>;
  /** Former communes by former province code. */
  communes: ReadonlyMap<string, readonly FormerCommune[]>;
}

let units: Units | undefined;

/** Decodes wards and communes on first call (about 13,000 records, a few milliseconds). */
export function loadUnits(): Units {
  if (units) return units;
  const wardByCode = new Map<number, Ward>();
  const wards = new Map<string, IndexedWard[]>();
  for (const [code, list] of Object.entries(data.wards)) {
    const province = provincesByCode.get(code)!;
    const records = decodeWards(list).map((w) => {
      const kind = UNIT_KINDS[w.prefix] as Ward['kind'];
      const ward: Ward = { code: padCode(w.code, 5), name: w.name, fullName: `${PREFIXES[w.prefix]} ${w.name}`, kind, province };
      wardByCode.set(w.code, ward);
      return { ward, ...nameKeys(w.name) };
    });
    wards.set(province.slug, records);
  }
  const communes = new Map<string, FormerCommune[]>();
  for (const formerProvince of formerProvinces) {
    const records = decodeCommunes(data.communes[formerProvince.code]!).map((c) => ({
      fullName: `${PREFIXES[c.prefix]} ${c.name}`,
      kind: UNIT_KINDS[c.prefix]!,
      formerProvince,
      wards: c.wards.map((code) => wardByCode.get(code)!),
      ...nameKeys(c.name),
    }));
    communes.set(formerProvince.code, records);
  }
  units = { wards, communes };
  return units;
}
