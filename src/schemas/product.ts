/**
 * A product: `products/<product>.md` or `products/<product>/index.md` front matter. The body is its
 * description, in Markdown.
 */
import { z } from 'zod';
import { slugify } from '../lib/slug.ts';
import { certificationSchema, ocopSchema } from './certificate.ts';
import { httpUrl } from './contact.ts';
import { bool, fields, integer, isoDate, list, msg, shortText, text } from './fields.ts';
import { checkContext, imageRef, type SchemaContext } from './image.ts';
import { LEGACY_OCOP_GROUPS, OCOP_GROUPS } from './ocop-group.ts';
import { priceSchema } from './price.ts';

/** An OCOP group key; a label (`Thực phẩm`) folds to its key, a 2018–2019 key maps to today's. */
export const ocopGroup = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const key = slugify(value);
      return LEGACY_OCOP_GROUPS[key] ?? key;
    },
    z.enum(OCOP_GROUPS, msg('ocop.group')),
  );

const month = () => integer().pipe(z.number().min(1, msg('season.month')).max(12, msg('season.month')));

export const productSchema = <I extends z.ZodType>({ image }: SchemaContext<I>) =>
  fields({
    /** Product name, e.g. `Mật ong bạc hà`. */
    name: text(),
    /** OCOP group key: thuc-pham, do-uong, duoc-lieu, thu-cong-my-nghe, sinh-vat-canh, du-lich. */
    group: ocopGroup(),
    /** One line for cards and link previews, at most 200 characters. */
    summary: shortText(200).optional(),
    /** Photos; the first is the cover. */
    images: list(imageRef(image)).default([]),
    /** OCOP recognition: stars, decision date, number, issuer, validity. */
    ocop: ocopSchema.optional(),
    /** Other certifications (VietGAP, organic, …). */
    certifications: list(certificationSchema).default([]),
    /** Price in đồng with its unit. */
    price: priceSchema.optional(),
    /** Packaging, e.g. `Hũ thuỷ tinh 500 ml`. */
    packaging: text().optional(),
    /** Shelf life, e.g. `12 tháng`. */
    shelfLife: text().optional(),
    /** Ingredients. */
    ingredients: text().optional(),
    /** Months (1–12) when it is available. */
    season: list(month()).optional(),
    /** Where to buy online: `{ label, url }`. */
    buy: list(fields({ label: text(), url: httpUrl() })).default([]),
    /** Shown first on the home page. */
    featured: bool().default(false),
    /** Free keywords. */
    tags: list(text()).default([]),
    /** Project extension: day the product joined the catalog, for "new products". */
    added: isoDate().optional(),
  });

/** As written in front matter. */
export type ProductInput = z.input<ReturnType<typeof productSchema<ReturnType<typeof checkContext.image>>>>;
/** After validation, with image paths as strings (outside Astro). */
export type ProductData = z.output<ReturnType<typeof productSchema<ReturnType<typeof checkContext.image>>>>;
