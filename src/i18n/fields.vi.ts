/**
 * The words of every content field, in Vietnamese: what the check calls it, its heading on pages
 * and in spreadsheets, the template's explanation, an example, the guide's line and the other
 * names people write for it. The type requires an entry for every field of every schema (and of
 * every sub-field), so a field added to a schema without its words fails the type check.
 */
import type { CooperativeData } from '../schemas/cooperative.ts';
import { OCOP_GROUPS } from '../schemas/ocop-group.ts';
import { STAR_LEVELS } from '../schemas/ocop-stars.ts';
import { PRODUCER_TYPES } from '../schemas/producer-type.ts';
import { cooperativeTypeLabels, groupShortLabels } from './vi.ts';
import type { ProductData } from '../schemas/product.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { StoryData } from '../schemas/story.ts';

export interface FieldWords {
  /** As a message names it, lower case: "thiếu **tên**". */
  label: string;
  /** Heading on a page, a spreadsheet column: "Tên sản phẩm". */
  heading: string;
  /** The template's explanation line (after `# `). */
  hint: string;
  /** A value to show in messages and the guide. */
  example?: string;
  /** The guide table's "meaning, example" cell (Markdown). */
  guide: string;
  /** Other names people write for the field, folded to ASCII (`gia` → price), for suggestions. */
  aliases?: readonly string[];
}

type Plain<T> = NonNullable<T>;
type Sub<T> = Plain<T> extends readonly (infer I)[] ? (I extends object ? I : never) : Plain<T> extends object ? Plain<T> : never;
/** Words for each key of `T`, and for the keys of its objects and of its lists' objects. */
export type WordsFor<T> = {
  [K in keyof T]-?: FieldWords & ([Sub<T[K]>] extends [never] ? unknown : { fields: WordsFor<Sub<T[K]>> });
};

