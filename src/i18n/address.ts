/**
 * Addresses in their two forms. Before 1 July 2025 an address had a district and one of 63
 * provinces; after, a commune and one of 34 provinces. People know places by both, so the page shows
 * the address as the cooperative wrote it and, when it uses a pre-2025 unit, what it is part of now.
 */
import type { Address } from '../schemas/address.ts';
import { resolveProvince } from '../lib/provinces.ts';

export interface AddressLines {
  /** The address as written, with the province's administrative prefix. */
  main: string;
  /** `tỉnh Tuyên Quang` when the address names a pre-2025 province. */
  nowPartOf: string | undefined;
  /** The pre-2025 district of an address otherwise written in the new form. */
  formerDistrict: string | undefined;
}

export function provinceWithPrefix(name: string, kind: 'tinh' | 'thanh-pho'): string {
  return `${kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${name}`;
}

export function addressLines(address: Address): AddressLines {
  const resolved = resolveProvince(address.province);
  const provinceText = resolved
    ? resolved.legacyName
      ? provinceWithPrefix(resolved.legacyName, 'tinh')
      : provinceWithPrefix(resolved.province.name, resolved.province.kind)
    : address.province;
  const legacy = resolved?.legacyName !== undefined;
  const parts = [address.street, address.commune, legacy ? address.district : undefined, provinceText].filter((p): p is string => !!p);
  return {
    main: parts.join(', '),
    nowPartOf: resolved?.legacyName ? provinceWithPrefix(resolved.province.name, resolved.province.kind) : undefined,
    formerDistrict: !legacy && address.district ? address.district : undefined,
  };
}

/** Short place name for cards: `Vị Xuyên, Tuyên Quang` style, using today's province. */
export function shortPlace(address: Address): string {
  const resolved = resolveProvince(address.province);
  return resolved ? resolved.province.name : address.province;
}
