/**
 * Every string a visitor reads, in Vietnamese. Pages and components take their words from here so
 * an English edition can follow by adding a sibling file with the same shape.
 */
import { phoneText } from '../lib/contact.ts';
import type { CertificateStatus } from '../lib/certificate-status.ts';
import type { CertificationType } from '../schemas/certification-type.ts';
import { isCooperative, type ProducerType } from '../schemas/producer-type.ts';
import type { OcopGroup } from '../schemas/ocop-group.ts';

export const lang = 'vi';
export const ogLocale = 'vi_VN';

/** OCOP groups as Decision 148/QĐ-TTg names them. */
export const groupLabels: Record<OcopGroup, string> = {
  'thuc-pham': 'Thực phẩm',
  'do-uong': 'Đồ uống',
  'duoc-lieu': 'Dược liệu và sản phẩm từ dược liệu',
  'thu-cong-my-nghe': 'Hàng thủ công mỹ nghệ',
  'sinh-vat-canh': 'Sinh vật cảnh',
  'du-lich': 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
};

/** Short forms for cards and filters. */
export const groupShortLabels: Record<OcopGroup, string> = {
  'thuc-pham': 'Thực phẩm',
  'do-uong': 'Đồ uống',
  'duoc-lieu': 'Dược liệu',
  'thu-cong-my-nghe': 'Thủ công mỹ nghệ',
  'sinh-vat-canh': 'Sinh vật cảnh',
  'du-lich': 'Du lịch',
};

export const cooperativeTypeLabels: Record<ProducerType, string> = {
  htx: 'Hợp tác xã',
  tht: 'Tổ hợp tác',
  lhhtx: 'Liên hiệp hợp tác xã',
  dn: 'Doanh nghiệp',
  ho: 'Hộ kinh doanh',
  cs: 'Cơ sở sản xuất',
};

/** The producer as a sentence names it: `hợp tác xã`, `doanh nghiệp` … */
const producerNoun = (type: ProducerType) => cooperativeTypeLabels[type].toLowerCase();

export const certificationLabels: Record<CertificationType, string> = {
  vietgap: 'VietGAP',
  globalgap: 'GlobalG.A.P.',
  organic: 'Hữu cơ',
  haccp: 'HACCP',
  iso22000: 'ISO 22000',
  'chi-dan-dia-ly': 'Chỉ dẫn địa lý',
  'nhan-hieu-tap-the': 'Nhãn hiệu tập thể',
  other: 'Chứng nhận khác',
};

/** A certificate as pages, feeds and open data name it: `OCOP 4 sao`, or its written name, or its type's label. */
export function certificateLabel(c: { kind: 'ocop' | CertificationType; stars?: number | undefined; name?: string | undefined }): string {
  return c.kind === 'ocop' ? `OCOP ${c.stars} sao` : (c.name ?? certificationLabels[c.kind]);
}

/** A certificate's status in words; an OCOP recognition without its date says so. */
export function certificateStatusLabel(c: { status: CertificateStatus; dateUnknown?: boolean | undefined }): string {
  return c.dateUnknown && c.status === 'undated' ? 'Chưa rõ ngày công nhận' : statusLabels[c.status];
}

export const statusLabels: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hạn',
  undated: 'Không rõ thời hạn',
};

/** Column headings and cells of `catalog.csv` that are not a single field. */
export const openDataWords = {
  csv: {
    id: 'Mã sản phẩm',
    address: 'Địa chỉ',
    provinceToday: 'Tỉnh, thành phố (từ 1/7/2025)',
    ocopStars: 'Số sao OCOP',
    ocopStatus: 'Tình trạng OCOP',
    ocopValidUntil: 'OCOP hiệu lực đến',
    ocopDecision: 'Số quyết định OCOP',
    otherCertificates: 'Chứng nhận khác',
    page: 'Trang sản phẩm',
    status: (status: string, validUntil?: string) => (validUntil ? `${status}, đến ${validUntil}` : status),
  },
};

