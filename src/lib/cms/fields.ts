/**
 * One form field for each field of the tree: its widget from the field's kind, its label and hint
 * from the field's words, required as the schema says, and the check's rules as patterns and
 * bounds. An optional object with required sub-fields (the OCOP recognition, a price, a position,
 * a logo) is a list of at most one item: its sub-fields are required once it is added, and a
 * listing without one saves. `./shape.ts` tells the file format the same thing.
 */
import type { FieldWords } from '../../i18n/fields.vi.ts';
import type { FieldNode } from '../../schemas/walk.ts';
import { maxLength, PATTERNS, type PatternKind } from './patterns.ts';
import type { FieldRules } from './rules.ts';
import { shapeOf } from './shape.ts';
import type { CmsField } from './types.ts';

/** The words the form's fields take, from `src/i18n/admin.vi.ts` and `src/i18n/fields.vi.ts`. */
export interface FormWords {
  /** The field's words (`fieldWordsAt` of its collection). */
  field(path: readonly string[]): FieldWords | undefined;
  /** A hint for the form where the template's speaks of YAML syntax. */
  formHint(path: readonly string[]): string | undefined;
  /** An option of a select as people name it (`htx` → `Hợp tác xã`, `5` → `5 sao`). */
  option(value: string): string;
  /** `1` → `Tháng 1`. */
  month(month: number): string;
  /** What a value failing a pattern should look like. */
  pattern: Readonly<Record<PatternKind, string>>;
  tooLong(max: number): string;
}

export interface FieldContext {
  words: FormWords;
  rules: (path: readonly string[]) => FieldRules;
  /** Values a new entry starts with, by top-level key (`{{now}}`: today, in a date field). */
  initial?: Readonly<Record<string, string>>;
}

/** A value the https-only check refuses but a plain link passes. */
const HTTP_PROBE = ['http://example.vn', 'https://example.vn'] as const;

const patterned = (kind: PatternKind, words: FormWords): Partial<CmsField> => ({
  widget: 'string',
  pattern: [PATTERNS[kind], words.pattern[kind]],
});

/** The widget and its options for a field with no sub-fields. */
function leafWidget(node: FieldNode, parent: FieldNode | undefined, { words, rules }: FieldContext): Partial<CmsField> {
  const r = rules(node.path);
  const bounds = { ...(r.minimum === undefined ? {} : { min: r.minimum }), ...(r.maximum === undefined ? {} : { max: r.maximum }) };
  switch (node.info.kind) {
    case 'keyword':
      return { widget: 'select', options: (node.info.values ?? []).map((v) => ({ value: String(v), label: words.option(String(v)) })) };
    case 'months':
      return {
        widget: 'select',
        multiple: true,
        options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: words.month(i + 1) })),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // A date picker (`<input type="date">`) writing `YYYY-MM-DD`, the form the check reads.
      return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
    case 'integer':
      // An amount of money is text: `180.000` and `180k` are how people write it, and a number
      // input would show `180.000` as 180.
      return parent?.info.kind === 'price' ? patterned('price', words) : { widget: 'number', value_type: 'int', ...bounds };
    case 'year':
      return { widget: 'number', value_type: 'int', ...bounds };
    case 'number':
      return { widget: 'number', value_type: 'float', step: 0.000001, ...bounds };
    case 'phone':
    case 'email':
    case 'zalo':
      return patterned(node.info.kind, words);
    case 'url':
      return patterned(!r.accepts(HTTP_PROBE[0]) && r.accepts(HTTP_PROBE[1]) ? 'https' : 'url', words);
    case 'tags':
    case 'list':
      return { widget: 'list' };
    default:
      // An image's file (`{ src, alt }`): chosen or uploaded, never a web address (the check refuses those).
      if (parent && shapeOf(parent).image && node.key === 'src') return { widget: 'image', choose_url: false };
      return { widget: 'string', ...(r.maxLength === undefined ? {} : { pattern: [maxLength(r.maxLength), words.tooLong(r.maxLength)] }) };
  }
}

/** The form field for `node` (and its sub-fields). */
export function formField(node: FieldNode, context: FieldContext, parent?: FieldNode): CmsField {
  const words = context.words.field(node.path);
  const head: CmsField = {
    name: node.key,
    label: words?.heading ?? node.key,
    widget: 'string',
    required: node.required,
    ...(context.words.formHint(node.path) || words?.hint ? { hint: context.words.formHint(node.path) ?? words?.hint ?? '' } : {}),
    ...(node.defaultValue !== undefined && typeof node.defaultValue !== 'object' ? { default: node.defaultValue } : {}),
    ...(node.path.length === 1 && context.initial?.[node.key] !== undefined ? { default: context.initial[node.key] } : {}),
  };
  if (node.fields.length === 0) return { ...head, ...leafWidget(node, parent, context) };
  const fields = node.fields.map((f) => formField(f, context, node));
  const shape = shapeOf(node);
  const summary = `{{fields.${node.fields[0]?.key ?? ''}}}`;
  const singular = words?.label ?? node.key;
  if (shape.kind === 'objects') return { ...head, widget: 'list', label_singular: singular, summary, fields };
  if (shape.single) return { ...head, widget: 'list', label_singular: singular, summary, max: 1, collapsed: false, fields };
  return { ...head, widget: 'object', collapsed: false, fields };
}
