/**
 * Which ward an address's commune is today, from the new or the pre-2025 form.
 *
 * Looks in the places the address points to, most specific first: for a pre-2025 province
 * (`Bến Tre`), its former communes, then today's wards of the province it is part of; for today's
 * province (`Vĩnh Long`), its wards, then the former communes of every province merged into it
 * (both at once when a former district is given: the address is then in the old form).
 * Within those, a name spelt with its tones beats one matched without, and one whose prefix agrees
 * (`Thị trấn` vs `Xã`) beats one whose prefix does not. When several units of one name remain and
 * the data cannot settle it (it has no districts), the answer is `ambiguous`, never a guess.
 */
import { readWritten, type NameKeys } from './keys.ts';
import { find, poolsFor, type PoolItem } from './pools.ts';
import { resolveProvince, suggestProvince } from './provinces.ts';
import { suggestCommune } from './suggest-commune.ts';
import type { FormerCommune, Province, Ward } from './units.ts';

/** The commune is one of today's wards of today's province. */
export interface CurrentMatch {
  status: 'current';
  /** Today's province. */
  province: Province;
  /** The ward. */
  ward: Ward;
}

/** A former commune, now (part of) one ward. */
export interface FormerMatch {
  status: 'former';
  /** The ward's province. */
  province: Province;
  /** The ward it became part of. */
  ward: Ward;
  /** The former province, without prefix: `Bến Tre`. */
  formerProvince: string;
  /** The former commune with prefix: `Xã Định Thủy`. */
  formerCommune: string;
}

/** A former commune split between several wards: which one depends on where in it the address is. */
export interface SplitMatch {
  status: 'split';
  /** The wards' province. */
  province: Province;
  /** Every ward part of it went to. */
  candidates: Ward[];
  /** The former province, without prefix. */
  formerProvince: string;
  /** The former commune with prefix. */
  formerCommune: string;
}

/** Several units fit equally well. */
export interface AmbiguousMatch {
  status: 'ambiguous';
  /** Each unit that fits. */
  candidates: Array<CurrentMatch | FormerMatch | SplitMatch>;
}

/** Nothing fits. */
export interface UnknownMatch {
  status: 'unknown';
  /** Which part of the address was not found. */
  field: 'province' | 'commune';
  /** The nearest known name (`Xã Định Thủy`, `Bến Tre`), if one is near enough. */
  suggestion?: string;
}

/** What `resolveCommune` answers. */
export type CommuneResolution = CurrentMatch | FormerMatch | SplitMatch | AmbiguousMatch | UnknownMatch;

/** The address parts `resolveCommune` reads. */
export interface CommuneQuery {
  /** Province, today's or pre-2025. */
  province: string;
  /** Commune or ward as written, with or without its prefix. */
  commune: string;
  /**
   * Former district. The data has no districts, so it cannot pick between communes of one name;
   * it marks the address as old-form, and stands for the commune of island districts, which had none.
   */
  district?: string;
}

/** The four ways a name may match, tried in order. */
const PASSES: ReadonlyArray<[key: keyof NameKeys, samePrefix: boolean]> = [
  ['spelling', true],
  ['folded', true],
  ['spelling', false],
  ['folded', false],
];

/** The answer for one former commune. */
function fromCommune(c: FormerCommune): FormerMatch | SplitMatch {
  const common = { province: c.wards[0]!.province, formerProvince: c.formerProvince.name, formerCommune: c.fullName };
  return c.wards.length === 1 ? { status: 'former', ward: c.wards[0]!, ...common } : { status: 'split', candidates: c.wards, ...common };
}

/**
 * Turns the units one pass found into an answer. Former communes that became the same ward(s) are
 * one candidate, and one that became just a ward also found by today's name adds nothing to it.
 */
function answer(hits: readonly PoolItem[]): CommuneResolution {
  const current = hits.flatMap((h) =>
    'ward' in h ? [{ status: 'current', province: h.ward.province, ward: h.ward } as CurrentMatch] : [],
  );
  const wardsOf = (c: FormerCommune) => c.wards.map((w) => w.code).join(',');
  const communes = hits
    .filter((h): h is FormerCommune => !('ward' in h))
    .filter((c, i, all) => all.findIndex((d) => wardsOf(d) === wardsOf(c)) === i)
    .filter((c) => !current.some((m) => m.ward.code === wardsOf(c)));
  const candidates = [...current, ...communes.map(fromCommune)];
  return candidates.length === 1 ? candidates[0]! : { status: 'ambiguous', candidates };
}

/** Finds a commune or ward, new or pre-2025, in a province written either way. */
export function resolveCommune(query: CommuneQuery): CommuneResolution {
  const resolved = resolveProvince(query.province);
  if (!resolved) {
    const suggestion = suggestProvince(query.province);
    return suggestion ? { status: 'unknown', field: 'province', suggestion } : { status: 'unknown', field: 'province' };
  }
  const written = query.commune.trim() || query.district?.trim() || '';
  const readings = readWritten(written);
  const oldForm = !!query.district?.trim() && !!query.commune.trim();
  const tiers = poolsFor(resolved.province, query.province, resolved.legacyName !== undefined, oldForm);
  for (const reading of readings) {
    for (const [key, samePrefix] of PASSES) {
      if (!samePrefix && !reading.kind) continue;
      for (const tier of tiers) {
        const hits = tier.flatMap((pool) => find(pool, reading, key, samePrefix));
        if (hits.length) return answer(hits);
      }
    }
  }
  // Compare names without their prefix when one was read: `Xã Định Thủyy` is one letter from `Định Thủy`.
  const nearest = readings.find((r) => r.kind) ?? readings[0];
  const suggestion =
    nearest &&
    suggestCommune(
      nearest,
      tiers.flat().flatMap((p): readonly PoolItem[] => p.items),
    );
  return suggestion ? { status: 'unknown', field: 'commune', suggestion } : { status: 'unknown', field: 'commune' };
}
