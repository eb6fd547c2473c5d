/**
 * What a field is beyond its type: how it is shown, written out and edited. Every field of every
 * schema is registered here with `described(schema, info)`; its words (label, hint, example,
 * aliases, line of the guide) are in `src/i18n/fields.vi.ts`, whose type requires an entry for
 * every field. Pages, open data, the `npm run new` template, the guide's field tables, the editor's
 * configuration and the check's messages all read these two, so a field is added in one place.
 */
import { z } from 'zod';

/**
 * How a value is written and shown. Decides the page's rendering, the CSV cell, the template line
 * and the editor's widget.
 */
export type FieldKind =
  | 'text'
  | 'keyword'
  | 'integer'
  | 'number'
  | 'year'
  | 'boolean'
  | 'date'
  | 'url'
  | 'phone'
  | 'email'
  | 'zalo'
  | 'image'
  | 'images'
  | 'tags'
  | 'months'
  | 'price'
  | 'geo'
  | 'object'
  | 'list';

export interface FieldInfo {
  kind: FieldKind;
  /** The values a keyword takes (a select in the editor, the list in messages and the guide). */
  values?: readonly (string | number)[];
  /** Listed with its label in the product page's details. */
  details?: boolean;
  /** A column of `catalog.csv` (cells are the value as text). */
  csv?: boolean;
  /** Why it is left out of `catalog.json`; absent means it is written there. */
  notInOpenData?: string;
  /** Why it is not a line of the `npm run new` template; absent means it is. */
  notInTemplate?: string;
}

/**
 * Every described schema's info. The builders of `./fields.ts` and `./contact.ts` register the kind
 * of what they build; a shape adds what is particular to a field (`details`, `csv` …) on its own
 * line. `./walk.ts` merges the two, the outer one winning.
 */
export const fieldInfo = z.registry<Partial<FieldInfo>>();

/** Registers `info` for a schema and returns the schema, for use in a builder or a shape. */
export function described<T extends z.ZodType>(schema: T, info: Partial<FieldInfo>): T {
  // The same instance may be described twice (a builder's kind, then a shape's extras): merge.
  fieldInfo.add(schema, { ...fieldInfo.get(schema), ...info });
  return schema;
}
