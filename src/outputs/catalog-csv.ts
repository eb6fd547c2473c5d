/**
 * `catalog.csv`: one row per product for staff who open it in Excel. The product's and its
 * cooperative's fields marked `csv` in the schemas each get a column headed with the field's name
 * (`src/i18n/fields.vi.ts`); certificates, price and address get the columns staff report with.
 */
import { addressLines } from '../i18n/address';
import { cooperativeFields, productFields } from '../i18n/fields.vi';
import {
  certificateLabel,
  certificateStatusLabel,
  certificationLabels,
  cooperativeTypeLabels,
  groupLabels,
  openDataWords,
  statusLabels,
} from '../i18n/vi';
import { absoluteUrl } from '../lib/urls';
import { fieldTrees } from '../schemas/collections';
import type { FieldNode } from '../schemas/walk';
import type { Catalog, Product } from '../site/catalog';
import { cellText } from './field-values';

/** Labels of keyword values, so a cell says `Thực phẩm`, not `thuc-pham`. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = { group: groupLabels, type: cooperativeTypeLabels };

/** Simple fields (one value a cell) marked for the spreadsheet. */
const simple = (nodes: readonly FieldNode[]) => nodes.filter((n) => n.info.csv && n.fields.length === 0);

interface Column {
  heading: string;
  cell: (product: Product, site: URL) => unknown;
}

const fieldColumns = (nodes: readonly FieldNode[], words: Readonly<Record<string, { heading: string }>>, of: (p: Product) => object) =>
  simple(nodes).map((n): Column => ({
    heading: words[n.key]?.heading ?? n.key,
    cell: (p) => cellText((of(p) as Record<string, unknown>)[n.key], (v) => VALUE_LABELS[n.key]?.[v]),
  }));

const w = openDataWords.csv;

export const CSV_COLUMNS_SPEC: readonly Column[] = [
  { heading: w.id, cell: (p) => p.id },
  ...fieldColumns(fieldTrees.product, productFields, (p) => p.entry.data),
  ...fieldColumns(fieldTrees.cooperative, cooperativeFields, (p) => p.coop.entry.data),
  { heading: w.address, cell: (p) => addressLines(p.coop.entry.data.address).main },
  { heading: w.provinceToday, cell: (p) => p.coop.province?.province.name ?? p.coop.entry.data.address.province },
  { heading: w.ocopStars, cell: (p) => p.ocop?.stars },
  { heading: w.ocopStatus, cell: (p) => (p.ocop ? certificateStatusLabel(p.ocop) : '') },
  { heading: w.ocopValidUntil, cell: (p) => p.ocop?.validUntil },
  { heading: w.ocopDecision, cell: (p) => p.ocop?.code },
  {
    heading: w.otherCertificates,
    cell: (p) =>
      p.certifications.map(
        (c) =>
          `${c.kind === 'other' ? certificateLabel(c) : certificationLabels[c.kind as keyof typeof certificationLabels]} (${w.status(statusLabels[c.status], c.validUntil)})`,
      ),
  },
  { heading: productFields.price.fields.from.heading, cell: (p) => p.entry.data.price?.from },
  { heading: productFields.price.fields.to.heading, cell: (p) => p.entry.data.price?.to },
  { heading: productFields.price.fields.unit.heading, cell: (p) => p.entry.data.price?.unit },
  { heading: w.page, cell: (p, site) => absoluteUrl(p.url, site) },
];

export const CSV_COLUMNS = CSV_COLUMNS_SPEC.map((c) => c.heading);

export function catalogRows(catalog: Catalog, site: URL): string[][] {
  return catalog.products.map((product) => CSV_COLUMNS_SPEC.map((c) => cellText(c.cell(product, site))));
}
