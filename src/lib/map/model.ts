/**
 * What `/ban-do/` draws, computed from the catalog view: each of the 34 provinces shaded by its
 * number of products and linked to its listing when it has one, the cooperatives with `geo` as
 * points on the same projection, and the archipelagos' labels. Pure; the SVG is written by
 * `src/components/map/`.
 */
import type { CatalogView, CoopEntryLike, ProductEntryLike } from '../catalog/view.ts';
import type { Province } from '../provinces.ts';
import { urls } from '../urls.ts';
import type { Geo } from '../../schemas/address.ts';
import { mapData, mapProvinces } from './data.ts';
import { project } from './projection.ts';

/** Above this many points the map draws them as plain dots: a link each would outweigh the page. */
export const MAX_LINKED_POINTS = 400;

/** One shade of the legend: products `from`–`to`; shade 0 is "none". */
export interface ShadeClass {
  shade: number;
  from: number;
  to: number;
}

/**
 * Up to four classes of about equal width from 1 to the largest count, rounded up to whole
 * products: 1–3, 4–5, 6–8, 9–10 for a maximum of 10; 1, 2, 3 for a maximum of 3.
 */
export function shadeClasses(max: number): ShadeClass[] {
  const count = Math.min(4, max);
  const classes: ShadeClass[] = [];
  for (let i = 1; i <= count; i++) {
    const from = i === 1 ? 1 : classes[i - 2]!.to + 1;
    const to = Math.ceil((max * i) / count);
    if (to >= from) classes.push({ shade: classes.length + 1, from, to });
  }
  return classes;
}

/** The shade of a count: 0 for none, else the class it falls in. */
export const shadeOf = (count: number, classes: readonly ShadeClass[]) =>
  count === 0 ? 0 : (classes.find((c) => count <= c.to)?.shade ?? classes.length);

export interface MapProvinceModel {
  code: string;
  province: Province;
  d: string;
  products: number;
  producers: number;
  shade: number;
  /** Its listing, when it has producers on the site (only those have a listing). */
  href: string | undefined;
}

export interface MapPoint {
  x: number;
  y: number;
  name: string;
  href: string;
}

export interface MapModel {
  viewBox: string;
  provinces: MapProvinceModel[];
  classes: ShadeClass[];
  points: MapPoint[];
  /** Whether each point is a link (at most `MAX_LINKED_POINTS`). */
  pointsLinked: boolean;
  archipelagos: Array<{ key: 'hoangSa' | 'truongSa'; x: number; y: number; province: Province }>;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function mapModel<P extends ProductEntryLike, C extends CoopEntryLike & { data: { geo?: Geo | undefined } }>(
  view: CatalogView<P, C>,
): MapModel {
  const bySlug = view.byProvince;
  const max = Math.max(0, ...[...bySlug.values()].map((b) => b.products.length));
  const classes = shadeClasses(max);
  const provinces = mapProvinces.map(({ code, province, d }): MapProvinceModel => {
    const bucket = bySlug.get(province.slug);
    const products = bucket?.products.length ?? 0;
    return {
      code,
      province,
      d,
      products,
      producers: bucket?.cooperatives.length ?? 0,
      shade: shadeOf(products, classes),
      href: bucket && urls.province(province.slug),
    };
  });
  const points = view.cooperatives.flatMap((coop): MapPoint[] => {
    const geo = coop.entry.data.geo;
    if (!geo) return [];
    const [x, y] = project(mapData.projection, geo.lng, geo.lat);
    return [{ x: round(x), y: round(y), name: coop.entry.data.name, href: coop.url }];
  });
  const byCode = new Map(mapProvinces.map((p) => [p.code, p.province]));
  return {
    viewBox: mapData.viewBox.join(' '),
    provinces,
    classes,
    points,
    pointsLinked: points.length <= MAX_LINKED_POINTS,
    archipelagos: mapData.archipelagos.map(({ key, x, y, code }) => ({ key, x, y, province: byCode.get(code)! })),
  };
}
