/**
 * A product: `products/<product>.md` or `products/<product>/index.md` front matter. The body is its
 * description, in Markdown. Each field's words are in `src/i18n/fields.vi.ts`.
 */
import { z } from 'zod';
import { slugify } from '../lib/slug.ts';
import { certificationSchema, ocopSchema } from './certificate.ts';
import { httpsUrl, httpUrl } from './contact.ts';
import { described } from './field-info.ts';
import { bool, fields, integer, isoDate, list, msg, shortText, text } from './fields.ts';
import { checkContext, imageRef, type SchemaContext } from './image.ts';
import { LEGACY_OCOP_GROUPS, OCOP_GROUPS } from './ocop-group.ts';
import { priceSchema } from './price.ts';

/** An OCOP group key; a label (`Thực phẩm`) folds to its key, a 2018–2019 key maps to today's. */
export const ocopGroup = () =>
  described(
    z.preprocess(
      (value) => {
        if (typeof value !== 'string') return value;
        const key = slugify(value);
        return LEGACY_OCOP_GROUPS[key] ?? key;
      },
      z.enum(OCOP_GROUPS, msg('ocop.group')),
    ),
    { kind: 'keyword', values: OCOP_GROUPS },
  );

const month = () => integer().pipe(z.number().min(1, msg('season.month')).max(12, msg('season.month')));

export const productSchema = <I extends z.ZodType>({ image }: SchemaContext<I>) =>
  fields({
    /** Product name, e.g. `Mật ong bạc hà`. */
    name: described(text(), { csv: true }),
    /** OCOP group key: one of `OCOP_GROUPS`. */
    group: described(ocopGroup(), { details: true, csv: true }),
    /** One line for cards and link previews, at most 200 characters. */
    summary: shortText(200).optional(),
    /** Photos; the first is the cover. */
    images: described(list(imageRef(image)).default([]), { kind: 'images' }),
    /** OCOP recognition: stars, decision date, number, issuer, validity. */
    ocop: ocopSchema.optional(),
    /** Other certificates (VietGAP, organic, geographical indication, collective trademark …). */
    certifications: list(certificationSchema).default([]),
    /** Price in đồng with its unit. */
    price: described(priceSchema.optional(), { details: true }),
    /** Packaging, e.g. `Hũ thuỷ tinh 500 ml`. */
    packaging: described(text().optional(), { details: true, csv: true }),
    /** Shelf life, e.g. `12 tháng`. */
    shelfLife: described(text().optional(), { details: true, csv: true }),
    /** Ingredients. */
    ingredients: described(text().optional(), { details: true, csv: true }),
    /** Months (1–12) when it is available. */
    season: described(list(month()).optional(), { kind: 'months', details: true }),
    /** Where to buy online: `{ label, url }`. */
    buy: list(fields({ label: text(), url: httpUrl() })).default([]),
    /** The product's record on a traceability portal (truy xuất nguồn gốc), `https` only; shown beside the QR code. */
    traceability: described(httpsUrl().optional(), { csv: true }),
    /** Shown first on the home page. */
    featured: described(bool().default(false), { notInTemplate: 'set by the site staff, not by the cooperative' }),
    /** Free keywords. */
    tags: described(list(text()).default([]), { kind: 'tags' }),
    /** Project extension: day the product joined the catalog, for "new products". */
    added: isoDate().optional(),
  });

/** As written in front matter. */
export type ProductInput = z.input<ReturnType<typeof productSchema<ReturnType<typeof checkContext.image>>>>;
/** After validation, with image paths as strings (outside Astro). */
export type ProductData = z.output<ReturnType<typeof productSchema<ReturnType<typeof checkContext.image>>>>;
