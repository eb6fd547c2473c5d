/**
 * An entry's fields as open data, walked from the schema's field tree: every described field is
 * written (a field nobody set as `null`, lists as lists), images as absolute URLs. A field added
 * to a schema appears in `catalog.json` without a change here.
 */
import type { FieldNode } from '../schemas/walk.ts';

/** An image as the content store holds it: `src` is Astro's image metadata (or a path outside Astro). */
export type StoredImage = { src: unknown; alt?: string | undefined };

export interface ValueContext {
  /** The absolute URL of the image's published file (an encoded variant, never the upload). */
  imageUrl(image: StoredImage): Promise<string>;
}

async function imageJson(value: unknown, context: ValueContext) {
  const image = value as StoredImage | undefined;
  return image ? { url: await context.imageUrl(image), alt: image.alt ?? null } : null;
}

async function valueJson(node: FieldNode, value: unknown, context: ValueContext): Promise<unknown> {
  if (value === undefined || value === null) return node.info.kind === 'images' || Array.isArray(node.defaultValue) ? [] : null;
  if (node.info.kind === 'image') return imageJson(value, context);
  if (node.info.kind === 'images') return Promise.all((value as unknown[]).map((v) => imageJson(v, context)));
  if (node.fields.length > 0 && Array.isArray(value))
    return Promise.all(value.map((item) => fieldsJson(node.fields, item as object, context)));
  if (node.fields.length > 0 && typeof value === 'object') return fieldsJson(node.fields, value, context);
  return value;
}

/** Every field of `nodes` (but those marked `notInOpenData`) from `data`, in the schema's order. */
export async function fieldsJson(nodes: readonly FieldNode[], data: object, context: ValueContext): Promise<Record<string, unknown>> {
  const record = data as Record<string, unknown>;
  const kept = nodes.filter((n) => !n.info.notInOpenData);
  const values = await Promise.all(kept.map((n) => valueJson(n, record[n.key], context)));
  return Object.fromEntries(kept.map((n, i) => [n.key, values[i]]));
}

/** A field's value as one spreadsheet cell: lists joined with `; `, nothing as an empty cell. */
export function cellText(value: unknown, label?: (value: string) => string | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, label)).join('; ');
  const text = String(value);
  return label?.(text) ?? text;
}
