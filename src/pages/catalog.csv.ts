/**
 * `/catalog.csv`: one row per product, written with csv-stringify. UTF-8 with a byte-order mark,
 * which Excel needs to show Vietnamese correctly instead of guessing a Windows code page.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getCatalog } from '../data/catalog';
import { CSV_COLUMNS, catalogRows } from '../data/open-data';

export const GET: APIRoute = async ({ site }) => {
  const csv = stringify(catalogRows(await getCatalog(), site!), {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
