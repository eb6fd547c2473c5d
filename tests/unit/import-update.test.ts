/**
 * Next year's sheet after cooperatives edited their files: only what the sheet owns (the OCOP
 * recognition) changes, byte for byte everything else stays; a product no longer listed is kept
 * and reported; nothing is duplicated. And a catalog written by hand: its folders and files are
 * found by the producer's and the product's names.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCatalog, list2022, writeXlsx, type Table } from '../fixtures/import/sheets.ts';
import { checkErrors, hashes, read, reportObject, reportText, runImport, scratch } from '../fixtures/import/run.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';

const HONEY = 'cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md';
const FISH = 'cooperatives/htx-ong-mat-khanh-hoa/products/kho-ca-loc.md';
const COOP = 'cooperatives/htx-ong-mat-khanh-hoa/index.md';

/** The 2023 list: other column names (no tones), a group column, honey re-rated, the mat dropped, one new product. */
const list2023 = (): Table => ({
  rows: [
    ['DANH SACH SAN PHAM OCOP NAM 2023'],
    ['TT', 'Ten san pham', 'Ten chu the', 'Dia ban', 'Tinh', 'So sao', 'So QD', 'Ngay cong nhan', 'Nhom'],
    [
      1,
      'Mật ong hoa tràm',
      'Hợp tác xã Ong mật Khánh Hòa',
      'xã Khánh Hòa, huyện Châu Phú',
      'An Giang',
      5,
      '3012/QĐ-UBND',
      new Date(Date.UTC(2023, 10, 20)),
      'Thực phẩm',
    ],
    [2, 'Khô cá lóc', 'HTX Ong mật Khánh Hòa', 'xã Khánh Hòa, huyện Châu Phú', 'An Giang', 4, '', '10/10/2022', 'Thực phẩm'],
    [3, 'Kẹo dừa sáp', 'Công ty TNHH Kẹo dừa Thanh Long', 'Bến Tre', 'Bến Tre', '5 sao', '', '2022', 'Thực phẩm'],
    [4, 'Bánh tét lá cẩm', 'HKD Đặng Thị Hoa', 'Phường 3', 'Trà Vinh', 3, '', '', 'Thực phẩm'],
    [
      5,
      'Rượu nếp than',
      'HTX Ong mật Khánh Hòa',
      'xã Khánh Hòa, huyện Châu Phú',
      'An Giang',
      '3 sao',
      '3012/QĐ-UBND',
      '20/11/2023',
      'Đồ uống',
    ],
    ['Tổng số: 5'],
  ],
});

