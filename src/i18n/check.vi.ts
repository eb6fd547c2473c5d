/**
 * Every message `npm run check` and the build print about content, in Vietnamese.
 *
 * Each says what is wrong and what to write instead, for people who are not developers. Schemas
 * refer to these by key (see `src/schemas/fields.ts`); the formatter in `src/lib/errors` fills in
 * the values. An English edition adds a sibling file with the same keys.
 */

import type { UnsafeMarkup } from '../lib/html/sanitize.ts';
import { CERTIFICATION_TYPES, type CertificationType } from '../schemas/certification-type.ts';
import { OCOP_GROUPS } from '../schemas/ocop-group.ts';
import { STAR_LEVELS } from '../schemas/ocop-stars.ts';
import { PRODUCER_TYPES } from '../schemas/producer-type.ts';
import type { CheckWords, Collection } from '../lib/content/words.ts';
import type { FieldPath } from '../lib/errors/zod-issues.ts';
import { fieldAliases, fieldWordsAt, orList } from './fields.vi.ts';
import { formatDate } from './format.ts';
import { certificationLabels, cooperativeTypeLabels } from './vi.ts';

type P = Record<string, unknown>;

/** A value as the user wrote it, quoted: `"2023-13-45"`. Lists and objects are summarised. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return '(trống)';
  if (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value)) return value;
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (Array.isArray(value)) return '(một danh sách)';
  if (typeof value === 'object') return '(một nhóm trường)';
  return String(value);
}

/** A date as Vietnamese readers write it, `10/05/2024`. */
const date = (iso: unknown) => (typeof iso === 'string' ? formatDate(iso) : '');

/** A certificate as messages name it: `Chứng nhận OCOP 4 sao`, `Chứng nhận VietGAP`. */
function certificateName(value: unknown): string {
  const cert = value as { kind: string; stars?: number; name?: string };
  if (cert.kind === 'ocop') return `Chứng nhận OCOP ${cert.stars} sao`;
  const label = cert.kind === 'other' ? (cert.name ?? certificationLabels.other) : certificationLabels[cert.kind as CertificationType];
  return `Chứng nhận ${label}`;
}

const maybe = (s: unknown, text: (s: string) => string): string => (typeof s === 'string' && s !== '' ? ' ' + text(s) : '');

/** The one answer to where photos go, as the guide, the templates and `npm run new` give it. */
const whereImagesGo = 'từ tệp sản phẩm viết ../images/ten-anh.jpg, từ index.md viết ./images/ten-anh.jpg';

