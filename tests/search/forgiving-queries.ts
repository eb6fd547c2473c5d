/**
 * Queries typed the way people type, each labelled with what it tests, against the demo catalog
 * (`content/`) and the fixture catalog (`tests/fixtures/catalog`): regional words, the usual
 * misspellings, keys typed without an input method. Each names the pages (URL prefixes) of which
 * one must be in the top 3. `EXACT_FIRST` pairs words that fold alike: typed with the right tones,
 * the exact word's page must come first.
 */

export type Kind =
  | 'regional word'
  | 'local name variant'
  | 'l/n'
  | 's/x'
  | 'ch/tr'
  | 'd/gi/r'
  | 'wrong tone'
  | 'final n/ng, c/t'
  | 'missing or doubled letter'
  | 'Telex'
  | 'VNI'
  | 'run together'
  | 'cut short'
  | 'case and spaces';

export type Query = readonly [kind: Kind, typed: string, expected: readonly string[]];

const H = '/hop-tac-xa/';
const KHOM = `${H}htx-khom-hoa-tien/khom-cau-duc/`;
const MUT_KHOM = `${H}htx-khom-hoa-tien/mut-khom-say-deo/`;
const NGHE = `${H}htx-khom-hoa-tien/tinh-bot-nghe/`;
const RUOU = `${H}lhhtx-nong-san-vi-xuyen/ruou-ngo-men-la/`;
const TAM_THAT = `${H}lhhtx-nong-san-vi-xuyen/tam-that-cu-kho/`;
const CAM = `${H}lhhtx-nong-san-vi-xuyen/cam-sanh-vi-xuyen/`;
const TRA_SU = `${H}htx-du-lich-tram-xanh-van-giao/tour-xuong-rung-tram-tra-su/`;
const RUNG_TRAM = `${H}htx-du-lich-tram-xanh-van-giao/`;
const CAI_MON = `${H}htx-sinh-vat-canh-cai-mon/`;
const MAI = `${CAI_MON}mai-vang-bonsai-dang-truc/`;
const KIM_QUYT = `${CAI_MON}kim-quyt-bonsai/`;
const HOA_GIAY = `${CAI_MON}hoa-giay-bonsai-ngu-sac/`;
const MAM_THAI = `${H}htx-mam-nui-sam/mam-thai-du-du/`;
const MAM_LINH = `${H}htx-mam-nui-sam/mam-ca-linh/`;
const LUC_BINH = `${H}tht-dan-luc-binh-nga-bay/`;
const GIO = `${LUC_BINH}gio-luc-binh-co-quai/`;
const THAM = `${LUC_BINH}tham-luc-binh-tron/`;
const LUA = `${H}htx-det-lua-long-chau/`;
const KHAN_LUA = `${LUA}khan-lua-tan-chau/`;
const RACH_DUA = `${H}htx-du-lich-con-quy/tour-xuong-rach-dua-nuoc/`;
const MAT_ONG = `${H}htx-ong-mat-bac-ha-cao-nguyen-da/mat-ong-bac-ha/`;
const PHAN_HOA = `${H}htx-ong-mat-bac-ha-cao-nguyen-da/phan-hoa-bac-ha/`;
const CHO_NOI = `${H}htx-buoi-nam-roi-dong-phuoc/tour-cho-noi-nga-bay/`;
const BUOI = `${H}htx-buoi-nam-roi-dong-phuoc/buoi-nam-roi/`;
const KHAN_CHOANG = `${H}htx-det-tho-cam-hoa-lanh/khan-choang-tho-cam-lanh/`;
const TUI_MONG = `${H}htx-det-tho-cam-hoa-lanh/tui-tho-cam-hoa-van-mong/`;
const TRINH_TUONG = `${H}htx-det-tho-cam-hoa-lanh/homestay-nha-trinh-tuong/`;
const THOT_NOT = `${H}htx-thot-not-bay-nui/`;
const DUONG = `${THOT_NOT}duong-thot-not-nguyen-chat/`;
const GAO = `${THOT_NOT}gao-nang-nhen/`;
const NUOC_THOT_NOT = `${THOT_NOT}nuoc-thot-not-dong-chai/`;
const KHO_QUA = `${THOT_NOT}tra-kho-qua-rung/`;
const KEO_DUA = `${H}htx-keo-dua-dinh-thuy/`;
const KEO_LA_DUA = `${KEO_DUA}keo-dua-la-dua/`;
const KEO_LAC = `${KEO_DUA}keo-dua-dau-phong/`;
const DAU_DUA = `${KEO_DUA}dau-dua-ep-lanh/`;
const SHAN = `${H}htx-che-shan-tuyet-may-ngan/`;
const TRA_SHAN = `${SHAN}tra-shan-tuyet-co-thu/`;
const HONG_TRA = `${SHAN}hong-tra-shan-tuyet/`;
const GAO_DUA = `${H}tht-thu-cong-dua-phong-nam/`;
const CHEN = `${GAO_DUA}bo-chen-gao-dua/`;
const HOMESTAY_SAN = `${H}htx-du-lich-tram-xanh-van-giao/homestay-nha-san-ven-rung-tram/`;

