/**
 * Address and map position of a cooperative.
 *
 * Since 1 July 2025 Viet Nam has 34 provinces and no districts. `district` keeps the pre-2025 form
 * for people who still know the place by it; `province` may be written with its old or new name.
 */
import { z } from 'zod';
import { isInVietnam } from '../lib/geo.ts';
import { resolveProvince, suggestProvince } from '../lib/provinces.ts';
import { described } from './field-info.ts';
import { fields, msg, text, toNumber } from './fields.ts';
import { addIssue } from './issue.ts';

export const addressSchema = fields({
  /** House number, street, hamlet (ấp, thôn, bản). */
  street: text().optional(),
  /** Commune or ward (xã, phường, đặc khu), e.g. `Xã Minh Tân`. */
  commune: text(),
  /** District before 1 July 2025 (huyện, thị xã), kept for the old form of the address. */
  district: text().optional(),
  /** Province or centrally-run city, new or pre-2025 name: `Vĩnh Long` or `Bến Tre`. */
  province: text().superRefine((value, ctx) => {
    if (!resolveProvince(value)) addIssue(ctx, 'province.unknown', { params: { suggestion: suggestProvince(value) } });
  }),
});

const coordinate = () => described(z.preprocess(toNumber, z.number(msg('geo.number'))), { kind: 'number' });

export const geoSchema = described(
  fields({
    /** Latitude (vĩ độ), 8 to 23.5 in Viet Nam. */
    lat: coordinate(),
    /** Longitude (kinh độ), 102 to 118 in Viet Nam. */
    lng: coordinate(),
  }).superRefine(({ lat, lng }, ctx) => {
    if (!isInVietnam(lat, lng)) addIssue(ctx, 'geo.outside', { params: { lat, lng, swapped: isInVietnam(lng, lat) } });
  }),
  { kind: 'geo' },
);

export type AddressInput = z.input<typeof addressSchema>;
export type Address = z.output<typeof addressSchema>;
export type Geo = z.output<typeof geoSchema>;
