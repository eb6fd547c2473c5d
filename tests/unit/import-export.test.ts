/**
 * `npm run export`: the catalog back as a workbook with each recognition's status and last valid
 * day, header bold and frozen with a filter, a sheet of other certificates; and the exported
 * sheet imports again without changing a byte.
 */
import ExcelJS from 'exceljs';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWords } from '../../src/i18n/check.vi.ts';
import { exportWords } from '../../src/i18n/import.vi.ts';
import { exportCatalog } from '../../src/lib/export/export.ts';
import { emptyCatalog, list2022, writeXlsx } from '../fixtures/import/sheets.ts';
import { hashes, runImport, scratch, TODAY } from '../fixtures/import/run.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

const SITE = 'https://import.example.vn';

async function exported(catalog: string, file: string) {
  const summary = await exportCatalog({
    root: catalog,
    contentDir: catalog,
    today: TODAY,
    file,
    siteUrl: SITE,
    checkWords,
    words: exportWords,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file).buffer as ExcelJS.Buffer);
  return { summary, workbook };
}

/** A worksheet's rows as plain values (empty cells `null`), dates as `YYYY-MM-DD`. */
function values(sheet: ExcelJS.Worksheet) {
  const out: unknown[][] = [];
  sheet.eachRow((row) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
    out.push(cells.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null))));
  });
  return out;
}

describe('the export of an imported catalog', () => {
  const dir = scratch('export');
  const catalog = emptyCatalog(path.join(dir, 'catalog'));
  const file = path.join(dir, 'bao-cao.xlsx');
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    await writeXlsx(path.join(dir, 'ds.xlsx'), list2022());
    await runImport(path.join(dir, 'ds.xlsx'), catalog);
    ({ workbook } = await exported(catalog, file));
  });

  it('writes one row per product with its status and valid-until date', () => {
    const sheet = workbook.getWorksheet('Sản phẩm OCOP')!;
    const [header, ...rows] = values(sheet);
    expect(header).toEqual(Object.values(exportWords.products));
    const byName = Object.fromEntries(rows.map((r) => [r[1], r]));
    expect(byName['Mật ong hoa tràm']).toEqual([
      expect.any(Number),
      'Mật ong hoa tràm',
      'Thực phẩm',
      'Hợp tác xã Ong mật Khánh Hòa',
      'Hợp tác xã',
      'Xã Mỹ Đức, tỉnh An Giang',
      'An Giang',
      'Huyện Châu Phú',
      4,
      '2497/QĐ-UBND',
      null,
      '2022-10-10',
      '2025-10-10',
      'Hết hạn',
      `${SITE}/hop-tac-xa/htx-ong-mat-khanh-hoa/mat-ong-hoa-tram/`,
    ]);
    expect(byName['Bánh tét lá cẩm']!.slice(4, 14)).toEqual([
      'Hộ kinh doanh',
      'Phường Trà Vinh, tỉnh Vĩnh Long',
      'Vĩnh Long',
      null,
      3,
      null,
      null,
      'chưa rõ',
      null,
      'Chưa rõ ngày công nhận',
    ]);
    expect(byName['Kẹo dừa sáp']!.slice(11, 14)).toEqual(['năm 2022', null, 'Hết hạn']);
    expect(byName['Chiếu cói hoa văn']!.slice(11, 14)).toEqual(['2025-03-10', '2028-03-10', 'Còn hiệu lực']);
  });

  it('makes the header bold and frozen, with a filter, and text cells as text', () => {
    const sheet = workbook.getWorksheet('Sản phẩm OCOP')!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('L2').numFmt).toBe('dd/mm/yyyy');
  });

  it('imports again without changing a byte', async () => {
    const before = hashes(catalog);
    const report = await runImport(file, catalog);
    expect(new Set(report.rows.map((r) => r.status))).toEqual(new Set(['unchanged']));
    expect(hashes(catalog)).toEqual(before);
  });
});

describe('the export of a catalog with other certificates', () => {
  it('lists them on their own sheet, with their status', async () => {
    const dir = scratch('export-certificates');
    const catalog = path.join(dir, 'catalog');
    cpSync(path.join(REPO_ROOT, 'tests/fixtures/catalog'), catalog, { recursive: true });
    const { summary, workbook } = await exported(catalog, path.join(dir, 'bao-cao.xlsx'));
    const [header, ...rows] = values(workbook.getWorksheet('Chứng nhận khác')!);
    expect(header).toEqual(Object.values(exportWords.certificates));
    expect(rows.length).toBe(summary.certificates);
    expect(rows.find((r) => r[3] === 'Hữu cơ')).toEqual([
      expect.any(Number),
      'Túi xách sợi dừa',
      'Tổ hợp tác Kẹo dừa Chợ Lách',
      'Hữu cơ',
      null,
      'Tổ chức chứng nhận thử nghiệm',
      '2025-01-01',
      '2027-12-31',
      'Còn hiệu lực',
    ]);
    expect(summary.refused).toEqual([]);
  });
});
