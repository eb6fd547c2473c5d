/**
 * The spreadsheet import and export in Vietnamese: the words provinces' OCOP lists are written in
 * (column names, legal forms, totals, stars, dates, group words), read by `src/lib/import`; the
 * words written into new files; the report, the messages and the command-line help.
 */
import type { ExportWords } from '../lib/export/rows.ts';
import type { ImportReport, RowResult } from '../lib/import/report.ts';
import { summarise } from '../lib/import/report.ts';
import type { Field, ImportErrorKey, ImportTemplateWords, ImportVocabulary, RowMessage, RowMessageKey } from '../lib/import/types.ts';
import { OCOP_GROUPS, type OcopGroup } from '../schemas/ocop-group.ts';
import type { ProducerType } from '../schemas/producer-type.ts';
import { addressLines } from './address.ts';
import { formatDate } from './format.ts';
import { cooperativeTemplate, productTemplate } from './templates.vi.ts';
import { certificateLabel, certificateStatusLabel, cooperativeTypeLabels, groupLabels, groupShortLabels, ui } from './vi.ts';

type P = Record<string, unknown>;
/** A message's sentence, given its values and how to write a file's path. */
type Sentence = (p: P, show: (file: string) => string) => string;

/** A comma-separated list of words, so long lists stay readable. */
const words = (text: string) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** The six groups' own names, so a group column written `Thực phẩm` or `Dược liệu và sản phẩm từ dược liệu` reads. */
const ownNames = (g: OcopGroup) => [groupLabels[g], groupShortLabels[g]];

