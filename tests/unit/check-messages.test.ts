/**
 * Every mistake in tests/fixtures/broken, as the check reports it: position, severity, field and
 * the Vietnamese message. A check that disappears, a message that changes, or a line that drifts
 * fails here.
 */
import { checkWords } from '../../src/i18n/check.vi.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasErrors, loadCatalog, type LoadedCatalog } from '../../src/lib/content/load.ts';
import type { Issue } from '../../src/lib/content/issues.ts';
import { formatJson, formatReport } from '../../src/lib/content/report.ts';
import { BROKEN_CATALOG, FIXTURE_BUILD_DATE, REPO_ROOT } from '../helpers/fixture.ts';

const P = `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products`;

let catalog: LoadedCatalog;
let issues: Issue[];
const find = (fileSuffix: string, key: string) => issues.find((i) => i.file.endsWith(fileSuffix) && i.key === key);

beforeAll(async () => {
  catalog = await loadCatalog({ words: checkWords, root: REPO_ROOT, contentDir: BROKEN_CATALOG, today: FIXTURE_BUILD_DATE });
  issues = catalog.issues;
});

describe('check on tests/fixtures/broken', () => {
  it('reports every problem, each on its line, with the right Vietnamese message', () => {
    const report = formatReport(issues, catalog.fileCount, checkWords.report);
    expect(report).toMatchInlineSnapshot(`
      "tests/fixtures/broken/cooperatives/htx-duong-dan/index.md:6:1  lỗi  website: đường dẫn "javascript:alert(1)" không được phép: chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://.
      tests/fixtures/broken/cooperatives/htx-duong-dan/index.md:7:1  lỗi  facebook: đường dẫn thiếu "https://" ở đầu. Hãy viết "https://facebook.com/htx".
      tests/fixtures/broken/cooperatives/htx-khong-lien-he/index.md:2:1  cảnh báo  hợp tác xã chưa có cách liên hệ. Hãy thêm ít nhất một trong: phone, zalo, email, website, facebook.
      tests/fixtures/broken/cooperatives/htx-sai-ten-truong/index.md:6:1  lỗi  phon: trường "phon" không có trong mẫu. Có phải ý bạn là "phone"?
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/anh-gia.md:4:10  lỗi  images[0]: không đọc được ảnh "../khong-phai-anh.jpg": tệp bị hỏng hoặc không phải ảnh. Hãy xuất lại ảnh thành JPEG.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/anh-qua-lon.md:4:10  lỗi  images[0]: ảnh "../anh-qua-lon.png" có 42 triệu điểm ảnh, tối đa 40 triệu. Hãy thu nhỏ ảnh (chiều dài 2000 điểm ảnh là đủ).
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/anh-svg.md:4:10  lỗi  images[0]: ảnh "../bieu-trung.svg" là SVG, không được nhận vì có thể chứa mã chạy. Hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/anh-thieu.md:4:10  lỗi  images[0]: không tìm thấy ảnh "../khong-co.jpg". Hãy kiểm tra tên tệp, kể cả chữ hoa, chữ thường và đuôi .jpg/.png. Ảnh để trong thư mục images/ của hợp tác xã: từ tệp sản phẩm viết ../images/ten-anh.jpg, từ index.md viết ./images/ten-anh.jpg.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/banh-pia.mdx:1:1  lỗi  tệp .mdx không được dùng trong thư mục hợp tác xã (MDX có thể chứa mã chạy). Hãy đổi đuôi tệp thành .md.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/chung-nhan-het-han.md:6:5  cảnh báo  certifications[0]: Chứng nhận VietGAP đã hết hạn từ 10/01/2025: trang sẽ ghi "Hết hạn". Nếu đã được cấp lại, hãy cập nhật ngày cấp và số quyết định mới.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/chung-nhan-sap-het-han.md:5:1  cảnh báo  ocop: Chứng nhận OCOP 4 sao sẽ hết hạn ngày 15/07/2026 (còn 48 ngày). Hãy chuẩn bị hồ sơ gia hạn.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/gia-nguoc.md:7:3  lỗi  price.to: giá "đến" (45000) thấp hơn giá "từ" (60000). Hãy đổi chỗ hai số hoặc sửa lại.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/gia-sai-ten.md:5:1  lỗi  gia: trường "gia" không có trong mẫu. Có phải ý bạn là "price"?
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/het-han-truoc-ngay-cap.md:8:5  lỗi  certifications[0].validUntil: ngày hết hạn (2024-06-01) đứng trước ngày cấp (2025-06-01). Hãy kiểm tra lại hai ngày này.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/khong-anh.md:2:1  cảnh báo  images: sản phẩm chưa có ảnh. Hãy chép ảnh vào thư mục images/ của hợp tác xã rồi thêm ít nhất một ảnh: \`images: [../images/ten-anh.jpg]\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/khong-front-matter.md:1:1  lỗi  tệp phải bắt đầu bằng một dòng chỉ có ---, tiếp theo là các dòng thông tin, rồi một dòng --- nữa.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/ky-tu-an.md:2:1  cảnh báo  name: có ký tự ẩn không nhìn thấy được (U+0001, ngay sau "Mật ong"), thường lẫn vào khi chép chữ từ PDF, Word hay tin nhắn. Trang đã bỏ các ký tự này; hãy gõ lại dòng này cho sạch.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/ky-tu-an.md:4:1  cảnh báo  summary: có ký tự ẩn không nhìn thấy được (U+200B, U+202E, ngay sau "Mật"), thường lẫn vào khi chép chữ từ PDF, Word hay tin nhắn. Trang đã bỏ các ký tự này; hãy gõ lại dòng này cho sạch.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/ky-tu-an.md:8:1  cảnh báo  nội dung có ký tự ẩn không nhìn thấy được (U+0001, ngay sau "Mật ong"), thường lẫn vào khi chép chữ từ PDF, Word hay tin nhắn. Trang đã bỏ các ký tự này; hãy gõ lại đoạn này cho sạch.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/mat-ong.md:1:1  lỗi  sản phẩm này và tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/Mật ong.md cho cùng một địa chỉ /hop-tac-xa/htx-san-pham-loi/mat-ong/. Hãy đổi tên một trong hai tệp.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/ngay-sai.md:7:3  lỗi  ocop.issuedOn: ngày "2023-13-45" không hợp lệ. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-05-10.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/nhom-cu.md:3:1  cảnh báo  group: "thao-duoc" là tên nhóm cũ (2018–2019), tạm hiểu là "duoc-lieu". Hãy sửa thành \`group: duoc-lieu\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/nhom-sai.md:3:1  lỗi  group: nhóm "thuc-phm" không phải một trong 6 nhóm OCOP. Có phải ý bạn là "thuc-pham"? Các nhóm: thuc-pham, do-uong, duoc-lieu, thu-cong-my-nghe, sinh-vat-canh, du-lich.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/sao-ocop.md:6:3  lỗi  ocop.stars: số sao OCOP phải là 3, 4 hoặc 5 (đang ghi 6).
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/thieu-nhom.md:2:1  lỗi  group: thiếu nhóm OCOP. Hãy thêm dòng \`group: …\`, ví dụ \`group: thuc-pham\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-loi.md:5:10  lỗi  giá trị có dấu hai chấm và dấu cách nên bị đọc nhầm thành một trường mới. Hãy đặt cả giá trị trong dấu ngoặc kép: viết \`summary: "Ngon: tuyệt"\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-ngoac-kep.md:4:10  lỗi  dấu ngoặc kép " mở ở đây nhưng chưa được đóng. Hãy thêm " ở cuối giá trị: viết \`summary: "Chè búp sao tay"\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-tab.md:6:1  lỗi  dòng này và 1 dòng sau (dòng 7) thụt vào bằng phím Tab. Hãy thay mỗi Tab bằng hai dấu cách: viết \`  from: 50000\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-thieu-dau-cach.md:3:1  lỗi  thiếu dấu cách sau dấu hai chấm: viết \`name: Chè Shan tuyết cổ thụ\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-thieu-hai-cham.md:3:1  lỗi  thiếu dấu hai chấm sau tên trường "group": viết \`group: do-uong\`.
      tests/fixtures/broken/cooperatives/htx-san-pham-loi/products/yaml-thut-le.md:6:1  lỗi  dòng này sai cú pháp (các dòng cùng cấp phải thụt vào bằng nhau). Mỗi dòng ghi \`tên-trường: giá trị\`, có một dấu cách sau dấu hai chấm; trường con thụt vào hai dấu cách. Phần sau dòng này chưa được kiểm tra: sửa xong, hãy chạy lại \`npm run check\`.
      tests/fixtures/broken/cooperatives/htx-so-dien-thoai/index.md:6:1  lỗi  phone: 12345 không phải số điện thoại Việt Nam. Ví dụ đúng: 0912 345 678, 0275 3843 555 hoặc +84 912 345 678.
      tests/fixtures/broken/cooperatives/htx-thanh-vien/index.md:7:1  lỗi  members: phải là một số nguyên, ví dụ 25 (đang ghi "nhiều").
      tests/fixtures/broken/cooperatives/htx-thieu-ho-so:1:1  lỗi  thư mục hợp tác xã thiếu tệp index.md (hồ sơ hợp tác xã). Hãy tạo tệp này bằng \`npm run new\`.
      tests/fixtures/broken/cooperatives/htx-toa-do/index.md:7:1  lỗi  geo: toạ độ (105.9, 10.2) nằm ngoài Việt Nam. Có vẻ lat và lng bị đổi chỗ: lat là vĩ độ (từ 8 đến 23), lng là kinh độ (từ 102 đến 117).
      tests/fixtures/broken/stories/bai-sai-htx.mdx:5:16  lỗi  cooperatives[0]: không có hợp tác xã "htx-khong-co-that" (thư mục tests/fixtures/broken/cooperatives/htx-khong-co-that/).

      28 lỗi, 8 cảnh báo trong 33 tệp."
    `);
  });

  it('counts 28 errors and 8 warnings, and fails', () => {
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(28);
    expect(issues.filter((i) => i.severity === 'warning')).toHaveLength(8);
    expect(hasErrors(issues)).toBe(true);
    expect(formatReport(issues, catalog.fileCount, checkWords.report).split('\n').at(-1)).toBe('28 lỗi, 8 cảnh báo trong 33 tệp.');
  });

  it('reports a YAML slip once, at its line, and none of the errors it causes further down', () => {
    // Each yaml-*.md fixture has one slip and fields after it; before, `name:Chè` alone gave 34.
    const slips = issues.filter((i) => path.basename(i.file).startsWith('yaml-'));
    expect(slips.map((i) => `${path.basename(i.file)}:${i.line} ${i.key}`).sort()).toEqual([
      'yaml-loi.md:5 yaml.colon',
      'yaml-ngoac-kep.md:4 yaml.unclosed',
      'yaml-tab.md:6 yaml.tab',
      'yaml-thieu-dau-cach.md:3 yaml.noSpace',
      'yaml-thieu-hai-cham.md:3 yaml.noColon',
      'yaml-thut-le.md:6 yaml.syntax',
    ]);
  });

  it('catches each kind of mistake', () => {
    const keys = issues.map((i) => i.key);
    for (const key of [
      'unknownField',
      'expected.integer',
      'ocop.group',
      'ocop.legacyGroup',
      'ocop.stars',
      'date',
      'cert.validUntilBeforeIssued',
      'price.toBelowFrom',
      'phone',
      'url.unsafe',
      'url.missingScheme',
      'geo.outside',
      'image.missing',
      'image.svg',
      'image.unreadable',
      'image.tooManyPixels',
      'slug.duplicateProduct',
      'yaml.syntax',
      'yaml.noSpace',
      'yaml.noColon',
      'yaml.tab',
      'yaml.unclosed',
      'yaml.colon',
      'frontmatter.missing',
      'file.mdx',
      'coop.missingIndex',
      'story.unknownCoop',
      'cert.expired',
      'cert.expiring',
      'image.none',
      'coop.noContact',
      'text.invisible',
      'body.invisible',
    ] as const) {
      expect(keys, key).toContain(key);
    }
    const fields = issues.map((i) => i.field);
    for (const field of [
      'group',
      'gia',
      'phon',
      'members',
      'phone',
      'website',
      'facebook',
      'geo',
      'ocop',
      'ocop.stars',
      'ocop.issuedOn',
      'certifications[0]',
      'certifications[0].validUntil',
      'price.to',
      'images',
      'images[0]',
      'cooperatives[0]',
    ]) {
      expect(fields, field).toContain(field);
    }
  });

  it('gives each problem its severity', () => {
    const warnings = issues
      .filter((i) => i.severity === 'warning')
      .map((i) => `${path.basename(path.dirname(i.file)) === 'products' ? path.basename(i.file) : i.file.split('/').at(-2)}:${i.key}`);
    expect(warnings.sort()).toEqual([
      'chung-nhan-het-han.md:cert.expired',
      'chung-nhan-sap-het-han.md:cert.expiring',
      'htx-khong-lien-he:coop.noContact',
      'khong-anh.md:image.none',
      'ky-tu-an.md:body.invisible',
      'ky-tu-an.md:text.invisible',
      'ky-tu-an.md:text.invisible',
      'nhom-cu.md:ocop.legacyGroup',
    ]);
  });

  it('suggests the field or group that was meant', () => {
    expect(find('htx-sai-ten-truong/index.md', 'unknownField')?.message).toContain('Có phải ý bạn là "phone"?');
    expect(find('gia-sai-ten.md', 'unknownField')?.message).toContain('Có phải ý bạn là "price"?');
    expect(find('nhom-sai.md', 'ocop.group')?.message).toContain('Có phải ý bạn là "thuc-pham"?');
    expect(find('htx-duong-dan/index.md', 'url.missingScheme')?.message).toContain('"https://facebook.com/htx"');
    expect(find('htx-toa-do/index.md', 'geo.outside')?.message).toContain('lat và lng bị đổi chỗ');
  });

  it('reports a too-large image by its pixels although the file is tiny on disk', () => {
    const file = path.join(REPO_ROOT, BROKEN_CATALOG, 'cooperatives/htx-san-pham-loi/anh-qua-lon.png');
    expect(readFileSync(file).length).toBeLessThan(20_000);
    expect(find('anh-qua-lon.md', 'image.tooManyPixels')?.message).toContain('có 42 triệu điểm ảnh, tối đa 40 triệu');
  });

  it('points at the line and column of the offending key or value', () => {
    const cases: Array<[file: string, key: string, text: string]> = [
      ['htx-thanh-vien/index.md', 'expected.integer', 'members: nhiều'],
      ['htx-sai-ten-truong/index.md', 'unknownField', 'phon: 0912345678'],
      ['htx-so-dien-thoai/index.md', 'phone', 'phone: 12345'],
      ['htx-duong-dan/index.md', 'url.unsafe', 'website: javascript:alert(1)'],
      ['htx-duong-dan/index.md', 'url.missingScheme', 'facebook: facebook.com/htx'],
      ['htx-toa-do/index.md', 'geo.outside', 'geo:'],
      ['gia-sai-ten.md', 'unknownField', 'gia: 120000'],
      ['nhom-sai.md', 'ocop.group', 'group: thuc-phm'],
      ['nhom-cu.md', 'ocop.legacyGroup', 'group: thao-duoc'],
      ['sao-ocop.md', 'ocop.stars', 'stars: 6'],
      ['ngay-sai.md', 'date', 'issuedOn: 2023-13-45'],
      ['het-han-truoc-ngay-cap.md', 'cert.validUntilBeforeIssued', 'validUntil: 2024-06-01'],
      ['gia-nguoc.md', 'price.toBelowFrom', 'to: 45000'],
      ['anh-thieu.md', 'image.missing', '../khong-co.jpg]'],
      ['anh-svg.md', 'image.svg', '../bieu-trung.svg]'],
      ['anh-gia.md', 'image.unreadable', '../khong-phai-anh.jpg]'],
      ['anh-qua-lon.md', 'image.tooManyPixels', '../anh-qua-lon.png]'],
      ['yaml-loi.md', 'yaml.colon', 'Ngon: tuyệt'],
      ['yaml-tab.md', 'yaml.tab', '\tfrom: 50000'],
      ['yaml-thieu-dau-cach.md', 'yaml.noSpace', 'name:Chè Shan tuyết cổ thụ'],
      ['yaml-thieu-hai-cham.md', 'yaml.noColon', 'group do-uong'],
      ['yaml-ngoac-kep.md', 'yaml.unclosed', '"Chè búp sao tay'],
      ['yaml-thut-le.md', 'yaml.syntax', '  issuedOn: 2025-03-10'],
      ['chung-nhan-het-han.md', 'cert.expired', 'type: vietgap'],
      ['chung-nhan-sap-het-han.md', 'cert.expiring', 'ocop:'],
      ['bai-sai-htx.mdx', 'story.unknownCoop', 'htx-khong-co-that]'],
    ];
    for (const [file, key, text] of cases) {
      const issue = find(file, key);
      expect(issue, `${file} ${key}`).toBeDefined();
      const line = readFileSync(path.join(REPO_ROOT, issue!.file), 'utf8').split(/\r?\n/)[issue!.line - 1] ?? '';
      expect(line.slice(issue!.column - 1), `${issue!.file}:${issue!.line}:${issue!.column}`).toBe(text);
    }
  });

  it('reports whole-file problems at 1:1', () => {
    for (const [file, key] of [
      ['khong-front-matter.md', 'frontmatter.missing'],
      ['banh-pia.mdx', 'file.mdx'],
      ['mat-ong.md', 'slug.duplicateProduct'],
      ['htx-thieu-ho-so', 'coop.missingIndex'],
    ] as const) {
      expect(find(file, key), `${file} ${key}`).toMatchObject({ line: 1, column: 1, field: '', severity: 'error' });
    }
  });

  it('reports the duplicate slug once, naming the other file and the shared URL', () => {
    const duplicates = issues.filter((i) => i.key === 'slug.duplicateProduct');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]?.message).toBe(
      `sản phẩm này và ${P}/Mật ong.md cho cùng một địa chỉ /hop-tac-xa/htx-san-pham-loi/mat-ong/. Hãy đổi tên một trong hai tệp.`,
    );
  });

  it('reports a product without a group, on the group field', () => {
    expect(find('thieu-nhom.md', 'ocop.group') ?? find('thieu-nhom.md', 'missing')).toMatchObject({
      severity: 'error',
      field: 'group',
      line: 2,
      column: 1,
    });
  });

  it('tells a product without a group that the group is missing', () => {
    expect(issues.find((i) => i.file.endsWith('thieu-nhom.md'))?.message).toBe(
      'thiếu nhóm OCOP. Hãy thêm dòng `group: …`, ví dụ `group: thuc-pham`.',
    );
  });

  it('reports a story naming a cooperative that does not exist', () => {
    expect(find('bai-sai-htx.mdx', 'story.unknownCoop')).toMatchObject({
      severity: 'error',
      field: 'cooperatives[0]',
      line: 5,
      column: 16,
    });
  });

  it('names the cooperatives folder of the catalog being checked', () => {
    expect(find('bai-sai-htx.mdx', 'story.unknownCoop')?.message).toContain(`${BROKEN_CATALOG}/cooperatives/htx-khong-co-that/`);
  });

  it('keeps out of the catalog the entries whose front matter is invalid', () => {
    // Entries with valid front matter stay (image and slug errors are found beside the schema); any
    // error refuses the whole build anyway.
    const ids = catalog.products.map((p) => p.id).sort();
    expect(ids).toEqual([
      'htx-san-pham-loi/anh-gia',
      'htx-san-pham-loi/anh-qua-lon',
      'htx-san-pham-loi/anh-svg',
      'htx-san-pham-loi/anh-thieu',
      'htx-san-pham-loi/chung-nhan-het-han',
      'htx-san-pham-loi/chung-nhan-sap-het-han',
      'htx-san-pham-loi/khong-anh',
      'htx-san-pham-loi/ky-tu-an',
      'htx-san-pham-loi/mat-ong',
      'htx-san-pham-loi/mat-ong',
      'htx-san-pham-loi/nhom-cu',
    ]);
    expect(catalog.cooperatives.map((c) => c.id).sort()).toEqual(['htx-khong-lien-he', 'htx-san-pham-loi']);
  });

  it('gives the same issues as JSON, with the message key as code', () => {
    const json = JSON.parse(formatJson(issues)) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(issues.length);
    expect(json[0] && Object.keys(json[0]).sort()).toEqual(['code', 'column', 'field', 'file', 'line', 'message', 'severity']);
    expect(json.map((i) => i['code'])).toEqual(issues.map((i) => i.key));
  });

  it('checks only one cooperative folder when asked', async () => {
    const only = await loadCatalog({
      words: checkWords,
      root: REPO_ROOT,
      contentDir: BROKEN_CATALOG,
      today: FIXTURE_BUILD_DATE,
      only: `${BROKEN_CATALOG}/cooperatives/htx-toa-do`,
    });
    expect(only.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.key}`)).toEqual([
      `${BROKEN_CATALOG}/cooperatives/htx-toa-do/index.md:7:1 geo.outside`,
    ]);
  });
});