export const DEMO_QUERIES: readonly Query[] = [
  ['regional word', 'thơm', [KHOM, MUT_KHOM]],
  ['regional word', 'dứa', [KEO_LA_DUA, KHOM, MUT_KHOM]],
  ['regional word', 'trái thơm', [KHOM]],
  ['regional word', 'mứt dứa sấy dẻo', [MUT_KHOM]],
  ['regional word', 'mut thom', [MUT_KHOM]],
  ['regional word', 'kẹo dừa lạc', [KEO_LAC]],
  ['regional word', 'keo lac', [KEO_LAC]],
  ['regional word', 'rượu bắp', [RUOU]],
  ['regional word', 'ruou bap men la', [RUOU]],
  ['regional word', 'mướp đắng', [KHO_QUA]],
  ['regional word', 'trà mướp đắng rừng', [KHO_QUA]],
  ['regional word', 'chè khổ qua', [KHO_QUA]],
  ['regional word', 'chè shan tuyết cổ thụ', [TRA_SHAN]],
  ['regional word', 'bèo tây', [LUC_BINH]],
  ['regional word', 'thảm bèo tây', [THAM]],
  ['regional word', 'làn lục bình', [GIO]],
  ['regional word', 'bộ bát gáo dừa', [CHEN]],
  ['regional word', 'bông giấy bonsai', [HOA_GIAY]],
  ['regional word', 'khăn quàng thổ cẩm', [KHAN_CHOANG]],
  ['regional word', 'quả bưởi năm roi', [BUOI]],
  ['regional word', 'hoa mai bonsai', [MAI]],
  ['regional word', 'đàn ca tài tử', [RACH_DUA]],
  ['regional word', 'chợ nổi phụng hiệp', [CHO_NOI]],
  ['local name variant', 'đường thốt lốt', [DUONG]],
  ['local name variant', 'trà san tuyết', [TRA_SHAN, HONG_TRA]],
  ['local name variant', 'home stay rừng tràm', [HOMESTAY_SAN]],
  ['local name variant', 'túi thổ cẩm hmông', [TUI_MONG]],
  ['local name variant', 'thốt nốt thất sơn', [THOT_NOT]],
  ['l/n', 'mắm cá ninh', [MAM_LINH]],
  ['l/n', 'nụa tân châu', [KHAN_LUA, LUA]],
  ['l/n', 'gạo làng nhen', [GAO]],
  ['l/n', 'nục bình', [LUC_BINH]],
  ['l/n', 'nước thốt lốt', [NUOC_THOT_NOT]],
  ['s/x', 'chèo suồng rừng tràm', [TRA_SU]],
  ['s/x', 'mứt khóm xấy dẻo', [MUT_KHOM]],
  ['s/x', 'cam xành', [CAM]],
  ['s/x', 'xinh vật cảnh cái mơn', [CAI_MON]],
  ['ch/tr', 'chà shan tuyết', [TRA_SHAN, HONG_TRA]],
  ['ch/tr', 'chà khổ qua', [KHO_QUA]],
  ['ch/tr', 'nhà chình tường', [TRINH_TUONG]],
  ['ch/tr', 'trợ nổi ngã bảy', [CHO_NOI]],
  ['ch/tr', 'trè shan tuyết', [SHAN]],
  ['d/gi/r', 'giượu ngô', [RUOU]],
  ['d/gi/r', 'dượu ngô men lá', [RUOU]],
  ['d/gi/r', 'rỏ lục bình', [GIO]],
  ['d/gi/r', 'chèo xuồng giừng tràm', [TRA_SU]],
  ['wrong tone', 'mật ông', [MAT_ONG]],
  ['wrong tone', 'bưỡi năm rôi', [BUOI]],
  ['wrong tone', 'mắm thài', [MAM_THAI]],
  ['wrong tone', 'tám thất củ khô', [TAM_THAT]],
  ['wrong tone', 'kẽo dừa lá dứa', [KEO_LA_DUA]],
  ['wrong tone', 'mắm thái đu đũ', [MAM_THAI]],
  ['final n/ng, c/t', 'cam sàn', [CAM]],
  ['final n/ng, c/t', 'thốc nốc', [THOT_NOT]],
  ['final n/ng, c/t', 'khóm cầu đút', [KHOM]],
  ['final n/ng, c/t', 'gạo nàn nhen', [GAO]],
  ['missing or doubled letter', 'duong thott not', [DUONG]],
  ['missing or doubled letter', 'homstay rung tram', [HOMESTAY_SAN, RUNG_TRAM]],
  ['missing or doubled letter', 'tinh bot ngeh', [NGHE]],
  ['missing or doubled letter', 'phan hoa bac haa', [PHAN_HOA]],
  ['missing or doubled letter', 'kim quyt bonsia', [KIM_QUYT]],
  ['missing or doubled letter', 'khan choang tho camm', [KHAN_CHOANG]],
  ['Telex', 'maajt ong', [MAT_ONG]],
  ['Telex', 'dduwowngf thoots noots', [DUONG]],
  ['Telex', 'keoj duwaf', [`${KEO_DUA}keo-dua-`]],
  ['Telex', 'buwowir nawm roi', [BUOI]],
  ['Telex', 'khoms caauf dducs', [KHOM]],
  ['Telex', 'ruwowuj ngoo', [RUOU]],
  ['Telex', 'mawms thais ddu dur', [MAM_THAI]],
  ['Telex', 'tinh boojt ngheej', [NGHE]],
  ['VNI', 'ma65t ong', [MAT_ONG]],
  ['VNI', 'd9u7o7ng2 tho61t no61t', [DUONG]],
  ['VNI', 'ke5o du7a2', [`${KEO_DUA}keo-dua-`]],
  ['VNI', 'bu7o73i na8m roi', [BUOI]],
  ['VNI', 'kho1m ca62u d9u1c', [KHOM]],
  ['VNI', 'ru7o7u5 ngo6', [RUOU]],
  ['run together', 'matong', [MAT_ONG]],
  ['run together', 'keodualadua', [KEO_LA_DUA]],
  ['run together', 'duongthotnot', [DUONG]],
  ['run together', 'khomcauduc', [KHOM]],
  ['run together', 'ruoungo', [RUOU]],
  ['run together', 'daudua ep lanh', [DAU_DUA]],
  ['cut short', 'mật o', [MAT_ONG]],
  ['cut short', 'khom cau d', [KHOM]],
  ['cut short', 'rượu ng', [RUOU]],
  ['cut short', 'bưởi năm r', [BUOI]],
  ['cut short', 'tinh bột ngh', [NGHE]],
  ['case and spaces', 'MẬT ONG BẠC HÀ', [MAT_ONG]],
  ['case and spaces', '  kẹo   dừa  lá   dứa ', [KEO_LA_DUA]],
  ['case and spaces', 'KhÓm CầU đÚc', [KHOM]],
  ['case and spaces', 'RUOU NGO MEN LA', [RUOU]],
];

