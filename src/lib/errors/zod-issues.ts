/**
 * The one entry point from Zod to the check: turns Zod issues into problems with a field path, a
 * typed message key and the values the message needs (what was written, a suggestion). One
 * mistake gives one problem; the words come from the language the caller passes.
 */
import type { z } from 'zod';
import type { CheckMessageKey, CheckWords, Collection } from '../content/words.ts';
import { slugify } from '../slug.ts';
import { closest } from '../suggest.ts';

export type FieldPath = ReadonlyArray<string | number>;

export interface FieldProblem {
  path: FieldPath;
  key: CheckMessageKey;
  params: Record<string, unknown>;
}

/** `['certifications', 1, 'validUntil']` → `certifications[1].validUntil`. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** The value the user wrote at a path. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

type AnySchema = z.core.$ZodType;

/** Field names an object schema accepts at a path, found by walking the schema (for suggestions). */
export function knownKeysAt(schema: AnySchema, path: FieldPath): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    let node = s;
    for (let i = 0; node && i < 20; i++) {
      const def = node._zod.def as unknown as Record<string, AnySchema | undefined> & { type: string };
      if (def.type === 'pipe') node = def['in']?._zod.def.type === 'transform' ? def['out'] : def['in'];
      else if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(def.type)) node = def['innerType'];
      else return node;
    }
    return node;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return [];
  }
  const def = unwrap(current)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Suggests the field meant by an unknown key: another name people write for it, or the nearest spelling. */
export function suggestField(key: string, known: readonly string[], aliases: Readonly<Record<string, string>>): string | undefined {
  const alias = aliases[slugify(key)];
  if (alias && known.includes(alias)) return alias;
  return closest(key, known);
}

/** What `problemsFromIssue` needs to know beside the issue. */
export interface IssueContext {
  collection: Collection;
  words: CheckWords;
}

/** Messages about how fields relate, reported on a field that may legitimately be empty. */
const CROSS_FIELD = new Set<CheckMessageKey>([
  'cert.nameRequired',
  'cert.validUntilBeforeIssued',
  'price.toBelowFrom',
  'geo.outside',
  'province.unknown',
]);

/** One Zod issue → one or more problems (an unknown-keys issue names each key). */
export function problemsFromIssue(issue: z.core.$ZodIssue, data: unknown, schema: AnySchema, context: IssueContext): FieldProblem[] {
  const isKey = (message: string | undefined): message is CheckMessageKey => !!message && message in context.words.messages;
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const value = valueAt(data, path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      key: 'unknownField',
      params: { key, suggestion: suggestField(key, known, context.words.aliases) },
    }));
  }
  // Nothing written where a value is required: say it is missing, whatever check tripped first
  // (an enum, a custom star check). Cross-field rules keep their own message.
  if (value === undefined && !(isKey(issue.message) && CROSS_FIELD.has(issue.message))) {
    return [{ path, key: 'missing', params: { collection: context.collection, path, key: String(path.at(-1) ?? '') } }];
  }
  const params: Record<string, unknown> = { value, ...(issue.code === 'custom' ? issue.params : {}) };
  if (issue.code === 'too_big' && typeof value === 'string') Object.assign(params, { length: value.length, max: issue.maximum });
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    params['suggestion'] = closest(slugify(value), issue.values.map(String));
  }
  if (isKey(issue.message)) return [{ path, key: issue.message, params }];
  // A Zod default message means a shape we did not give a message for: describe the expected type.
  const expected = issue.code === 'invalid_type' ? issue.expected : undefined;
  const key: CheckMessageKey = expected === 'array' ? 'expected.list' : expected === 'object' ? 'expected.object' : 'expected.text';
  return [{ path, key, params }];
}
