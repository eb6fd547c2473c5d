/**
 * The map and the commune level: the stored projection is d3's, the 34 outlines join the project's
 * provinces by code (whatever the data's spelling), the archipelagos are drawn with Đà Nẵng and
 * Khánh Hòa, shading classes, points; which ward an address is in, commune slugs, and the check's
 * warning for a commune not on the official list.
 */
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { checkCommune } from '../../src/lib/map/commune-check.ts';
import { byCommune, communeSlug, wardOf } from '../../src/lib/map/communes.ts';
import { mapData, mapProvinces } from '../../src/lib/map/data.ts';
import { MAX_LINKED_POINTS, mapModel, shadeClasses, shadeOf } from '../../src/lib/map/model.ts';
import { project } from '../../src/lib/map/projection.ts';
import { PROVINCES_2025 } from '../../src/lib/provinces.ts';
import { slugify } from '../../src/lib/slug.ts';
import { statsView } from './stats.fixture.ts';

describe('map data', () => {
  it('projects a point exactly as d3-geo’s Mercator with the stored parameters', () => {
    const { scale, translate } = mapData.projection;
    const d3 = geoMercator().scale(scale).translate(translate);
    for (const [lng, lat] of [
      [105.85, 21.03],
      [109.2, 12.25],
      [112.3, 16.5],
      [114.3, 8.6],
    ] as const) {
      const [x, y] = project(mapData.projection, lng, lat);
      const [dx, dy] = d3([lng, lat])!;
      expect(x).toBeCloseTo(dx, 9);
      expect(y).toBeCloseTo(dy, 9);
    }
  });

  it('has the 34 provinces, joined by code, the data’s spelling (Thanh Hoá) folding to ours', () => {
    expect(mapProvinces.map((p) => p.province.slug).sort()).toEqual(PROVINCES_2025.map((p) => p.slug).sort());
    for (const { code, province } of mapProvinces) {
      const written = mapData.provinces.find((p) => p.code === code)!.name;
      expect(slugify(written), code).toBe(province.slug);
    }
    expect(mapData.provinces.find((p) => p.code === '38')?.name).toBe('Thanh Hoá');
  });

  it('draws Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa, labels inside the drawing', () => {
    const [, , width, height] = mapData.viewBox;
    const label = (key: string) => mapData.archipelagos.find((a) => a.key === key)!;
    expect(label('hoangSa').code).toBe('48');
    expect(label('truongSa').code).toBe('56');
    const [hx, hy] = project(mapData.projection, 112, 16.5);
    const [tx, ty] = project(mapData.projection, 114, 10);
    const startsEastOf = (code: string, x: number) =>
      [...mapData.provinces.find((p) => p.code === code)!.d.matchAll(/M([\d.]+) ([\d.]+)/g)].some((m) => Number(m[1]) > x);
    expect(startsEastOf('48', hx - 60)).toBe(true);
    expect(startsEastOf('56', tx - 120)).toBe(true);
    for (const a of mapData.archipelagos) {
      expect(a.x).toBeGreaterThan(0);
      expect(a.x).toBeLessThan(width);
      expect(a.y).toBeGreaterThan(0);
    }
    expect(label('hoangSa').y).toBeLessThan(hy);
    expect(label('truongSa').y).toBeLessThan(ty);
    expect(height).toBeGreaterThan(width);
  });
});

describe('shading', () => {
  it('splits 1 to the largest count into at most four classes of whole products', () => {
    expect(shadeClasses(0)).toEqual([]);
    expect(shadeClasses(3).map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(shadeClasses(10).map((c) => [c.from, c.to])).toEqual([
      [1, 3],
      [4, 5],
      [6, 8],
      [9, 10],
    ]);
    const classes = shadeClasses(10);
    expect([0, 1, 3, 4, 9, 10].map((n) => shadeOf(n, classes))).toEqual([0, 1, 1, 2, 4, 4]);
  });
});

describe('mapModel', () => {
  const model = mapModel(statsView());

  it('shades every province by its products and links those with a listing', () => {
    expect(model.provinces).toHaveLength(34);
    const vinhLong = model.provinces.find((p) => p.province.slug === 'vinh-long')!;
    expect(vinhLong).toMatchObject({ products: 5, producers: 3, shade: 4, href: '/tinh/vinh-long/' });
    expect(model.provinces.find((p) => p.province.slug === 'tuyen-quang')).toMatchObject({
      products: 0,
      shade: 0,
      href: '/tinh/tuyen-quang/',
    });
    expect(model.provinces.find((p) => p.province.slug === 'gia-lai')).toMatchObject({ products: 0, href: undefined });
  });

  it('places a cooperative with geo inside the drawing, as a link to its page', () => {
    expect(model.points).toHaveLength(1);
    const [point] = model.points;
    expect(point).toMatchObject({ name: 'Hợp tác xã An', href: '/hop-tac-xa/htx-an/' });
    const [, , width, height] = mapData.viewBox;
    expect(point!.x).toBeGreaterThan(0);
    expect(point!.x).toBeLessThan(width);
    expect(point!.y).toBeLessThan(height);
    expect(model.pointsLinked).toBe(true);
    expect(MAX_LINKED_POINTS).toBeGreaterThan(100);
  });
});

describe('communes', () => {
  it('finds today’s ward from the old or the new form of an address', () => {
    expect(wardOf({ commune: 'Xã Vĩnh Thành', district: 'Chợ Lách', province: 'Bến Tre' })?.fullName).toBe('Xã Vĩnh Thành');
    expect(wardOf({ commune: 'Xã Chợ Lách', province: 'Vĩnh Long' })?.province.slug).toBe('vinh-long');
    expect(wardOf({ commune: 'Xã Không Có', province: 'Vĩnh Long' })).toBeUndefined();
  });

  it('slugs a ward by its name, with its prefix only when its province has two of that name', () => {
    const ward = wardOf({ commune: 'Xã Chợ Lách', province: 'Vĩnh Long' })!;
    expect(communeSlug(ward)).toBe('cho-lach');
  });

  it('groups producers by commune, only those the data can place', () => {
    const communes = byCommune(statsView());
    const vinhLong = communes.get('vinh-long')!.map((c) => [c.slug, c.cooperatives.map((x) => x.slug), c.products.length]);
    expect(vinhLong).toEqual([
      ['cho-lach', ['cong-ty-f', 'htx-binh'], 3],
      ['vinh-thanh', ['htx-an'], 2],
    ]);
  });
});

describe('the check’s commune warning', () => {
  const source = parseSource('---\nname: X\naddress:\n  commune: Xã Chợ Lachh\n  province: Vĩnh Long\n---\n');
  const at = { source, relFile: 'content/cooperatives/x/index.md' };

  it('warns, at the commune’s line, with the nearest official name', () => {
    const issues = checkCommune({ commune: 'Xã Chợ Lachh', province: 'Vĩnh Long' }, at);
    expect(issues.map((i) => [i.severity, i.line, i.field, i.key, i.params['suggestion']])).toEqual([
      ['warning', 4, 'address.commune', 'commune.unknown', 'Xã Chợ Lách'],
    ]);
  });

  it('accepts today’s wards, pre-2025 communes, and leaves an unknown province to the schema', () => {
    expect(checkCommune({ commune: 'Xã Chợ Lách', province: 'Vĩnh Long' }, at)).toEqual([]);
    expect(checkCommune({ commune: 'Xã Định Thủy', district: 'Huyện Mỏ Cày Nam', province: 'Bến Tre' }, at)).toEqual([]);
    expect(checkCommune({ commune: 'Xã Chợ Lách', province: 'Atlantis' }, at)).toEqual([]);
  });
});
