/**
 * Bad input gets a clear Vietnamese message and writes nothing: a sheet without the columns it
 * needs, a corrupt, password-protected or Excel 97 file, an empty sheet, a header with no rows.
 * And the command line: exit code 1 with the message; `--json` prints one object.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrors } from '../../src/i18n/import.vi.ts';
import { ImportError } from '../../src/lib/import/types.ts';
import { emptyCatalog, list2022, writeCsv, writeXlsx } from '../fixtures/import/sheets.ts';
import { hashes, runImport, scratch } from '../fixtures/import/run.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

const dir = scratch('bad');
const catalog = emptyCatalog(path.join(dir, 'catalog'));
const untouched = hashes(catalog);

/** The Vietnamese message the import stops with, after checking it wrote nothing. */
async function refusal(file: string, options: Parameters<typeof runImport>[2] = {}): Promise<string> {
  const error = await runImport(file, catalog, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect(hashes(catalog)).toEqual(untouched);
  const { key, params } = error as ImportError;
  return importErrors[key](params);
}

/** An OLE compound file's first bytes, with a stream name in it (UTF-16LE, as OLE writes names). */
function ole(stream: string): Uint8Array {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from(stream, 'utf16le').copy(bytes, 1024);
  return new Uint8Array(bytes);
}

describe('bad input', () => {
  it('a sheet without the columns it needs: names those found and those needed', async () => {
    const file = path.join(dir, 'cot.xlsx');
    await writeXlsx(file, { rows: [['UBND HUYỆN CHÂU PHÚ'], ['STT', 'Tên hàng', 'Ghi chú'], [1, 'Mật ong', '']] });
    expect(await refusal(file)).toMatchInlineSnapshot(`
      "Bảng thiếu cột cần thiết: Tên sản phẩm; Chủ thể.
      Các cột tìm thấy: STT; Tên hàng; Ghi chú.
      Hãy đặt lại tên cột cho đúng, hoặc chỉ rõ cột nào là gì bằng --map "Tên cột trong bảng=product" (xem: npm run import -- --help)."
    `);
  });

  it('a sheet without stars, in a column or in sections', async () => {
    const file = path.join(dir, 'sao.csv');
    writeCsv(file, {
      rows: [
        ['Tên sản phẩm', 'Chủ thể', 'Địa chỉ'],
        ['Mật ong', 'HTX A', 'xã Khánh Hòa'],
      ],
    });
    expect(await refusal(file)).toContain('Bảng thiếu cột cần thiết: Hạng sao.\nCác cột tìm thấy: Tên sản phẩm; Chủ thể; Địa chỉ.');
  });

  it('a corrupt workbook, random bytes named .xlsx, a zip that is no workbook', async () => {
    const random = path.join(dir, 'hong.xlsx');
    writeFileSync(random, new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251)));
    expect(await refusal(random)).toMatchInlineSnapshot(
      `"Tệp .xlsx bị hỏng hoặc không phải tệp Excel: hãy mở thử bằng Excel, lưu lại thành .xlsx rồi chạy lại."`,
    );
    const zip = path.join(dir, 'zip.xlsx');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(500, 7)]));
    expect(await refusal(zip)).toContain('bị hỏng');
  });

  it('a password-protected workbook, and an Excel 97–2003 file', async () => {
    const locked = path.join(dir, 'mat-khau.xlsx');
    writeFileSync(locked, ole('EncryptionInfo'));
    expect(await refusal(locked)).toMatchInlineSnapshot(
      `"Tệp Excel có đặt mật khẩu nên không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu), lưu lại rồi chạy lại."`,
    );
    const old = path.join(dir, 'cu.xls');
    writeFileSync(old, ole('Workbook'));
    expect(await refusal(old)).toContain('Excel 97–2003 (.xls)');
  });

  it('an empty sheet, a blank CSV, a header with no rows', async () => {
    const empty = path.join(dir, 'trong.xlsx');
    await writeXlsx(empty, { rows: [] });
    expect(await refusal(empty)).toBe('Bảng tính trống: không có dòng nào có chữ.');
    const blank = path.join(dir, 'trong.csv');
    writeFileSync(blank, ',,,\r\n;;\r\n\r\n');
    expect(await refusal(blank)).toBe('Bảng tính trống: không có dòng nào có chữ.');
    const headerOnly = path.join(dir, 'tieu-de.xlsx');
    await writeXlsx(headerOnly, { rows: [['Tiêu đề'], ['Tên sản phẩm', 'Chủ thể', 'Hạng sao'], ['Tổng cộng: 0']] });
    expect(await refusal(headerOnly)).toBe('Có dòng tiêu đề cột (dòng 2) nhưng bên dưới không có dòng sản phẩm nào.');
  });

  it('a missing file, another format, an unknown worksheet or province, a broken manifest', async () => {
    expect(await refusal(path.join(dir, 'khong-co.xlsx'))).toContain('Không tìm thấy tệp');
    const ods = path.join(dir, 'ds.ods');
    writeFileSync(ods, 'x');
    expect(await refusal(ods)).toContain('Excel Workbook (.xlsx)');
    const good = path.join(dir, 'ds.xlsx');
    await writeXlsx(good, list2022());
    expect(await refusal(good, { sheet: 'Năm 2024' })).toBe('Không có trang tính "Năm 2024". Các trang tính trong tệp: Danh sách.');
    expect(await refusal(good, { province: 'Bến Tree' })).toContain('không phải tên một tỉnh');
    const broken = emptyCatalog(path.join(dir, 'broken'));
    mkdirSync(path.join(broken, '.import'));
    writeFileSync(path.join(broken, '.import/manifest.json'), '{ "version": 1, ');
    await expect(runImport(good, broken)).rejects.toMatchObject({ key: 'manifest.invalid' });
    expect(Object.keys(hashes(broken))).toEqual(['.import/manifest.json', 'site.yaml']);
  });
});

