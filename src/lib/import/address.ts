/**
 * A producer's address from a sheet's cells, in today's units. Lists keep the pre-July-2025 form
 * (`huyện Châu Phú (xã Khánh Hòa)`, `Bến Tre`): the one-line address is split with
 * `parseOldAddress`, the commune looked up with `resolveCommune`, and the address written as the
 * contract keeps both forms: `commune` today's ward when it resolves to exactly one, `district` the
 * old district as the sheet gives it, `province` today's province. The former commune and province
 * names go to the cooperative's `tags`, which search reads, so people who know the place by its old
 * name still find it. When the ward is not certain (a commune split between wards, a name several
 * units share, a name not found) the commune stays as written and a person is asked to choose.
 */
import { parseOldAddress, resolveCommune, resolveProvince, suggestProvince } from '../admin/index.ts';
import type { AmbiguousMatch } from '../admin/index.ts';
import { fold } from './cells.ts';
import type { RowMessage } from './types.ts';

/** What the sheet's address cells say, each possibly empty. */
export interface AddressCells {
  /** One-line address: `huyện Châu Phú (xã Khánh Hòa)`. */
  address?: string | undefined;
  /** A commune column. */
  commune?: string | undefined;
  /** A district column. */
  district?: string | undefined;
  /** A province column. */
  province?: string | undefined;
}

/** An address ready for a profile. */
export interface ResolvedAddress {
  /** The profile's `address`. */
  address: { street?: string; commune: string; district?: string; province: string };
  /** Former commune and province names, for the profile's `tags`. */
  formerNames: string[];
  /** The ward's code when it resolved to exactly one, to compare rows of one producer. */
  wardCode?: string;
  /** What a person should check. */
  messages: RowMessage[];
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** How an ambiguous answer's candidates read in a message: `Xã Mỹ Đức (Xã Khánh Hòa, An Giang)`. */
function candidateNames(answer: AmbiguousMatch): string[] {
  return answer.candidates.map((c) => {
    if (c.status === 'current') return `${c.ward.fullName} (${c.province.name})`;
    if (c.status === 'former') return `${c.ward.fullName} (${c.formerCommune}, ${c.formerProvince})`;
    return `${c.formerCommune}, ${c.formerProvince}`;
  });
}

/**
 * Resolves an address; undefined when no province is known (not in the row, not given for the
 * whole sheet), or the province written is no province at all. `placeholder` is the commune written
 * when the sheet gives none, as the schema requires one.
 */
export function resolveAddress(cells: AddressCells, defaultProvince: string | undefined, placeholder: string): ResolvedAddress | undefined {
  const parsed = cells.address ? parseOldAddress(cells.address) : {};
  const commune = cells.commune || parsed.commune;
  const district = cells.district || parsed.district;
  const written = cells.province || parsed.province || defaultProvince;
  if (!written) return undefined;
  const messages: RowMessage[] = [];
  // The province as written (old or new name) decides where the commune is looked for first.
  let lookup = written;
  let province = resolveProvince(written);
  if (!province) {
    const suggestion = suggestProvince(written);
    province = suggestion ? resolveProvince(suggestion) : undefined;
    if (!province || !suggestion) return undefined;
    lookup = suggestion;
    messages.push({ key: 'person.provinceGuessed', params: { written, suggestion } });
  }
  const formerNames = province.legacyName ? [province.legacyName] : [];
  const base = {
    ...(parsed.street ? { street: parsed.street } : {}),
    ...(district ? { district: capitalised(district) } : {}),
  };
  if (!commune) {
    messages.push({ key: 'person.communeMissing', params: { address: cells.address ?? '' } });
    return { address: { ...base, commune: placeholder, province: province.province.name }, formerNames, messages };
  }
  const answer = resolveCommune({ province: lookup, commune, ...(district ? { district } : {}) });
  const asWritten = { ...base, commune: capitalised(commune), province: province.province.name };
  switch (answer.status) {
    case 'current':
      return { address: { ...asWritten, commune: answer.ward.fullName }, formerNames, wardCode: answer.ward.code, messages };
    case 'former': {
      const former = [answer.formerCommune, answer.formerProvince].filter(
        (n) => fold(n) !== fold(answer.ward.fullName) && fold(n) !== fold(answer.province.name),
      );
      return {
        address: { ...asWritten, commune: answer.ward.fullName, province: answer.province.name },
        formerNames: [...new Set([...former, ...formerNames])],
        wardCode: answer.ward.code,
        messages,
      };
    }
    case 'split':
      messages.push({ key: 'person.communeSplit', params: { written: commune, candidates: answer.candidates.map((w) => w.fullName) } });
      return { address: { ...asWritten, commune: answer.formerCommune }, formerNames, messages };
    case 'ambiguous':
      messages.push({ key: 'person.communeAmbiguous', params: { written: commune, candidates: candidateNames(answer) } });
      return { address: asWritten, formerNames, messages };
    default:
      messages.push({ key: 'person.communeUnknown', params: { written: commune, suggestion: answer.suggestion } });
      return { address: asWritten, formerNames, messages };
  }
}