/** How provinces' OCOP lists are written: what `src/lib/import` reads them with. */
export const importVocabulary: ImportVocabulary = {
  columns: {
    index: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
    product: ['Tên sản phẩm', 'Sản phẩm', 'Tên SP', 'Tên sản phẩm OCOP', 'Sản phẩm OCOP', 'Tên hàng hoá', 'Tên hàng hóa'],
    producer: [
      'Chủ thể',
      'Tên chủ thể',
      'Đơn vị',
      'Chủ thể sản xuất',
      'Chủ thể OCOP',
      'Chủ thể sản phẩm',
      'Tên đơn vị',
      'Đơn vị sản xuất',
      'Tổ chức, cá nhân',
      'Tên cơ sở',
      'Cơ sở sản xuất',
      'Tên doanh nghiệp',
      'Tên HTX',
    ],
    type: ['Loại hình', 'Loại hình chủ thể', 'Loại chủ thể', 'Loại hình tổ chức', 'Hình thức tổ chức'],
    address: ['Địa chỉ', 'Địa bàn', 'Địa chỉ chủ thể', 'Địa chỉ trụ sở', 'Nơi sản xuất', 'Địa phương'],
    commune: ['Xã', 'Xã, phường', 'Xã/phường', 'Xã, phường, thị trấn', 'Phường, xã'],
    district: ['Huyện', 'Huyện, thị xã, thành phố', 'Quận, huyện', 'Huyện, thị xã', 'Địa bàn huyện'],
    province: ['Tỉnh', 'Tỉnh, thành phố', 'Tỉnh/thành phố', 'Tỉnh/TP'],
    stars: [
      'Hạng sao',
      'Số sao',
      'Xếp hạng',
      'Kết quả',
      'Kết quả đánh giá',
      'Kết quả xếp hạng',
      'Hạng',
      'Sao',
      'Hạng sao OCOP',
      'Số sao OCOP',
    ],
    group: ['Nhóm', 'Nhóm sản phẩm', 'Bộ sản phẩm', 'Nhóm OCOP', 'Ngành hàng', 'Phân nhóm', 'Nhóm ngành'],
    decision: [
      'Quyết định công nhận',
      'Số QĐ',
      'Số quyết định',
      'Quyết định',
      'QĐ công nhận',
      'Số QĐ công nhận',
      'Số, ngày quyết định',
      'Số và ngày quyết định',
    ],
    date: ['Ngày công nhận', 'Ngày quyết định', 'Ngày QĐ', 'Ngày ký', 'Ngày cấp', 'Ngày ban hành', 'Thời gian công nhận'],
    year: ['Năm công nhận', 'Năm', 'Năm đạt', 'Năm đánh giá', 'Năm xếp hạng'],
    issuer: ['Cơ quan công nhận', 'Cơ quan ban hành', 'Cơ quan cấp', 'Đơn vị công nhận', 'Cấp ra quyết định'],
  },
  subColumns: {
    decision: ['Số', 'Số hiệu', 'Số QĐ'],
    date: ['Ngày', 'Ngày tháng', 'Ngày, tháng, năm', 'Ngày ký'],
    year: ['Năm'],
    issuer: ['Cơ quan', 'Nơi ban hành'],
  },
  legalForms: [
    { written: ['Liên hiệp hợp tác xã', 'Liên hiệp HTX', 'LHHTX', 'LH HTX'], type: 'lhhtx', canonical: 'Liên hiệp hợp tác xã' },
    { written: ['Hợp tác xã', 'HTX', 'H.T.X'], type: 'htx', canonical: 'Hợp tác xã' },
    { written: ['Tổ hợp tác', 'THT'], type: 'tht', canonical: 'Tổ hợp tác' },
    { written: ['Công ty TNHH MTV', 'Cty TNHH MTV'], type: 'dn', canonical: 'Công ty TNHH MTV' },
    { written: ['Công ty TNHH một thành viên', 'Công ty trách nhiệm hữu hạn một thành viên'], type: 'dn' },
    { written: ['Công ty TNHH', 'Cty TNHH', 'CTTNHH'], type: 'dn', canonical: 'Công ty TNHH' },
    { written: ['Công ty trách nhiệm hữu hạn'], type: 'dn' },
    { written: ['Công ty CP', 'Cty CP', 'CTCP', 'Cty cổ phần'], type: 'dn', canonical: 'Công ty Cổ phần' },
    { written: ['Công ty cổ phần'], type: 'dn' },
    { written: ['Công ty', 'Cty', 'C.ty'], type: 'dn', canonical: 'Công ty' },
    { written: ['DNTN', 'DN tư nhân'], type: 'dn', canonical: 'Doanh nghiệp tư nhân' },
    { written: ['Doanh nghiệp tư nhân', 'Doanh nghiệp'], type: 'dn' },
    { written: ['HKD', 'Hộ KD'], type: 'ho', canonical: 'Hộ kinh doanh' },
    { written: ['Hộ kinh doanh', 'Hộ kinh doanh cá thể', 'Hộ sản xuất', 'Hộ sản xuất kinh doanh', 'Hộ gia đình'], type: 'ho' },
    { written: ['Hộ SX'], type: 'ho', canonical: 'Hộ sản xuất' },
    { written: ['Hộ ông', 'Hộ bà', 'Hộ anh', 'Hộ chị', 'Hộ'], type: 'ho' },
    { written: ['CSSX', 'Cơ sở SX'], type: 'cs', canonical: 'Cơ sở sản xuất' },
    { written: ['Cơ sở sản xuất', 'Cơ sở sản xuất kinh doanh', 'Cơ sở'], type: 'cs' },
  ],
  abbreviations: {
    NN: 'Nông nghiệp',
    DV: 'Dịch vụ',
    SX: 'Sản xuất',
    TM: 'Thương mại',
    KD: 'Kinh doanh',
    DVNN: 'Dịch vụ nông nghiệp',
    NNDV: 'Nông nghiệp dịch vụ',
    TMDV: 'Thương mại dịch vụ',
    DVTM: 'Dịch vụ thương mại',
    SXTM: 'Sản xuất thương mại',
    SXKD: 'Sản xuất kinh doanh',
    XNK: 'Xuất nhập khẩu',
    TTCN: 'Tiểu thủ công nghiệp',
  },
  surnames: words(`Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Đoàn,
      Trương, Lương, Trịnh, Tạ, Tô, Thái, Lò, Lường, Sùng, Giàng, Thào, Nông, Triệu`),
  totals: ['Tổng cộng', 'Tổng số', 'Tổng', 'Cộng'],
  starUnit: 'sao',
  starWords: { 'ba sao': 3, 'bốn sao': 4, 'năm sao': 5 },
  notRecognised: ['không đạt', 'chưa đạt', 'không xếp hạng', 'thu hồi'],
  unknownDate: ['chưa rõ', 'không rõ', 'chưa biết', 'chưa có', 'không có', 'đang cập nhật'],
  dateWords: { day: 'ngày', month: 'tháng', year: 'năm' },
  issuerStarts: ['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Chủ tịch UBND', 'Thủ tướng Chính phủ', 'Bộ Nông nghiệp'],
  issuerStops: ['về', 'ngày', 'số', 'năm', 'đợt', 'v/v', 'tại', 'theo', 'kèm'],
  groupKeywords: {
    'thuc-pham': words(`mật ong, gạo, nếp, bánh, kẹo, mắm, nước mắm, nước tương, nước chấm, tương, khô, cá, tôm, mực, cua, thịt,
      chả, nem, giò, lạp xưởng, xúc xích, rau, củ, quả, trái cây, bưởi, cam, quýt, xoài, sầu riêng, nhãn,
      vải thiều, chuối, dừa, thanh long, mít, đường, miến, bún, phở, hủ tiếu, bánh tráng, tiêu, ớt, tỏi, hành,
      nấm, trứng, sữa, hạt, điều, mè, lạc, đậu, dầu, mứt, ruốc, chà bông, bột, tinh bột, sấy, măng, muối,
      gia vị, sa tế, hải sản, thủy sản, thuỷ sản`),
    'do-uong': words(`trà, chè, cà phê, rượu, nước, bia, nước ép, nước cốt, nước uống, nước khoáng, nước giải khát, siro,
      ca cao, cacao, vang, trà hoa vàng, trà túi lọc, sữa đậu nành`),
    'duoc-lieu': words(`dược liệu, thảo dược, sâm, nhân sâm, tam thất, đông trùng hạ thảo, nghệ, tinh bột nghệ, atiso, actiso,
      cao atiso, cao dược liệu, tinh dầu, hà thủ ô, đinh lăng, cà gai leo, giảo cổ lam, xạ đen, thuốc,
      thuốc nam, linh chi, nấm linh chi, mỹ phẩm, xà phòng, dầu gội, kim tiền thảo`),
    'thu-cong-my-nghe': words(`mây tre, mây tre đan, đan, gốm, gốm sứ, thổ cẩm, lụa, chiếu, chiếu cói, cói, lục bình, mỹ nghệ,
      thủ công, gỗ, đồ gỗ, tranh, thêu, dệt, nón, nón lá, giỏ, túi xách, gáo dừa, sơn mài, điêu khắc,
      trang sức, khăn, vải, đèn lồng, đồ chơi`),
    'sinh-vat-canh': words(`lan, hoa lan, phong lan, lan rừng, mai, mai vàng, bonsai, cây cảnh, sinh vật cảnh, hoa, cá cảnh,
      chim cảnh, kiểng, cây kiểng, hoa đào, quất, cây giống, tiểu cảnh`),
    'du-lich': words(`du lịch, homestay, farmstay, tour, điểm du lịch, khu du lịch, làng du lịch, du lịch cộng đồng,
      trải nghiệm, sinh thái, tham quan, điểm, nghỉ dưỡng`),
  },
  groupNames: {
    'thuc-pham': [...ownNames('thuc-pham'), 'Nông sản', 'Thực phẩm tươi sống', 'Thực phẩm chế biến', 'Nông sản chế biến'],
    'do-uong': [...ownNames('do-uong'), 'Đồ uống có cồn', 'Đồ uống không cồn'],
    'duoc-lieu': [...ownNames('duoc-lieu'), 'Thảo dược', 'Sản phẩm từ dược liệu'],
    'thu-cong-my-nghe': [...ownNames('thu-cong-my-nghe'), 'Thủ công', 'Vải và may mặc', 'Lưu niệm, nội thất, trang trí'],
    'sinh-vat-canh': [...ownNames('sinh-vat-canh'), 'Hoa, cây cảnh', 'Cây cảnh'],
    'du-lich': [...ownNames('du-lich'), 'Dịch vụ du lịch', 'Du lịch cộng đồng', 'Du lịch sinh thái', 'Điểm du lịch'],
  },
  groupSectionWords: ['Nhóm sản phẩm', 'Nhóm', 'Bộ sản phẩm', 'Ngành hàng', 'Ngành', 'Phân nhóm'],
  unknownDateValue: 'chưa rõ',
};

