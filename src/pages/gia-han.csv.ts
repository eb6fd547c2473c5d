/**
 * `/gia-han.csv`: the renewals of `/gia-han/`, one row per certificate, for staff who open it in
 * Excel (formula-safe, `lib/spreadsheet/csv.ts`). Dates stay `YYYY-MM-DD`, which every
 * spreadsheet reads as a date whatever its locale, and sorts.
 */
import type { APIRoute } from 'astro';
import { cooperativeTypeLabels, certificateLabel } from '../i18n/vi';
import { statsWords } from '../i18n/stats.vi';
import { spreadsheetCsv } from '../lib/spreadsheet/csv';
import { catalogStats } from '../lib/stats/index';
import { absoluteUrl } from '../lib/urls';
import { getCatalog } from '../site/catalog';

const w = statsWords.csv;
const COLUMNS = [
  w.validUntil,
  w.daysLeft,
  w.status,
  w.certificate,
  w.code,
  w.issuer,
  w.product,
  w.producer,
  w.type,
  w.province,
  w.phone,
  w.email,
  w.zalo,
  w.page,
];

export const GET: APIRoute = async ({ site }) => {
  const rows = catalogStats(await getCatalog()).renewals.map(({ certificate, product, coop, validUntil, daysLeft, status }) => {
    const data = coop.entry.data;
    return [
      validUntil,
      daysLeft,
      statsWords.charts.statuses[status],
      certificateLabel(certificate),
      certificate.code ?? '',
      certificate.issuer ?? '',
      product.entry.data.name,
      data.name,
      cooperativeTypeLabels[data.type],
      coop.province?.province.name ?? '',
      data.phone ?? '',
      data.email ?? '',
      data.zalo ?? '',
      absoluteUrl(product.url, site!),
    ];
  });
  return new Response(spreadsheetCsv(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
