/**
 * The check's warning for a commune that is not on the official list of its province, in today's
 * form or the pre-2025 one (`resolveCommune`), with the nearest name. A warning, not an error: a
 * cooperative's papers may be older or newer than the list the project carries, and the page still
 * shows the address as written.
 */
import { resolveCommune } from '../admin/index.ts';
import type { ParsedSource } from '../content/frontmatter.ts';
import { makeIssue, type Issue } from '../content/issues.ts';
import type { Address } from '../../schemas/address.ts';

export function checkCommune(address: Address, { source, relFile }: { source: ParsedSource; relFile: string }): Issue[] {
  const query = { province: address.province, commune: address.commune, ...(address.district ? { district: address.district } : {}) };
  const found = resolveCommune(query);
  // An unknown province is the schema's error already.
  if (found.status !== 'unknown' || found.field !== 'commune') return [];
  return [
    makeIssue('warning', relFile, source.locate(['address', 'commune']), 'address.commune', 'commune.unknown', {
      value: address.commune,
      province: address.province,
      suggestion: found.suggestion,
    }),
  ];
}
