/**
 * The shape of `data/units-2025.json`, written by scripts/admin-data.ts and read by units.ts.
 *
 * Records are short tuples and each province's wards (or each former province's communes) one
 * string, `|`-separated, so the file stays near 250 KB and Prettier leaves it as written: arrays of
 * ten thousand small tuples would be laid out one per line with indentation, half as big again.
 */
import { UNIT_PREFIXES } from './words.ts';

/** Province kind as the project names it. */
export type ProvinceKind = 'tinh' | 'thanh-pho';

/** The derived file. Codes are the General Statistics Office's, as numbers (`1` is `01`, `4` is `00004`). */
export interface AdminData {
  /** Where it comes from and how it is made. */
  about: string;
  /** Unit prefixes by index: `Xã`, `Phường`, `Đặc khu`, `Thị trấn`, `Huyện`. */
  prefixes: string[];
  /** The 34 provinces: code, name, full name, kind. Sorted by code. */
  provinces: Array<[code: number, name: string, fullName: string, kind: ProvinceKind]>;
  /** Today's wards by two-digit province code: `code:prefix:name|…`, sorted by code. */
  wards: Record<string, string>;
  /** The 63 former provinces: code, name, full name, code of the province it is part of now. */
  former: Array<[code: number, name: string, fullName: string, now: number]>;
  /** Each former province's communes by its two-digit code: `prefix:name:wardCode,wardCode|…`, in their former code order. */
  communes: Record<string, string>;
}

/** The prefixes, by the index the file uses. Order is part of the format. */
export const PREFIXES = UNIT_PREFIXES;

/** Characters that separate fields and records; the generator refuses a name containing one. */
export const SEPARATORS = /[|:,]/;

/** One ward record. */
export interface WardRecord {
  /** GSO code as a number. */
  code: number;
  /** Index into PREFIXES. */
  prefix: number;
  /** Name without prefix. */
  name: string;
}

/** One former commune record. */
export interface CommuneRecord {
  /** Index into PREFIXES. */
  prefix: number;
  /** Name without prefix. */
  name: string;
  /** Today's ward(s) it became part of; more than one when it was split. */
  wards: number[];
}

/** `4:1:Ba Đình`. */
export function encodeWard(w: WardRecord): string {
  return `${w.code}:${w.prefix}:${w.name}`;
}

/** `1:Cống Vị:8,25`. */
export function encodeCommune(c: CommuneRecord): string {
  return `${c.prefix}:${c.name}:${c.wards.join(',')}`;
}

/** Reads a `|`-separated list of ward records. */
export function decodeWards(list: string): WardRecord[] {
  return list.split('|').map((record) => {
    const [code, prefix, name] = record.split(':');
    return { code: Number(code), prefix: Number(prefix), name: name! };
  });
}

/** Reads a `|`-separated list of commune records. */
export function decodeCommunes(list: string): CommuneRecord[] {
  return list.split('|').map((record) => {
    const [prefix, name, wards] = record.split(':');
    return { prefix: Number(prefix), name: name!, wards: wards!.split(',').map(Number) };
  });
}

/** `1` → `01`, `4` → `00004`. */
export function padCode(code: number, digits: 2 | 5): string {
  return String(code).padStart(digits, '0');
}

/**
 * The file's text, laid out the way Prettier lays out JSON (one record per line, short records on
 * one line), so `prettier --check .` passes and a changed ward is a changed line.
 */
export function serialiseAdminData(data: AdminData): string {
  const j = (tuple: ReadonlyArray<string | number>) => `[${tuple.map((v) => JSON.stringify(v)).join(', ')}]`;
  const list = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => `[\n${rows.map((r) => `    ${j(r)}`).join(',\n')}\n  ]`;
  const record = (entries: Record<string, string>) =>
    `{\n${Object.entries(entries)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  return [
    '{',
    `  "about": ${JSON.stringify(data.about)},`,
    `  "prefixes": ${j(data.prefixes)},`,
    `  "provinces": ${list(data.provinces)},`,
    `  "wards": ${record(data.wards)},`,
    `  "former": ${list(data.former)},`,
    `  "communes": ${record(data.communes)}`,
    '}',
    '',
  ].join('\n');
}
