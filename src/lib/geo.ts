/**
 * Is a point in Viet Nam? Boxes around the mainland, Hoàng Sa and Trường Sa: coarse, but they catch
 * the mistakes people make (lat and lng swapped, a sign dropped, a point copied from elsewhere).
 */

const BOXES: ReadonlyArray<[latMin: number, latMax: number, lngMin: number, lngMax: number]> = [
  [8.0, 23.5, 102.1, 109.6], // mainland, Phú Quốc, Côn Đảo
  [15.6, 17.2, 110.9, 112.9], // Hoàng Sa
  [6.2, 12.0, 111.4, 117.9], // Trường Sa
];

export function isInVietnam(lat: number, lng: number): boolean {
  return BOXES.some(([a, b, c, d]) => lat >= a && lat <= b && lng >= c && lng <= d);
}

/** Map link for a cooperative's location (a link only: no third-party map is embedded). */
export function mapHref(lat: number, lng: number): string {
  return `https://www.google.com/maps/search/?api=1&query=${lat},${lng}`;
}

/**
 * Directions in the visitor's map app to a place, by its position or, without one, by its address
 * as text. A link only: the page loads nothing from the map service.
 */
export function directionsHref(place: { lat: number; lng: number } | string): string {
  const destination = typeof place === 'string' ? encodeURIComponent(place) : `${place.lat},${place.lng}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
}
