/**
 * The form's file format, registered with Decap CMS (`CMS.registerCustomFormat`) in place of its
 * own front-matter format. Decap's reads YAML with the core schema (`phone: 0912345678` becomes the
 * number 912345678, `price: 180.000` becomes 180) and writes every file out again in its own style;
 * this one reads as the check reads (`./values.ts`) and writes back only what changed (`./save.ts`).
 *
 * The file as it was is carried in the entry's data under `SOURCE` (Decap keeps keys it has no
 * field for), so saving can compare with it; `SLUG` carries the slug the admin computes for a new
 * entry. Neither is ever written to a file.
 */
import { parseDocument } from 'yaml';
import type { ShapeNode } from './shape.ts';
import { saveFile } from './save.ts';
import { bodyOf, splitFile } from './split.ts';
import { isPlainObject, toShown } from './values.ts';

/** The entry's file as it was read. */
export const SOURCE = '__source';
/** The slug of a new entry, set before saving (see `./slug.ts`). */
export const SLUG = '__slug';
/** Decap's name for the Markdown body. */
export const BODY = 'body';

export interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/**
 * A formatter for one collection's fields. `unreadable` words the error Decap shows for a file the
 * check would refuse too (no front matter, broken YAML): such a file is fixed by hand, not by a form.
 */
export function markdownFormat(nodes: readonly ShapeNode[], unreadable: string): Formatter {
  return {
    fromFile(content) {
      const file = splitFile(content);
      const doc = file && parseDocument(file.text.slice(file.yamlStart, file.yamlEnd), { schema: 'failsafe' });
      const data: unknown = doc && doc.errors.length === 0 ? (doc.toJS() ?? {}) : undefined;
      if (!file || !isPlainObject(data)) throw new Error(unreadable);
      return { ...toShown(nodes, data), [BODY]: bodyOf(file), [SOURCE]: content };
    },
    toFile(data) {
      const { [BODY]: body, [SOURCE]: source, [SLUG]: _slug, ...values } = data;
      return saveFile(typeof source === 'string' ? source : undefined, nodes, values, typeof body === 'string' ? body : '');
    },
  };
}
