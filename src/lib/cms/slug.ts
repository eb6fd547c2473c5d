/**
 * The slug of a new entry by the contract's rule (`lib/slug.ts`): a product's file is named after
 * the product (`Kẹo dừa lá dứa` → `keo-dua-la-dua.md`), a cooperative's folder after the
 * cooperative with its legal form shortened (`Hợp tác xã Mật ong` → `htx-mat-ong/`). Decap's own
 * slugs fold letters differently, so the admin computes this one before saving and the collection's
 * slug template reads it (`{{fields.__slug}}`).
 */
import { cooperativeSlug, slugify } from '../slug.ts';
import { COOPERATIVES } from './collections.ts';

/** The slug for a new entry named `name` in `collection`; `fallback` when the name gives none. */
export function newEntrySlug(collection: string, name: string, fallback: Readonly<Record<'cooperative' | 'product', string>>): string {
  const isCooperative = collection === COOPERATIVES;
  const slug = isCooperative ? cooperativeSlug(name) : slugify(name);
  return slug || fallback[isCooperative ? 'cooperative' : 'product'];
}
