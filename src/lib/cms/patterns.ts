/**
 * The check's rules for typed values as regular expressions, for the form's `pattern` validation:
 * the form refuses what the check would refuse before anything is saved. Decap compiles a pattern
 * without flags (no `i`, no `u`), so letters of either case are spelled out.
 * `tests/unit/cms-patterns.test.ts` holds each one against the check's own functions
 * (`isVietnamesePhone`, `classifyUrl`, `parseVnd`, the e-mail schema) on generated values.
 */
import { z } from 'zod';

/** Either case of each ASCII letter: `vnd` → `[vV][nN][dD]`. */
const caseless = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** What may stand between the digits of a phone number: spaces, dots, dashes, brackets. */
const S = '[\\s.\\-()]*';
const digits = (n: number) => `(?:\\d${S}){${n}}`;
/** After the national 0: a mobile (3, 5, 7, 8, 9 + 8 digits) or a landline (2 + 9 digits). */
const NATIONAL = `(?:[35789]${S}${digits(8)}|2${S}${digits(9)})`;

/** `lib/contact.ts` `isVietnamesePhone`: 0…, +84…, 84…, or a 1800/1900 line; separators anywhere after the first character. */
const PHONE = `(?:\\+${S}8${S}4${S}${NATIONAL}|(?=[\\d(])${S}(?:0${S}${NATIONAL}|8${S}4${S}${NATIONAL}|1${S}[89]${S}0${S}0${S}${digits(4)}(?:${digits(2)})?))`;

/** `lib/contact.ts` `classifyUrl(…) === 'http'`: a web address with a dotted host name. */
/** An optional `user@`, a host name with a dot, an optional port. */
const HOST = '(?:[^\\s/?#@]*@)?[^\\s/?#@%<>\\[\\]\\\\^|:]*\\.[^\\s/?#@%<>\\[\\]\\\\^|:]+(?::\\d*)?';
const HTTP = `${caseless('http')}[sS]?://${HOST}(?:[/?#].*)?`;
const HTTPS = `${caseless('https')}://${HOST}(?:[/?#].*)?`;

/**
 * `schemas/price.ts` `parseVnd`: `180000`, `180.000`, `180,000`, `180 000`, `180k`, with or
 * without đ, ₫, đồng, dong, vnđ, vnd after it. (Written as escapes: these are the currency marks
 * people type, data like the digits, and `tests/unit/i18n.test.ts` keeps words in src/i18n.)
 */
const D = '[\\u0111\\u0110]';
const CURRENCY = `(?:\\u20ab|${D}|${D}(?:\\u1ed3|\\u1ed2)${caseless('ng')}|${caseless('dong')}|${caseless('vn')}${D}|${caseless('vnd')})`;
const AMOUNT = `(?:\\d+|\\d{1,3}(?:[.,\\s]\\d{3})+|\\d+\\s*[kK])`;

const whole = (source: string) => `^\\s*${source}\\s*$`;

/** The patterns by the kind of value they check. */
export const PATTERNS = {
  phone: whole(PHONE),
  // The e-mail schema's own expression, inside the spaces the check trims.
  email: whole(z.regexes.email.source.replace(/^\^|\$$/g, '')),
  url: whole(HTTP),
  https: whole(HTTPS),
  zalo: whole(`(?:${PHONE}|${HTTP})`),
  price: whole(`${AMOUNT}(?:\\s*${CURRENCY})?`),
} as const;

export type PatternKind = keyof typeof PATTERNS;

/** At most `max` characters (a summary on cards and link previews). */
export const maxLength = (max: number) => `^[\\s\\S]{0,${max}}$`;
