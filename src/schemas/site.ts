/**
 * `content/site.yaml`: who runs the site and where it lives.
 */
import type { z } from 'zod';
import { email, httpUrl, phone } from './contact.ts';
import { bool, fields, integer, shortText, text } from './fields.ts';

export const siteSchema = fields({
  /** Site name, e.g. `Sản phẩm hợp tác xã Vị Xuyên`. */
  name: text(),
  /** Region the catalog covers, e.g. `Tỉnh Tuyên Quang`. */
  region: text(),
  /** Public address of the site; canonical and Open Graph URLs are built from it. */
  url: httpUrl(),
  /** One or two sentences for the home page and link previews. */
  description: shortText(300),
  /** Office running the site, e.g. `Trung tâm Khuyến công và Xúc tiến thương mại`. */
  operator: text().optional(),
  /** How visitors reach the operator. */
  contact: fields({ phone: phone().optional(), email: email().optional(), address: text().optional() }).optional(),
  /** A line shown on every page, e.g. that the data is a demonstration. */
  notice: text().optional(),
  /** Cards per listing page. */
  pageSize: integer().default(24),
  /**
   * What the build draws for sharing: a link-preview card and a QR code per product and
   * cooperative. Both are on by default; a country-sized catalog may turn cards off to keep its
   * first build short (see docs/benchmarks.md).
   */
  share: fields({ cards: bool().default(true), qr: bool().default(true) }).default({ cards: true, qr: true }),
});

export type SiteConfig = z.output<typeof siteSchema>;