/** The body `npm run new` writes (its words), without the front matter. */
const templateBody = (file: string) => file.slice(file.indexOf('\n---\n') + 5).trim();
const keep = 'Khối này không hiện trên trang. Viết phần giới thiệu bên dưới khối, rồi xoá khối đi.';

/** The words written into the files an import makes. */
export const importTemplates: ImportTemplateWords = {
  productHeader: [
    'SẢN PHẨM, tạo từ danh sách OCOP của tỉnh (npm run import). Dòng bắt đầu bằng # là lời giải thích.',
    'Mục ocop do cán bộ cập nhật mỗi lần nhập lại danh sách. Các mục khác là của hợp tác xã: lần nhập sau không sửa.',
    'Thêm giới thiệu, ảnh, giá… theo hướng dẫn docs/huong-dan.md (bản mẫu đầy đủ: npm run new).',
  ],
  coopHeader: [
    'HỒ SƠ, tạo từ danh sách OCOP của tỉnh (npm run import). Dòng bắt đầu bằng # là lời giải thích.',
    'Lần nhập sau không sửa tệp này. Hãy bổ sung điện thoại, giới thiệu, ảnh… theo hướng dẫn docs/huong-dan.md.',
  ],
  groupGuessed: 'Nhóm OCOP do máy đề xuất từ tên sản phẩm (danh sách không ghi nhóm): hãy kiểm tra, rồi xoá dòng này.',
  productBody: `${templateBody(productTemplate({ name: '', today: '' }))}\n${keep}`,
  coopBody: `${templateBody(cooperativeTemplate({ name: '', today: '' }))}\n${keep}`,
  unknownCommune: 'Chưa rõ xã, phường',
};

