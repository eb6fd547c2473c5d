/**
 * `npm run import` end to end on sheets made like provinces' lists: files in the contract, the
 * check passes, the same sheet twice changes no byte, the same list as .xlsx and .csv (UTF-8, with
 * a byte-order mark, Windows-1258, `;`) gives the same files, and the report says row by row what
 * happened and what needs a person.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCatalog, list2022, writeCsv, writeXlsx, type Table } from '../fixtures/import/sheets.ts';
import { checkErrors, hashes, read, reportObject, reportText, runImport, scratch } from '../fixtures/import/run.ts';
import type { ImportReport } from '../../src/lib/import/report.ts';

const dir = scratch('first-year');
const sheet = path.join(dir, 'ds-ocop-2022.xlsx');
const catalog = emptyCatalog(path.join(dir, 'catalog'));
let report: ImportReport;

beforeAll(async () => {
  await writeXlsx(sheet, list2022());
  report = await runImport(sheet, catalog);
});

describe('a first import', () => {
  it('makes one folder per producer, name variants included, one file per product row', () => {
    const files = Object.keys(hashes(catalog));
    expect(files).toEqual([
      '.import/manifest.json',
      'cooperatives/co-so-san-xuat-chieu-binh-minh/index.md',
      'cooperatives/co-so-san-xuat-chieu-binh-minh/products/chieu-coi-hoa-van.md',
      'cooperatives/cong-ty-tnhh-keo-dua-thanh-long/index.md',
      'cooperatives/cong-ty-tnhh-keo-dua-thanh-long/products/keo-dua-sap.md',
      'cooperatives/ho-kinh-doanh-dang-thi-hoa/index.md',
      'cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-tet-la-cam.md',
      'cooperatives/htx-ong-mat-khanh-hoa/index.md',
      'cooperatives/htx-ong-mat-khanh-hoa/products/kho-ca-loc.md',
      'cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md',
      'site.yaml',
    ]);
  });

  it('keeps producers’ true types and writes old addresses in today’s units', () => {
    expect(read(catalog, 'cooperatives/cong-ty-tnhh-keo-dua-thanh-long/index.md')).toMatchInlineSnapshot(`
      "---
      # HỒ SƠ, tạo từ danh sách OCOP của tỉnh (npm run import). Dòng bắt đầu bằng # là lời giải thích.
      # Lần nhập sau không sửa tệp này. Hãy bổ sung điện thoại, giới thiệu, ảnh… theo hướng dẫn docs/huong-dan.md.
      name: Công ty TNHH Kẹo dừa Thanh Long
      type: dn
      address:
        street: Ấp Phú Hòa
        commune: Xã Đồng Khởi
        district: Huyện Mỏ Cày Nam
        province: Vĩnh Long
      tags:
        - Xã Định Thủy
        - Bến Tre
      added: 2026-05-28
      ---

      <!--
      Viết câu chuyện của hợp tác xã ở đây: thành lập khi nào, có bao nhiêu hộ tham gia, làm ra sản phẩm
      như thế nào, điều gì làm nên sự khác biệt.
      Khối này không hiện trên trang. Viết phần giới thiệu bên dưới khối, rồi xoá khối đi.
      -->
      "
    `);
    expect(read(catalog, 'cooperatives/ho-kinh-doanh-dang-thi-hoa/index.md')).toContain('type: ho\n');
    expect(read(catalog, 'cooperatives/co-so-san-xuat-chieu-binh-minh/index.md')).toContain('type: cs\n');
    expect(read(catalog, 'cooperatives/htx-ong-mat-khanh-hoa/index.md')).toContain(
      'address:\n  commune: Xã Mỹ Đức\n  district: Huyện Châu Phú\n  province: An Giang\ntags:\n  - Xã Khánh Hòa\n',
    );
  });

  it('writes the recognition with its date, its year only, or chưa rõ', () => {
    expect(read(catalog, 'cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md')).toMatchInlineSnapshot(`
      "---
      # SẢN PHẨM, tạo từ danh sách OCOP của tỉnh (npm run import). Dòng bắt đầu bằng # là lời giải thích.
      # Mục ocop do cán bộ cập nhật mỗi lần nhập lại danh sách. Các mục khác là của hợp tác xã: lần nhập sau không sửa.
      # Thêm giới thiệu, ảnh, giá… theo hướng dẫn docs/huong-dan.md (bản mẫu đầy đủ: npm run new).
      name: Mật ong hoa tràm
      # Nhóm OCOP do máy đề xuất từ tên sản phẩm (danh sách không ghi nhóm): hãy kiểm tra, rồi xoá dòng này.
      group: thuc-pham
      ocop:
        stars: 4
        issuedOn: 2022-10-10
        decision: 2497/QĐ-UBND
      added: 2026-05-28
      ---

      <!--
      Giới thiệu sản phẩm ở đây: nguyên liệu, cách làm, cách dùng, cách bảo quản.
      Khối này không hiện trên trang. Viết phần giới thiệu bên dưới khối, rồi xoá khối đi.
      -->
      "
    `);
    expect(read(catalog, 'cooperatives/cong-ty-tnhh-keo-dua-thanh-long/products/keo-dua-sap.md')).toContain(
      'ocop:\n  stars: 5\n  issuedOn: 2022\n',
    );
    expect(read(catalog, 'cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-tet-la-cam.md')).toContain(
      'ocop:\n  stars: 3\n  issuedOn: chưa rõ\n',
    );
  });

  it('passes the check', async () => {
    expect(await checkErrors(catalog)).toEqual([]);
  });

  it('reports row by row, with the sheet’s row numbers, in Vietnamese', () => {
    expect(reportText(report, catalog)).toMatchInlineSnapshot(`
      "Nhập danh sách OCOP từ ../ds-ocop-2022.xlsx, trang tính "Danh sách", dòng tiêu đề cột: 4.
      Cột đọc được: STT → số thứ tự; Tên sản phẩm → tên sản phẩm; Chủ thể → chủ thể; Địa chỉ → địa chỉ; Tỉnh → tỉnh; Hạng sao → số sao; Quyết định công nhận → quyết định.

      Dòng 5: tạo mới. Mật ong hoa tràm (Hợp tác xã Ong mật Khánh Hòa) → cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md
          tạo hồ sơ mới cooperatives/htx-ong-mat-khanh-hoa/index.md.
          cần kiểm tra: công nhận đã hết hạn ngày 10/10/2025 (36 tháng): trang ghi "Hết hạn".
          cần kiểm tra: nhóm "Thực phẩm" do máy đề xuất theo chữ "mật ong" trong tên (danh sách không ghi nhóm): hãy xác nhận.
      Dòng 6: tạo mới. Khô cá lóc (Hợp tác xã Ong mật Khánh Hòa) → cooperatives/htx-ong-mat-khanh-hoa/products/kho-ca-loc.md
          cần kiểm tra: công nhận đã hết hạn ngày 10/10/2025 (36 tháng): trang ghi "Hết hạn".
          cần kiểm tra: nhóm "Thực phẩm" do máy đề xuất theo chữ "khô" trong tên (danh sách không ghi nhóm): hãy xác nhận.
      Dòng 7: tạo mới. Kẹo dừa sáp (Công ty TNHH Kẹo dừa Thanh Long) → cooperatives/cong-ty-tnhh-keo-dua-thanh-long/products/keo-dua-sap.md
          tạo hồ sơ mới cooperatives/cong-ty-tnhh-keo-dua-thanh-long/index.md.
          cần kiểm tra: chỉ rõ năm công nhận 2022, đã quá 36 tháng kể từ cuối năm đó nên trang ghi "Hết hạn": hãy bổ sung ngày quyết định.
          cần kiểm tra: nhóm "Thực phẩm" do máy đề xuất theo chữ "kẹo" trong tên (danh sách không ghi nhóm): hãy xác nhận.
      Dòng 8: tạo mới. Bánh tét lá cẩm (Hộ kinh doanh Đặng Thị Hoa) → cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-tet-la-cam.md
          tạo hồ sơ mới cooperatives/ho-kinh-doanh-dang-thi-hoa/index.md.
          cần kiểm tra: chưa rõ ngày công nhận: ghi issuedOn: chưa rõ; trang ghi "Chưa rõ ngày công nhận", không hiện là còn hiệu lực, cho tới khi bổ sung ngày quyết định.
          cần kiểm tra: nhóm "Thực phẩm" do máy đề xuất theo chữ "bánh" trong tên (danh sách không ghi nhóm): hãy xác nhận.
      Dòng 9: tạo mới. Chiếu cói hoa văn (Cơ sở sản xuất Chiếu Bình Minh) → cooperatives/co-so-san-xuat-chieu-binh-minh/products/chieu-coi-hoa-van.md
          tạo hồ sơ mới cooperatives/co-so-san-xuat-chieu-binh-minh/index.md.
          cần kiểm tra: nhóm "Thủ công mỹ nghệ" do máy đề xuất theo chữ "chiếu cói" trong tên (danh sách không ghi nhóm): hãy xác nhận.
      Dòng 10: bỏ qua: kết quả "Không đạt": sản phẩm không được công nhận OCOP.
      Dòng 11: bỏ qua: dòng tổng cộng.

      Tổng: 5 tạo mới, 0 cập nhật, 0 không đổi, 2 bỏ qua; 5 dòng cần người kiểm tra (các dòng "cần kiểm tra" ở trên).
      Bước tiếp: npm run check để kiểm tra, npm run dev để xem trước trang."
    `);
  });

  it('prints one JSON object with rows and notInSheet', () => {
    const json = reportObject(report, catalog);
    expect(Object.keys(json)).toEqual(['rows', 'notInSheet']);
    expect(json.rows.map((r) => [r.row, r.status, 'file' in r ? r.file : undefined])).toEqual([
      [5, 'created', 'cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md'],
      [6, 'created', 'cooperatives/htx-ong-mat-khanh-hoa/products/kho-ca-loc.md'],
      [7, 'created', 'cooperatives/cong-ty-tnhh-keo-dua-thanh-long/products/keo-dua-sap.md'],
      [8, 'created', 'cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-tet-la-cam.md'],
      [9, 'created', 'cooperatives/co-so-san-xuat-chieu-binh-minh/products/chieu-coi-hoa-van.md'],
      [10, 'skipped', undefined],
      [11, 'skipped', undefined],
    ]);
    expect(json.rows[3]).toMatchObject({ product: 'Bánh tét lá cẩm', producer: 'Hộ kinh doanh Đặng Thị Hoa' });
    expect(json.rows[3]!.messages.some((m) => m.includes('chưa rõ ngày công nhận'))).toBe(true);
    expect(json.notInSheet).toEqual([]);
  });

  it('changes no byte when the same sheet is imported again', async () => {
    const before = hashes(catalog);
    const again = await runImport(sheet, catalog);
    expect(hashes(catalog)).toEqual(before);
    expect(again.rows.map((r) => r.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'skipped',
      'skipped',
    ]);
    // The proposed groups were asked about once, when the files were made.
    expect(again.rows.flatMap((r) => r.messages).filter((m) => m.key.startsWith('person.group'))).toEqual([]);
  });
});

describe('the same list as .xlsx and as .csv', () => {
  /** The 2022 list with a producer merged over two rows (blank below it in a CSV), without the Latin Ð and ★ Windows-1258 has no byte for. */
  const table = (): Table => {
    const t = list2022();
    t.rows[7]![2] = 'Hộ kinh doanh Đặng Thị Hoa';
    t.rows[8]![5] = '3 sao';
    t.rows.splice(8, 0, [5, 'Bánh ít lá gai', null, null, null, '3 sao', 'chưa rõ']);
    t.merges = ['A1:G1', 'A2:G2', 'A12:G12', 'C8:C9', 'D8:D9', 'E8:E9'];
    return t;
  };

  it('gives identical files from every encoding and delimiter', async () => {
    const root = scratch('formats');
    const outputs: Array<Record<string, string>> = [];
    const sheets: Array<[string, (file: string) => Promise<void> | void]> = [
      ['ds.xlsx', (f) => writeXlsx(f, table())],
      ['ds-utf8.csv', (f) => writeCsv(f, table())],
      ['ds-bom.csv', (f) => writeCsv(f, table(), { encoding: 'utf8-bom' })],
      ['ds-1258.csv', (f) => writeCsv(f, table(), { encoding: 'windows-1258', delimiter: ';' })],
    ];
    for (const [name, write] of sheets) {
      const file = path.join(root, name);
      await write(file);
      const target = emptyCatalog(path.join(root, name.replace('.', '-')));
      const r = await runImport(file, target);
      expect(r.rows.filter((x) => x.status === 'created')).toHaveLength(6);
      outputs.push(hashes(target));
    }
    for (const output of outputs.slice(1)) expect(output).toEqual(outputs[0]);
    expect(Object.keys(outputs[0]!)).toContain('cooperatives/ho-kinh-doanh-dang-thi-hoa/products/banh-it-la-gai.md');
  });
});

describe('a dry run', () => {
  it('reports what it would do and writes nothing', async () => {
    const root = scratch('dry-run');
    const file = path.join(root, 'ds.xlsx');
    await writeXlsx(file, list2022());
    const target = emptyCatalog(path.join(root, 'catalog'));
    const before = hashes(target);
    const r = await runImport(file, target, { dryRun: true });
    expect(r.rows.filter((x) => x.status === 'created')).toHaveLength(5);
    expect(hashes(target)).toEqual(before);
    expect(readdirSync(path.join(target, 'cooperatives'))).toEqual([]);
    expect(existsSync(path.join(target, '.import'))).toBe(false);
  });
});
