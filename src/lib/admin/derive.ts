/**
 * Open data → `data/units-2025.json`: only what lookups need, every name tidied (spelling.ts), the
 * sources' few slips fixed and listed in `notes` for the README. Pure and deterministic: the same
 * sources give the same bytes.
 */
import { encodeCommune, encodeWard, padCode, PREFIXES, SEPARATORS, type AdminData, type CommuneRecord, type WardRecord } from './format.ts';
import { nameKeys } from './keys.ts';
import type { AdminSources, SourceSplit } from './sources.ts';
import { tidyName } from './spelling.ts';
import { CITY_PREFIX, PROVINCE_PREFIX } from './words.ts';

/** The derived data and what was fixed on the way. */
export interface Derived {
  /** The file's content. */
  data: AdminData;
  /** One line per fix or oddity, for the README. */
  notes: string[];
}

const ABOUT = 'Derived by scripts/admin-data.ts from vn-admin-2025 open data (MIT; see LICENSE and README.md). Do not edit by hand.';
const PREFIX = new RegExp(`^(${PREFIXES.join('|')})\\s+(.*)$`, 'iu');

/** Splits `Thị Trấn Ba Chẽ` into the prefix index and the name, noting a prefix not written the usual way. */
function splitPrefix(fullName: string, where: string, notes: string[]): [number, string] {
  const match = PREFIX.exec(fullName);
  if (!match) throw new Error(`${where}: no unit prefix in "${fullName}"`);
  const index = PREFIXES.findIndex((p) => p.toLowerCase() === match[1]!.toLowerCase());
  if (match[1] !== PREFIXES[index]) notes.push(`${where} "${fullName}": prefix written "${match[1]}", read as "${PREFIXES[index]}".`);
  if (SEPARATORS.test(match[2]!)) throw new Error(`${where}: "${fullName}" contains a separator character`);
  return [index, match[2]!];
}

/** Tidies a name, remembering which distinct source strings needed which fix. */
function tidyCounting(raw: string, fixed: Record<'nfc' | 'spaces' | 'tones', Set<string>>): string {
  const tidy = tidyName(raw);
  if (raw !== raw.normalize('NFC')) fixed.nfc.add(raw);
  if (raw !== raw.trim() || /\s{2}/.test(raw)) fixed.spaces.add(raw);
  if (tidy !== raw.normalize('NFC').trim().replace(/\s+/g, ' ')) fixed.tones.add(raw);
  return tidy;
}