describe('next year’s sheet after hand edits', () => {
  const dir = scratch('second-year');
  const catalog = emptyCatalog(path.join(dir, 'catalog'));
  let honeyBefore: string;
  let before: Record<string, string>;
  let report: ImportReport;

  beforeAll(async () => {
    await writeXlsx(path.join(dir, '2022.xlsx'), list2022());
    await runImport(path.join(dir, '2022.xlsx'), catalog);
    // The cooperative writes its summary, photos and story, renames nothing, adds its phone.
    honeyBefore = read(catalog, HONEY)
      .replace(
        'group: thuc-pham\n',
        'group: thuc-pham\nsummary: "Mật ong hoa tràm rừng U Minh: sánh, thơm"\nimages: [../images/mat-ong.jpg]\n',
      )
      .replace(/<!--[\s\S]*-->\n/, 'Ong nuôi dưới tán rừng tràm, quay mật vào tháng Ba.\n');
    writeFileSync(path.join(catalog, HONEY), honeyBefore);
    mkdirSync(path.join(catalog, 'cooperatives/htx-ong-mat-khanh-hoa/images'));
    cpSync(
      path.join(REPO_ROOT, 'tests/fixtures/catalog/cooperatives/ho-kinh-doanh-ba-tam/images/banh-phong-tom.jpg'),
      path.join(catalog, 'cooperatives/htx-ong-mat-khanh-hoa/images/mat-ong.jpg'),
    );
    writeFileSync(path.join(catalog, COOP), read(catalog, COOP).replace('type: htx\n', 'type: htx\nphone: 0296 3123 456\n'));
    before = hashes(catalog);
    await writeXlsx(path.join(dir, '2023.xlsx'), list2023());
    report = await runImport(path.join(dir, '2023.xlsx'), catalog);
  });

  it('changes only the recognition of a re-rated product', () => {
    const expected = honeyBefore.replace(
      'ocop:\n  stars: 4\n  issuedOn: 2022-10-10\n  decision: 2497/QĐ-UBND\n',
      'ocop:\n  stars: 5\n  issuedOn: 2023-11-20\n  decision: 3012/QĐ-UBND\n',
    );
    expect(read(catalog, HONEY)).toBe(expected);
    expect(report.rows[0]).toMatchObject({ row: 3, status: 'updated' });
  });

  it('leaves the profile, the group and what the sheet says the same way alone', () => {
    const after = hashes(catalog);
    expect(after[COOP]).toBe(before[COOP]);
    expect(read(catalog, COOP)).toContain('phone: 0296 3123 456\n');
    for (const file of [FISH, 'cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-tet-la-cam.md'])
      expect(after[file]).toBe(before[file]);
    expect(report.rows.slice(1, 4).map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('adds the new product to the existing folder, with no duplicate', () => {
    const added = Object.keys(hashes(catalog)).filter((f) => !(f in before));
    expect(added).toEqual(['cooperatives/htx-ong-mat-khanh-hoa/products/ruou-nep-than.md']);
    expect(read(catalog, added[0]!)).toContain('group: do-uong\nocop:\n  stars: 3\n  issuedOn: 2023-11-20\n  decision: 3012/QĐ-UBND\n');
  });

  it('keeps and reports a product the new sheet no longer lists', () => {
    const mat = 'cooperatives/co-so-san-xuat-chieu-binh-minh/products/chieu-coi-hoa-van.md';
    expect(existsSync(path.join(catalog, mat))).toBe(true);
    expect(reportObject(report, catalog).notInSheet).toEqual([
      { file: mat, product: 'Chiếu cói hoa văn', producer: 'Cơ sở sản xuất Chiếu Bình Minh' },
    ]);
    expect(reportText(report, catalog)).toContain(
      'Có trong lần nhập trước nhưng không còn trong danh sách này (giữ nguyên, không xoá): 1\n    cooperatives/co-so-san-xuat-chieu-binh-minh/products/chieu-coi-hoa-van.md: Chiếu cói hoa văn (Cơ sở sản xuất Chiếu Bình Minh)',
    );
  });

  it('still passes the check, and a third run changes nothing', async () => {
    expect(await checkErrors(catalog)).toEqual([]);
    const now = hashes(catalog);
    const third = await runImport(path.join(dir, '2023.xlsx'), catalog);
    expect(hashes(catalog)).toEqual(now);
    expect(third.rows.filter((r) => r.status === 'updated' || r.status === 'created')).toEqual([]);
  });

  it('finds a product the cooperative renamed, by what the earlier import recorded', async () => {
    writeFileSync(path.join(catalog, FISH), read(catalog, FISH).replace('name: Khô cá lóc\n', 'name: Khô cá lóc đồng một nắng\n'));
    const sheet = list2023();
    sheet.rows[3]![5] = 5;
    await writeXlsx(path.join(dir, '2024.xlsx'), sheet);
    const r = await runImport(path.join(dir, '2024.xlsx'), catalog);
    expect(r.rows[1]).toMatchObject({ status: 'updated', file: path.join(catalog, FISH) });
    expect(read(catalog, FISH)).toContain('name: Khô cá lóc đồng một nắng\n');
    expect(read(catalog, FISH)).toContain('ocop:\n  stars: 5\n  issuedOn: 2022-10-10\n');
  });
});

describe('a catalog written by hand', () => {
  const dir = scratch('by-hand');
  const catalog = path.join(dir, 'catalog');
  let report: ImportReport;

  beforeAll(async () => {
    cpSync(path.join(REPO_ROOT, 'tests/fixtures/catalog'), catalog, { recursive: true });
    await writeXlsx(path.join(dir, 'ds.xlsx'), {
      rows: [
        ['STT', 'Sản phẩm', 'Đơn vị', 'Địa chỉ', 'Xếp hạng', 'Số, ngày quyết định'],
        [
          1,
          'Kẹo dừa lá dứa',
          'THT Kẹo dừa Chợ Lách',
          'xã Chợ Lách, Vĩnh Long',
          '4 sao',
          '88/QĐ-UBND ngày 02/03/2026 của UBND tỉnh Vĩnh Long',
        ],
        [2, 'Bánh phồng tôm Bà Tám', 'HKD Bà Tám', 'xã Vĩnh Thành, huyện Chợ Lách, Bến Tre', '3 sao', '1234/QĐ-UBND ngày 15/08/2022'],
      ],
    });
    report = await runImport(path.join(dir, 'ds.xlsx'), catalog);
  });

  it('finds the folders by the producers’ names and the files by the products’ names', () => {
    expect(report.rows.map((r) => [r.status, path.relative(catalog, r.file ?? '')])).toEqual([
      ['updated', 'cooperatives/tht-keo-dua-cho-lach/products/Kẹo dừa lá dứa.md'],
      ['updated', 'cooperatives/ho-kinh-doanh-ba-tam/products/banh-phong-tom.md'],
    ]);
    expect(reportText(report, catalog)).toContain('dùng hồ sơ đã có cooperatives/tht-keo-dua-cho-lach (không sửa hồ sơ).');
  });

  it('replaces a new recognition whole, and completes the same one with its day', () => {
    expect(read(catalog, 'cooperatives/tht-keo-dua-cho-lach/products/Kẹo dừa lá dứa.md')).toContain(
      'ocop:\n  stars: 4\n  issuedOn: 2026-03-02\n  decision: 88/QĐ-UBND\n  issuer: UBND tỉnh Vĩnh Long\nprice:',
    );
    expect(read(catalog, 'cooperatives/ho-kinh-doanh-ba-tam/products/banh-phong-tom.md')).toContain(
      'ocop:\n  stars: 3\n  issuedOn: 2022-08-15\n  decision: 1234/QĐ-UBND\nprice:',
    );
  });

  it('leaves every other file of the catalog as it was', async () => {
    const fresh = path.join(dir, 'fresh');
    cpSync(path.join(REPO_ROOT, 'tests/fixtures/catalog'), fresh, { recursive: true });
    const changed = Object.entries(hashes(catalog))
      .filter(([file, hash]) => hashes(fresh)[file] !== hash)
      .map(([file]) => file);
    expect(changed).toEqual([
      '.import/manifest.json',
      'cooperatives/ho-kinh-doanh-ba-tam/products/banh-phong-tom.md',
      'cooperatives/tht-keo-dua-cho-lach/products/Kẹo dừa lá dứa.md',
    ]);
    expect(await checkErrors(catalog)).toEqual(await checkErrors(fresh));
  });
});
