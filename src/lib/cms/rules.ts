/**
 * What a collection's schema says about a field beyond its kind, read from the schema itself so the
 * form and the check cannot drift apart: its length and number bounds (through Zod's JSON Schema
 * export) and whether it accepts a given value (the schema run on it, for rules a JSON Schema cannot
 * express, such as a link that must be `https`).
 */
import { z } from 'zod';

export interface FieldRules {
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** Whether the field's schema accepts `value` as written in a file. */
  accepts(value: string): boolean;
}

type JsonNode = {
  type?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Follows wrappers (optional, default, preprocess …) down to an object's or a list's schema. */
function container(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let depth = 0; depth < 30; depth++) {
    const def = defOf(node);
    const next = def.innerType ?? (def.type === 'pipe' ? (def.in && defOf(def.in).type === 'transform' ? def.out : def.in) : undefined);
    if (def.type === 'array' && def.element) return container(def.element);
    if (!next) return node;
    node = next;
  }
  return node;
}

/** The schema of the field at `path` as its line writes it (wrappers included), if there is one. */
function schemaAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = root;
  for (const segment of path) node = node && defOf(container(node)).shape?.[segment];
  return node;
}

const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);

/** The rules of each field of `schema`, by path (list items add no segment). */
export function rulesOf(schema: z.ZodType): (path: readonly string[]) => FieldRules {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  return (path) => {
    let node: JsonNode | undefined = json;
    for (const segment of path) {
      while (node?.type === 'array') node = node.items;
      node = node?.properties?.[segment];
    }
    const field = schemaAt(schema, path);
    const rules: FieldRules = { accepts: (value) => !!field?.safeParse(value).success };
    const [maxLength, minimum, maximum] = [node?.maxLength, bound(node?.minimum), bound(node?.maximum)];
    return {
      ...rules,
      ...(maxLength === undefined ? {} : { maxLength }),
      ...(minimum === undefined ? {} : { minimum }),
      ...(maximum === undefined ? {} : { maximum }),
    };
  };
}
