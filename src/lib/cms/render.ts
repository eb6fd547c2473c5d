/**
 * YAML text for values the form wrote, in the style of the project's templates and hints: block
 * maps, lists of plain values on one line (`tags: [mật ong, quà biếu]`), `{ src: …, alt: … }` where
 * one line is needed, no line folding, quotes only where YAML needs them. Written with the failsafe
 * schema the check reads with, so `true`, `2025-01-15` and `0912345678` stay plain text and read
 * back exactly as they were typed.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';

const OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

function block(value: unknown): string {
  const doc = new Document(value, { schema: 'failsafe' });
  visit(doc, {
    Seq(_, seq) {
      if (isSeq(seq) && seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return doc.toString(OPTIONS);
}

/** A value on one line: a scalar quoted as a flow collection needs it, `[a, b]`, `{ a: b }`. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${flowText(k)}: ${flowText(v)}`).join(', ')} }`;
  }
  return block([String(value)])
    .trim()
    .slice(1, -1);
}

/** `key: value` lines for top-level entries, ending with a line end. */
export function renderEntries(entries: ReadonlyArray<readonly [string, unknown]>): string {
  return entries.length === 0 ? '' : block(Object.fromEntries(entries));
}

/**
 * A value as it is written in place of another, without a line end. `flow` keeps it on one line
 * (inside `{ … }` or `[ … ]`, or where a plain value stood); otherwise a collection is written as
 * block lines, the first at the node's place and the others indented by `indent` spaces.
 * Undefined when a value on one line would need several (a block scalar).
 */
export function renderValue(value: unknown, flow: boolean, indent = 0): string | undefined {
  if (flow || !value || typeof value !== 'object') {
    const text = flow ? flowText(value) : block(value).replace(/\n$/, '');
    return text.includes('\n') ? undefined : text;
  }
  return block(value)
    .replace(/\n$/, '')
    .replace(/\n/g, `\n${' '.repeat(indent)}`);
}