/** Each column field in a sentence. */
export const fieldWords: Record<Field, string> = {
  index: 'số thứ tự',
  product: 'tên sản phẩm',
  producer: 'chủ thể',
  type: 'loại hình',
  address: 'địa chỉ',
  commune: 'xã, phường',
  district: 'huyện',
  province: 'tỉnh',
  stars: 'số sao',
  group: 'nhóm',
  decision: 'quyết định',
  date: 'ngày công nhận',
  year: 'năm công nhận',
  issuer: 'cơ quan công nhận',
};

const group = (g: unknown) => ((OCOP_GROUPS as readonly unknown[]).includes(g) ? groupShortLabels[g as OcopGroup] : String(g));
const list = (v: unknown) => (Array.isArray(v) ? v.join('; ') : String(v));

/** What the report says about a row, by message key. */
export const importMessages: Record<RowMessageKey, Sentence> = {
  'skip.total': () => 'dòng tổng cộng.',
  'skip.section': (p) => {
    const gives = [
      p['stars'] ? `${String(p['stars'])} sao` : '',
      p['group'] ? `nhóm ${group(p['group'])}` : '',
      p['decision'] ? `quyết định ${String(p['decision'])}` : '',
    ].filter(Boolean);
    return `dòng tiêu đề mục "${String(p['text'])}"${gives.length ? `: các dòng bên dưới lấy ${gives.join(', ')}` : ''}.`;
  },
  'skip.header': () => 'dòng tiêu đề cột lặp lại (đầu trang in mới).',
  'skip.numbering': () => 'dòng đánh số cột.',
  'skip.note': (p) => `không phải dòng sản phẩm ("${String(p['text'])}").`,
  'skip.noProduct': () => 'thiếu tên sản phẩm.',
  'skip.noProducer': () => 'thiếu tên chủ thể, và không có dòng sản phẩm nào bên trên để lấy theo.',
  'skip.noStars': () => 'không có số sao: ghi 3, 4 hoặc 5 vào cột hạng sao.',
  'skip.badStars': (p) => `số sao "${String(p['value'])}" không phải 3, 4 hoặc 5 sao OCOP.`,
  'skip.notRecognised': (p) => `kết quả "${String(p['value'])}": sản phẩm không được công nhận OCOP.`,
  'skip.duplicate': (p) => `trùng với dòng ${String(p['row'])} (cùng sản phẩm của cùng chủ thể).`,
  'skip.noProvince': () =>
    'chủ thể mới nhưng không rõ tỉnh: thêm cột Tỉnh, ghi tỉnh trong địa chỉ, hoặc chạy lại với --province "Tên tỉnh".',
  'skip.noName': (p) => `"${String(p['value'])}" chỉ ghi loại hình, không có tên chủ thể.`,
  'skip.unreadable': (p, show) =>
    `không sửa được ${show(String(p['file']))}: phần thông tin sai cú pháp hoặc mục ocop không đúng dạng. Hãy sửa tay (npm run check chỉ chỗ sai) rồi nhập lại.`,
  'info.filledDown': (p) => `chủ thể và địa chỉ lấy theo dòng ${String(p['row'])} (ô để trống, thường do gộp ô).`,
  'info.context': (p) => `${fieldWords[p['field'] as Field]} lấy theo dòng ${String(p['row'])}.`,
  'info.existingCoop': (p) => `dùng hồ sơ đã có cooperatives/${String(p['folder'])} (không sửa hồ sơ).`,
  'info.newCoop': (p) => `tạo hồ sơ mới cooperatives/${String(p['folder'])}/index.md.`,
  'info.matchedByName': (p, show) => `tìm thấy sản phẩm cùng tên ${show(String(p['file']))}.`,
  'info.keptDate': (p) => `giữ ngày công nhận ${String(p['date'])} đã ghi trong tệp (danh sách ghi ít hơn).`,
  'person.groupGuessed': (p) =>
    `nhóm "${group(p['group'])}" do máy đề xuất theo chữ "${String(p['word'])}" trong tên (danh sách không ghi nhóm): hãy xác nhận.`,
  'person.groupDefault': (p) => `không đoán được nhóm từ tên sản phẩm, tạm ghi "${group(p['group'])}": hãy sửa group cho đúng.`,
  'person.groupUnknown': (p) =>
    `nhóm "${String(p['value'])}" không phải một trong 6 nhóm OCOP, tạm ghi "${group(p['group'])}": hãy kiểm tra.`,
  'person.dateUnknown': () =>
    'chưa rõ ngày công nhận: ghi issuedOn: chưa rõ; trang ghi "Chưa rõ ngày công nhận", không hiện là còn hiệu lực, cho tới khi bổ sung ngày quyết định.',
  'person.dateYearOnly': (p) =>
    `chỉ rõ năm công nhận ${String(p['year'])}${p['expired'] ? ', đã quá 36 tháng kể từ cuối năm đó nên trang ghi "Hết hạn"' : ''}: hãy bổ sung ngày quyết định.`,
  'person.dateInvalid': (p) => `ngày "${String(p['value'])}" không có thật: kiểm tra lại ngày, tháng.`,
  'person.communeAmbiguous': (p) =>
    `xã "${String(p['written'])}" trùng tên nhiều nơi (${list(p['candidates'])}): hãy ghi đúng xã, phường vào address.commune.`,
  'person.communeSplit': (p) =>
    `"${String(p['written'])}" nay chia cho nhiều xã, phường (${list(p['candidates'])}): hãy ghi đúng nơi vào address.commune.`,
  'person.communeUnknown': (p) =>
    `không tìm thấy xã "${String(p['written'])}" trong danh mục đơn vị hành chính${p['suggestion'] ? ` (có phải "${String(p['suggestion'])}"?)` : ''}: hãy sửa address.commune.`,
  'person.communeMissing': (p) =>
    `địa chỉ${p['address'] ? ` "${String(p['address'])}"` : ''} không ghi xã, phường: hãy điền address.commune trong hồ sơ.`,
  'person.provinceGuessed': (p) =>
    `tỉnh "${String(p['written'])}" không có trong danh mục, tạm hiểu là "${String(p['suggestion'])}": hãy kiểm tra.`,
  'person.typeUnknown': (p) =>
    `tên không cho biết loại hình (hợp tác xã, công ty, hộ kinh doanh…), tạm ghi type: ${String(p['type'])} (${cooperativeTypeLabels[p['type'] as ProducerType]}): hãy kiểm tra.`,
  'person.otherAddress': (p) =>
    `cùng tên chủ thể với dòng ${String(p['row'])} nhưng địa chỉ khác: đã gộp vào cooperatives/${String(p['folder'])}; nếu là hai chủ thể khác nhau, hãy tách bằng tay.`,
  'person.expired': (p) => `công nhận đã hết hạn ngày ${formatDate(String(p['validUntil']))} (36 tháng): trang ghi "Hết hạn".`,
};

