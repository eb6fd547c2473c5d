/**
 * Matches the table with the content: every image the front matter names needs a row, every row
 * must be named by the front matter, and as the kind of image the row says. Pure, so testable.
 */
import { demoImages as w } from '../../src/i18n/scripts.vi.ts';
import { captionFor } from './captions.ts';
import { referenceOfKind, type Reference } from './content.ts';
import type { Drawing, Kind, Row } from './types.ts';

const TABLE = 'scripts/demo-images/table.ts';
const KIND_NAMES: Record<Kind, string> = w.kinds;

/** The drawings to make, in table order, and every disagreement as a message ready to print. */
export function planDrawings(
  rows: ReadonlyArray<[string, Row]>,
  references: ReadonlyMap<string, readonly Reference[]>,
): { drawings: Drawing[]; problems: string[] } {
  const drawings: Drawing[] = [];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const [file, row] of rows) {
    if (listed.has(file)) problems.push(w.twice(file, TABLE));
    listed.add(file);
    const uses = references.get(file) ?? [];
    const reference = referenceOfKind(uses, row.kind);
    if (reference) drawings.push({ ...row, ...captionFor(reference), file });
    else if (uses.length === 0) problems.push(w.unused(file, TABLE));
    else problems.push(w.wrongKind(file, TABLE, KIND_NAMES[row.kind], uses.map((u) => w.usedAs(u.from, KIND_NAMES[u.kind])).join(', ')));
  }
  for (const [file, uses] of [...references].sort(([a], [b]) => a.localeCompare(b))) {
    if (listed.has(file)) continue;
    const from = uses.map((u) => `content/${u.from}`).join(', ');
    problems.push(w.unlisted(file, from, TABLE));
  }
  return { drawings, problems };
}