/** `a, b hoặc c`. */
export const orList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}`;

/** `3, 4 hoặc 5`. */
const stars = orList([...STAR_LEVELS].reverse().map(String));

const image = (label: string, heading: string, hint: string, example: string, guide: string) => ({
  label,
  heading,
  hint,
  example,
  guide,
  fields: {
    src: { label: 'đường dẫn ảnh', heading: 'Tệp ảnh', hint: 'tên tệp ảnh', example: './anh.jpg', guide: 'tên tệp ảnh' },
    alt: { label: 'mô tả ảnh', heading: 'Mô tả ảnh', hint: 'mô tả ảnh cho người không nhìn thấy', guide: 'mô tả ảnh' },
  },
});

const dates = {
  issuedOn: {
    label: 'ngày cấp',
    heading: 'Ngày cấp',
    hint: 'ngày cấp',
    example: '2025-01-15',
    guide: 'ngày cấp',
    aliases: ['ngay-cap', 'issued', 'issued-on'],
  },
  validUntil: {
    label: 'ngày hết hạn',
    heading: 'Hiệu lực đến',
    hint: 'ngày hết hạn',
    example: '2027-01-14',
    guide: 'ngày hết hạn',
    aliases: ['het-han', 'ngay-het-han', 'expires', 'expiry', 'valid-until'],
  },
};

export const cooperativeFields: WordsFor<CooperativeData> = {
  name: {
    label: 'tên',
    heading: 'Hợp tác xã',
    hint: 'Tên đầy đủ (bắt buộc)',
    example: 'Hợp tác xã Chè Shan tuyết Cao Bồ',
    guide: 'tên đầy đủ: `Hợp tác xã Chè Shan tuyết Cao Bồ`',
    aliases: ['ten', 'ten-htx', 'title'],
  },
  type: {
    label: 'loại hình',
    heading: 'Loại hình',
    hint: `Loại hình: ${orList(PRODUCER_TYPES.map((t) => `${t} (${cooperativeTypeLabels[t].toLowerCase()})`))}`,
    example: 'htx',
    guide: PRODUCER_TYPES.map((t, i) => `\`${t}\` (${cooperativeTypeLabels[t].toLowerCase()}${i === 0 ? ', mặc định' : ''})`).join(', '),
    aliases: ['loai-hinh'],
  },
  summary: {
    label: 'câu giới thiệu',
    heading: 'Giới thiệu',
    hint: 'Một câu giới thiệu, tối đa 200 ký tự (hiện trên thẻ và khi chia sẻ lên Zalo, Facebook)',
    guide: 'một câu giới thiệu, tối đa 200 ký tự; hiện trên thẻ và khi chia sẻ lên Zalo, Facebook',
    aliases: ['mo-ta', 'gioi-thieu', 'description', 'tom-tat'],
  },
  founded: {
    label: 'năm thành lập',
    heading: 'Năm thành lập',
    hint: 'Năm thành lập, ví dụ: 2015',
    example: '2015',
    guide: 'năm thành lập: `2015`',
    aliases: ['nam-thanh-lap', 'thanh-lap'],
  },
  members: {
    label: 'số thành viên',
    heading: 'Thành viên',
    hint: 'Số thành viên, ví dụ: 25',
    example: '25',
    guide: 'số thành viên: `25`',
    aliases: ['thanh-vien', 'so-thanh-vien'],
  },
  representative: {
    label: 'người đại diện',
    heading: 'Người đại diện',
    hint: 'Người đại diện, ví dụ: Nguyễn Văn An (Giám đốc)',
    example: 'Nguyễn Văn An (Giám đốc)',
    guide: 'người đại diện: `Nguyễn Văn An (Giám đốc)`',
    aliases: ['dai-dien', 'giam-doc'],
  },
  address: {
    label: 'địa chỉ (commune và province)',
    heading: 'Địa chỉ',
    hint: 'Địa chỉ. Bắt buộc: commune (xã, phường) và province (tỉnh, thành phố). Ghi tên tỉnh mới (từ 1/7/2025) hoặc tên tỉnh cũ đều được; district là huyện cũ, nếu muốn ghi.',
    guide:
      'địa chỉ, gồm `street` (số nhà, thôn), `commune` (xã, phường, **bắt buộc**), `district` (huyện cũ, nếu muốn ghi), `province` (tỉnh, thành phố, **bắt buộc**)',
    aliases: ['dia-chi'],
    fields: {
      street: {
        label: 'số nhà, thôn',
        heading: 'Số nhà, thôn',
        hint: 'số nhà, đường, thôn',
        guide: 'số nhà, thôn',
        aliases: ['duong', 'so-nha'],
      },
      commune: {
        label: 'xã/phường',
        heading: 'Xã, phường',
        hint: 'xã, phường (bắt buộc)',
        example: 'Xã Minh Tân',
        guide: 'xã, phường',
        aliases: ['xa', 'phuong', 'ward'],
      },
      district: {
        label: 'huyện cũ',
        heading: 'Huyện (trước 1/7/2025)',
        hint: 'huyện cũ, nếu muốn ghi',
        guide: 'huyện cũ',
        aliases: ['huyen'],
      },
      province: {
        label: 'tỉnh/thành phố',
        heading: 'Tỉnh, thành phố',
        hint: 'tỉnh, thành phố (bắt buộc)',
        example: 'Tuyên Quang',
        guide: 'tỉnh, thành phố',
        aliases: ['tinh', 'city'],
      },
    },
  },
  geo: {
    label: 'vị trí trên bản đồ',
    heading: 'Vị trí',
    hint: 'Vị trí trên bản đồ: mở Google Maps, bấm giữ vào vị trí, chép hai số. Ví dụ lat: 22.8233, lng: 104.9836',
    guide: 'vị trí trên bản đồ: `{ lat: 22.8233, lng: 104.9836 }` (mở Google Maps, bấm giữ vào vị trí, chép hai số)',
    aliases: ['toa-do', 'ban-do', 'location'],
    fields: {
      lat: { label: 'vĩ độ', heading: 'Vĩ độ', hint: 'vĩ độ', example: '10.2434', guide: 'vĩ độ', aliases: ['vi-do', 'latitude'] },
      lng: {
        label: 'kinh độ',
        heading: 'Kinh độ',
        hint: 'kinh độ',
        example: '106.3756',
        guide: 'kinh độ',
        aliases: ['kinh-do', 'longitude', 'lon', 'long'],
      },
    },
  },
  phone: {
    label: 'số điện thoại',
    heading: 'Điện thoại',
    hint: 'Số điện thoại, ví dụ: 0912 345 678',
    example: '0912 345 678',
    guide: '`0912 345 678`, `0275.3843.555` hoặc `+84 912 345 678`',
    aliases: ['dien-thoai', 'sdt', 'so-dien-thoai', 'dt', 'tel', 'mobile', 'hotline'],
  },
  email: {
    label: 'thư điện tử',
    heading: 'E-mail',
    hint: 'Thư điện tử, ví dụ: htx.abc@gmail.com',
    example: 'htx.abc@gmail.com',
    guide: '`htx.abc@gmail.com`',
    aliases: ['e-mail', 'mail', 'thu-dien-tu'],
  },
  website: {
    label: 'trang web',
    heading: 'Trang web',
    hint: 'Trang web: chép đầy đủ, bắt đầu bằng https://',
    example: 'https://htx-abc.vn',
    guide: 'đường dẫn đầy đủ, bắt đầu bằng `https://`',
    aliases: ['web', 'trang-web'],
  },
  facebook: {
    label: 'trang Facebook',
    heading: 'Facebook',
    hint: 'Trang Facebook: chép đầy đủ, bắt đầu bằng https://',
    example: 'https://facebook.com/htx.abc',
    guide: 'đường dẫn đầy đủ, bắt đầu bằng `https://`',
    aliases: ['fb'],
  },
  zalo: {
    label: 'Zalo',
    heading: 'Zalo',
    hint: 'Zalo: số điện thoại hoặc đường dẫn https://zalo.me/…',
    example: '0912 345 678',
    guide: 'số điện thoại, hoặc đường dẫn `https://zalo.me/…`',
  },
  logo: image(
    'biểu trưng',
    'Biểu trưng',
    'Biểu trưng: chép ảnh vào thư mục images/ rồi ghi đường dẫn, ví dụ: ./images/logo.png',
    './images/logo.png',
    'ảnh biểu trưng, trong thư mục `images/`: `./images/logo.png`',
  ),
  cover: image(
    'ảnh bìa',
    'Ảnh bìa',
    'Ảnh bìa (ảnh ngang), ví dụ: ./images/anh-bia.jpg',
    './images/anh-bia.jpg',
    'ảnh bìa (ảnh ngang), trong thư mục `images/`: `./images/anh-bia.jpg`',
  ),
  tags: {
    label: 'từ khoá',
    heading: 'Từ khoá',
    hint: 'Từ khoá, cách nhau bằng dấu phẩy trong ngoặc vuông, ví dụ: [mật ong, Hà Giang]',
    guide: 'từ khoá: `[mật ong, Hà Giang]`',
    aliases: ['the', 'tag', 'tu-khoa'],
  },
  added: {
    label: 'ngày tham gia',
    heading: 'Ngày tham gia',
    hint: 'Ngày tham gia trang (tự điền, không cần sửa)',
    example: '2026-03-15',
    guide: 'ngày tham gia trang (bản mẫu tự điền)',
    aliases: ['ngay-them'],
  },
};