/** Why an import stopped before writing anything, by error key. */
export const importErrors: Record<ImportErrorKey, (p: P) => string> = {
  'file.notFound': (p) => `Không tìm thấy tệp "${String(p['file'])}".`,
  'file.unsupported': (p) =>
    `Chưa đọc được tệp ${String(p['ext']) || 'không có đuôi'}: hãy mở bằng Excel và lưu lại thành Excel Workbook (.xlsx) hoặc CSV (.csv).`,
  'file.legacyXls': () =>
    'Tệp là dạng Excel 97–2003 (.xls), chưa đọc được: hãy mở bằng Excel, chọn Lưu thành → Excel Workbook (.xlsx), rồi chạy lại.',
  'file.encrypted': () =>
    'Tệp Excel có đặt mật khẩu nên không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu), lưu lại rồi chạy lại.',
  'file.corrupt': () => 'Tệp .xlsx bị hỏng hoặc không phải tệp Excel: hãy mở thử bằng Excel, lưu lại thành .xlsx rồi chạy lại.',
  'sheet.notFound': (p) => `Không có trang tính "${String(p['sheet'])}". Các trang tính trong tệp: ${list(p['sheets'])}.`,
  'sheet.empty': () => 'Bảng tính trống: không có dòng nào có chữ.',
  'sheet.noRows': (p) => `Có dòng tiêu đề cột (dòng ${String(p['header'])}) nhưng bên dưới không có dòng sản phẩm nào.`,
  'columns.missing': (p) =>
    [
      `Bảng thiếu cột cần thiết: ${list(p['needed'])}.`,
      `Các cột tìm thấy: ${(p['found'] as string[]).length ? list(p['found']) : '(không có)'}.`,
      'Hãy đặt lại tên cột cho đúng, hoặc chỉ rõ cột nào là gì bằng --map "Tên cột trong bảng=product" (xem: npm run import -- --help).',
    ].join('\n'),
  'map.invalid': (p) =>
    `Không hiểu "${String(p['entry'])}" trong --map hoặc --map-file: viết "Tên cột=trường", trường là một trong: ${(p['fields'] as string[]).join(', ')}.`,
  'manifest.invalid': (p) => `Tệp ${String(p['file'])} (ghi lại các lần nhập trước) bị hỏng: hãy khôi phục bản trước (git) rồi chạy lại.`,
  'province.unknown': (p) => `"${String(p['province'])}" không phải tên một tỉnh, thành phố (trước hay sau 1/7/2025).`,
};

