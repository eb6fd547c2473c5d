/**
 * The fields of a schema as a tree, each with its merged `FieldInfo`: what pages, open data, the
 * template, the guide, the editor's configuration and the tests walk instead of restating fields.
 */
import type { z } from 'zod';
import { fieldInfo, type FieldInfo } from './field-info.ts';

export interface FieldNode {
  key: string;
  /** From the entry's root, e.g. `['ocop', 'stars']`; list items add no segment. */
  path: string[];
  /** Merged info; `kind` is missing only on a field nobody described (a test refuses that). */
  info: Partial<FieldInfo>;
  /** Must be written (not optional, no default). */
  required: boolean;
  /** The value used when none is written, when it is a plain value (`htx`, `false`, `[]`). */
  defaultValue?: unknown;
  /** Sub-fields of an object, or of each item of a list of objects. */
  fields: FieldNode[];
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  defaultValue?: unknown;
};
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Follows wrappers down to the schema that holds the shape, collecting info and optionality on the way. */
function unwrap(schema: z.ZodType): { core: z.ZodType; info: Partial<FieldInfo>; required: boolean; defaultValue?: unknown } {
  const infos: Array<Partial<FieldInfo>> = [];
  let required = true;
  let defaultValue: unknown;
  let node: z.ZodType | undefined = schema;
  for (let depth = 0; node && depth < 30; depth++) {
    const info = fieldInfo.get(node);
    if (info) infos.push(info);
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') required = false;
    if (def.type === 'default' && defaultValue === undefined) defaultValue = def.defaultValue;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type)) node = def.innerType;
    else if (def.type === 'pipe') node = def.in && defOf(def.in).type === 'transform' ? def.out : def.in;
    else break;
  }
  // Outer registrations (a shape's line) win over inner ones (the builder's kind).
  const info = Object.assign({}, ...infos.reverse()) as Partial<FieldInfo>;
  return { core: node ?? schema, info, required, ...(defaultValue === undefined ? {} : { defaultValue }) };
}

/** Sub-fields of an object schema, or of the items of a list of objects. */
function childrenOf(core: z.ZodType, path: string[]): FieldNode[] {
  const def = defOf(core);
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).map(([key, child]) => fieldNode(key, child, [...path, key]));
  if (def.type === 'array' && def.element) return childrenOf(unwrap(def.element).core, path);
  return [];
}

function fieldNode(key: string, schema: z.ZodType, path: string[]): FieldNode {
  const { core, info, required, defaultValue } = unwrap(schema);
  return { key, path, info, required, ...(defaultValue === undefined ? {} : { defaultValue }), fields: childrenOf(core, path) };
}

/** The top-level fields of an entry's schema, in the order the schema lists them. */
export function describeFields(schema: z.ZodType): FieldNode[] {
  return childrenOf(unwrap(schema).core, []);
}

/** Every node of the tree, depth first. */
export function allFields(nodes: readonly FieldNode[]): FieldNode[] {
  return nodes.flatMap((n) => [n, ...allFields(n.fields)]);
}
