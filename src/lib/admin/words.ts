/**
 * The Vietnamese this module reads: unit prefixes as the sources write them, and prefixes, labels
 * and look-alike letters as people type them in addresses. Data, not words shown to anyone (those
 * live in src/i18n); kept in this one file so the rest of the module is language-neutral code.
 */

/** The level a name's prefix says: xã, phường, đặc khu, thị trấn (before 2025), huyện (island districts). */
export type UnitKind = 'xa' | 'phuong' | 'dac-khu' | 'thi-tran' | 'huyen';

/** What a part of a one-line address is, by its label. */
export type AddressRole = 'commune' | 'district' | 'city' | 'province' | 'street' | 'country' | 'plain';

/** Unit prefixes as the sources write them, in the order of the derived file's indexes and of UNIT_KINDS. */
export const UNIT_PREFIXES = ['Xã', 'Phường', 'Đặc khu', 'Thị trấn', 'Huyện'] as const;

/** The kind each of UNIT_PREFIXES stands for. */
export const UNIT_KINDS: readonly UnitKind[] = ['xa', 'phuong', 'dac-khu', 'thi-tran', 'huyen'];

/** A province's prefix in the sources, and the one that makes it a centrally-run city. */
export const PROVINCE_PREFIX = /^(Tỉnh|Thành phố)\s+/u;
export const CITY_PREFIX = 'Thành phố ';

/** Former province names the data does not give, with the former code they stand for (Huế was Thừa Thiên Huế until 1 January 2025). */
export const EXTRA_FORMER_NAMES: ReadonlyArray<[name: string, formerCode: string]> = [['Thừa Thiên Huế', '46']];

/** The letter đ, which folds to d but is not a d with a mark. */
export const D_STROKE = 'đ';

/** Letters that look like Đ/đ and get typed for it: Latin eth (U+00D0/U+00F0) and African D (U+0189/U+0256). */
export const LOOKALIKES: ReadonlyArray<[RegExp, string]> = [
  [/[\u00d0\u0189]/g, 'Đ'],
  [/[\u00f0\u0256]/g, 'đ'],
];

/**
 * Commune prefixes as people write them, on lower-case text. Single letters need a dot or a number
 * after them. Written without tones (`xa`, `phuong`) they are only a second guess (keys.ts):
 * `Phương Mai` and `Xà Bang` are names, not `Phường Mai` and `Xã Bang`.
 */
export const COMMUNE_PREFIXES: ReadonlyArray<[RegExp, UnitKind]> = [
  [/^(?:thị trấn|t\.\s*trấn|t\.\s*t\.?|tt\.?)(?=[\s\d.]|$)\s*/, 'thi-tran'],
  [/^đặc khu(?=[\s\d.]|$)\s*/, 'dac-khu'],
  [/^(?:phường(?=[\s\d.]|$)|[pf](?=\.|\s*\d))\.?\s*/, 'phuong'],
  [/^(?:xã(?=[\s\d.]|$)|x(?=\.))\.?\s*/, 'xa'],
  [/^(?:huyện(?=[\s\d.]|$)|h(?=\.))\.?\s*/, 'huyen'],
];

/**
 * Labels starting a part of a one-line address, on lower-case text; a letter-only abbreviation
 * needs its dot (or a number: P3, Q1). Read with tones, since many names start like a label without
 * them (`Quan Sơn`, `Tịnh Biên`, `Phương Mai`). Street words that also start unit names (`Bản`,
 * `Sóc`, `Làng`, `Buôn`, `Đội`) are left out: such a part is read by its position.
 */
export const ADDRESS_LABELS: ReadonlyArray<[RegExp, AddressRole]> = [
  [/^(?:việt nam|vietnam|vn)$/, 'country'],
  [/^(?:thị xã|tx\.?|t\.x\.)(?=[\s\d]|$|(?<=\.))\s*/, 'district'],
  [/^(?:thị trấn|tt\.?|t\.t\.?|xã|x\.|phường|p\.|p(?=\d)|f\.?(?=\s*\d)|đặc khu)(?=[\s\d]|$|(?<=\.))\s*/, 'commune'],
  [/^(?:huyện|h\.|quận|q\.|q(?=\d))(?=[\s\d]|$|(?<=\.))\s*/, 'district'],
  [/^(?:thành phố|tp\.?|t\.p\.)(?=[\s\d]|$|(?<=\.))\s*/, 'city'],
  [/^tỉnh(?=\s|$)\s*/, 'province'],
  [/^(?:\d|(?:số|đường|ấp|thôn|xóm|khóm|tổ|tổ dân phố|khu phố|kp|ngõ|ngách|hẻm|quốc lộ|ql)(?=[\s\d.]|$))/, 'street'],
];

/** Labels that start a new part inside one (one or two words), written out with tones or abbreviated with a dot. */
export const INNER_LABEL = /^(?:thị trấn|đặc khu|thị xã|thành phố|xã|phường|huyện|quận|tỉnh|tx\.|tp\.|tt\.|[hqpx]\.)$/;

/** `xã` ending a longer word group rather than starting a commune: `thị xã`, `hợp tác xã`. */
export const XA_INSIDE = { before: /^(thị|tác)$/i, word: /^xã$/i };