export const productFields: WordsFor<ProductData> = {
  name: {
    label: 'tên',
    heading: 'Tên sản phẩm',
    hint: 'Tên sản phẩm (bắt buộc)',
    example: 'Mật ong bạc hà',
    guide: 'tên sản phẩm: `Mật ong bạc hà`',
    aliases: ['ten', 'ten-san-pham', 'title'],
  },
  group: {
    label: 'nhóm OCOP',
    heading: 'Nhóm OCOP',
    hint: `Nhóm OCOP (bắt buộc), một trong: ${OCOP_GROUPS.join(', ')}`,
    example: 'thuc-pham',
    guide: `nhóm OCOP, một trong sáu: ${OCOP_GROUPS.map((g) => `\`${g}\` (${groupShortLabels[g].toLowerCase()})`).join(', ')}`,
    aliases: ['nhom', 'nhom-san-pham', 'category', 'nhom-ocop'],
  },
  summary: {
    label: 'câu giới thiệu',
    heading: 'Giới thiệu',
    hint: 'Một câu giới thiệu, tối đa 200 ký tự',
    guide: 'một câu giới thiệu, tối đa 200 ký tự',
    aliases: ['mo-ta', 'gioi-thieu', 'description', 'tom-tat'],
  },
  images: {
    label: 'ảnh',
    heading: 'Ảnh',
    hint: 'Ảnh: chép ảnh vào thư mục images/ của hợp tác xã, rồi ghi đường dẫn tính từ tệp này. Ảnh đầu tiên là ảnh đại diện. Ví dụ:\n  - { src: ../images/mat-ong.jpg, alt: "Hũ mật ong bạc hà 500 ml" }',
    guide: 'danh sách ảnh (nên có ít nhất một), ảnh đầu là ảnh đại diện: `../images/mat-ong.jpg`',
    aliases: ['anh', 'hinh', 'hinh-anh', 'image', 'photo', 'photos', 'pictures'],
    fields: image('ảnh', 'Ảnh', '', '../images/anh.jpg', '').fields,
  },
  ocop: {
    label: 'chứng nhận OCOP',
    heading: 'Chứng nhận OCOP',
    hint: 'Chứng nhận OCOP (nếu có): số sao (3, 4 hoặc 5), ngày ra quyết định, số quyết định, cơ quan công nhận. Hiệu lực mặc định 36 tháng kể từ ngày quyết định; ghi validUntil nếu khác.',
    guide:
      'chứng nhận OCOP: `stars` (3, 4 hoặc 5), `issuedOn` (ngày quyết định), `decision` (số quyết định), `issuer` (cơ quan công nhận), `validUntil` (ngày hết hạn, mặc định 36 tháng sau ngày quyết định)',
    fields: {
      stars: {
        label: 'số sao OCOP',
        heading: 'Số sao OCOP',
        hint: `số sao: ${stars}`,
        example: '4',
        guide: stars,
        aliases: ['sao', 'so-sao', 'star'],
      },
      issuedOn: {
        label: 'ngày ra quyết định công nhận OCOP',
        heading: 'Ngày quyết định',
        hint: 'ngày ra quyết định',
        example: '2024-05-10',
        guide: 'ngày quyết định',
        aliases: ['ngay-cap', 'ngay-quyet-dinh', 'issued', 'issued-on'],
      },
      decision: {
        label: 'số quyết định',
        heading: 'Số quyết định OCOP',
        hint: 'số quyết định',
        example: '1587/QĐ-UBND',
        guide: 'số quyết định',
        aliases: ['so-quyet-dinh', 'quyet-dinh'],
      },
      issuer: {
        label: 'cơ quan công nhận',
        heading: 'Cơ quan công nhận',
        hint: 'cơ quan công nhận',
        example: 'UBND tỉnh Hà Giang',
        guide: 'cơ quan công nhận',
        aliases: ['co-quan-cap', 'noi-cap'],
      },
      validUntil: dates.validUntil,
    },
  },
  certifications: {
    label: 'chứng nhận khác',
    heading: 'Chứng nhận khác',
    hint: 'Chứng nhận khác: VietGAP, hữu cơ, chỉ dẫn địa lý, nhãn hiệu tập thể… Ví dụ:\n  - { type: vietgap, code: VG-01-23, issuer: "Trung tâm Chứng nhận ABC", issuedOn: 2025-03-01 }\n  - { type: chi-dan-dia-ly, code: "00123", issuer: Cục Sở hữu trí tuệ }\nVietGAP có hiệu lực 24 tháng, nhãn hiệu tập thể 10 năm, chỉ dẫn địa lý không thời hạn; loại khác cần ghi validUntil.',
    guide: 'chứng nhận khác: `type`, `name` (bắt buộc với `other`), `code` (số chứng nhận, số đăng ký), `issuer`, `issuedOn`, `validUntil`',
    aliases: ['chung-nhan', 'certificates', 'certification'],
    fields: {
      type: {
        label: 'loại chứng nhận',
        heading: 'Loại',
        hint: 'loại chứng nhận',
        example: 'vietgap',
        guide: 'loại chứng nhận',
        aliases: ['loai'],
      },
      name: {
        label: 'tên chứng nhận',
        heading: 'Tên chứng nhận',
        hint: 'tên chứng nhận',
        example: 'Chứng nhận Halal',
        guide: 'tên chứng nhận',
      },
      code: {
        label: 'số chứng nhận',
        heading: 'Số',
        hint: 'số chứng nhận',
        example: 'VG-01-2025',
        guide: 'số chứng nhận',
        aliases: ['ma-so', 'so-chung-nhan', 'so-dang-ky'],
      },
      issuer: {
        label: 'đơn vị cấp',
        heading: 'Đơn vị cấp',
        hint: 'đơn vị cấp',
        example: 'Cục Sở hữu trí tuệ',
        guide: 'đơn vị cấp',
        aliases: ['co-quan-cap', 'noi-cap'],
      },
      ...dates,
    },
  },
  price: {
    label: 'giá',
    heading: 'Giá',
    hint: 'Giá bằng đồng: from (giá), to (giá cao nhất, nếu có), unit (đơn vị tính). Ví dụ: from: 180000, unit: hũ 500 ml',
    guide: 'giá: `from` (giá bằng đồng), `to` (giá cao nhất, nếu có), `unit` (đơn vị tính)',
    aliases: ['gia', 'gia-ban', 'cost'],
    fields: {
      from: { label: 'giá', heading: 'Giá từ (đồng)', hint: 'giá bằng đồng', example: '180000', guide: 'giá bằng đồng', aliases: ['tu'] },
      to: { label: 'giá cao nhất', heading: 'Giá đến (đồng)', hint: 'giá cao nhất, nếu có', guide: 'giá cao nhất', aliases: ['den'] },
      unit: {
        label: 'đơn vị tính',
        heading: 'Đơn vị tính',
        hint: 'đơn vị tính',
        example: 'hộp 200g',
        guide: 'đơn vị tính',
        aliases: ['don-vi', 'don-vi-tinh'],
      },
    },
  },
  packaging: {
    label: 'quy cách đóng gói',
    heading: 'Quy cách đóng gói',
    hint: 'Quy cách đóng gói, ví dụ: Hũ thuỷ tinh 500 ml',
    example: 'Hũ thuỷ tinh 500 ml',
    guide: 'quy cách đóng gói: `Hũ thuỷ tinh 500 ml`',
    aliases: ['dong-goi', 'bao-bi', 'quy-cach'],
  },
  shelfLife: {
    label: 'hạn sử dụng',
    heading: 'Hạn sử dụng',
    hint: 'Hạn sử dụng, ví dụ: 12 tháng',
    example: '24 tháng',
    guide: 'hạn sử dụng: `24 tháng`',
    aliases: ['han-su-dung', 'hsd', 'shelf-life'],
  },
  ingredients: {
    label: 'thành phần',
    heading: 'Thành phần',
    hint: 'Thành phần',
    guide: 'thành phần',
    aliases: ['thanh-phan'],
  },
  season: {
    label: 'mùa vụ',
    heading: 'Mùa vụ',
    hint: 'Mùa vụ: các tháng có hàng, ví dụ: [10, 11, 12]',
    example: '[10, 11, 12]',
    guide: 'các tháng có hàng: `[10, 11, 12]`',
    aliases: ['mua-vu', 'mua'],
  },
  buy: {
    label: 'nơi bán',
    heading: 'Mua ở đâu',
    hint: 'Nơi bán trực tuyến. Ví dụ:\n  - { label: Gian hàng Shopee, url: https://shopee.vn/… }',
    guide: 'nơi bán trực tuyến: `{ label, url }`',
    aliases: ['noi-ban', 'mua-o-dau'],
    fields: {
      label: { label: 'tên nơi bán', heading: 'Nơi bán', hint: 'tên nơi bán', example: 'Gian hàng trên Shopee', guide: 'tên nơi bán' },
      url: { label: 'đường dẫn nơi bán', heading: 'Đường dẫn', hint: 'đường dẫn', example: 'https://shopee.vn/…', guide: 'đường dẫn' },
    },
  },
  traceability: {
    label: 'đường dẫn truy xuất nguồn gốc',
    heading: 'Truy xuất nguồn gốc',
    hint: 'Truy xuất nguồn gốc: đường dẫn https:// tới trang của sản phẩm trên cổng truy xuất nguồn gốc (của tỉnh hoặc của đơn vị cấp tem)',
    example: 'https://truyxuat.example.vn/sp/123',
    guide: 'đường dẫn `https://` tới trang của sản phẩm trên cổng truy xuất nguồn gốc; hiện cạnh mã QR',
    aliases: ['truy-xuat', 'truy-xuat-nguon-goc', 'txng', 'trace', 'tracing'],
  },
  featured: {
    label: 'nổi bật',
    heading: 'Nổi bật',
    hint: 'true để đưa lên trang chủ',
    guide: '`true` để cán bộ phụ trách đưa lên trang chủ',
    aliases: ['noi-bat'],
  },
  tags: {
    label: 'từ khoá',
    heading: 'Từ khoá',
    hint: 'Từ khoá, ví dụ: [mật ong, quà biếu]',
    guide: 'từ khoá',
    aliases: ['the', 'tag', 'tu-khoa'],
  },
  added: {
    label: 'ngày đăng',
    heading: 'Ngày đăng',
    hint: 'Ngày đăng sản phẩm (tự điền, không cần sửa)',
    example: '2026-03-15',
    guide: 'ngày đăng sản phẩm (bản mẫu tự điền)',
    aliases: ['ngay-them'],
  },
};

