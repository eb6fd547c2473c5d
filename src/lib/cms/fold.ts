/**
 * Reads a value written the way people write it (`HTX`, `Thực phẩm`, `GI`, `4 sao`, `có`) as the
 * option the form offers, by the same value lists and aliases the schema reads. A value that is no
 * option stays as written: the form keeps it, and the check explains it.
 */
import { CERTIFICATION_ALIASES } from '../../schemas/certification-type.ts';
import { LEGACY_OCOP_GROUPS } from '../../schemas/ocop-group.ts';
import { PRODUCER_TYPE_ALIASES } from '../../schemas/producer-type.ts';
import { slugify } from '../slug.ts';

/** Every alias of every value list, folded: no two lists share a key, and a result is only used when it is an option. */
const ALIASES: Readonly<Record<string, string>> = { ...PRODUCER_TYPE_ALIASES, ...LEGACY_OCOP_GROUPS, ...CERTIFICATION_ALIASES };

/** The option `written` means, or `written` itself when it means none. */
export function foldOption(written: string, options: readonly string[]): string {
  const folded = slugify(written);
  const leadingNumber = /^\s*(\d+)/.exec(written)?.[1];
  const candidates = [written.trim(), written.trim().toLowerCase(), folded, ALIASES[folded], leadingNumber];
  return candidates.find((c): c is string => c !== undefined && options.includes(c)) ?? written;
}

/** `true`/`false`, also `có`/`không` as the schema reads them (`yes`, `co`, `khong` …); anything else unchanged. */
export function foldBoolean(written: string): boolean | string {
  const v = slugify(written);
  if (['true', 'yes', 'co'].includes(v)) return true;
  if (['false', 'no', 'khong'].includes(v)) return false;
  return written;
}