const F = '/hop-tac-xa/';
const F_BANH = `${F}ho-kinh-doanh-ba-tam/banh-phong-tom/`;
const F_MAT_ONG = `${F}htx-mat-ong-bac-ha/mat-ong-bac-ha/`;
const F_RUOU = `${F}htx-mat-ong-bac-ha/ruou-ngo/`;
const F_TAM_THAT = `${F}htx-mat-ong-bac-ha/tam-that/`;
const F_MAI = `${F}lhhtx-an-giang/mai-vang-bonsai/`;
const F_LANG_BE = `${F}lhhtx-an-giang/tour-lang-noi/`;
const F_KEO = `${F}tht-keo-dua-cho-lach/keo-dua-la-dua/`;
const F_TUI = `${F}tht-keo-dua-cho-lach/tui-xach-soi-dua/`;

export const FIXTURE_QUERIES: readonly Query[] = [
  ['regional word', 'rượu bắp men lá', [F_RUOU]],
  ['regional word', 'kẹo dừa lá thơm', [F_KEO]],
  ['regional word', 'keo dua la khom', [F_KEO]],
  ['regional word', 'hoa mai bonsai', [F_MAI]],
  ['local name variant', 'mai vàng bon sai', [F_MAI]],
  ['l/n', 'tham quan nàng bè', [F_LANG_BE]],
  ['s/x', 'túi sách sợi dừa', [F_TUI]],
  ['ch/tr', 'làng bè trâu đốc', [F_LANG_BE]],
  ['d/gi/r', 'giượu ngô', [F_RUOU]],
  ['wrong tone', 'bánh phòng tôm', [F_BANH]],
  ['wrong tone', 'mật ông bạc hà', [F_MAT_ONG]],
  ['final n/ng, c/t', 'tam thấc', [F_TAM_THAT]],
  ['missing or doubled letter', 'banh phong tomm', [F_BANH]],
  ['missing or doubled letter', 'tui xach soi duaa', [F_TUI]],
  ['Telex', 'baanhs phoongf toom', [F_BANH]],
  ['Telex', 'tam thaats', [F_TAM_THAT]],
  ['VNI', 'ba1nh pho6ng2 to6m', [F_BANH]],
  ['run together', 'tamthat', [F_TAM_THAT]],
  ['run together', 'banhphongtom', [F_BANH]],
  ['cut short', 'bánh phồng t', [F_BANH]],
  ['case and spaces', '  TÚI   XÁCH  ', [F_TUI]],
  ['case and spaces', 'Lang Be Chau Doc', [F_LANG_BE]],
];

/** [typed with the right tones, URL prefixes of which one must be the first result]. */
export const EXACT_FIRST: ReadonlyArray<readonly [string, readonly string[]]> = [
  // dừa (coconut) and dứa (pineapple) fold alike: the exact one first, both ways.
  ['dừa', [KEO_DUA, GAO_DUA, RACH_DUA]],
  ['dứa', [KEO_LA_DUA]],
  // gạo (rice) and gáo (coconut shell) too; lụa (silk) and lúa (rice plant).
  ['gạo', [GAO]],
  ['gáo dừa', [GAO_DUA]],
  ['lụa', [LUA]],
  ['lúa mùa', [GAO]],
  // A word is not the start of a longer one: chè is tea, not chèo (to row); sàn is not sành.
  ['chè', [SHAN]],
  ['chèo xuồng', [TRA_SU, RACH_DUA]],
  ['nhà sàn', [HOMESTAY_SAN]],
  ['tràm', [RUNG_TRAM]],
  ['khóm', [`${H}htx-khom-hoa-tien/`]],
  ['đường', [DUONG]],
];
