/**
 * Sheet shapes the import must read: a header under title rows, found by its names with or
 * without tones; a two-row header; section rows giving stars and groups; the header repeated on a
 * new page; a numbering row; a decision named in the title; a mapping for unusual names; and the
 * cells exceljs gives (rich text, formulas, hyperlinks, dates).
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVocabulary as v } from '../../src/i18n/import.vi.ts';
import { detectDelimiter, readCsv } from '../../src/lib/import/read-csv.ts';
import { cellText } from '../../src/lib/import/read-xlsx.ts';
import { findHeader } from '../../src/lib/import/header.ts';
import { emptyCatalog, encode1258, writeXlsx } from '../fixtures/import/sheets.ts';
import { checkErrors, read, reportText, runImport, scratch } from '../fixtures/import/run.ts';

const noMapping = new Map();
const rows = (cells: string[][]) => cells.map((c, i) => ({ row: i + 1, cells: c }));

describe('the header', () => {
  it('is found under title rows by its names, with or without tones', () => {
    const header = findHeader(
      rows([
        ['UBND TINH BEN TRE'],
        ['DANH SACH SAN PHAM OCOP'],
        [],
        ['So TT', 'Ten san pham', 'Ten chu the', 'Dia chi', 'Hang sao', 'So QD'],
      ]),
      v,
      noMapping,
    );
    expect(header).toMatchObject({
      rows: [4],
      start: 4,
      columns: { index: 0, product: 1, producer: 2, address: 3, stars: 4, decision: 5 },
    });
  });

  it('reads a two-row header: a merged parent over short names', () => {
    const header = findHeader(
      rows([
        ['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Kết quả', 'Quyết định công nhận', ''],
        ['', '', '', '', 'Số', 'Ngày'],
        ['1', 'Mật ong', 'HTX A', '4', '12/QĐ-UBND', '2024-01-02'],
      ]),
      v,
      noMapping,
    );
    expect(header).toMatchObject({ rows: [1, 2], start: 2, columns: { stars: 3, decision: 4, date: 5 } });
    expect(header.names.slice(4)).toEqual(['Quyết định công nhận / Số', 'Quyết định công nhận / Ngày']);
  });

  it('names the columns found and those needed when it finds none', () => {
    expect(() => findHeader(rows([['Tên hàng', 'Doanh nghiệp', 'Sao']]), v, noMapping)).toThrow(
      expect.objectContaining({
        key: 'columns.missing',
        params: { found: ['Tên hàng', 'Doanh nghiệp', 'Sao'], needed: ['Tên sản phẩm', 'Chủ thể'] },
      }),
    );
  });
});

describe('a sheet with sections instead of star and group columns', () => {
  it('gives each row its section’s stars and group, and the title’s decision', async () => {
    const dir = scratch('sections');
    const file = path.join(dir, 'ds.xlsx');
    await writeXlsx(file, {
      rows: [
        ['DANH SÁCH SẢN PHẨM OCOP (Kèm theo Quyết định số 1234/QĐ-UBND ngày 05/06/2023 của UBND tỉnh An Giang)'],
        [],
        ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa bàn'],
        ['(1)', '(2)', '(3)', '(4)'],
        ['I', 'SẢN PHẨM ĐẠT 4 SAO', null, null],
        ['1. Nhóm thực phẩm'],
        [1, 'Khô cá tra phồng', 'HTX Thủy sản Mỹ Hòa Hưng', 'xã Mỹ Hòa Hưng, TP. Long Xuyên'],
        ['2. Nhóm đồ uống'],
        [2, 'Trà khổ qua rừng', 'Công ty CP Thảo mộc Bảy Núi', 'xã An Hảo, huyện Tịnh Biên'],
        ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa bàn'],
        ['II', 'SẢN PHẨM ĐẠT 3 SAO', null, null],
        [3, 'Đường thốt nốt', 'Tổ hợp tác Thốt nốt Tri Tôn', 'xã Lương Phi, huyện Tri Tôn'],
        ['Cộng: 3 sản phẩm'],
      ],
      merges: ['A1:D1', 'B5:D5', 'A6:D6', 'A8:D8', 'B11:D11'],
    });
    const catalog = emptyCatalog(path.join(dir, 'catalog'));
    const report = await runImport(file, catalog);
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [4, 'skipped'],
      [5, 'skipped'],
      [6, 'skipped'],
      [7, 'created'],
      [8, 'skipped'],
      [9, 'created'],
      [10, 'skipped'],
      [11, 'skipped'],
      [12, 'created'],
      [13, 'skipped'],
    ]);
    expect(read(catalog, 'cooperatives/htx-thuy-san-my-hoa-hung/products/kho-ca-tra-phong.md')).toContain(
      'group: thuc-pham\nocop:\n  stars: 4\n  issuedOn: 2023-06-05\n  decision: 1234/QĐ-UBND\n  issuer: UBND tỉnh An Giang\n',
    );
    expect(read(catalog, 'cooperatives/cong-ty-co-phan-thao-moc-bay-nui/products/tra-kho-qua-rung.md')).toContain(
      'group: do-uong\nocop:\n  stars: 4\n',
    );
    expect(read(catalog, 'cooperatives/tht-thot-not-tri-ton/products/duong-thot-not.md')).toContain('stars: 3\n');
    expect(
      reportText(report, catalog)
        .split('\n')
        .filter((l) => l.startsWith('Dòng')),
    ).toMatchInlineSnapshot(`
      [
        "Dòng 4: bỏ qua: dòng đánh số cột.",
        "Dòng 5: bỏ qua: dòng tiêu đề mục "I | SẢN PHẨM ĐẠT 4 SAO": các dòng bên dưới lấy 4 sao.",
        "Dòng 6: bỏ qua: dòng tiêu đề mục "1. Nhóm thực phẩm": các dòng bên dưới lấy nhóm Thực phẩm.",
        "Dòng 7: tạo mới. Khô cá tra phồng (Hợp tác xã Thủy sản Mỹ Hòa Hưng) → cooperatives/htx-thuy-san-my-hoa-hung/products/kho-ca-tra-phong.md",
        "Dòng 8: bỏ qua: dòng tiêu đề mục "2. Nhóm đồ uống": các dòng bên dưới lấy nhóm Đồ uống.",
        "Dòng 9: tạo mới. Trà khổ qua rừng (Công ty Cổ phần Thảo mộc Bảy Núi) → cooperatives/cong-ty-co-phan-thao-moc-bay-nui/products/tra-kho-qua-rung.md",
        "Dòng 10: bỏ qua: dòng tiêu đề cột lặp lại (đầu trang in mới).",
        "Dòng 11: bỏ qua: dòng tiêu đề mục "II | SẢN PHẨM ĐẠT 3 SAO": các dòng bên dưới lấy 3 sao.",
        "Dòng 12: tạo mới. Đường thốt nốt (Tổ hợp tác Thốt nốt Tri Tôn) → cooperatives/tht-thot-not-tri-ton/products/duong-thot-not.md",
        "Dòng 13: bỏ qua: dòng tổng cộng.",
      ]
    `);
    expect(await checkErrors(catalog)).toEqual([]);
  });
});

describe('a mapping for an unusual sheet', () => {
  it('reads the columns it names', async () => {
    const dir = scratch('mapping');
    const file = path.join(dir, 'ds.xlsx');
    await writeXlsx(file, {
      rows: [
        ['Tên hàng', 'Doanh nghiệp', 'Sao', 'Nơi'],
        ['Nước mắm cá cơm', 'Cty TNHH Nước mắm Hòn Sơn', '4', 'xã Hòn Nghệ, huyện Kiên Lương, Kiên Giang'],
      ],
    });
    const catalog = emptyCatalog(path.join(dir, 'catalog'));
    const report = await runImport(file, catalog, { mapping: { 'Tên hàng': 'product', 'Doanh nghiệp': 'producer', Nơi: 'Địa chỉ' } });
    expect(report.columns.map((c) => c.field)).toEqual(['product', 'producer', 'stars', 'address']);
    expect(report.rows[0]).toMatchObject({ status: 'created', producer: 'Công ty TNHH Nước mắm Hòn Sơn' });
    await expect(runImport(file, catalog, { mapping: { 'Tên hàng': 'ten' } })).rejects.toMatchObject({ key: 'map.invalid' });
  });
});

describe('reading cells', () => {
  it('gives the text a person sees', () => {
    expect(cellText({ richText: [{ text: 'Mật ' }, { text: 'ong' }] })).toBe('Mật ong');
    expect(cellText({ formula: 'A1&"x"', result: 'HTX A' })).toBe('HTX A');
    expect(cellText({ formula: 'TODAY()', result: new Date(Date.UTC(2024, 0, 2)) })).toBe('2024-01-02');
    expect(cellText({ text: 'Trang', hyperlink: 'https://a.vn' })).toBe('Trang');
    expect(cellText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('');
    expect(cellText(4)).toBe('4');
  });

  it('decodes CSV in UTF-8, with a BOM, in Windows-1258 and UTF-16, with `,`, `;` or tab', () => {
    const text = 'Tên sản phẩm;Chủ thể\r\nKẹo dừa;"HTX Định Thủy; Bến Tre"\r\n';
    const expected = [
      { row: 1, cells: ['Tên sản phẩm', 'Chủ thể'] },
      { row: 2, cells: ['Kẹo dừa', 'HTX Định Thủy; Bến Tre'] },
    ];
    expect(readCsv(new Uint8Array(Buffer.from(text)), 'a.csv').rows).toEqual(expected);
    expect(readCsv(new Uint8Array(Buffer.from(`\uFEFF${text}`)), 'a.csv').rows).toEqual(expected);
    expect(readCsv(encode1258(text), 'a.csv').rows).toEqual(expected);
    const tabs = 'Tên sản phẩm\tChủ thể\r\nKẹo dừa\tHTX Định Thủy; Bến Tre\r\n';
    expect(readCsv(new Uint8Array(Buffer.from(`\uFEFF${tabs}`, 'utf16le')), 'a.csv').rows).toEqual(expected);
    expect(detectDelimiter('a;b;c\nxã A, huyện B;2;3\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n"x, y",2,3\n')).toBe(',');
  });

  it('keeps a sheet’s row numbers across a line break inside a cell', () => {
    const sheet = readCsv(new Uint8Array(Buffer.from('a,b\r\n"Chiếu cói\r\nhoa văn",x\r\nc,d\r\n')), 'a.csv');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['Chiếu cói hoa văn', 'x'] },
      { row: 3, cells: ['c', 'd'] },
    ]);
  });
});