const needsAPerson = (m: RowMessage) => m.key.startsWith('person.');

/** A message as the report and `--json` write it. */
export function wordMessage(m: RowMessage, show: (file: string) => string): string {
  const text = importMessages[m.key](m.params, show);
  if (needsAPerson(m)) return `cần kiểm tra: ${text}`;
  return m.key.startsWith('skip.') ? `bỏ qua: ${text}` : text;
}

const STATUS: Record<RowResult['status'], string> = { created: 'tạo mới', updated: 'cập nhật', unchanged: 'không đổi', skipped: 'bỏ qua' };

/** The report of an import, in Vietnamese, row by row; `show` writes a path as the reader sees it. */
export function formatImportReport(report: ImportReport, show: (file: string) => string): string {
  const out: string[] = [];
  const header = report.headerRows.join(' và ');
  out.push(`Nhập danh sách OCOP từ ${show(report.file)}, trang tính "${report.sheet}", dòng tiêu đề cột: ${header}.`);
  const used = report.columns.filter((c) => c.field);
  const unused = report.columns.filter((c) => !c.field);
  out.push(`Cột đọc được: ${used.map((c) => `${c.name} → ${fieldWords[c.field!]}`).join('; ')}.`);
  if (unused.length) out.push(`Cột không dùng: ${unused.map((c) => c.name).join('; ')}.`);
  out.push('');
  for (const row of report.rows) {
    const why = row.messages.find((m) => m.key.startsWith('skip.'));
    const what = row.product ? ` ${row.product} (${row.producer ?? ''})` : '';
    const where = row.file && row.status !== 'skipped' ? ` → ${show(row.file)}` : '';
    const head = why ? `${STATUS.skipped}: ${importMessages[why.key](why.params, show)}` : `${STATUS[row.status]}.`;
    out.push(`Dòng ${row.row}: ${head}${what}${where}`);
    // What was done first, then what a person should check.
    const rest = row.messages.filter((m) => m !== why);
    for (const m of [...rest.filter((m) => !needsAPerson(m)), ...rest.filter(needsAPerson)]) out.push(`    ${wordMessage(m, show)}`);
  }
  if (report.notInSheet.length) {
    out.push('', `Có trong lần nhập trước nhưng không còn trong danh sách này (giữ nguyên, không xoá): ${report.notInSheet.length}`);
    for (const n of report.notInSheet) out.push(`    ${show(n.file)}: ${n.product} (${n.producer})${n.exists ? '' : ', tệp đã bị xoá'}`);
  }
  const s = summarise(report);
  out.push(
    '',
    `Tổng: ${s.created} tạo mới, ${s.updated} cập nhật, ${s.unchanged} không đổi, ${s.skipped} bỏ qua; ${s.person} dòng cần người kiểm tra (các dòng "cần kiểm tra" ở trên).`,
    report.dryRun
      ? 'Chạy thử (--dry-run): chưa ghi tệp nào. Bỏ --dry-run để ghi.'
      : 'Bước tiếp: npm run check để kiểm tra, npm run dev để xem trước trang.',
  );
  return out.join('\n');
}