/** Vietnamese month names as used on calendars: tháng Một … tháng Mười Hai. */
export const monthNames = [
  'tháng 1',
  'tháng 2',
  'tháng 3',
  'tháng 4',
  'tháng 5',
  'tháng 6',
  'tháng 7',
  'tháng 8',
  'tháng 9',
  'tháng 10',
  'tháng 11',
  'tháng 12',
];

export const ui = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    products: 'Sản phẩm',
    cooperatives: 'Hợp tác xã',
    ocop: 'OCOP',
    stories: 'Bài viết',
    search: 'Tìm kiếm',
  },
  search: {
    label: 'Tìm sản phẩm, hợp tác xã',
    placeholder: 'Ví dụ: mật ong, kẹo dừa…',
    submit: 'Tìm',
  },
  breadcrumbs: 'Đường dẫn trang',
  searchPage: {
    title: 'Tìm kiếm sản phẩm, hợp tác xã',
    intro: 'Gõ có dấu hay không dấu, theo cách nói vùng nào cũng được, ví dụ: mat ong, duong thot not, trai thom.',
    inputLabel: 'Từ khoá',
    filters: 'Lọc kết quả',
    group: 'Nhóm OCOP',
    stars: 'Sao OCOP (còn hiệu lực)',
    certification: 'Chứng nhận (còn hiệu lực)',
    province: 'Tỉnh, thành phố',
    any: 'Tất cả',
    clear: 'Xoá bộ lọc',
    more: 'Xem thêm kết quả',
    noScript: 'Tìm kiếm cần bật JavaScript. Bạn vẫn có thể xem sản phẩm theo nhóm:',
    specialtyOf: (place: string) => `đặc sản ${place}`,
    /** Templates filled in the browser: {n} is a number, {q} the query. */
    client: {
      prompt: 'Nhập từ khoá hoặc chọn bộ lọc để tìm.',
      loading: 'Đang tìm…',
      found: 'Tìm thấy {n} kết quả',
      foundFor: 'Tìm thấy {n} kết quả cho «{q}»',
      none: 'Không tìm thấy kết quả phù hợp. Hãy thử từ khoá ngắn hơn hoặc bỏ bớt bộ lọc.',
      error: 'Chưa tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
      product: 'Sản phẩm',
      cooperative: 'Hợp tác xã',
      stars: 'OCOP {n} sao',
    },
  },
  home: {
    featured: 'Sản phẩm nổi bật',
    groups: 'Sáu nhóm sản phẩm OCOP',
    byStars: 'Sản phẩm theo số sao OCOP',
    newestCooperatives: 'Hợp tác xã mới tham gia',
    latestStories: 'Bài viết mới',
    allProducts: 'Xem tất cả sản phẩm',
    allCooperatives: 'Xem tất cả hợp tác xã',
    allStories: 'Xem tất cả bài viết',
    /** The "browse by" links to every hub, so each listing can be reached from the home page. */
    browse: 'Xem theo',
    browseGroups: 'Nhóm sản phẩm',
    browseStars: 'Số sao OCOP',
    browseCertifications: 'Chứng nhận chất lượng',
    browseProvinces: 'Tỉnh, thành phố',
    browseCooperatives: 'Hợp tác xã',
    browseMap: 'Bản đồ',
    browseStats: 'Thống kê',
    browseRenewals: 'Chứng nhận cần gia hạn',
    stats: (products: number, coops: number) => `${products} sản phẩm của ${coops} hợp tác xã`,
  },
  count: {
    products: (n: number) => `${n} sản phẩm`,
    cooperatives: (n: number) => `${n} hợp tác xã`,
    stories: (n: number) => `${n} bài viết`,
  },
  stars: (n: number) => `${n} sao`,
  starsLong: (n: number) => `Sản phẩm OCOP ${n} sao`,
  ocopBadge: (n: number) => `OCOP ${n} sao`,
  product: {
    gallery: 'Ảnh sản phẩm',
    photoOf: (name: string, i: number, n: number) => `${name}, ảnh ${i}/${n}`,
    noPhoto: 'Chưa có ảnh',
    swipeHint: (n: number) => `${n} ảnh, vuốt sang để xem tiếp ›`,
    ocopDecision: 'Quyết định',
    ocopIssuer: 'Cơ quan công nhận',
    issuedOn: 'Ngày cấp',
    validUntil: 'Hiệu lực đến',
    noTerm: 'Không thời hạn',
    decisionDate: 'Ngày công nhận',
    dateUnknown: (year?: number) => (year ? `chưa rõ ngày (năm ${year})` : 'chưa rõ'),
    expiredOn: 'Hết hạn từ',
    certifications: 'Chứng nhận',
    certCode: 'Số',
    certIssuer: 'Đơn vị cấp',
    contactForPrice: 'Liên hệ để biết giá',
    allYear: 'Quanh năm',
    buy: 'Mua ở đâu',
    description: 'Giới thiệu sản phẩm',
    madeBy: 'Sản xuất bởi',
    details: 'Thông tin sản phẩm',
    otherProducts: (type: ProducerType) => `Sản phẩm khác của ${producerNoun(type)}`,
    stories: 'Bài viết liên quan',
  },
  cooperative: {
    type: 'Loại hình',
    members: 'Thành viên',
    founded: 'Năm thành lập',
    representative: 'Người đại diện',
    address: 'Địa chỉ',
    legacyAddress: 'Địa chỉ cũ (trước 1/7/2025)',
    nowPartOf: (province: string) => `nay thuộc ${province}`,
    /** By the producer's type: a cooperative's page as always; a company's or household's in its own words. */
    products: (type: ProducerType) => `Sản phẩm của ${producerNoun(type)}`,
    story: (type: ProducerType) => (isCooperative(type) ? 'Câu chuyện hợp tác xã' : 'Giới thiệu'),
    details: (type: ProducerType) => `Thông tin ${producerNoun(type)}`,
    stories: (type: ProducerType) => `Bài viết về ${producerNoun(type)}`,
    noProducts: (type: ProducerType) => `${cooperativeTypeLabels[type]} chưa đăng sản phẩm nào.`,
  },
  contact: {
    heading: 'Liên hệ',
    /** The text of a `tel:` link: one unbreakable line (no-break spaces). */
    call: (phone: string) => `Gọi\u00a0${phoneText(phone)}`,
    zalo: 'Nhắn Zalo',
    email: 'Gửi e-mail',
    website: 'Trang web',
    facebook: 'Facebook',
    map: 'Xem bản đồ',
    none: 'Chưa có thông tin liên hệ.',
    /** The short labels of the bar fixed at the bottom of a phone's screen. */
    bar: 'Liên hệ nhanh',
    barCall: 'Gọi',
    barZalo: 'Zalo',
    barDirections: 'Chỉ đường',
  },
  listing: {
    allProducts: 'Tất cả sản phẩm',
    allProductsIntro: 'Sản phẩm của các hợp tác xã, tổ hợp tác trên địa bàn.',
    group: (label: string) => `Nhóm ${label}`,
    groupIntro: (label: string) => `Sản phẩm thuộc nhóm ${label}.`,
    stars: (n: number) => `Sản phẩm OCOP ${n} sao`,
    starsIntro: (n: number) => `Sản phẩm có chứng nhận OCOP ${n} sao còn hiệu lực.`,
    ocopHub: 'Sản phẩm OCOP',
    ocopHubIntro:
      'Chương trình Mỗi xã một sản phẩm (OCOP) xếp hạng sản phẩm từ 3 đến 5 sao; 5 sao là sản phẩm OCOP quốc gia. Chỉ chứng nhận còn hiệu lực được tính.',
    certification: (label: string) => `Sản phẩm đạt chứng nhận ${label}`,
    certificationIntro: (label: string) => `Sản phẩm có chứng nhận ${label} còn hiệu lực.`,
    certHub: 'Chứng nhận chất lượng',
    certHubIntro: 'Sản phẩm theo chứng nhận còn hiệu lực.',
    province: (name: string) => `Sản phẩm ${name}`,
    provinceIntro: (name: string) => `Sản phẩm của hợp tác xã tại ${name}.`,
    provinceHub: 'Theo tỉnh, thành phố',
    provinceHubIntro: 'Địa giới theo 34 tỉnh, thành phố từ ngày 1/7/2025; hợp tác xã ghi địa chỉ cũ được xếp vào tỉnh mới.',
    cooperatives: 'Hợp tác xã, tổ hợp tác',
    cooperativesIntro: 'Các hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã có sản phẩm trên trang.',
    producers: 'Doanh nghiệp, hộ kinh doanh, cơ sở sản xuất',
    producersIntro: 'Các chủ thể OCOP không phải hợp tác xã: doanh nghiệp, hộ kinh doanh và cơ sở sản xuất có sản phẩm trên trang.',
    producersShort: 'Doanh nghiệp, hộ kinh doanh',
    stories: 'Bài viết',
    storiesIntro: 'Câu chuyện về những hợp tác xã điển hình và sản phẩm của họ.',
    empty: 'Chưa có sản phẩm nào.',
    filters: 'Xem theo',
  },
  pagination: {
    label: 'Phân trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    page: (n: number, total: number) => `Trang ${n}/${total}`,
    pageTitle: (title: string, n: number) => (n > 1 ? `${title} (trang ${n})` : title),
  },
  story: {
    by: (author: string) => `Tác giả: ${author}`,
    about: 'Bài viết nhắc đến',
  },
  price: {
    currency: '₫',
  },
  share: {
    heading: 'Chia sẻ',
    zalo: 'Gửi qua Zalo',
    facebook: 'Chia sẻ lên Facebook',
    copy: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết',
    native: 'Chia sẻ…',
    newTab: '(mở thẻ mới)',
    link: 'Liên kết của trang',
    qrAlt: (name: string) => `Mã QR mở trang ${name}`,
    qrCaption: 'Quét mã bằng camera điện thoại để mở trang này. In mã lên bao bì, tem nhãn, gian hàng hội chợ.',
    qrDownload: 'Tải mã QR:',
    qrSvg: 'SVG (mọi kích thước)',
    qrPng: 'PNG (in ấn)',
    print: 'In trang này',
    traceability: 'Truy xuất nguồn gốc sản phẩm',
    traceabilityHint: '(trang của cổng truy xuất nguồn gốc)',
  },
  printCatalog: {
    title: 'Danh mục sản phẩm OCOP (bản in)',
    intro: (date: string) =>
      `Các sản phẩm có chứng nhận OCOP còn hiệu lực tính đến ngày ${date}, xếp theo nhóm. Quét mã QR để xem chi tiết.`,
    link: 'Bản in danh mục OCOP cho hội chợ',
    print: 'In danh mục',
  },
  openData: {
    heading: 'Dữ liệu mở',
    json: 'Toàn bộ danh mục (JSON)',
    csv: 'Bảng sản phẩm (CSV, mở bằng Excel)',
    feed: 'Sản phẩm mới (RSS)',
    feedTitle: (site: string) => `Sản phẩm mới – ${site}`,
    feedDescription: 'Sản phẩm hợp tác xã mới đăng trên trang.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Trang bạn tìm không có hoặc đã được chuyển đi. Có thể đường dẫn bị gõ sai, hoặc sản phẩm đã ngừng đăng.',
    home: 'Về trang chủ',
    products: 'Xem tất cả sản phẩm',
  },
  footer: {
    operator: 'Đơn vị vận hành',
    builtWith: 'Trang được tạo tự động từ hồ sơ do các hợp tác xã cung cấp.',
    statusDate: (date: string) => `Tình trạng chứng nhận tính đến ngày ${date}.`,
  },
};
