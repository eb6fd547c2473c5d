/**
 * Words of the data bank: `/thong-ke/` (figures and charts), `/gia-han/` with its CSV and calendar
 * feed, `/ban-do/` (the map) and the commune listings. Kept beside `vi.ts`, with the same rules:
 * every word a person reads, nothing else.
 */
import { REMINDER_DAYS_BEFORE } from '../lib/calendar/reminders.ts';
import { EXPIRING_WITHIN_DAYS, type CertificateStatus } from '../lib/certificate-status.ts';
import type { GoalGap, OcopStanding } from '../lib/stats/index.ts';
import { formatCount, formatDate } from './format.ts';

const n = formatCount;

/** `Xã Chợ Lách` as a sentence names it: `xã Chợ Lách`. */
export const communeInSentence = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

export const statsWords = {
  nav: {
    stats: 'Thống kê',
    renewals: 'Gia hạn chứng nhận',
    map: 'Bản đồ',
    json: 'Số liệu thống kê (JSON)',
  },
  page: {
    title: 'Thống kê kinh tế tập thể',
    intro: (date: string) =>
      `Danh mục bằng con số, tính đến ngày ${formatDate(date)}: chủ thể sản xuất, sản phẩm, chứng nhận và tiến độ mục tiêu OCOP. Tình trạng chứng nhận tính theo cùng quy tắc với các trang sản phẩm.`,
    summary: 'Tổng quan',
    producers: 'Chủ thể sản xuất',
    cooperatives: 'Hợp tác xã, tổ hợp tác',
    products: 'Sản phẩm',
    currentOcop: 'Sản phẩm OCOP còn hiệu lực',
    certificates: 'Chứng nhận',
    seeAlso: 'Xem thêm',
    chartNote: 'Số liệu chi tiết ở bảng bên cạnh.',
    total: 'Tổng',
  },
  goal: {
    heading: 'Mục tiêu OCOP của hợp tác xã nông nghiệp',
    statement: 'Mỗi hợp tác xã nông nghiệp có ít nhất một sản phẩm OCOP từ 3 sao trở lên còn hiệu lực.',
    progress: (met: number, counted: number) => `${n(met)}/${n(counted)} hợp tác xã đạt`,
    percent: (value: number | null) => (value === null ? 'chưa có hợp tác xã nào để tính' : `${String(value).replace('.', ',')} %`),
    progressLabel: (met: number, counted: number, percent: string) =>
      `${n(met)} trên ${n(counted)} hợp tác xã nông nghiệp đạt mục tiêu (${percent})`,
    definition:
      'Hợp tác xã nông nghiệp được hiểu là hợp tác xã, tổ hợp tác hoặc liên hiệp hợp tác xã có ít nhất một sản phẩm thuộc nhóm Thực phẩm, Đồ uống, Dược liệu hoặc Sinh vật cảnh (danh mục không ghi ngành nghề của hợp tác xã). Doanh nghiệp, hộ kinh doanh không được tính. Chứng nhận OCOP đã hết hạn hoặc chưa rõ ngày công nhận không được tính.',
    all: (met: number, counted: number, percent: string) =>
      `Tính trên mọi hợp tác xã, kể cả hợp tác xã thủ công, du lịch hoặc chưa đăng sản phẩm: ${n(met)}/${n(counted)} đạt (${percent}).`,
    notMet: (count: number) => `Hợp tác xã chưa đạt (${n(count)})`,
    allMet: 'Mọi hợp tác xã nông nghiệp trên trang đã đạt mục tiêu.',
    coop: 'Hợp tác xã',
    province: 'Tỉnh, thành phố',
    gap: 'Lý do',
    gaps: {
      dateUnknown: 'Có sản phẩm OCOP chưa rõ ngày công nhận: cần ghi ngày quyết định',
      expired: 'Chứng nhận OCOP đã hết hạn: cần đánh giá lại',
      none: 'Chưa có sản phẩm OCOP',
    } satisfies Record<GoalGap, string>,
  },
  charts: {
    byType: 'Chủ thể theo loại hình',
    byProvince: 'Chủ thể theo tỉnh, thành phố',
    byProvinceNote: 'Địa giới từ ngày 1/7/2025; địa chỉ ghi tên tỉnh cũ được tính vào tỉnh mới, tên cũ ghi trong bảng.',
    formerNames: (names: string) => `tên cũ: ${names}`,
    byGroup: 'Sản phẩm theo nhóm OCOP',
    byStars: 'Sản phẩm theo hạng sao OCOP hiện tại',
    certificates: 'Chứng nhận theo tình trạng',
    certificatesNote: `Sắp hết hạn: còn ${EXPIRING_WITHIN_DAYS} ngày trở xuống. Chỉ dẫn địa lý không ghi thời hạn được tính là còn hiệu lực.`,
    type: 'Loại hình',
    group: 'Nhóm',
    level: 'Hạng',
    certificate: 'Chứng nhận',
    provinceColumn: 'Tỉnh, thành phố',
    producersColumn: 'Chủ thể',
    cooperativesColumn: 'Hợp tác xã',
    productsColumn: 'Sản phẩm',
    count: 'Số lượng',
    ocop: 'OCOP',
    standings: {
      5: 'OCOP 5 sao',
      4: 'OCOP 4 sao',
      3: 'OCOP 3 sao',
      expired: 'OCOP đã hết hạn',
      dateUnknown: 'OCOP chưa rõ ngày công nhận',
      none: 'Chưa có OCOP',
    } satisfies Record<OcopStanding, string>,
    statuses: {
      valid: 'Còn hiệu lực',
      expiring: 'Sắp hết hạn',
      expired: 'Hết hạn',
      undated: 'Chưa rõ thời hạn',
    } satisfies Record<CertificateStatus, string>,
  },
  renewals: {
    title: 'Chứng nhận cần gia hạn',
    intro: (days: number, date: string) =>
      `Chứng nhận OCOP và các chứng nhận khác hết hạn trong ${days} ngày tới hoặc đã hết hạn trong ${days} ngày qua, tính đến ngày ${formatDate(date)}. Liên hệ chủ thể để chuẩn bị hồ sơ đánh giá lại trước khi hết hạn.`,
    summary: (total: number, expired: number, expiring: number) =>
      `${n(total)} chứng nhận: ${n(expired)} đã hết hạn, ${n(expiring)} hết hạn trong ${EXPIRING_WITHIN_DAYS} ngày tới, ${n(total - expired - expiring)} hết hạn sau đó.`,
    none: 'Không có chứng nhận nào cần gia hạn trong thời gian này.',
    downloads: 'Tải về',
    csv: 'Bảng gia hạn (CSV, mở bằng Excel)',
    calendar: 'Lịch nhắc gia hạn',
    subscribe: 'Đăng ký lịch trên điện thoại',
    icsFile: 'Tệp lịch (.ics)',
    calendarHelp: `Mỗi chứng nhận có một lời nhắc cả ngày, trước ngày hết hạn ${REMINDER_DAYS_BEFORE} ngày; lịch tự cập nhật mỗi ngày. Trên iPhone, bấm «Đăng ký lịch trên điện thoại». Với Google Lịch, mở calendar.google.com trên máy tính, chọn «Lịch khác» › «Từ URL» rồi dán đường dẫn của tệp lịch.`,
    caption: 'Danh sách chứng nhận cần gia hạn, hạn gần nhất trước',
    until: 'Hạn cuối',
    certificate: 'Chứng nhận, sản phẩm',
    contact: 'Chủ thể, liên hệ',
    daysLeft: (days: number) => (days < 0 ? `đã quá ${n(-days)} ngày` : days === 0 ? 'hết hạn hôm nay' : `còn ${n(days)} ngày`),
    decision: 'Số',
    issuer: 'Cấp bởi',
  },
  csv: {
    validUntil: 'Hạn cuối',
    daysLeft: 'Số ngày còn lại',
    status: 'Tình trạng',
    certificate: 'Chứng nhận',
    code: 'Số quyết định, số chứng nhận',
    issuer: 'Cơ quan cấp',
    product: 'Sản phẩm',
    producer: 'Chủ thể',
    type: 'Loại hình',
    province: 'Tỉnh, thành phố (từ 1/7/2025)',
    phone: 'Điện thoại',
    email: 'E-mail',
    zalo: 'Zalo',
    page: 'Trang sản phẩm',
  },
  ics: {
    name: (site: string) => `Gia hạn chứng nhận – ${site}`,
    description: `Nhắc trước ${REMINDER_DAYS_BEFORE} ngày khi chứng nhận OCOP và các chứng nhận khác hết hạn.`,
    summary: (certificate: string, product: string) => `Gia hạn ${certificate}: ${product}`,
    eventDescription: (parts: {
      certificate: string;
      validUntil: string;
      product: string;
      producer: string;
      code?: string | undefined;
      phone?: string | undefined;
      email?: string | undefined;
      url: string;
    }) =>
      [
        `${parts.certificate} của ${parts.product} hết hạn ngày ${formatDate(parts.validUntil)}.`,
        parts.code ? `Số: ${parts.code}.` : '',
        `Chủ thể: ${parts.producer}.`,
        parts.phone ? `Điện thoại: ${parts.phone}.` : '',
        parts.email ? `E-mail: ${parts.email}.` : '',
        `Trang sản phẩm: ${parts.url}`,
      ]
        .filter(Boolean)
        .join('\n'),
  },
  map: {
    title: 'Bản đồ sản phẩm theo tỉnh, thành phố',
    intro:
      'Ba mươi tư tỉnh, thành phố từ ngày 1/7/2025, tô màu theo số sản phẩm trên trang. Bấm vào một tỉnh để xem sản phẩm của tỉnh đó; chấm tròn là hợp tác xã có ghi toạ độ, bấm để mở trang của hợp tác xã.',
    label: 'Bản đồ Việt Nam: 34 tỉnh, thành phố, quần đảo Hoàng Sa và quần đảo Trường Sa',
    hoangSa: 'Quần đảo Hoàng Sa',
    truongSa: 'Quần đảo Trường Sa',
    partOf: (province: string) => `(${province})`,
    province: (name: string, products: number, producers: number) => `${name}: ${n(products)} sản phẩm, ${n(producers)} chủ thể`,
    legend: 'Số sản phẩm',
    range: (from: number, to: number) => (from === to ? n(from) : `${n(from)}–${n(to)}`),
    none: 'Chưa có',
    point: 'Hợp tác xã có toạ độ',
    pointsHidden: (count: number) => `${n(count)} chủ thể có toạ độ: quá nhiều để bấm từng điểm, hãy mở trang tỉnh để xem danh sách.`,
    caption:
      'Quần đảo Hoàng Sa thuộc thành phố Đà Nẵng, quần đảo Trường Sa thuộc tỉnh Khánh Hòa. Ranh giới: vietnamese-provinces-database (giấy phép MIT), theo bản đồ sắp xếp đơn vị hành chính của NXB Tài nguyên - Môi trường và Bản đồ Việt Nam; đã giản lược, không dùng làm ranh giới chính thức.',
    source: 'Nguồn dữ liệu ranh giới',
    table: 'Số sản phẩm theo tỉnh, thành phố',
  },
  communes: {
    heading: 'Theo xã, phường',
    title: (commune: string, province: string) => `Sản phẩm ${communeInSentence(commune)}, ${province}`,
    intro: (commune: string, province: string) =>
      `Sản phẩm của các chủ thể tại ${communeInSentence(commune)}, ${province}. Xã, phường theo địa giới từ ngày 1/7/2025; địa chỉ ghi tên cũ được xếp vào xã, phường mới.`,
    wholeProvince: (province: string) => `Cả ${province}`,
  },
};
