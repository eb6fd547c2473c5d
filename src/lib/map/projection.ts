/**
 * The map's projection, as numbers stored beside the boundaries (`data/provinces.json`), so pages
 * place a cooperative's `geo` on the same drawing without d3 at build time or in the browser.
 * Spherical Mercator, as d3-geo's `geoMercator()` with no rotation: `scripts/map-data.ts` fits it to
 * the 34 provinces and a unit test checks this formula against d3's.
 */

/** Parameters of d3-geo's `geoMercator().scale(scale).translate(translate)`, in SVG user units. */
export interface MercatorParams {
  kind: 'mercator';
  scale: number;
  translate: [number, number];
}

const RADIANS = Math.PI / 180;

/** SVG coordinates of a point given in degrees; y grows southwards, as on screen. */
export function project(params: MercatorParams, lng: number, lat: number): [x: number, y: number] {
  const lambda = lng * RADIANS;
  const phi = lat * RADIANS;
  return [params.translate[0] + params.scale * lambda, params.translate[1] - params.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}
