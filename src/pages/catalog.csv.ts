/** `/catalog.csv`: one row per product, for staff who open it in Excel (`lib/spreadsheet/csv.ts`). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { CSV_COLUMNS, catalogRows } from '../outputs/catalog-csv';
import { spreadsheetCsv } from '../lib/spreadsheet/csv';

export const GET: APIRoute = async ({ site }) => {
  const csv = spreadsheetCsv(CSV_COLUMNS, catalogRows(await getCatalog(), site!));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