const plain = (label: string, heading: string, example?: string) => ({
  label,
  heading,
  hint: heading,
  guide: label,
  ...(example ? { example } : {}),
});

export const siteFields: WordsFor<SiteConfig> = {
  name: plain('tên trang', 'Tên trang', 'Sản phẩm hợp tác xã Vị Xuyên'),
  region: plain('vùng', 'Vùng', 'Tỉnh Vĩnh Long'),
  url: plain('địa chỉ trang web', 'Địa chỉ trang web', 'https://sanpham.example.vn'),
  description: plain('lời giới thiệu trang', 'Giới thiệu'),
  operator: plain('đơn vị vận hành', 'Đơn vị vận hành'),
  contact: {
    ...plain('thông tin liên hệ', 'Liên hệ'),
    fields: { phone: plain('số điện thoại', 'Điện thoại'), email: plain('thư điện tử', 'E-mail'), address: plain('địa chỉ', 'Địa chỉ') },
  },
  notice: plain('dòng thông báo', 'Thông báo'),
  pageSize: plain('số thẻ mỗi trang', 'Số thẻ mỗi trang', '24'),
  share: {
    ...plain('chia sẻ', 'Chia sẻ'),
    fields: { cards: plain('ảnh xem trước', 'Ảnh xem trước', 'true'), qr: plain('mã QR', 'Mã QR', 'true') },
  },
};

