/**
 * Which of today's communes and wards a producer is in, from its address as written (new or
 * pre-2025 form, `resolveCommune`), and the producers of each: the commune listings
 * (`/tinh/<province>/xa/<commune>/`). An address the data cannot place in one ward (a former
 * commune split between several, two of one name, a name not on the list) is in no commune
 * listing; it stays in its province's.
 */
import { resolveCommune, type Ward } from '../admin/index.ts';
import { loadUnits } from '../admin/units.ts';
import {
  collator,
  compareProducts,
  type CatalogView,
  type CoopEntryLike,
  type CoopView,
  type ProductEntryLike,
  type ProductView,
} from '../catalog/view.ts';
import type { Address } from '../../schemas/address.ts';
import { slugify } from '../slug.ts';

/** The ward an address is in today, when the data can tell. */
export function wardOf(address: Pick<Address, 'commune' | 'district' | 'province'>): Ward | undefined {
  const query = { province: address.province, commune: address.commune, ...(address.district ? { district: address.district } : {}) };
  const found = resolveCommune(query);
  return found.status === 'current' || found.status === 'former' ? found.ward : undefined;
}

/** Slugs whose name two wards of one province share (a `Xã` and a `Phường` of one name), by province. */
let shared: Map<string, Set<string>> | undefined;

/**
 * A ward's URL key within its province: its name (`cho-lach`), or with its prefix (`xa-cho-lach`)
 * when another ward of the province has the same name. Computed over the official list, not the
 * catalog, so adding a producer never changes another page's URL.
 */
export function communeSlug(ward: Ward): string {
  if (!shared) {
    shared = new Map();
    for (const [province, wards] of loadUnits().wards) {
      const seen = new Set<string>();
      const twice = new Set<string>();
      for (const { ward: w } of wards) (seen.has(slugify(w.name)) ? twice : seen).add(slugify(w.name));
      shared.set(province, twice);
    }
  }
  const slug = slugify(ward.name);
  return shared.get(ward.province.slug)?.has(slug) ? slugify(ward.fullName) : slug;
}

/** One commune with producers on the site. */
export interface CommunePlace<P extends ProductEntryLike, C extends CoopEntryLike> {
  ward: Ward;
  slug: string;
  cooperatives: CoopView<P, C>[];
  products: ProductView<P, C>[];
}

/** Once per view: the commune listings and each province page's links read it. */
const computed = new WeakMap<object, Map<string, unknown[]>>();

/**
 * Communes with at least one producer, by province slug, each province's in Vietnamese alphabetical
 * order; products in the listings' order. A ward outside the producer's province (an address whose
 * parts disagree) is left out rather than listed under the wrong province.
 */
export function byCommune<P extends ProductEntryLike, C extends CoopEntryLike>(view: CatalogView<P, C>): Map<string, CommunePlace<P, C>[]> {
  const cached = computed.get(view);
  if (cached) return cached as Map<string, CommunePlace<P, C>[]>;
  const places = new Map<string, CommunePlace<P, C>>();
  for (const coop of view.cooperatives) {
    const ward = wardOf(coop.entry.data.address);
    if (!ward || !coop.province || ward.province.slug !== coop.province.province.slug) continue;
    const place = places.get(ward.code) ?? { ward, slug: communeSlug(ward), cooperatives: [], products: [] };
    place.cooperatives.push(coop);
    place.products.push(...coop.products);
    places.set(ward.code, place);
  }
  const out = new Map<string, CommunePlace<P, C>[]>();
  for (const place of [...places.values()].sort((a, b) => collator.compare(a.ward.name, b.ward.name))) {
    place.products.sort(compareProducts);
    const list = out.get(place.ward.province.slug) ?? [];
    list.push(place);
    out.set(place.ward.province.slug, list);
  }
  computed.set(view, out);
  return out;
}

/** A commune listing's URL: `/tinh/vinh-long/xa/cho-lach/`. */
export const communeUrl = (province: string, commune: string) => `/tinh/${province}/xa/${commune}/`;
