/**
 * Writes the form's values into a file by changing only what changed. A value the form shows and
 * saves unchanged keeps its bytes (comments, quotes, `{ … }` and `[ … ]`, blank template lines, the
 * body); a changed scalar is replaced where it stands; a field whose structure changed (an item
 * added to a list, a sub-field filled in) is written out again as a whole; a new field goes where
 * the schema orders it. Reviewers of the pull request see the lines that changed and no others.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { renderEntries, renderValue } from './render.ts';
import type { ShapeNode } from './shape.ts';
import { bodyOf, restore, splitFile } from './split.ts';
import { isPlainObject, normalised, sameData, toRaw } from './values.ts';

type Data = Record<string, unknown>;
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A key's place in the schema's order; keys the schema does not know come last. */
function rankOf(nodes: readonly ShapeNode[], key: string): number {
  const i = nodes.findIndex((n) => n.key === key);
  return i === -1 ? nodes.length : i;
}

/** Field keys in the schema's order, then any others in the order they came. */
const ordered = (nodes: readonly ShapeNode[], data: Data) => Object.entries(data).sort(([a], [b]) => rankOf(nodes, a) - rankOf(nodes, b));

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

const newFile = (entries: Array<[string, unknown]>, body: string) =>
  `---\n${renderEntries(entries)}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;

/** Where a node's value is written, for edits of it. */
interface Place {
  /** Inside `{ … }` or `[ … ]`: everything stays on one line. */
  flow: boolean;
  yaml: string;
}

/** Writes `after` over the whole of `node`, when it can stand there (see `renderValue`). */
function rewrite(node: Node | null, after: unknown, { flow, yaml }: Place): Edit[] | undefined {
  if (!node?.range || after === undefined) return undefined;
  const [start, valueEnd] = node.range;
  // A block collection's range runs to the next line: the edit stops at its last character.
  const end = start + yaml.slice(start, valueEnd).trimEnd().length;
  const collection = isMap(node) || isSeq(node);
  const blockCollection = collection && !node.flow;
  // A plain value, or a `{ … }`, becomes a collection on one line; a block collection stays block.
  if (blockCollection && typeof after !== 'object') return undefined;
  const column = start - (yaml.lastIndexOf('\n', start - 1) + 1);
  const text = renderValue(after, flow || !blockCollection, column);
  return text === undefined ? undefined : [{ start, end, text: start === end && yaml[start - 1] === ':' ? ` ${text}` : text }];
}

/** Edits that turn `node` (whose value is `before`) into `after`, or undefined when only a rewrite of its entry can. */
function patch(node: Node | null, before: unknown, after: unknown, place: Place): Edit[] | undefined {
  if (isScalar(node) && typeof after === 'string') return rewrite(node, after, place);
  const inner = { ...place, flow: place.flow || ((isMap(node) || isSeq(node)) && !!node.flow) };
  if (isMap(node) && isPlainObject(before) && isPlainObject(after)) {
    const edits: Edit[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (sameData(before[key], after[key])) continue;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const edit = pair && key in after ? patch(pair.value as Node | null, before[key], after[key], inner) : undefined;
      if (!edit) return rewrite(node, after, place);
      edits.push(...edit);
    }
    return edits;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    if (node.items.length !== before.length || before.length !== after.length) return rewrite(node, after, place);
    const edits: Edit[] = [];
    for (const [i, item] of node.items.entries()) {
      if (sameData(before[i], after[i])) continue;
      const edit = patch(item as Node, before[i], after[i], inner);
      if (!edit) return rewrite(node, after, place);
      edits.push(...edit);
    }
    return edits;
  }
  return rewrite(node, after, place);
}

/** Where each top-level entry's lines start and end (trailing blank lines excluded). */
function entrySpans(yaml: string, pairs: readonly Pair[]): Array<{ start: number; end: number }> {
  const lineStart = (offset: number) => yaml.lastIndexOf('\n', offset - 1) + 1;
  return pairs.map((pair) => {
    const start = lineStart((pair.key as Node).range?.[0] ?? 0);
    // The entry runs until the next line that starts at the margin: a key, a comment, the end.
    const next = /\n(?=[^\s])/g;
    next.lastIndex = start;
    const stop = next.exec(yaml)?.index ?? yaml.length;
    let end = stop === yaml.length ? stop : stop + 1;
    while (end > start && /\n\s*\n$/.test(yaml.slice(start, end))) end = yaml.lastIndexOf('\n', end - 2) + 1;
    return { start, end };
  });
}

/**
 * The file `source` (undefined for a new entry) with the form's `values` and `body` written in.
 * Values equal to a field's default are not added to a file that did not write them.
 */
export function saveFile(source: string | undefined, nodes: readonly ShapeNode[], values: Data, body: string): string {
  const file = source === undefined ? undefined : splitFile(source);
  const doc = file ? parseDocument(file.text.slice(file.yamlStart, file.yamlEnd), { schema: 'failsafe' }) : undefined;
  const contents = doc?.contents;
  const before = doc && doc.errors.length === 0 && (contents === null || isMap(contents)) ? ((doc.toJS() ?? {}) as Data) : undefined;
  const after = toRaw(nodes, values);
  for (const node of nodes) {
    const isDefault = node.defaultValue !== undefined && sameData(after[node.key], node.defaultValue);
    if (isDefault && !(before && node.key in before)) delete after[node.key];
  }
  if (!file || !doc || !before) return newFile(ordered(nodes, after), body);

  const yaml = file.text.slice(file.yamlStart, file.yamlEnd);
  const was = normalised(nodes, before);
  const pairs = isMap(contents) ? contents.items : [];
  const spans = entrySpans(yaml, pairs);
  const edits: Edit[] = [];
  pairs.forEach((pair, i) => {
    const key = keyOf(pair);
    const span = spans[i]!;
    if (sameData(was[key], after[key])) return;
    if (!(key in after)) {
      edits.push({ ...span, text: '' });
      return;
    }
    const inPlace = patch(pair.value as Node | null, was[key], after[key], { flow: false, yaml });
    edits.push(...(inPlace ?? [{ ...span, text: renderEntries([[key, after[key]]]) }]));
  });
  const present = new Set(pairs.map(keyOf));
  for (const [key, value] of ordered(nodes, after)) {
    if (present.has(key)) continue;
    // Before the first written field the schema orders after it; at the end when there is none.
    const nextIndex = pairs.findIndex((p) => rankOf(nodes, keyOf(p)) > rankOf(nodes, key));
    const at = nextIndex === -1 ? yaml.length : spans[nextIndex]!.start;
    edits.push({ start: at, end: at, text: (at > 0 && yaml[at - 1] !== '\n' ? '\n' : '') + renderEntries([[key, value]]) });
  }

  const bodyChanged = body.trim() !== bodyOf(file).trim();
  if (edits.length === 0 && !bodyChanged) return source!;
  let text = file.text;
  if (bodyChanged) text = text.slice(0, file.bodyStart) + (body.trim() ? `\n${body.trim()}\n` : '');
  // Latest first, so earlier offsets stay valid: at one offset a rewrite goes before the insertions
  // in front of it, and insertions keep the schema's order.
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let front = yaml;
  for (const e of sorted) front = front.slice(0, e.start) + e.text + front.slice(e.end);
  text = text.slice(0, file.yamlStart) + front + text.slice(file.yamlEnd);
  return restore(text, file);
}