/** Derives the lookup data from the three source files. Throws if they disagree in a way it cannot settle. */
export function deriveAdminData(sources: AdminSources): Derived {
  const notes: string[] = [];
  const fixed = { nfc: new Set<string>(), spaces: new Set<string>(), tones: new Set<string>() };
  const tidy = (raw: string) => tidyCounting(raw, fixed);
  const provinces: AdminData['provinces'] = [];
  const wards: AdminData['wards'] = {};
  const wardProvince = new Map<number, number>();
  const wardsByName = new Map<string, number[]>();

  for (const p of [...sources.units].sort((a, b) => a.Code.localeCompare(b.Code))) {
    const code = Number(p.Code);
    const fullName = tidy(p.FullName);
    provinces.push([code, tidy(p.Name), fullName, fullName.startsWith(CITY_PREFIX) ? 'thanh-pho' : 'tinh']);
    const records: WardRecord[] = [];
    for (const w of [...p.Wards].sort((a, b) => a.Code.localeCompare(b.Code))) {
      if (w.ProvinceCode !== p.Code) throw new Error(`ward ${w.Code} lists province ${w.ProvinceCode}, found under ${p.Code}`);
      const [prefix, name] = splitPrefix(tidy(w.FullName), `ward ${w.Code}`, notes);
      if (name !== tidy(w.Name)) throw new Error(`ward ${w.Code}: FullName "${w.FullName}" does not end with Name "${w.Name}"`);
      records.push({ code: Number(w.Code), prefix, name });
      wardProvince.set(Number(w.Code), code);
      const key = `${code}/${prefix}/${nameKeys(name).folded}`;
      wardsByName.set(key, [...(wardsByName.get(key) ?? []), Number(w.Code)]);
    }
    wards[padCode(code, 2)] = records.map(encodeWard).join('|');
  }

  /** A split's ward code in the units file; the two sources number two wards differently, so those are found by name. */
  const remapped = new Map<string, number>();
  const wardCode = (split: SourceSplit, province: number, where: string): number => {
    if (wardProvince.has(Number(split.new_id))) return Number(split.new_id);
    const [prefix, name] = splitPrefix(tidy(split.name), where, []);
    const found = wardsByName.get(`${province}/${prefix}/${nameKeys(name).folded}`) ?? [];
    if (found.length !== 1) throw new Error(`${where}: ward ${split.new_id} "${split.name}" is not in the units file`);
    remapped.set(`${split.new_id} "${tidy(split.name)}"`, found[0]!);
    return found[0]!;
  };

  const former: AdminData['former'] = [];
  const communes: AdminData['communes'] = {};
  const pairs = new Set<string>();
  const used = new Set<number>();
  for (const p of [...sources.oldToNew.data].sort((a, b) => a.level1_id.localeCompare(b.level1_id))) {
    const code = Number(p.level1_id);
    const fullName = tidy(p.name);
    if (p.splits.length !== 1 || !provinces.some(([c]) => c === Number(p.splits[0]!.new_id))) {
      throw new Error(`former province ${p.level1_id} does not map to exactly one of the 34`);
    }
    const now = Number(p.splits[0]!.new_id);
    former.push([code, fullName.replace(PROVINCE_PREFIX, ''), fullName, now]);
    const units = [
      ...[...p.level3s].sort((a, b) => a.level3_id.localeCompare(b.level3_id)).map((u) => ({ id: u.level3_id, ...u })),
      ...[...(p.level2s ?? [])].sort((a, b) => a.level2_id.localeCompare(b.level2_id)).map((u) => ({ id: u.level2_id, ...u })),
    ];
    const records: CommuneRecord[] = units.map((u) => {
      const where = `former ${p.level1_id}/${u.id}`;
      const [prefix, name] = splitPrefix(tidy(u.name), where, notes);
      const codes = [...new Set(u.splits.map((s) => wardCode(s, now, where)))].sort((a, b) => a - b);
      for (const s of u.splits) pairs.add(`${u.id}>${s.new_id}`);
      for (const c of codes) {
        used.add(c);
        if (wardProvince.get(c) !== now)
          notes.push(
            `${where} "${PREFIXES[prefix]} ${name}" (${fullName}) maps to ward ${padCode(c, 5)} of province ${padCode(wardProvince.get(c)!, 2)}, not ${padCode(now, 2)}.`,
          );
      }
      return { prefix, name, wards: codes };
    });
    communes[padCode(code, 2)] = records.map(encodeCommune).join('|');
  }

  crossCheck(sources, pairs);
  for (const p of sources.newFromOld.data) {
    const units = provinces.find(([c]) => c === Number(p.level1_id));
    if (units && units[2] !== tidy(p.name))
      notes.push(`Province ${p.level1_id} is "${units[2]}" in the units file, "${tidy(p.name)}" in the mapping (1 July 2025).`);
  }
  for (const [from, to] of remapped) notes.push(`Ward ${from} (mapping file) is ${padCode(to, 5)} in the units file: matched by name.`);
  for (const [code] of wardProvince) if (!used.has(code)) notes.push(`Ward ${padCode(code, 5)} has no former unit in the mapping.`);
  if (fixed.nfc.size) notes.push(`${fixed.nfc.size} distinct names were not NFC in the source; normalised.`);
  if (fixed.spaces.size) notes.push(`${fixed.spaces.size} distinct names had stray spaces; trimmed.`);
  if (fixed.tones.size)
    notes.push(
      `${fixed.tones.size} distinct names had the tone mark on the second vowel of an open oa/oe/uy; moved to the first (spelling.ts).`,
    );
  return { data: { about: ABOUT, prefixes: [...PREFIXES], provinces, wards, former, communes }, notes };
}

/** The merges file must list exactly the pairs the splits file lists: two views of one mapping. */
function crossCheck(sources: AdminSources, pairs: Set<string>): void {
  const merges = new Set(
    sources.newFromOld.data.flatMap((p) => p.level2s.flatMap((w) => w.merges.map((m) => `${m.old_id}>${w.level2_id}`))),
  );
  const missing = [...pairs].filter((pair) => !merges.has(pair));
  const extra = [...merges].filter((pair) => !pairs.has(pair));
  if (missing.length || extra.length)
    throw new Error(`splits and merges disagree: ${missing.length} and ${extra.length} pairs, e.g. ${[...missing, ...extra][0]}`);
}