export const checkMessages = {
  // Shapes of values
  missing: (p: P) => {
    const words = fieldWordsAt(p['collection'] as Collection, p['path'] as FieldPath);
    const label = words?.label ?? `trường "${String(p['key'])}"`;
    const example = words?.example ? `, ví dụ \`${p['key']}: ${words.example}\`` : '';
    return `thiếu ${label}. Hãy thêm dòng \`${p['key']}: …\`${example}.`;
  },
  'expected.text': (p: P) => `phải là một đoạn chữ (đang ghi ${show(p['value'])}).`,
  'expected.list': (p: P) => `phải là một danh sách, mỗi mục một dòng bắt đầu bằng "- " (đang ghi ${show(p['value'])}).`,
  'expected.object': (p: P) => `phải là một nhóm trường con, mỗi trường một dòng thụt vào hai dấu cách (đang ghi ${show(p['value'])}).`,
  'expected.integer': (p: P) => `phải là một số nguyên, ví dụ 25 (đang ghi ${show(p['value'])}).`,
  'expected.nonNegative': (p: P) => `không được là số âm (đang ghi ${show(p['value'])}).`,
  'expected.year': (p: P) => `phải là một năm có 4 chữ số, ví dụ 2015 (đang ghi ${show(p['value'])}).`,
  'expected.boolean': (p: P) => `chỉ ghi true (có) hoặc false (không) (đang ghi ${show(p['value'])}).`,
  'text.tooLong': (p: P) => `dài ${p['length']} ký tự, tối đa ${p['max']} ký tự. Hãy viết ngắn gọn hơn.`,
  'text.empty': () => `đang để trống. Hãy ghi nội dung hoặc xoá dòng này.`,
  'text.invisible': (p: P) =>
    `có ký tự ẩn không nhìn thấy được (${p['chars']}${p['after'] ? `, ngay sau "${p['after']}"` : ''}), thường lẫn vào khi chép chữ từ PDF, Word hay tin nhắn. Trang đã bỏ các ký tự này; hãy gõ lại dòng này cho sạch.`,
  date: (p: P) =>
    `ngày ${show(p['value'])} không hợp lệ. Hãy viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-05-10${maybe(p['suggestion'], (s) => `(có phải ý bạn là ${s}?)`)}.`,
  unknownField: (p: P) =>
    `trường "${p['key']}" không có trong mẫu.${typeof p['suggestion'] === 'string' ? ` Có phải ý bạn là "${p['suggestion']}"?` : ' Hãy kiểm tra chính tả hoặc xoá dòng này.'}`,

  // Domain rules
  'coop.type': (p: P) =>
    `loại hình ${show(p['value'])} không hợp lệ: ghi ${orList(PRODUCER_TYPES.map((t) => `${t} (${cooperativeTypeLabels[t].toLowerCase()})`))}.`,
  'ocop.stars': (p: P) => `số sao OCOP phải là ${orList([...STAR_LEVELS].reverse().map(String))} (đang ghi ${show(p['value'])}).`,
  'ocop.group': (p: P) =>
    `nhóm ${show(p['value'])} không phải một trong ${OCOP_GROUPS.length} nhóm OCOP.${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)} Các nhóm: ${OCOP_GROUPS.join(', ')}.`,
  'ocop.legacyGroup': (p: P) =>
    `"${p['value']}" là tên nhóm cũ (2018–2019), tạm hiểu là "${p['group']}". Hãy sửa thành \`group: ${p['group']}\`.`,
  'cert.type': (p: P) =>
    `loại chứng nhận ${show(p['value'])} không hợp lệ. Ghi một trong: ${CERTIFICATION_TYPES.join(', ')}.${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)}`,
  'cert.nameRequired': () => `chứng nhận loại "other" cần có tên. Hãy thêm \`name: …\`, ví dụ \`name: Chứng nhận Halal\`.`,
  'cert.validUntilBeforeIssued': (p: P) =>
    `ngày hết hạn (${p['validUntil']}) đứng trước ngày cấp (${p['issuedOn']}). Hãy kiểm tra lại hai ngày này.`,
  'cert.issuedInFuture': (p: P) => `ngày cấp ${date(p['issuedOn'])} ở sau hôm nay (${date(p['today'])}). Hãy kiểm tra lại năm.`,
  'ocop.dateUnknown': (p: P) =>
    p['expired']
      ? `chứng nhận OCOP năm ${p['year']} đã quá 36 tháng kể từ cuối năm đó nên trang ghi "Hết hạn". Nếu đã được công nhận lại, hãy ghi ngày và số quyết định mới.`
      : `chưa rõ ngày ra quyết định công nhận OCOP${p['year'] ? ` (chỉ biết năm ${p['year']})` : ''}: trang ghi "Chưa rõ ngày công nhận", không hiện là còn hiệu lực và không tính vào danh sách theo số sao. Hãy ghi ngày quyết định: \`issuedOn: NĂM-THÁNG-NGÀY\`.`,
  'cert.expired': (p: P) =>
    `${certificateName(p['certificate'])} đã hết hạn từ ${date(p['validUntil'])}: trang sẽ ghi "Hết hạn". Nếu đã được cấp lại, hãy cập nhật ngày cấp và số quyết định mới.`,
  'cert.expiring': (p: P) =>
    `${certificateName(p['certificate'])} sẽ hết hạn ngày ${date(p['validUntil'])} (còn ${p['days']} ngày). Hãy chuẩn bị hồ sơ gia hạn.`,
  'cert.undated': (p: P) =>
    `${certificateName(p['certificate'])} không ghi ngày hết hạn nên trang không hiển thị là còn hiệu lực. Hãy thêm \`validUntil: NĂM-THÁNG-NGÀY\`.`,
  'price.amount': (p: P) => `giá phải là số tiền bằng đồng, ví dụ 180000 hoặc 180.000 (đang ghi ${show(p['value'])}).`,
  'price.toBelowFrom': (p: P) => `giá "đến" (${p['to']}) thấp hơn giá "từ" (${p['from']}). Hãy đổi chỗ hai số hoặc sửa lại.`,
  'price.tooLow': (p: P) => `giá ${p['value']} đồng có vẻ quá thấp. Nếu là ${p['value']}.000 đồng, hãy viết ${Number(p['value']) * 1000}.`,
  'season.month': (p: P) => `tháng phải là số từ 1 đến 12 (đang ghi ${show(p['value'])}).`,
  phone: (p: P) => `${show(p['value'])} không phải số điện thoại Việt Nam. Ví dụ đúng: 0912 345 678, 0275 3843 555 hoặc +84 912 345 678.`,
  email: (p: P) => `${show(p['value'])} không phải địa chỉ e-mail. Ví dụ đúng: htx.camau@gmail.com.`,
  'url.http': (p: P) => `${show(p['value'])} không phải đường dẫn web. Hãy chép đầy đủ đường dẫn, bắt đầu bằng https://.`,
  'url.missingScheme': (p: P) => `đường dẫn thiếu "https://" ở đầu. Hãy viết "https://${p['value']}".`,
  'url.https': (p: P) =>
    `đường dẫn ${show(p['value'])} phải bắt đầu bằng https:// (trang truy xuất nguồn gốc cần kết nối an toàn). Hãy chép lại đường dẫn https:// từ cổng truy xuất.`,
  'url.unsafe': (p: P) => `đường dẫn ${show(p['value'])} không được phép: chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://.`,
  zalo: (p: P) => `Zalo phải là số điện thoại (ví dụ 0912 345 678) hoặc đường dẫn https://zalo.me/… (đang ghi ${show(p['value'])}).`,
  'geo.number': (p: P) => `toạ độ phải là số thập phân, ví dụ 10.2434 (đang ghi ${show(p['value'])}).`,
  'geo.outside': (p: P) =>
    `toạ độ (${p['lat']}, ${p['lng']}) nằm ngoài Việt Nam.${p['swapped'] ? ' Có vẻ lat và lng bị đổi chỗ: lat là vĩ độ (từ 8 đến 23), lng là kinh độ (từ 102 đến 117).' : ' Hãy chép lại toạ độ từ bản đồ: lat từ 8 đến 23, lng từ 102 đến 117.'}`,
  'province.unknown': (p: P) =>
    `${show(p['value'])} không phải tên tỉnh, thành phố của Việt Nam.${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)}`,

  // The search's synonym dictionary (content/tu-dong-nghia.yaml)
  'synonyms.tooFew': (p: P) =>
    `nhóm này có ${p['count']} từ: mỗi nhóm cần ít nhất hai từ cùng nghĩa, ví dụ \`- { words: [heo, lợn], note: Miền Nam nói heo, miền Bắc nói lợn. }\`.`,
  'synonyms.repeated': (p: P) => `từ ${show(p['value'])} được ghi hai lần trong nhóm này. Hãy xoá một lần.`,

  // Addresses against the official list of communes and wards
  'commune.unknown': (p: P) =>
    `${show(p['value'])} không có trong danh sách xã, phường của ${show(p['province'])}, kể cả tên trước ngày 1/7/2025.${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)} Hãy kiểm tra chính tả; nếu địa chỉ đúng theo giấy tờ mới hơn danh sách của trang, có thể bỏ qua cảnh báo này.`,

  // Images
  'image.remote': (p: P) =>
    `ảnh ${show(p['value'])} là đường dẫn web. Hãy tải ảnh vào thư mục images/ của hợp tác xã và ghi đường dẫn tới tệp: ${whereImagesGo}.`,
  'image.outside': (p: P) =>
    `ảnh ${show(p['value'])} nằm ngoài thư mục của hợp tác xã. Hãy chép ảnh vào thư mục images/ của hợp tác xã mình: ${whereImagesGo}.`,
  'image.missing': (p: P) =>
    `không tìm thấy ảnh ${show(p['value'])}.${maybe(p['suggestion'], (s) => `Có tệp "${s}": có phải ý bạn là tệp này?`)} Hãy kiểm tra tên tệp, kể cả chữ hoa, chữ thường và đuôi .jpg/.png.${String(p['value']).includes('images/') ? '' : ` Ảnh để trong thư mục images/ của hợp tác xã: ${whereImagesGo}.`}`,
  'image.svg': (p: P) => `ảnh ${show(p['value'])} là SVG, không được nhận vì có thể chứa mã chạy. Hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF.`,
  'image.format': (p: P) =>
    `ảnh ${show(p['value'])} có định dạng ${p['format']} không được hỗ trợ. Hãy lưu lại thành JPEG (.jpg), PNG, WebP hoặc AVIF.`,
  'image.unreadable': (p: P) => `không đọc được ảnh ${show(p['value'])}: tệp bị hỏng hoặc không phải ảnh. Hãy xuất lại ảnh thành JPEG.`,
  'image.tooLarge': (p: P) => `ảnh ${show(p['value'])} nặng ${p['mb']} MB, tối đa 20 MB. Hãy thu nhỏ ảnh (chiều dài 2000 điểm ảnh là đủ).`,
  'image.tooManyPixels': (p: P) =>
    `ảnh ${show(p['value'])} có ${p['mp']} triệu điểm ảnh, tối đa 40 triệu. Hãy thu nhỏ ảnh (chiều dài 2000 điểm ảnh là đủ).`,
  'image.none': () =>
    `sản phẩm chưa có ảnh. Hãy chép ảnh vào thư mục images/ của hợp tác xã rồi thêm ít nhất một ảnh: \`images: [../images/ten-anh.jpg]\`.`,

  // Files, folders and slugs
  'yaml.syntax': (p: P) =>
    `dòng này sai cú pháp${maybe(yamlHints[String(p['hint'])], (d) => `(${d})`)}. Mỗi dòng ghi \`tên-trường: giá trị\`, có một dấu cách sau dấu hai chấm; trường con thụt vào hai dấu cách. Phần sau dòng này chưa được kiểm tra: sửa xong, hãy chạy lại \`npm run check\`.`,
  'yaml.noSpace': (p: P) => `thiếu dấu cách sau dấu hai chấm: viết \`${p['fix']}\`.`,
  'yaml.noColon': (p: P) => `thiếu dấu hai chấm sau tên trường "${p['key']}": viết \`${p['fix']}\`.`,
  'yaml.tab': (p: P) => {
    const others = (p['others'] as number[] | undefined) ?? [];
    const lines = others.length > 6 ? `${others.slice(0, 6).join(', ')}, …` : others.join(', ');
    const where = others.length === 0 ? 'dòng này' : `dòng này và ${others.length} dòng sau (dòng ${lines})`;
    return `${where} thụt vào bằng phím Tab. Hãy thay mỗi Tab bằng hai dấu cách: viết \`${p['fix']}\`.`;
  },
  'yaml.unclosed': (p: P) => {
    const names: Record<string, string> = { '"': 'dấu ngoặc kép', "'": 'dấu nháy đơn', '[': 'dấu ngoặc vuông', '{': 'dấu ngoặc nhọn' };
    return `${names[String(p['open'])] ?? 'dấu ngoặc'} ${p['open']} mở ở đây nhưng chưa được đóng. Hãy thêm ${p['close']} ở cuối giá trị: viết \`${p['fix']}\`.`;
  },
  'yaml.colon': (p: P) =>
    `giá trị có dấu hai chấm và dấu cách nên bị đọc nhầm thành một trường mới. Hãy đặt cả giá trị trong dấu ngoặc kép: viết \`${p['fix']}\`.`,
  'yaml.indent': (p: P) =>
    `dòng này thụt vào sâu hơn dòng trên nên bị đọc nhầm là một phần của dòng trên. Các trường cùng cấp phải thẳng hàng: viết \`${p['fix']}\`.`,
  'yaml.duplicateKey': (p: P) => `trường "${p['key']}" được ghi hai lần. Hãy giữ một dòng và xoá dòng còn lại.`,
  'frontmatter.missing': () => `tệp phải bắt đầu bằng một dòng chỉ có ---, tiếp theo là các dòng thông tin, rồi một dòng --- nữa.`,
  'frontmatter.unclosed': () => `phần thông tin đầu tệp chưa được đóng: hãy thêm một dòng chỉ có --- sau dòng thông tin cuối cùng.`,
  'frontmatter.notMap': () => `phần thông tin đầu tệp phải là các dòng \`tên-trường: giá trị\`.`,
  'file.encoding': () => `tệp không được lưu bằng bảng mã UTF-8 nên chữ tiếng Việt bị lỗi. Hãy lưu lại tệp với bảng mã UTF-8.`,
  'file.mdx': () => `tệp .mdx không được dùng trong thư mục hợp tác xã (MDX có thể chứa mã chạy). Hãy đổi đuôi tệp thành .md.`,
  'file.stray': () =>
    `tệp này nằm sai chỗ nên bị bỏ qua. Hồ sơ hợp tác xã là index.md trong thư mục của mình; sản phẩm nằm trong thư mục products/.`,
  'coop.missingIndex': () => `thư mục hợp tác xã thiếu tệp index.md (hồ sơ hợp tác xã). Hãy tạo tệp này bằng \`npm run new\`.`,
  'coop.noContact': () => `hợp tác xã chưa có cách liên hệ. Hãy thêm ít nhất một trong: phone, zalo, email, website, facebook.`,
  'slug.empty': (p: P) => `tên ${show(p['value'])} không tạo được địa chỉ trang. Hãy đặt tên có chữ hoặc số, ví dụ mat-ong-bac-ha.`,
  'slug.reserved': (p: P) => `tên thư mục ${show(p['value'])} trùng với địa chỉ trang danh sách. Hãy đặt tên khác.`,
  'slug.duplicateCoop': (p: P) =>
    `thư mục này và ${p['other']} cho cùng một địa chỉ /hop-tac-xa/${p['slug']}/. Hãy đổi tên một trong hai thư mục.`,
  'slug.duplicateProduct': (p: P) =>
    `sản phẩm này và ${p['other']} cho cùng một địa chỉ /hop-tac-xa/${p['coop']}/${p['slug']}/. Hãy đổi tên một trong hai tệp.`,
  'body.invisible': (p: P) =>
    `nội dung có ký tự ẩn không nhìn thấy được (${p['chars']}${p['after'] ? `, ngay sau "${p['after']}"` : ''}), thường lẫn vào khi chép chữ từ PDF, Word hay tin nhắn. Trang đã bỏ các ký tự này; hãy gõ lại đoạn này cho sạch.`,
  'body.unsafeHtml': (p: P) =>
    `nội dung có mã HTML không an toàn (${(p['kinds'] as UnsafeMarkup[]).map((k) => unsafeMarkupLabels[k]).join(', ')}); phần này đã bị loại bỏ khỏi trang. Hãy xoá nó khỏi tệp.`,
  'body.remoteImage': (p: P) =>
    `ảnh ${show(p['value'])} trong nội dung là đường dẫn web nên không được hiển thị. Hãy tải ảnh vào thư mục và ghi tên tệp.`,
  'site.missing': () => `thiếu tệp content/site.yaml (tên trang, vùng, địa chỉ trang web). Hãy chép từ bản mẫu trong README.`,
  'story.unknownCoop': (p: P) =>
    `không có hợp tác xã "${p['value']}" (thư mục ${p['dir']}/${p['value']}/).${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)}`,
  'story.unknownProduct': (p: P) =>
    `không có sản phẩm "${p['value']}". Ghi theo dạng thư-mục-hợp-tác-xã/tên-sản-phẩm.${maybe(p['suggestion'], (s) => `Có phải ý bạn là "${s}"?`)}`,
} satisfies Record<string, (p: P) => string>;