/** What `npm run import` prints besides the report. */
export const importCli = {
  usage: `Cách dùng: npm run import -- <tệp.xlsx hoặc tệp.csv> [tuỳ chọn]

Đọc danh sách sản phẩm OCOP (bảng Excel của phòng, ban) và tạo mỗi chủ thể một thư mục, mỗi dòng một
tệp sản phẩm. Chạy lại với danh sách năm sau chỉ cập nhật số sao, quyết định, ngày công nhận.

  --dry-run                  chỉ xem trước: báo cáo những gì sẽ làm, không ghi tệp nào
  --json                     in kết quả dạng JSON
  --sheet <tên hoặc số>      đọc trang tính này (mặc định: trang đầu tiên có dòng tiêu đề cột)
  --province <tỉnh>          tỉnh của các dòng không ghi tỉnh (mặc định: tỉnh ghi ở region trong site.yaml)
  --map "Tên cột=trường,…"   chỉ rõ cột có tên lạ; trường là một trong: product (tên sản phẩm), producer (chủ thể),
                             type (loại hình), address (địa chỉ), commune, district, province, stars (số sao),
                             group (nhóm), decision (số quyết định), date (ngày công nhận), year (năm), issuer
  --map-file <tệp.json>      như --map, đọc từ tệp JSON: { "Tên cột": "trường" }

Thư mục nội dung: biến CATALOG_DIR (mặc định content/).`,
  mapFileUnreadable: (file: string) => `Không đọc được tệp --map-file "${file}": cần một tệp JSON dạng { "Tên cột": "trường" }.`,
  missingFile: 'Thiếu tên tệp: npm run import -- <tệp.xlsx>. Xem: npm run import -- --help',
};

