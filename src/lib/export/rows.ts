/**
 * The catalog as tables staff send upward: one row per published product with its producer, the
 * address in both forms, and its OCOP recognition's status and last valid day on the build date;
 * and one row per other certificate. Statuses come from the catalog view, the same computation
 * the pages use, so the sheet says what the site says. Words come from the caller.
 */
import type { CatalogView, CertificateView, CoopEntryLike, ProductEntryLike, ProductView } from '../catalog/view.ts';
import { absoluteUrl } from '../urls.ts';
import type { Address } from '../../schemas/address.ts';
import type { CooperativeData } from '../../schemas/cooperative.ts';
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import type { ProducerType } from '../../schemas/producer-type.ts';

/** A cell: text, a number, a day (`YYYY-MM-DD`, written as an Excel date), or empty. */
export type ExportCell = string | number | { date: string } | undefined;

/** Columns of the products sheet, in order. */
export const PRODUCT_COLUMNS = [
  'index',
  'product',
  'group',
  'producer',
  'type',
  'address',
  'province',
  'district',
  'stars',
  'decision',
  'issuer',
  'issuedOn',
  'validUntil',
  'status',
  'page',
] as const;

/** Columns of the other-certificates sheet, in order. */
export const CERTIFICATE_COLUMNS = [
  'index',
  'product',
  'producer',
  'certificate',
  'code',
  'issuer',
  'issuedOn',
  'validUntil',
  'status',
] as const;

/** The words an export is written in (`src/i18n/import.vi.ts`). */
export interface ExportWords {
  /** Worksheet names. */
  sheets: { products: string; certificates: string };
  /** Headings of the products sheet. */
  products: Record<(typeof PRODUCT_COLUMNS)[number], string>;
  /** Headings of the certificates sheet. */
  certificates: Record<(typeof CERTIFICATE_COLUMNS)[number], string>;
  /** A group's name. */
  group: (group: OcopGroup) => string;
  /** A producer type's name. */
  type: (type: ProducerType) => string;
  /** A certificate's name: `VietGAP`, `Chứng nhận Halal`. */
  certificate: (c: CertificateView) => string;
  /** A certificate's status in words. */
  status: (c: CertificateView) => string;
  /** The decision date when only its year is known: `năm 2022`. */
  year: (year: number) => string;
  /** The decision date when it is not known. */
  unknownDate: string;
  /** The address as the profile writes it, with what a former province is part of now. */
  address: (address: Address) => string;
}

/** A table: its worksheet name, headings and rows. */
export interface ExportTable {
  /** Worksheet name. */
  name: string;
  /** Header row. */
  headings: string[];
  /** Data rows, in the headings' order. */
  rows: ExportCell[][];
}

type Coop = CoopEntryLike & { data: Pick<CooperativeData, 'name' | 'address' | 'type'> };
type View = CatalogView<ProductEntryLike, Coop>;

const day = (iso: string | undefined): ExportCell => (iso ? { date: iso } : undefined);

/** The decision's date as a cell: the day, `năm 2022`, or "not known". */
function issued(c: CertificateView | undefined, words: ExportWords): ExportCell {
  if (!c) return undefined;
  if (c.issuedOn) return day(c.issuedOn);
  if (c.issuedYear !== undefined) return words.year(c.issuedYear);
  return c.dateUnknown ? words.unknownDate : undefined;
}

function productRow(p: ProductView<ProductEntryLike, Coop>, i: number, words: ExportWords, site: string): ExportCell[] {
  const coop = p.coop.entry.data;
  const o = p.ocop;
  const cells: Record<(typeof PRODUCT_COLUMNS)[number], ExportCell> = {
    index: i + 1,
    product: p.entry.data.name,
    group: words.group(p.entry.data.group),
    producer: coop.name,
    type: words.type(coop.type),
    address: words.address(coop.address),
    province: p.coop.province?.province.name ?? coop.address.province,
    district: coop.address.district,
    stars: o?.stars,
    decision: o?.code,
    issuer: o?.issuer,
    issuedOn: issued(o, words),
    validUntil: day(o?.validUntil),
    status: o ? words.status(o) : undefined,
    page: absoluteUrl(p.url, site),
  };
  return PRODUCT_COLUMNS.map((c) => cells[c]);
}

/** The two tables of a catalog view; `site` is the site's address, for the pages' links. */
export function exportTables(view: View, words: ExportWords, site: string): ExportTable[] {
  const products = view.products.map((p, i) => productRow(p, i, words, site));
  const certificates: ExportCell[][] = [];
  for (const p of view.products) {
    for (const c of p.certifications) {
      const cells: Record<(typeof CERTIFICATE_COLUMNS)[number], ExportCell> = {
        index: certificates.length + 1,
        product: p.entry.data.name,
        producer: p.coop.entry.data.name,
        certificate: words.certificate(c),
        code: c.code,
        issuer: c.issuer,
        issuedOn: day(c.issuedOn),
        validUntil: day(c.validUntil),
        status: words.status(c),
      };
      certificates.push(CERTIFICATE_COLUMNS.map((k) => cells[k]));
    }
  }
  return [
    { name: words.sheets.products, headings: PRODUCT_COLUMNS.map((c) => words.products[c]), rows: products },
    { name: words.sheets.certificates, headings: CERTIFICATE_COLUMNS.map((c) => words.certificates[c]), rows: certificates },
  ];
}