describe('the command line', () => {
  const cli = (args: string[], target: string) =>
    spawnSync(process.execPath, ['scripts/import.ts', ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CATALOG_DIR: target, SOURCE_DATE_EPOCH: '1779944400' },
    });

  it('exits 1 with the message and writes nothing', async () => {
    const file = path.join(dir, 'cli-cot.csv');
    writeCsv(file, {
      rows: [
        ['Tên hàng', 'Ghi chú'],
        ['Mật ong', ''],
      ],
    });
    const run = cli([file], catalog);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Bảng thiếu cột cần thiết: Tên sản phẩm; Chủ thể.\nCác cột tìm thấy: Tên hàng; Ghi chú.');
    expect(hashes(catalog)).toEqual(untouched);
  });

  it('prints one JSON object with --json, and writes nothing with --dry-run', async () => {
    const file = path.join(dir, 'cli.xlsx');
    await writeXlsx(file, list2022());
    const target = emptyCatalog(path.join(dir, 'cli-catalog'));
    const out = execFileSync(process.execPath, ['scripts/import.ts', file, '--json', '--dry-run'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CATALOG_DIR: target, SOURCE_DATE_EPOCH: '1779944400' },
    });
    const json = JSON.parse(out) as { rows: Array<Record<string, unknown>>; notInSheet: unknown[] };
    expect(Object.keys(json)).toEqual(['rows', 'notInSheet']);
    expect(json.rows[0]).toEqual({
      row: 5,
      status: 'created',
      file: path.relative(REPO_ROOT, path.join(target, 'cooperatives/htx-ong-mat-khanh-hoa/products/mat-ong-hoa-tram.md')),
      product: 'Mật ong hoa tràm',
      producer: 'Hợp tác xã Ong mật Khánh Hòa',
      messages: [
        'cần kiểm tra: công nhận đã hết hạn ngày 10/10/2025 (36 tháng): trang ghi "Hết hạn".',
        'cần kiểm tra: nhóm "Thực phẩm" do máy đề xuất theo chữ "mật ong" trong tên (danh sách không ghi nhóm): hãy xác nhận.',
        'tạo hồ sơ mới cooperatives/htx-ong-mat-khanh-hoa/index.md.',
      ],
    });
    expect(Object.keys(hashes(target))).toEqual(['site.yaml']);
  });
});
