/**
 * A file's front matter as the form shows it, and the form's values as a file writes them.
 *
 * Files are read as the check reads them: every scalar a string (YAML's failsafe schema), so
 * `0912345678` keeps its zero and `180.000` stays one hundred and eighty thousand. The form needs
 * booleans for switches, options for selects, `{ src }` for an image written as a path, and a list
 * of one for an optional object it edits that way (`ShapeNode.single`). Writing back undoes each of
 * these and drops what is empty, so a value the form shows unchanged compares equal to the file's.
 * Keys the shape does not know (fields the form does not show) pass through untouched.
 */
import { foldBoolean, foldOption } from './fold.ts';
import type { ShapeNode } from './shape.ts';

type Data = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is Data => !!v && typeof v === 'object' && !Array.isArray(v);

/** Wraps a value the check reads as a list of one (`tags: mật ong`) into that list. */
const asList = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? undefined : [v]);

function shownValue(node: ShapeNode, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  switch (node.kind) {
    case 'boolean':
      return typeof v === 'string' ? foldBoolean(v) : v;
    case 'select':
      return typeof v === 'string' && node.options ? foldOption(v, node.options) : v;
    case 'scalars':
      return asList(v)?.map((item) => (typeof item === 'string' && node.options ? foldOption(item, node.options) : item));
    case 'object': {
      const object = node.image && typeof v === 'string' ? { src: v } : v;
      const shown = isPlainObject(object) ? toShown(node.fields ?? [], object) : object;
      return node.single ? [shown] : shown;
    }
    case 'objects':
      return asList(v)?.map((item) => {
        const object = node.image && typeof item === 'string' ? { src: item } : item;
        return isPlainObject(object) ? toShown(node.fields ?? [], object) : object;
      });
    default:
      return v;
  }
}

/** A file's front matter (failsafe strings) as the form's values. */
export function toShown(nodes: readonly ShapeNode[], data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const node = nodes.find((n) => n.key === key);
    const shown = node ? shownValue(node, value) : value;
    if (shown !== undefined) out[key] = shown;
  }
  return out;
}

/** A relative image path the way the contract writes it: `./images/a.jpg`, not `images/a.jpg`. */
const relativeImage = (src: string) => (/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(src) ? src : `./${src}`);

/** Empty values are not written: a blank line in a file means the same. */
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);

function rawScalar(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  return v;
}

function rawObject(node: ShapeNode, v: unknown): unknown {
  if (!isPlainObject(v)) return rawScalar(v);
  const object = toRaw(node.fields ?? [], v);
  const keys = Object.keys(object);
  if (node.image && typeof object['src'] === 'string') {
    object['src'] = relativeImage(object['src']);
    // An image without its description is written as its path, the shortest form the contract has.
    if (keys.length === 1) return object['src'];
  }
  return object;
}

function rawValue(node: ShapeNode, v: unknown): unknown {
  switch (node.kind) {
    case 'scalars':
      return asList(v)
        ?.map(rawScalar)
        .filter((item) => !isEmpty(item));
    case 'object':
      return rawObject(node, node.single && Array.isArray(v) ? v[0] : v);
    case 'objects':
      return asList(v)
        ?.map((item) => rawObject(node, item))
        .filter((item) => !isEmpty(item));
    default:
      return rawScalar(v);
  }
}

/** The form's values as a file writes them (strings, lists, objects), empty ones left out. */
export function toRaw(nodes: readonly ShapeNode[], data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const node = nodes.find((n) => n.key === key);
    const raw = node ? rawValue(node, value) : value;
    if (!isEmpty(raw)) out[key] = raw;
  }
  return out;
}

/** A file's value as it would be written back after the form showed it unchanged. */
export function normalised(nodes: readonly ShapeNode[], data: Data): Data {
  return toRaw(nodes, toShown(nodes, data));
}

/** Deep equality of plain data (strings, lists, objects). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameData(a[k], b[k]));
  }
  return a === b;
}
