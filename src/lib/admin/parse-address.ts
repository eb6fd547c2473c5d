/**
 * Splits an address written on one line, the way provinces' spreadsheets hold them, into the
 * fields of a cooperative's address. Best effort, for a person to review:
 *
 *   `Xã Tân Phú, huyện Chợ Lách, tỉnh Bến Tre` → commune `Xã Tân Phú`, district `huyện Chợ Lách`, province `Bến Tre`
 *   `huyện Châu Phú (xã Khánh Hòa)`             → district `huyện Châu Phú`, commune `xã Khánh Hòa`
 *   `Ấp 3, xã Mỹ Hòa, TX. Bình Minh, Vĩnh Long` → street `Ấp 3`, commune, district `TX. Bình Minh`, province `Vĩnh Long`
 *
 * Parts are separated by commas, semicolons, line breaks and brackets, or start with a written-out
 * label (`xã`, `huyện`, `tỉnh`…) inside one part. A part is read by its label: commune (xã, phường,
 * thị trấn, đặc khu, X., P., TT.), district (huyện, quận, thị xã, H., Q., TX.), province (tỉnh),
 * street (số, đường, ấp, thôn, xóm, khóm, tổ, khu phố…, or a house number); see words.ts. `thành phố`/`TP.`
 * is the province when it is one of the 63 or 34 and comes last, else a district. The last part
 * is the province when labelled `tỉnh` or a province's name; a sheet that leaves the province to its
 * own column gives none. Unlabelled parts go by position, street → commune → district.
 * Commune and district keep their label as written; the province is given without it.
 */
import { foldVietnamese } from '../slug.ts';
import { resolveProvince } from './provinces.ts';
import { ADDRESS_LABELS, INNER_LABEL, XA_INSIDE, type AddressRole } from './words.ts';

/** The fields found; each absent when the text does not say. */
export interface ParsedAddress {
  /** House number, street, hamlet: `Ấp 3`. */
  street?: string;
  /** As written, with its label: `xã Mỹ Hòa`. */
  commune?: string;
  /** As written, with its label: `TX. Bình Minh`. */
  district?: string;
  /** Without its label: `Vĩnh Long`. */
  province?: string;
}

/** The same labels without tones, for parts typed without any accent. */
const FOLDED_LABELS = ADDRESS_LABELS.map(([pattern, role]): [RegExp, AddressRole] => [new RegExp(foldVietnamese(pattern.source)), role]);

/** Lower case (and folded, if asked), keeping every character's index. */
function shadow(text: string, fold: boolean): string {
  return text.replace(/./gsu, (ch) => {
    const lower = (fold ? foldVietnamese(ch) : ch).toLowerCase();
    return lower.length === ch.length ? lower : ch;
  });
}

/** Splits `xã Tân Phú huyện Chợ Lách` before `huyện`, but not `Phường Phường Đúc` or `Xã Tân Xã`. */
function splitInner(part: string): string[] {
  const words = part.split(' ');
  const label = (i: number) =>
    INNER_LABEL.test(`${words[i]} ${words[i + 1]}`.toLowerCase()) ? 2 : INNER_LABEL.test(words[i]!.toLowerCase()) ? 1 : 0;
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    const length = label(i);
    const named = i > start + label(start) && i + length < words.length && label(i + length) === 0;
    const insideLabel = XA_INSIDE.before.test(words[i - 1]!) && XA_INSIDE.word.test(words[i]!);
    if (length && named && !insideLabel) {
      parts.push(words.slice(start, i).join(' '));
      start = i;
    }
  }
  return [...parts, words.slice(start).join(' ')];
}

/** A part's role and its text without the label. */
function classify(part: string): { role: AddressRole; text: string; bare: string } {
  const untoned = foldVietnamese(part) === part;
  const lower = shadow(part, untoned);
  for (const [pattern, role] of untoned ? FOLDED_LABELS : ADDRESS_LABELS) {
    const match = pattern.exec(lower);
    if (match) return { role, text: part, bare: part.slice(match[0].length).trim() };
  }
  return { role: 'plain', text: part, bare: part };
}

type Part = ReturnType<typeof classify>;

/** The province, if the last part names one: labelled `tỉnh`, or a province's name, old or new (`Bến Tre`, `TP.HCM`). */
function provinceOf(parts: readonly Part[]): string | undefined {
  const last = parts.at(-1);
  if (last?.role === 'province') return last.bare;
  return (last?.role === 'city' || last?.role === 'plain') && resolveProvince(last.text) ? last.bare : undefined;
}

/** Pulls street, commune, district and province out of a one-line address. */
export function parseOldAddress(text: string): ParsedAddress {
  const parts = text
    .normalize('NFC')
    .split(/[,;()[\]\n\r]+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap(splitInner)
    .map(classify)
    .filter((p) => p.role !== 'country' && p.bare);
  const province = provinceOf(parts);
  if (province !== undefined) parts.pop();

  const used = new Set<number>();
  const take = (i: number | undefined) => (i === undefined || i < 0 ? undefined : (used.add(i), parts[i]!.text));
  const communeAt = parts.findLastIndex((p) => p.role === 'commune');
  const districtAt = parts.findLastIndex((p) => p.role === 'district' || p.role === 'city');
  let commune = take(communeAt);
  let district = take(districtAt);
  const plain = parts.flatMap((p, i) => (p.role === 'plain' ? [i] : []));
  if (commune === undefined) {
    // Unlabelled, by position: the commune comes before the district; with neither labelled, the last two are commune, district.
    const before = plain.filter((i) => districtAt < 0 || i < districtAt);
    if (district === undefined && before.length >= 2) district = take(before.pop());
    commune = take(before.pop());
  } else if (district === undefined) {
    district = take(plain.find((i) => i > communeAt));
  }
  // Everything else (hamlet, house number, a second commune-like part) stays as street, in order.
  const street = parts.filter((_, i) => !used.has(i)).map((p) => p.text);
  const result: ParsedAddress = {};
  if (street.length) result.street = street.join(', ');
  if (commune !== undefined) result.commune = commune;
  if (district !== undefined) result.district = district;
  if (province !== undefined) result.province = province;
  return result;
}