/** `npm run export`: headings chosen so the exported sheet imports again as it is. */
export const exportWords: ExportWords = {
  sheets: { products: 'Sản phẩm OCOP', certificates: 'Chứng nhận khác' },
  products: {
    index: 'STT',
    product: 'Tên sản phẩm',
    group: 'Nhóm',
    producer: 'Chủ thể',
    type: 'Loại hình',
    address: 'Địa chỉ',
    province: 'Tỉnh, thành phố (từ 1/7/2025)',
    district: 'Huyện (trước 1/7/2025)',
    stars: 'Hạng sao',
    decision: 'Số quyết định',
    issuer: 'Cơ quan công nhận',
    issuedOn: 'Ngày công nhận',
    validUntil: 'Hiệu lực đến',
    status: 'Tình trạng',
    page: 'Trang sản phẩm',
  },
  certificates: {
    index: 'STT',
    product: 'Tên sản phẩm',
    producer: 'Chủ thể',
    certificate: 'Chứng nhận',
    code: 'Số chứng nhận',
    issuer: 'Cơ quan cấp',
    issuedOn: 'Ngày cấp',
    validUntil: 'Hiệu lực đến',
    status: 'Tình trạng',
  },
  group: (g) => groupLabels[g],
  type: (t) => cooperativeTypeLabels[t],
  certificate: (c) => certificateLabel(c),
  status: (c) => certificateStatusLabel(c),
  year: (year) => `năm ${year}`,
  unknownDate: importVocabulary.unknownDateValue,
  address: (address) => {
    const lines = addressLines(address);
    return lines.nowPartOf ? `${lines.main} (${ui.cooperative.nowPartOf(lines.nowPartOf)})` : lines.main;
  },
};

/** What `npm run export` prints. */
export const exportCli = {
  usage: `Cách dùng: npm run export -- <tệp.xlsx>

Ghi toàn bộ sản phẩm ra bảng Excel để gửi cấp trên: mỗi sản phẩm một dòng, kèm chủ thể, địa chỉ
(tỉnh mới và huyện cũ), hạng sao, số quyết định, ngày công nhận, hiệu lực đến và tình trạng tính
theo ngày hôm nay (hoặc SOURCE_DATE_EPOCH); trang thứ hai là các chứng nhận khác.
Thư mục nội dung: biến CATALOG_DIR (mặc định content/).`,
  missingFile: 'Thiếu tên tệp: npm run export -- <tệp.xlsx>. Xem: npm run export -- --help',
  notXlsx: (file: string) => `Tên tệp "${file}" phải kết thúc bằng .xlsx.`,
  done: (file: string, products: number, certificates: number) => `Đã ghi ${file}: ${products} sản phẩm, ${certificates} chứng nhận khác.`,
  refused: (files: string[]) =>
    `${files.length} tệp có lỗi nên không có trong bảng (cũng không có trên trang): ${files.join(', ')}. Chạy npm run check để xem lỗi.`,
};
