/**
 * How each field's value travels between its file and the form, derived from the field tree at
 * build time and shipped to the browser with the form's configuration. The front-matter format
 * (`./values.ts`, `./save.ts`) reads it to show a file's values in the form's widgets and to write
 * the form's values back the way the check reads them; it holds no field names of its own.
 */
import type { FieldNode } from '../../schemas/walk.ts';

/** How a value is carried: see `ShapeNode.kind`. */
export type ShapeKind = 'scalar' | 'boolean' | 'select' | 'scalars' | 'object' | 'objects';

export interface ShapeNode {
  key: string;
  /**
   * `scalar` a text, number or date; `boolean` a yes/no switch; `select` one of `options`;
   * `scalars` a list of texts (tags) or of `options` (months); `object` sub-fields; `objects` a list
   * of objects.
   */
  kind: ShapeKind;
  /** The values a select (or a list of them) takes, as written in files. */
  options?: readonly string[];
  /** An optional object with required sub-fields, edited as a list of at most one item. */
  single?: boolean;
  /** An image (or a list of images): `./a.jpg` in a file is `{ src: './a.jpg' }` in the form. */
  image?: boolean;
  /** The value the check uses when none is written, as a file writes it (`htx`, `false`). */
  defaultValue?: string;
  fields?: ShapeNode[];
}

/** Kinds whose value is an object of sub-fields (an image is `{ src, alt }`). */
const OBJECT_KINDS = new Set(['object', 'price', 'geo', 'image']);

/** The shape of one field of the tree. */
export function shapeOf(node: FieldNode): ShapeNode {
  const kind = node.info.kind;
  const base = {
    key: node.key,
    ...(typeof node.defaultValue === 'string' || typeof node.defaultValue === 'boolean' ? { defaultValue: String(node.defaultValue) } : {}),
  };
  const options = node.info.values?.map(String);
  if (kind === 'boolean') return { ...base, kind: 'boolean' };
  if (kind === 'keyword') return { ...base, kind: 'select', ...(options ? { options } : {}) };
  if (kind === 'months') return { ...base, kind: 'scalars', options: Array.from({ length: 12 }, (_, i) => String(i + 1)) };
  if (kind === 'tags') return { ...base, kind: 'scalars' };
  if (kind === 'images') return { ...base, kind: 'objects', image: true, fields: node.fields.map(shapeOf) };
  if (kind === 'list')
    return node.fields.length > 0 ? { ...base, kind: 'objects', fields: node.fields.map(shapeOf) } : { ...base, kind: 'scalars' };
  if ((kind && OBJECT_KINDS.has(kind)) || node.fields.length > 0) {
    const single = !node.required && node.fields.some((f) => f.required);
    return {
      ...base,
      kind: 'object',
      ...(single ? { single } : {}),
      ...(kind === 'image' ? { image: true } : {}),
      fields: node.fields.map(shapeOf),
    };
  }
  return { ...base, kind: 'scalar' };
}

/** The shapes of a collection's top-level fields, in the schema's order. */
export function shapesOf(nodes: readonly FieldNode[]): ShapeNode[] {
  return nodes.map(shapeOf);
}
