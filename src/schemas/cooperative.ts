/**
 * A cooperative's profile: `content/cooperatives/<coop>/index.md` front matter. The body is its
 * story, in Markdown. Each field's words are in `src/i18n/fields.vi.ts`.
 */
import type { z } from 'zod';
import { addressSchema, geoSchema } from './address.ts';
import { email, httpUrl, phone, zalo } from './contact.ts';
import { described } from './field-info.ts';
import { fields, integer, isoDate, keyword, list, msg, shortText, text, year } from './fields.ts';
import { slugify } from '../lib/slug.ts';
import { checkContext, imageRef, type SchemaContext } from './image.ts';
import { PRODUCER_TYPE_ALIASES, PRODUCER_TYPES } from './producer-type.ts';

/** A producer type key; `HTX`, `Hợp tác xã` or `Công ty` read as their key. */
const producerType = () =>
  keyword(PRODUCER_TYPES, 'coop.type', (value) => PRODUCER_TYPE_ALIASES[slugify(value)] ?? value.trim().toLowerCase());

export const cooperativeSchema = <I extends z.ZodType>({ image }: SchemaContext<I>) =>
  fields({
    /** Full name, e.g. `Hợp tác xã Chè Shan tuyết Cao Bồ`. */
    name: described(text(), { csv: true }),
    /** `htx` hợp tác xã (default), `tht`, `lhhtx`; or `dn`, `ho`, `cs` for the other OCOP producers. */
    type: described(producerType().default('htx'), { csv: true }),
    /** One line for cards and link previews, at most 200 characters. */
    summary: shortText(200).optional(),
    /** Year founded. */
    founded: year().optional(),
    /** Number of members (thành viên). */
    members: described(
      integer()
        .refine((n) => n >= 0, msg('expected.nonNegative'))
        .optional(),
      { kind: 'integer' },
    ),
    /** Legal representative, e.g. `Nguyễn Văn A (Giám đốc)`. */
    representative: text().optional(),
    /** Address: `street?`, `commune`, `district?` (before 1 July 2025), `province`. */
    address: addressSchema,
    /** Map position `{ lat, lng }`, inside Viet Nam. */
    geo: geoSchema.optional(),
    /** Vietnamese phone number. */
    phone: described(phone().optional(), { csv: true }),
    /** E-mail address. */
    email: email().optional(),
    /** Website, `http(s)` only. */
    website: httpUrl().optional(),
    /** Facebook page, `http(s)` only. */
    facebook: httpUrl().optional(),
    /** Zalo: a phone number or a zalo.me link. */
    zalo: zalo().optional(),
    /** Logo image. */
    logo: imageRef(image).optional(),
    /** Cover photo for the cooperative's page and link previews. */
    cover: imageRef(image).optional(),
    /** Free keywords, e.g. `[mật ong, Hà Giang]`. */
    tags: described(list(text()).default([]), { kind: 'tags' }),
    /** Project extension: day the cooperative joined the catalog, for "newest cooperatives". */
    added: isoDate().optional(),
  });

/** As written in front matter. */
export type CooperativeInput = z.input<ReturnType<typeof cooperativeSchema<ReturnType<typeof checkContext.image>>>>;
/** After validation, with image paths as strings (outside Astro). */
export type CooperativeData = z.output<ReturnType<typeof cooperativeSchema<ReturnType<typeof checkContext.image>>>>;
