/**
 * A listing that already has its file: what its `ocop` becomes (recognition.ts) and the file's new
 * text, edited in place (yaml-edit.ts). Messages about what only a new file gets (a proposed
 * group) are dropped: the file's group is the cooperative's, and a re-import does not ask again.
 */
import { readFileSync } from 'node:fs';
import type { Listing } from './listing.ts';
import { mergeOcop, OCOP_FIELDS, sheetOcop } from './recognition.ts';
import type { RowStatus } from './report.ts';
import type { RowMessage } from './types.ts';
import { readOcop, setOcop } from './yaml-edit.ts';

/** The outcome for an existing file: its status, the new text when updated, the row's messages. */
export interface Update {
  status: Exclude<RowStatus, 'created'>;
  /** The file's new content, when `updated`. */
  text?: string | undefined;
  messages: RowMessage[];
}

const GROUP_MESSAGES = new Set(['person.groupGuessed', 'person.groupDefault', 'person.groupUnknown']);

/** Updates the `ocop` of `file` from the listing; `unknown` is how `issuedOn` says "not known". */
export function updateProduct(file: string, listing: Listing, messages: readonly RowMessage[], unknown: string): Update {
  let kept = messages.filter((m) => !GROUP_MESSAGES.has(m.key));
  const source = readFileSync(file, 'utf8');
  const current = readOcop(source);
  if (current === undefined) return { status: 'skipped', messages: [...kept, { key: 'skip.unreadable', params: { file } }] };
  const { ocop, keptDate } = mergeOcop(current ?? undefined, sheetOcop(listing.recognition, unknown));
  // The file knows the day: the sheet's vaguer date is no news for a person.
  if (keptDate)
    kept = [...kept.filter((m) => !m.key.startsWith('person.date')), { key: 'info.keptDate', params: { date: current?.issuedOn } }];
  if (OCOP_FIELDS.every((f) => (current?.[f] ?? '') === (ocop[f] ?? ''))) return { status: 'unchanged', messages: kept };
  const text = setOcop(source, ocop);
  if (text === undefined) return { status: 'skipped', messages: [...kept, { key: 'skip.unreadable', params: { file } }] };
  return { status: 'updated', text, messages: kept };
}