export const storyFields: WordsFor<StoryData> = {
  title: plain('tiêu đề', 'Tiêu đề', 'Hành trình của mật ong bạc hà'),
  summary: plain('tóm tắt', 'Tóm tắt'),
  date: { ...plain('ngày đăng', 'Ngày đăng', '2026-03-15'), aliases: ['ngay-dang'] },
  author: { ...plain('tác giả', 'Tác giả'), aliases: ['tac-gia'] },
  cover: { ...plain('ảnh bìa', 'Ảnh bìa', './anh-bia.jpg'), fields: cooperativeFields.cover.fields },
  cooperatives: plain('hợp tác xã được nhắc đến', 'Hợp tác xã', 'htx-mat-ong-bac-ha'),
  products: plain('sản phẩm được nhắc đến', 'Sản phẩm', 'htx-mat-ong-bac-ha/mat-ong-bac-ha'),
};

/** The words of every collection's fields. */
export const fieldWords = { cooperative: cooperativeFields, product: productFields, site: siteFields, story: storyFields } as const;

type AnyWords = FieldWords & { fields?: Record<string, AnyWords> };

/** The words of the field at `path` in `collection` (list indexes are skipped), if it has any. */
export function fieldWordsAt(collection: keyof typeof fieldWords, path: ReadonlyArray<string | number>): FieldWords | undefined {
  let level: Record<string, AnyWords> | undefined = fieldWords[collection] as unknown as Record<string, AnyWords>;
  let found: AnyWords | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    found = level?.[segment];
    level = found?.fields;
  }
  return found;
}

/** Every alias of every field, folded, and the field it means (`gia` → `price`, `sdt` → `phone`). */
export const fieldAliases: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  const visit = (words: Record<string, AnyWords>) => {
    for (const [key, w] of Object.entries(words)) {
      for (const alias of w.aliases ?? []) out[alias] ??= key;
      if (w.fields) visit(w.fields);
    }
  };
  for (const words of Object.values(fieldWords)) visit(words as unknown as Record<string, AnyWords>);
  return out;
})();
