/**
 * Field building blocks shared by every schema.
 *
 * Front matter is read with YAML's failsafe schema, so every scalar arrives as a string: `phone:
 * 0912345678` keeps its leading zero and `price: 180.000` is not silently read as 180. Each block
 * turns the string into its type, and an empty value (a template line left blank) means "not set".
 * Errors carry a message key from `src/i18n/check.vi.ts`; the formatter writes the sentence.
 */
import { z } from 'zod';
import type { CheckMessageKey } from '../i18n/check.vi.ts';
import { dateToIso, isIsoDate, suggestIsoDate } from '../lib/dates.ts';
import { cleanLine } from '../lib/text/clean.ts';
import { described } from './field-info.ts';
import { addIssue } from './issue.ts';

/** Error option naming a message key. */
export const msg = (key: CheckMessageKey) => ({ error: key });

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A string holding a plain number becomes that number; anything else is left for the schema. */
export function toNumber(value: unknown): unknown {
  if (typeof value === 'string' && NUMBER.test(value.trim())) return Number(value.trim());
  return value;
}

/**
 * A non-empty line of text: invisible and control characters removed, white space collapsed and
 * trimmed. The check has already cleaned front matter this way (and warned); Astro's own loaders
 * (stories) and other callers get the same guarantee from the schema.
 */
export const text = () =>
  described(
    z
      .string(msg('expected.text'))
      .overwrite((value) => cleanLine(value).text)
      .min(1, msg('text.empty')),
    { kind: 'text' },
  );

/** Text of at most `max` characters (summaries are shown on cards and link previews). */
export const shortText = (max: number) => described(text().max(max, msg('text.tooLong')), { kind: 'text' });

/** A whole number. */
export const integer = () =>
  described(z.preprocess(toNumber, z.number(msg('expected.integer')).int(msg('expected.integer'))), { kind: 'integer' });

/** A year such as 2015. */
export const year = () =>
  described(
    z.preprocess(
      toNumber,
      z.number(msg('expected.year')).int(msg('expected.year')).min(1900, msg('expected.year')).max(2100, msg('expected.year')),
    ),
    { kind: 'year' },
  );

/** `true`/`false`, also `có`/`không` as a Vietnamese speaker might write. */
export const bool = () =>
  described(
    z.preprocess(
      (value) => {
        if (typeof value !== 'string') return value;
        const v = value.trim().toLowerCase();
        if (['true', 'yes', 'có', 'co'].includes(v)) return true;
        if (['false', 'no', 'không', 'khong'].includes(v)) return false;
        return value;
      },
      z.boolean(msg('expected.boolean')),
    ),
    { kind: 'boolean' },
  );

/** A calendar day `YYYY-MM-DD`, output as that string. Accepts a YAML/JS Date too (stories). */
export const isoDate = () =>
  described(
    z.preprocess(
      (value) => (value instanceof Date ? dateToIso(value) : typeof value === 'string' ? value.trim() : value),
      z.string(msg('date')).superRefine((value, ctx) => {
        if (!isIsoDate(value)) addIssue(ctx, 'date', { params: { suggestion: suggestIsoDate(value) } });
      }),
    ),
    { kind: 'date' },
  );

/** A list; a single value written without `- ` is taken as a list of one. */
export const list = <T extends z.ZodType>(item: T) =>
  described(
    z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item, msg('expected.list'))),
    { kind: 'list' },
  );

/** A strict object: an unknown key is an error (with a suggestion), not silently ignored. */
export const fields = <S extends z.core.$ZodLooseShape>(shape: S) =>
  described(z.strictObject(shape, msg('expected.object')), { kind: 'object' });

/** A keyword from a fixed set, lower-cased (`HTX` is read as `htx`) or read by `read`. */
export const keyword = <const T extends readonly [string, ...string[]]>(
  values: T,
  key: CheckMessageKey,
  read: (written: string) => string = (written) => written.trim().toLowerCase(),
) =>
  described(
    z.preprocess((value) => (typeof value === 'string' ? read(value) : value), z.enum(values, msg(key))),
    { kind: 'keyword', values },
  );