export type CheckMessageKey = keyof typeof checkMessages;

/** Kinds of unsafe markup, as `body.unsafeHtml` names them. */
export const unsafeMarkupLabels: Record<UnsafeMarkup, string> = {
  script: '<script>',
  embed: 'thẻ nhúng',
  handler: 'thuộc tính on…=',
  scheme: 'đường dẫn javascript:',
  attribute: 'thuộc tính style, class, id hay __ASTRO_IMAGE_',
};

/** Words of the report itself. */
export const reportWords = {
  error: 'lỗi',
  warning: 'cảnh báo',
  summary: (errors: number, warnings: number, files: number) => `${errors} lỗi, ${warnings} cảnh báo trong ${files} tệp.`,
  allGood: (files: number) => `Không có lỗi. Đã kiểm tra ${files} tệp.`,
  moreWarnings: (n: number) => `… và ${n} cảnh báo khác. Xem đủ bằng \`npm run check\`.`,
  refused: (errors: number) =>
    `Nội dung có ${errors} lỗi nên trang chưa được tạo. Sửa các lỗi trên rồi chạy lại (xem nhanh bằng \`npm run check\`).`,
};

/** Hints added to `yaml.syntax` for the YAML parser's error codes. */
export const yamlHints: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong dấu ngoặc kép "…"',
  MULTILINE_IMPLICIT_KEY: 'có thể thiếu dấu hai chấm sau tên trường, hoặc dòng dưới thụt vào sai',
  BAD_INDENT: 'các dòng cùng cấp phải thụt vào bằng nhau',
  MISSING_CHAR: 'thiếu dấu đóng ngoặc hoặc dấu nháy',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt, hãy đặt trong dấu ngoặc kép "…"',
};

/** Everything the check needs to speak Vietnamese. */
export const checkWords: CheckWords = { messages: checkMessages, report: reportWords, aliases: fieldAliases };
