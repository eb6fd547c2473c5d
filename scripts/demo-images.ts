/**
 * `npm run demo:images`: draws every illustration the demo catalog in `content/` refers to.
 *
 * The demo has no real photographs, so each image is a flat illustration composed here as SVG and
 * rasterised with sharp, labelled "ẢNH MINH HOẠ" so nobody mistakes it for a photo of the product.
 * Text is turned into SVG paths with opentype.js and the bundled Be Vietnam Pro font: the machine
 * running this may have no fonts at all, and Vietnamese tone marks must render the same everywhere.
 *
 * Deterministic: no randomness other than a PRNG seeded from the file name, no dates, so every run
 * writes the same bytes. The list of images is the IMAGES table below; the script also reads the
 * content's front matter and refuses to finish if the table and the content disagree.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { randomFrom } from '../src/lib/random.ts';
import { textPath, textWidth, wrapText } from '../src/lib/text-paths.ts';

// ---------------------------------------------------------------------------------------------
// The images to make. Paths are relative to content/.
// ---------------------------------------------------------------------------------------------

type Kind = 'product' | 'cover' | 'logo' | 'story';

type Motif =
  | 'jar'
  | 'fishjar'
  | 'bottle'
  | 'candy'
  | 'coconut'
  | 'fruit'
  | 'pomelo'
  | 'pineapple'
  | 'tea'
  | 'teatree'
  | 'bonsai'
  | 'bowl'
  | 'lamp'
  | 'basket'
  | 'mat'
  | 'fabric'
  | 'bag'
  | 'house'
  | 'stilthouse'
  | 'stonehouse'
  | 'boat'
  | 'market'
  | 'forest'
  | 'birds'
  | 'root'
  | 'rice'
  | 'palm'
  | 'honeycomb'
  | 'flowers'
  | 'powder'
  | 'herb'
  | 'bicycle'
  | 'segments'
  | 'corn';

interface Palette {
  /** Background gradient, light to deeper. */
  bg: [string, string];
  /** Main colour of the motif. */
  main: string;
  /** Second colour of the motif. */
  accent: string;
  /** Dark colour for the caption panel and outlines. */
  ink: string;
}

interface ImageSpec {
  /** Path under content/. */
  file: string;
  kind: Kind;
  /** Product or cooperative name; for a logo, the initials. */
  title: string;
  /** Second line: cooperative and province; for a logo, a short name. */
  subtitle: string;
  motif: Motif;
  palette: Palette;
}

const P = {
  coconut: { bg: ['#fdf3dc', '#e9c98f'], main: '#8a5a2b', accent: '#5f9e4a', ink: '#4a2e14' },
  pandan: { bg: ['#eef8e4', '#b9dc9a'], main: '#8fcf6a', accent: '#f5edd0', ink: '#25512a' },
  peanut: { bg: ['#fbefdc', '#e6bf8a'], main: '#d9a35f', accent: '#f7e6c2', ink: '#5a3516' },
  oil: { bg: ['#f3f7ea', '#cfe0b5'], main: '#f1e6a6', accent: '#6d9b45', ink: '#3c5a22' },
  ruou: { bg: ['#f1f6ee', '#bfd7b0'], main: '#e9f0dc', accent: '#6e9a4a', ink: '#2f4a22' },
  mai: { bg: ['#fff6d6', '#f6d26b'], main: '#4f7d32', accent: '#f2c21b', ink: '#5b3a12' },
  bougain: { bg: ['#fde8f1', '#f3a9c8'], main: '#3f7d3a', accent: '#d6336c', ink: '#6b1f3d' },
  kumquat: { bg: ['#fff1dc', '#f7c38a'], main: '#3c7a3a', accent: '#f08a24', ink: '#5c3212' },
  craft: { bg: ['#f6ece0', '#d9b793'], main: '#7b4a24', accent: '#c48a4f', ink: '#3e2412' },
  glow: { bg: ['#3a2b52', '#6a4868'], main: '#8a5a2b', accent: '#ffd27a', ink: '#1c1426' },
  river: { bg: ['#e4f5f1', '#96d2c4'], main: '#2f7f6f', accent: '#f2b84b', ink: '#14463e' },
  garden: { bg: ['#f0f7e2', '#b5d98f'], main: '#5a8f3a', accent: '#c9623a', ink: '#25431a' },
  tea: { bg: ['#eef6e4', '#a9cf8a'], main: '#4e8a3a', accent: '#d8c27a', ink: '#1f4221' },
  blacktea: { bg: ['#fbeee0', '#e0a070'], main: '#a8461f', accent: '#f1c27d', ink: '#4e1f0d' },
  honey: { bg: ['#fff4d1', '#f5c542'], main: '#e6a21a', accent: '#7a5cc4', ink: '#5a3a08' },
  mint: { bg: ['#efe9fb', '#b9a6e6'], main: '#7a5cc4', accent: '#f2c744', ink: '#35246a' },
  pollen: { bg: ['#fff3e0', '#f4b860'], main: '#f29a1e', accent: '#f4d03f', ink: '#5a3205' },
  orange: { bg: ['#f3f8e4', '#cde39a'], main: '#e58a1f', accent: '#4f8a2b', ink: '#3f4f14' },
  corn: { bg: ['#f7f1e3', '#dcc79a'], main: '#e3c04a', accent: '#8b6b3d', ink: '#463517' },
  root: { bg: ['#f2ede4', '#c9b9a0'], main: '#8c6d4f', accent: '#5e8a4a', ink: '#3a2c1d' },
  indigo: { bg: ['#e7ecf7', '#8ea3d1'], main: '#243a78', accent: '#eef2fa', ink: '#141f45' },
  hmong: { bg: ['#fbe9e4', '#e7a08e'], main: '#243a78', accent: '#d23a2a', ink: '#4a1610' },
  stone: { bg: ['#eef0ea', '#b7c2a8'], main: '#a7825a', accent: '#5c5f66', ink: '#2f3a2a' },
  pineapple: { bg: ['#fff7d6', '#f4d35e'], main: '#e9a825', accent: '#4c8f3a', ink: '#5b420c' },
  candied: { bg: ['#fff3d9', '#f6c96a'], main: '#f2b233', accent: '#d98a1a', ink: '#5c3c0a' },
  turmeric: { bg: ['#fff5d9', '#f2be3c'], main: '#f0a500', accent: '#9a6a2c', ink: '#5a3a00' },
  pomelo: { bg: ['#f1f7e0', '#c3dc8a'], main: '#b9cf4f', accent: '#f4b7a6', ink: '#35491a' },
  market: { bg: ['#ffe6c7', '#f5a962'], main: '#2f6f8f', accent: '#f0c040', ink: '#3b2210' },
  hyacinth: { bg: ['#f4efdd', '#d8c58e'], main: '#b08d4a', accent: '#6f8f4a', ink: '#3f3115' },
  palm: { bg: ['#fdf0d8', '#eab676'], main: '#7d5a2e', accent: '#3f7a3a', ink: '#4a2a0c' },
  palmdrink: { bg: ['#f6f4ec', '#d9d2bd'], main: '#f4f0e4', accent: '#3f7a3a', ink: '#3f3a2a' },
  rice: { bg: ['#f7f4ea', '#d8cfae'], main: '#f8f5ec', accent: '#8a9a3a', ink: '#3d3a1c' },
  herbal: { bg: ['#eef5e1', '#a8c98a'], main: '#4f8d3a', accent: '#c7d96a', ink: '#234217' },
  fish: { bg: ['#fdeedd', '#eba97a'], main: '#d2692e', accent: '#7a4a2a', ink: '#4f230c' },
  linh: { bg: ['#f7efdc', '#d9b77c'], main: '#a8742f', accent: '#5b7f9c', ink: '#463013' },
  silk: { bg: ['#ecebe8', '#a9a6a0'], main: '#1f1f26', accent: '#c9a45b', ink: '#1a1a1f' },
  forest: { bg: ['#e6f3dc', '#8fc77a'], main: '#3f7f3a', accent: '#a8d84a', ink: '#1d3f1c' },
} satisfies Record<string, Palette>;

const coop = (folder: string) => `cooperatives/${folder}`;
const KD = coop('htx-keo-dua-dinh-thuy');
const CM = coop('htx-sinh-vat-canh-cai-mon');
const PN = coop('tht-thu-cong-dua-phong-nam');
const CQ = coop('htx-du-lich-con-quy');
const CH = coop('htx-che-shan-tuyet-may-ngan');
const MO = coop('htx-ong-mat-bac-ha-cao-nguyen-da');
const VX = coop('lhhtx-nong-san-vi-xuyen');
const TC = coop('htx-det-tho-cam-hoa-lanh');
const KH = coop('htx-khom-hoa-tien');
const BU = coop('htx-buoi-nam-roi-dong-phuoc');
const LB = coop('tht-dan-luc-binh-nga-bay');
const TN = coop('htx-thot-not-bay-nui');
const MA = coop('htx-mam-nui-sam');
const LU = coop('htx-det-lua-long-chau');
const TS = coop('htx-du-lich-tram-xanh-van-giao');

const product = (file: string, title: string, subtitle: string, motif: Motif, palette: Palette): ImageSpec => ({
  file,
  kind: 'product',
  title,
  subtitle,
  motif,
  palette,
});
const cover = (file: string, title: string, subtitle: string, motif: Motif, palette: Palette): ImageSpec => ({
  file,
  kind: 'cover',
  title,
  subtitle,
  motif,
  palette,
});
const logo = (file: string, initials: string, shortName: string, palette: Palette): ImageSpec => ({
  file,
  kind: 'logo',
  title: initials,
  subtitle: shortName,
  motif: 'jar',
  palette,
});
const story = (file: string, title: string, subtitle: string, motif: Motif, palette: Palette): ImageSpec => ({
  file,
  kind: 'story',
  title,
  subtitle,
  motif,
  palette,
});

const IMAGES: ImageSpec[] = [
  // Bến Tre: kẹo dừa, dầu dừa
  cover(`${KD}/cover.jpg`, 'Hợp tác xã Kẹo dừa Định Thủy', 'Mỏ Cày Nam · Bến Tre', 'coconut', P.coconut),
  logo(`${KD}/logo.png`, 'ĐT', 'KẸO DỪA', P.coconut),
  product(`${KD}/images/keo-dua-la-dua.jpg`, 'Kẹo dừa lá dứa', 'HTX Kẹo dừa Định Thủy · Bến Tre', 'candy', P.pandan),
  product(`${KD}/images/keo-dua-la-dua-2.jpg`, 'Kẹo dừa lá dứa – hộp 400 g', 'HTX Kẹo dừa Định Thủy · Bến Tre', 'coconut', P.pandan),
  product(`${KD}/images/keo-dua-dau-phong.jpg`, 'Kẹo dừa đậu phộng', 'HTX Kẹo dừa Định Thủy · Bến Tre', 'candy', P.peanut),
  product(`${KD}/images/dau-dua-ep-lanh.jpg`, 'Dầu dừa ép lạnh', 'HTX Kẹo dừa Định Thủy · Bến Tre', 'bottle', P.oil),
  product(`${KD}/images/ruou-dua.jpg`, 'Rượu dừa (thử nghiệm)', 'HTX Kẹo dừa Định Thủy · Bến Tre', 'coconut', P.ruou),
  // Bến Tre: Cái Mơn
  cover(`${CM}/cover.jpg`, 'Hợp tác xã Sinh vật cảnh Cái Mơn Xanh', 'Chợ Lách · Vĩnh Long (Bến Tre cũ)', 'bonsai', P.mai),
  logo(`${CM}/logo.png`, 'CM', 'CÁI MƠN XANH', P.garden),
  product(
    `${CM}/products/mai-vang-bonsai-dang-truc/mai-vang-1.jpg`,
    'Mai vàng bonsai dáng trực',
    'HTX Sinh vật cảnh Cái Mơn Xanh · Vĩnh Long',
    'bonsai',
    P.mai,
  ),
  product(
    `${CM}/products/mai-vang-bonsai-dang-truc/mai-vang-2.jpg`,
    'Hoa mai vàng năm cánh',
    'HTX Sinh vật cảnh Cái Mơn Xanh · Vĩnh Long',
    'flowers',
    P.mai,
  ),
  product(`${CM}/images/hoa-giay-bonsai.jpg`, 'Hoa giấy bonsai ngũ sắc', 'HTX Sinh vật cảnh Cái Mơn Xanh · Vĩnh Long', 'bonsai', P.bougain),
  product(
    `${CM}/images/kim-quyt-bonsai.jpg`,
    'Kim quýt bonsai chưng Tết',
    'HTX Sinh vật cảnh Cái Mơn Xanh · Vĩnh Long',
    'bonsai',
    P.kumquat,
  ),
  // Bến Tre: gáo dừa
  cover(`${PN}/cover.jpg`, 'Tổ hợp tác Thủ công mỹ nghệ dừa Phong Nẫm', 'Giồng Trôm · Bến Tre', 'bowl', P.craft),
  product(`${PN}/images/bo-chen-gao-dua.jpg`, 'Bộ chén gáo dừa', 'THT Thủ công mỹ nghệ dừa Phong Nẫm · Bến Tre', 'bowl', P.craft),
  product(`${PN}/images/den-ngu-gao-dua.jpg`, 'Đèn ngủ gáo dừa', 'THT Thủ công mỹ nghệ dừa Phong Nẫm · Bến Tre', 'lamp', P.glow),
  // Bến Tre: Cồn Quy
  cover(`${CQ}/cover.jpg`, 'Hợp tác xã Du lịch sinh thái Cồn Quy Xanh', 'Cồn Quy · Vĩnh Long (Bến Tre cũ)', 'house', P.river),
  logo(`${CQ}/logo.png`, 'CQ', 'CỒN QUY XANH', P.river),
  product(
    `${CQ}/images/homestay-nha-vuon.jpg`,
    'Homestay nhà vườn Cồn Quy',
    'HTX Du lịch sinh thái Cồn Quy Xanh · Vĩnh Long',
    'house',
    P.garden,
  ),
  product(
    `${CQ}/images/homestay-nha-vuon-2.jpg`,
    'Đạp xe trong vườn dừa',
    'HTX Du lịch sinh thái Cồn Quy Xanh · Vĩnh Long',
    'bicycle',
    P.garden,
  ),
  product(`${CQ}/images/tour-xuong.jpg`, 'Chèo xuồng rạch dừa nước', 'HTX Du lịch sinh thái Cồn Quy Xanh · Vĩnh Long', 'boat', P.river),
  // Hà Giang: chè
  cover(`${CH}/cover.jpg`, 'Hợp tác xã Chè Shan tuyết Mây Ngàn', 'Cao Bồ, Vị Xuyên · Hà Giang', 'teatree', P.tea),
  logo(`${CH}/logo.png`, 'MN', 'CHÈ MÂY NGÀN', P.tea),
  product(`${CH}/images/tra-shan-tuyet-co-thu.jpg`, 'Trà Shan tuyết cổ thụ', 'HTX Chè Shan tuyết Mây Ngàn · Hà Giang', 'tea', P.tea),
  product(
    `${CH}/images/tra-shan-tuyet-co-thu-2.jpg`,
    'Cây chè Shan tuyết cổ thụ',
    'HTX Chè Shan tuyết Mây Ngàn · Hà Giang',
    'teatree',
    P.tea,
  ),
  product(`${CH}/images/hong-tra.jpg`, 'Hồng trà Shan tuyết', 'HTX Chè Shan tuyết Mây Ngàn · Hà Giang', 'tea', P.blacktea),
  // Hà Giang: mật ong bạc hà
  cover(`${MO}/cover.jpg`, 'Hợp tác xã Ong mật bạc hà Cao nguyên đá', 'Mèo Vạc · Tuyên Quang (Hà Giang cũ)', 'flowers', P.mint),
  logo(`${MO}/logo.png`, 'BH', 'MẬT ONG BẠC HÀ', P.honey),
  product(
    `${MO}/products/mat-ong-bac-ha/mat-ong-bac-ha-1.jpg`,
    'Mật ong bạc hà',
    'HTX Ong mật bạc hà Cao nguyên đá · Tuyên Quang',
    'jar',
    P.honey,
  ),
  product(
    `${MO}/products/mat-ong-bac-ha/mat-ong-bac-ha-2.jpg`,
    'Bánh tổ ong đầy mật',
    'HTX Ong mật bạc hà Cao nguyên đá · Tuyên Quang',
    'honeycomb',
    P.honey,
  ),
  product(
    `${MO}/products/mat-ong-bac-ha/mat-ong-bac-ha-3.jpg`,
    'Nương hoa bạc hà trên núi đá',
    'HTX Ong mật bạc hà Cao nguyên đá · Tuyên Quang',
    'flowers',
    P.mint,
  ),
  product(`${MO}/images/phan-hoa.jpg`, 'Phấn hoa bạc hà', 'HTX Ong mật bạc hà Cao nguyên đá · Tuyên Quang', 'powder', P.pollen),
  // Hà Giang: liên hiệp Vị Xuyên
  cover(`${VX}/cover.jpg`, 'Liên hiệp Hợp tác xã Nông sản Vị Xuyên', 'Việt Lâm, Vị Xuyên · Hà Giang', 'fruit', P.orange),
  logo(`${VX}/logo.png`, 'VX', 'NÔNG SẢN VỊ XUYÊN', P.orange),
  product(`${VX}/images/cam-sanh.jpg`, 'Cam sành Vị Xuyên', 'Liên hiệp HTX Nông sản Vị Xuyên · Hà Giang', 'fruit', P.orange),
  product(`${VX}/images/ruou-ngo.jpg`, 'Rượu ngô men lá', 'Liên hiệp HTX Nông sản Vị Xuyên · Hà Giang', 'corn', P.corn),
  product(`${VX}/images/tam-that.jpg`, 'Tam thất củ khô', 'Liên hiệp HTX Nông sản Vị Xuyên · Hà Giang', 'root', P.root),
  // Hà Giang: thổ cẩm
  cover(`${TC}/cover.jpg`, 'Hợp tác xã Dệt thổ cẩm Hoa Lanh', 'Quản Bạ · Tuyên Quang (Hà Giang cũ)', 'fabric', P.indigo),
  logo(`${TC}/logo.png`, 'HL', 'THỔ CẨM HOA LANH', P.hmong),
  product(`${TC}/images/khan-tho-cam.jpg`, 'Khăn choàng thổ cẩm lanh', 'HTX Dệt thổ cẩm Hoa Lanh · Tuyên Quang', 'fabric', P.indigo),
  product(`${TC}/images/tui-tho-cam.jpg`, 'Túi thổ cẩm hoa văn Mông', 'HTX Dệt thổ cẩm Hoa Lanh · Tuyên Quang', 'bag', P.hmong),
  product(
    `${TC}/images/homestay-trinh-tuong.jpg`,
    'Homestay nhà trình tường Lùng Thàng',
    'HTX Dệt thổ cẩm Hoa Lanh · Tuyên Quang',
    'stonehouse',
    P.stone,
  ),
  // Hậu Giang: khóm
  cover(`${KH}/cover.jpg`, 'Hợp tác xã Nông nghiệp Khóm Hỏa Tiến', 'Vị Thanh · Hậu Giang', 'pineapple', P.pineapple),
  logo(`${KH}/logo.png`, 'HT', 'KHÓM HỎA TIẾN', P.pineapple),
  product(`${KH}/images/khom-cau-duc.jpg`, 'Khóm Cầu Đúc', 'HTX Nông nghiệp Khóm Hỏa Tiến · Hậu Giang', 'pineapple', P.pineapple),
  product(`${KH}/images/mut-khom.jpg`, 'Mứt khóm sấy dẻo', 'HTX Nông nghiệp Khóm Hỏa Tiến · Hậu Giang', 'segments', P.candied),
  product(`${KH}/images/tinh-bot-nghe.jpg`, 'Tinh bột nghệ vàng', 'HTX Nông nghiệp Khóm Hỏa Tiến · Hậu Giang', 'powder', P.turmeric),
  // Hậu Giang: bưởi, chợ nổi
  cover(
    `${BU}/cover.jpg`,
    'Hợp tác xã Nông nghiệp – Du lịch Bưởi Năm Roi Đông Phước',
    'Đông Phước · Cần Thơ (Hậu Giang cũ)',
    'pomelo',
    P.pomelo,
  ),
  logo(`${BU}/logo.png`, 'NR', 'BƯỞI NĂM ROI', P.pomelo),
  product(`${BU}/images/buoi-nam-roi.jpg`, 'Bưởi Năm Roi', 'HTX Bưởi Năm Roi Đông Phước · Cần Thơ', 'pomelo', P.pomelo),
  product(`${BU}/images/buoi-nam-roi-2.jpg`, 'Múi bưởi Năm Roi', 'HTX Bưởi Năm Roi Đông Phước · Cần Thơ', 'segments', P.pomelo),
  product(
    `${BU}/products/tour-cho-noi-nga-bay/cho-noi.jpg`,
    'Chợ nổi Ngã Bảy lúc bình minh',
    'HTX Bưởi Năm Roi Đông Phước · Cần Thơ',
    'market',
    P.market,
  ),
  product(
    `${BU}/products/tour-cho-noi-nga-bay/vuon-buoi.jpg`,
    'Vườn bưởi sai trái',
    'HTX Bưởi Năm Roi Đông Phước · Cần Thơ',
    'pomelo',
    P.garden,
  ),
  // Hậu Giang: lục bình
  cover(`${LB}/cover.jpg`, 'Tổ hợp tác Đan lục bình Ngã Bảy', 'Ngã Bảy · Cần Thơ (Hậu Giang cũ)', 'basket', P.hyacinth),
  product(`${LB}/images/gio-luc-binh.jpg`, 'Giỏ lục bình có quai', 'THT Đan lục bình Ngã Bảy · Cần Thơ', 'basket', P.hyacinth),
  product(`${LB}/images/tham-luc-binh.jpg`, 'Thảm lục bình tròn', 'THT Đan lục bình Ngã Bảy · Cần Thơ', 'mat', P.hyacinth),
  // An Giang: thốt nốt
  cover(`${TN}/cover.jpg`, 'Hợp tác xã Thốt nốt Bảy Núi', 'Lương Phi, Tri Tôn · An Giang', 'palm', P.palm),
  logo(`${TN}/logo.png`, 'BN', 'THỐT NỐT BẢY NÚI', P.palm),
  product(`${TN}/images/duong-thot-not.jpg`, 'Đường thốt nốt nguyên chất', 'HTX Thốt nốt Bảy Núi · An Giang', 'palm', P.palm),
  product(`${TN}/images/nuoc-thot-not.jpg`, 'Nước thốt nốt đóng chai', 'HTX Thốt nốt Bảy Núi · An Giang', 'bottle', P.palmdrink),
  product(`${TN}/images/gao-nang-nhen.jpg`, 'Gạo Nàng Nhen hữu cơ', 'HTX Thốt nốt Bảy Núi · An Giang', 'rice', P.rice),
  product(`${TN}/images/tra-kho-qua-rung.jpg`, 'Trà khổ qua rừng', 'HTX Thốt nốt Bảy Núi · An Giang', 'herb', P.herbal),
  // An Giang: mắm Châu Đốc
  cover(`${MA}/cover.jpg`, 'Hợp tác xã Đặc sản mắm Núi Sam', 'Châu Đốc · An Giang', 'fishjar', P.fish),
  logo(`${MA}/logo.png`, 'NS', 'MẮM NÚI SAM', P.fish),
  product(`${MA}/images/mam-thai.jpg`, 'Mắm thái đu đủ', 'HTX Đặc sản mắm Núi Sam · An Giang', 'fishjar', P.fish),
  product(`${MA}/images/mam-ca-linh.jpg`, 'Mắm cá linh', 'HTX Đặc sản mắm Núi Sam · An Giang', 'fishjar', P.linh),
  // An Giang: lụa Tân Châu
  cover(`${LU}/cover.jpg`, 'Hợp tác xã Dệt lụa Long Châu', 'Tân Châu · An Giang', 'fabric', P.silk),
  product(`${LU}/images/khan-lua.jpg`, 'Khăn lụa Tân Châu', 'HTX Dệt lụa Long Châu · An Giang', 'fabric', P.silk),
  product(`${LU}/images/lua-mac-nua.jpg`, 'Lụa mặc nưa may áo bà ba', 'HTX Dệt lụa Long Châu · An Giang', 'mat', P.silk),
  // An Giang: rừng tràm Trà Sư
  cover(`${TS}/cover.jpg`, 'Hợp tác xã Du lịch cộng đồng Tràm Xanh Văn Giáo', 'Văn Giáo, Tịnh Biên · An Giang', 'forest', P.forest),
  logo(`${TS}/logo.png`, 'TX', 'TRÀM XANH', P.forest),
  product(
    `${TS}/images/tour-rung-tram.jpg`,
    'Chèo xuồng rừng tràm Trà Sư',
    'HTX Du lịch cộng đồng Tràm Xanh · An Giang',
    'forest',
    P.forest,
  ),
  product(`${TS}/images/tour-rung-tram-2.jpg`, 'Đàn cò trên rừng tràm', 'HTX Du lịch cộng đồng Tràm Xanh · An Giang', 'birds', P.forest),
  product(
    `${TS}/images/homestay-ven-rung.jpg`,
    'Homestay nhà sàn ven rừng tràm',
    'HTX Du lịch cộng đồng Tràm Xanh · An Giang',
    'stilthouse',
    P.forest,
  ),
  // Stories
  story(
    'stories/images/hanh-trinh-mat-ong-bac-ha.jpg',
    'Hành trình của một chai mật ong bạc hà',
    'Bài viết · Cao nguyên đá',
    'honeycomb',
    P.honey,
  ),
  story(
    'stories/images/keo-dua-ben-tre.jpg',
    'Kẹo dừa Bến Tre và những người giữ lửa ở Định Thủy',
    'Bài viết · Mỏ Cày Nam',
    'candy',
    P.coconut,
  ),
];

// ---------------------------------------------------------------------------------------------
// Text as SVG paths (opentype.js, Be Vietnam Pro Bold).
// ---------------------------------------------------------------------------------------------

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content');

const LABEL = 'ẢNH MINH HOẠ';

/** Bold text as a filled path; `anchor` says whether `x` is its left edge or its centre. */
const text = (value: string, x: number, baseline: number, size: number, fill: string, anchor: 'start' | 'middle' = 'start') =>
  textPath(value, x, baseline, size, { fill, anchor });

/** Word wrap into at most `maxLines` lines, shrinking the size (down to 13 px) until it fits. */
const wrap = (value: string, size: number, maxWidth: number, maxLines = 2) => wrapText(value, size, maxWidth, maxLines, 'bold', 13);

/** The "ẢNH MINH HOẠ" badge in the top-left corner. */
function badge(x: number, y: number, size: number, ink: string): string {
  const width = textWidth(LABEL, size) + size * 1.3;
  const height = size * 1.9;
  return `<g><rect x="${x}" y="${y}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" rx="${(height / 2).toFixed(1)}" fill="#ffffff" fill-opacity="0.9"/>${text(LABEL, x + size * 0.65, y + height / 2 + size * 0.36, size, ink)}</g>`;
}

// ---------------------------------------------------------------------------------------------
// Deterministic variety.
// ---------------------------------------------------------------------------------------------

const f = (n: number) => n.toFixed(1);

/** Mixes two #rrggbb colours; t = 0 gives a, 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return (
    '#' +
    pa
      .map((v, i) =>
        Math.round(v + ((pb[i] ?? 0) - v) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}
const lighten = (c: string, t: number) => mix(c, '#ffffff', t);
const darken = (c: string, t: number) => mix(c, '#000000', t);

// ---------------------------------------------------------------------------------------------
// Motifs, each drawn in a 600 × 600 box with the ground near y = 560.
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

function leaf(cx: number, cy: number, len: number, angle: number, fill: string): string {
  const w = len * 0.38;
  return (
    `<path transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})" d="M0 0 C ${f(w)} ${f(-len * 0.3)} ${f(w)} ${f(-len * 0.75)} 0 ${f(-len)} C ${f(-w)} ${f(-len * 0.75)} ${f(-w)} ${f(-len * 0.3)} 0 0 Z" fill="${fill}"/>` +
    `<path transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})" d="M0 -4 L0 ${f(-len * 0.9)}" stroke="${darken(fill, 0.25)}" stroke-width="3" fill="none"/>`
  );
}

function palmFrond(cx: number, cy: number, len: number, angle: number, fill: string): string {
  let out = `<g transform="translate(${f(cx)} ${f(cy)}) rotate(${f(angle)})"><path d="M0 0 Q ${f(len * 0.5)} ${f(-len * 0.15)} ${f(len)} ${f(len * 0.1)}" stroke="${fill}" stroke-width="6" fill="none"/>`;
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    const x = len * t;
    const y = -len * 0.15 * Math.sin(Math.PI * t) + len * 0.1 * t * t;
    out += `<path d="M${f(x)} ${f(y)} l ${f(len * 0.12)} ${f(len * 0.22)}" stroke="${fill}" stroke-width="7" stroke-linecap="round"/>`;
    out += `<path d="M${f(x)} ${f(y)} l ${f(len * 0.14)} ${f(-len * 0.16)}" stroke="${fill}" stroke-width="7" stroke-linecap="round"/>`;
  }
  return out + '</g>';
}

function coconutPalm(x: number, ground: number, height: number, p: Palette): string {
  const top = ground - height;
  const green = darken(p.accent === '#5f9e4a' ? p.accent : '#4f8f3a', 0.05);
  let out = `<path d="M${f(x - 10)} ${ground} Q ${f(x + 30)} ${f(ground - height / 2)} ${f(x + 12)} ${f(top)} L ${f(x + 24)} ${f(top)} Q ${f(x + 44)} ${f(ground - height / 2)} ${f(x + 12)} ${ground} Z" fill="${darken(p.main, 0.1)}"/>`;
  for (const a of [-160, -120, -70, -20, 20, 200]) out += palmFrond(x + 18, top, height * 0.45, a, green);
  out += `<circle cx="${f(x + 12)}" cy="${f(top + 14)}" r="12" fill="#7a5a22"/><circle cx="${f(x + 28)}" cy="${f(top + 18)}" r="12" fill="#8a6a2a"/>`;
  return out;
}

function waves(y: number, color: string, width = 600): string {
  let d = `M0 ${y}`;
  for (let x = 0; x < width; x += 60) d += ` q 15 -10 30 0 t 30 0`;
  return `<path d="${d} L ${width} 600 L 0 600 Z" fill="${color}"/>`;
}

function jar(p: Palette, icon: 'honey' | 'fish' | 'powder'): string {
  const body = icon === 'fish' ? p.main : p.main;
  let out =
    `<rect x="150" y="170" width="300" height="380" rx="70" fill="${body}"/>` +
    `<rect x="150" y="170" width="300" height="380" rx="70" fill="none" stroke="${darken(body, 0.25)}" stroke-width="6"/>` +
    `<rect x="178" y="200" width="36" height="290" rx="18" fill="#ffffff" fill-opacity="0.35"/>` +
    `<rect x="170" y="110" width="260" height="80" rx="16" fill="${p.accent}"/>` +
    `<rect x="170" y="140" width="260" height="12" fill="${darken(p.accent, 0.2)}"/>` +
    `<rect x="200" y="300" width="200" height="130" rx="16" fill="#fffaf0"/>`;
  if (icon === 'honey') {
    out += `<path d="M300 325 l 26 15 v 30 l -26 15 l -26 -15 v -30 Z" fill="${p.main}"/><circle cx="300" cy="355" r="8" fill="${p.ink}"/>`;
    out += `<path d="M240 410 h120" stroke="${p.ink}" stroke-width="6" stroke-linecap="round"/>`;
  } else if (icon === 'fish') {
    out += `<path d="M235 365 Q 285 320 335 365 Q 285 410 235 365 Z" fill="${p.accent}"/><path d="M335 365 l 30 -22 v 44 Z" fill="${p.accent}"/><circle cx="258" cy="360" r="5" fill="#fffaf0"/>`;
  } else {
    out += `<circle cx="300" cy="365" r="40" fill="${p.accent}"/><circle cx="300" cy="365" r="18" fill="${p.main}"/>`;
  }
  return out;
}

function bottle(p: Palette, r: Rng): string {
  let out =
    `<rect x="255" y="60" width="90" height="40" rx="8" fill="${p.ink}"/>` +
    `<path d="M265 100 h70 v70 q 0 30 40 60 q 35 28 35 80 v 200 q 0 30 -30 30 h -160 q -30 0 -30 -30 v -200 q 0 -52 35 -80 q 40 -30 40 -60 Z" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="6"/>` +
    `<rect x="210" y="330" width="180" height="140" rx="14" fill="#ffffff" fill-opacity="0.92"/>` +
    `<rect x="228" y="260" width="26" height="240" rx="13" fill="#ffffff" fill-opacity="0.4"/>` +
    leaf(300, 430, 80, -30, p.accent) +
    leaf(300, 430, 70, 35, lighten(p.accent, 0.15));
  out += coconutHalf(470, 470, 80, p, r);
  return out;
}

function coconutHalf(cx: number, cy: number, rad: number, p: Palette, _r: Rng): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${darken(p.main === '#f1e6a6' ? '#8a5a2b' : '#7a5a2b', 0)}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${rad * 0.82}" fill="#fffdf4"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${rad * 0.55}" fill="#f2f0e2"/>`
  );
}

function candy(p: Palette, r: Rng): string {
  let out = '';
  const spots: Array<[number, number, number]> = [
    [170, 470, -8],
    [300, 490, 6],
    [430, 468, -4],
    [230, 380, 12],
    [370, 385, -10],
    [300, 290, 4],
  ];
  for (const [x, y, a] of spots) {
    const rot = a + (r() - 0.5) * 8;
    out +=
      `<g transform="translate(${x} ${y}) rotate(${f(rot)})">` +
      `<path d="M-95 0 l -45 -30 v 60 Z" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<path d="M95 0 l 45 -30 v 60 Z" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<rect x="-95" y="-42" width="190" height="84" rx="20" fill="#fffaf0" stroke="${darken(p.main, 0.3)}" stroke-width="4"/>` +
      `<rect x="-70" y="-26" width="140" height="52" rx="12" fill="${p.main}"/>` +
      `<rect x="-60" y="-18" width="60" height="10" rx="5" fill="#ffffff" fill-opacity="0.5"/></g>`;
  }
  return out;
}

function coconut(p: Palette, r: Rng): string {
  return (
    `<circle cx="250" cy="370" r="170" fill="#6f8f3a"/>` +
    `<circle cx="250" cy="370" r="170" fill="none" stroke="#4f6f2a" stroke-width="8"/>` +
    `<ellipse cx="200" cy="300" rx="50" ry="80" fill="#ffffff" fill-opacity="0.18"/>` +
    coconutHalf(440, 460, 110, p, r) +
    `<rect x="360" y="150" width="180" height="210" rx="18" fill="${p.main}"/>` +
    `<rect x="360" y="150" width="180" height="46" rx="18" fill="${darken(p.main, 0.2)}"/>` +
    `<rect x="385" y="230" width="130" height="90" rx="10" fill="#fffaf0"/>` +
    leaf(450, 300, 60, -20, '#5f9e4a') +
    leaf(450, 300, 55, 30, '#7cbf5a')
  );
}

function fruit(p: Palette, r: Rng): string {
  let out =
    `<circle cx="270" cy="360" r="190" fill="${p.main}"/>` +
    `<circle cx="270" cy="360" r="190" fill="none" stroke="${darken(p.main, 0.2)}" stroke-width="6"/>`;
  for (let i = 0; i < 60; i++) {
    const a = r() * Math.PI * 2;
    const d = Math.sqrt(r()) * 170;
    out += `<circle cx="${f(270 + Math.cos(a) * d)}" cy="${f(360 + Math.sin(a) * d)}" r="3.5" fill="${darken(p.main, 0.18)}"/>`;
  }
  out += `<ellipse cx="200" cy="280" rx="55" ry="80" fill="#ffffff" fill-opacity="0.2"/>`;
  out += leaf(280, 175, 120, 30, p.accent) + leaf(280, 175, 100, -40, lighten(p.accent, 0.15));
  out += `<rect x="272" y="150" width="14" height="40" rx="6" fill="${p.ink}"/>`;
  out += slices(470, 470, 105, p.main, lighten(p.main, 0.35));
  return out;
}

function slices(cx: number, cy: number, rad: number, rind: string, flesh: string): string {
  let out = `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${rind}"/><circle cx="${cx}" cy="${cy}" r="${rad * 0.86}" fill="${flesh}"/>`;
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2;
    out += `<path d="M${cx} ${cy} L ${f(cx + Math.cos(a) * rad * 0.86)} ${f(cy + Math.sin(a) * rad * 0.86)}" stroke="#ffffff" stroke-width="4" stroke-opacity="0.8"/>`;
  }
  return out + `<circle cx="${cx}" cy="${cy}" r="${rad * 0.12}" fill="#ffffff" fill-opacity="0.8"/>`;
}

function pomelo(p: Palette, r: Rng): string {
  let out = `<path d="M270 150 C 360 150 380 240 420 320 C 470 420 420 560 270 560 C 120 560 70 420 120 320 C 160 240 180 150 270 150 Z" fill="${p.main}" stroke="${darken(p.main, 0.25)}" stroke-width="6"/>`;
  for (let i = 0; i < 50; i++)
    out += `<circle cx="${f(150 + r() * 240)}" cy="${f(260 + r() * 260)}" r="3" fill="${darken(p.main, 0.15)}"/>`;
  out += `<ellipse cx="200" cy="330" rx="40" ry="90" fill="#ffffff" fill-opacity="0.2"/>`;
  out += `<rect x="262" y="118" width="14" height="40" rx="6" fill="${p.ink}"/>` + leaf(276, 135, 110, 55, '#4f8a2b');
  out += slices(480, 480, 90, p.main, p.accent);
  return out;
}

function segments(p: Palette, r: Rng): string {
  let out = `<ellipse cx="300" cy="470" rx="250" ry="70" fill="#ffffff"/><ellipse cx="300" cy="470" rx="250" ry="70" fill="none" stroke="${darken(p.bg[1], 0.25)}" stroke-width="6"/>`;
  for (let i = 0; i < 7; i++) {
    const x = 120 + i * 60 + (r() - 0.5) * 10;
    const y = 420 - Math.sin((i / 6) * Math.PI) * 60;
    out += `<path transform="translate(${f(x)} ${f(y)}) rotate(${f(-20 + i * 7)})" d="M-70 0 Q 0 -90 70 0 Q 0 30 -70 0 Z" fill="${i % 2 ? p.accent : lighten(p.accent, 0.2)}" stroke="${darken(p.accent, 0.2)}" stroke-width="4"/>`;
  }
  return out;
}

function pineapple(p: Palette, _r: Rng): string {
  let out = '';
  for (const [a, len] of [
    [-50, 170],
    [-25, 210],
    [0, 240],
    [25, 210],
    [50, 170],
    [-70, 130],
    [70, 130],
  ] as const)
    out += leaf(300, 250, len, a, a % 50 === 0 ? p.accent : lighten(p.accent, 0.12));
  out += `<ellipse cx="300" cy="400" rx="150" ry="180" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="6"/>`;
  out += `<clipPath id="pa"><ellipse cx="300" cy="400" rx="150" ry="180"/></clipPath><g clip-path="url(#pa)" stroke="${darken(p.main, 0.3)}" stroke-width="5">`;
  for (let i = -6; i <= 6; i++) out += `<path d="M${150 + i * 50} 220 l 300 360"/><path d="M${450 - i * 50} 220 l -300 360"/>`;
  out += `</g>`;
  return out;
}

function tea(p: Palette, r: Rng): string {
  return (
    `<ellipse cx="300" cy="520" rx="230" ry="40" fill="#ffffff"/>` +
    `<path d="M130 300 h340 q 0 200 -170 210 q -170 -10 -170 -210 Z" fill="#ffffff" stroke="${darken(p.bg[1], 0.3)}" stroke-width="6"/>` +
    `<ellipse cx="300" cy="300" rx="170" ry="30" fill="${p.main === '#a8461f' ? '#b5521e' : '#c9b84a'}"/>` +
    `<path d="M470 340 q 70 0 60 60 q -10 50 -80 60" fill="none" stroke="#ffffff" stroke-width="22"/>` +
    `<path d="M250 250 q -30 -40 0 -80 q 30 -40 0 -80" fill="none" stroke="#ffffff" stroke-width="10" stroke-opacity="0.8" stroke-linecap="round"/>` +
    `<path d="M330 250 q -30 -40 0 -80 q 30 -40 0 -80" fill="none" stroke="#ffffff" stroke-width="10" stroke-opacity="0.6" stroke-linecap="round"/>` +
    leaf(90, 560, 150, 40, p.main === '#a8461f' ? '#6a7f3a' : p.main) +
    leaf(90, 560, 120, 75, lighten('#4e8a3a', 0.2 + r() * 0.1)) +
    `<circle cx="160" cy="452" r="5" fill="#ffffff"/><circle cx="175" cy="470" r="4" fill="#ffffff"/>`
  );
}

function teatree(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L0 470 Q 150 390 300 430 T 600 400 L 600 600 Z" fill="${darken(p.bg[1], 0.12)}"/>`;
  out += `<path d="M290 520 C 280 430 250 380 260 300 M 290 460 C 330 400 360 380 380 330 M 270 400 C 220 370 200 330 180 300" stroke="${p.ink}" stroke-width="22" fill="none" stroke-linecap="round"/>`;
  for (let i = 0; i < 14; i++) {
    const x = 130 + r() * 340;
    const y = 180 + r() * 170;
    out += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(60 + r() * 40)}" fill="${i % 3 ? p.main : lighten(p.main, 0.18)}"/>`;
  }
  for (let i = 0; i < 26; i++) out += `<circle cx="${f(120 + r() * 360)}" cy="${f(170 + r() * 190)}" r="6" fill="#f4f8ec"/>`;
  return out;
}

function bonsai(p: Palette, r: Rng): string {
  let out = `<path d="M150 470 h300 l -30 90 h -240 Z" fill="${p.ink}"/><rect x="135" y="450" width="330" height="34" rx="8" fill="${lighten(p.ink, 0.15)}"/>`;
  out += `<path d="M300 455 C 270 400 330 360 300 300 C 280 260 320 230 310 180" stroke="#6b4a2a" stroke-width="34" fill="none" stroke-linecap="round"/>`;
  out += `<path d="M300 350 C 360 340 400 320 430 290 M 300 300 C 240 290 200 270 170 240" stroke="#6b4a2a" stroke-width="16" fill="none" stroke-linecap="round"/>`;
  const pads: Array<[number, number, number, number]> = [
    [430, 270, 90, 50],
    [170, 225, 95, 50],
    [310, 160, 110, 60],
    [320, 300, 70, 36],
  ];
  for (const [x, y, rx, ry] of pads)
    out += `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${p.main}"/><ellipse cx="${x - 10}" cy="${y - 12}" rx="${rx * 0.7}" ry="${ry * 0.5}" fill="${lighten(p.main, 0.15)}"/>`;
  for (let i = 0; i < 46; i++) {
    const [x, y, rx, ry] = pads[i % pads.length]!;
    const a = r() * Math.PI * 2;
    const d = Math.sqrt(r());
    out += `<circle cx="${f(x + Math.cos(a) * rx * d)}" cy="${f(y + Math.sin(a) * ry * d)}" r="${f(7 + r() * 6)}" fill="${i % 5 === 0 ? lighten(p.accent, 0.4) : p.accent}"/>`;
  }
  return out;
}

function flowers(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L 0 330 L 90 200 L 170 300 L 260 150 L 360 290 L 450 210 L 600 340 L 600 600 Z" fill="${darken(p.bg[1], 0.25)}"/>`;
  out += `<path d="M0 600 L 0 430 Q 300 360 600 430 L 600 600 Z" fill="${p.main === '#4f7d32' ? '#6f9a4a' : '#6f8f5a'}"/>`;
  for (let i = 0; i < 40; i++) {
    const x = 20 + r() * 560;
    const y = 430 + r() * 150;
    const h = 40 + r() * 50;
    out += `<path d="M${f(x)} ${f(y)} v ${f(-h)}" stroke="#4f6f3a" stroke-width="4"/>`;
    if (p.main === '#4f7d32') {
      for (let k = 0; k < 5; k++) {
        const a = (k / 5) * Math.PI * 2;
        out += `<circle cx="${f(x + Math.cos(a) * 11)}" cy="${f(y - h + Math.sin(a) * 11)}" r="9" fill="${p.accent}"/>`;
      }
      out += `<circle cx="${f(x)}" cy="${f(y - h)}" r="6" fill="#c9781a"/>`;
    } else {
      out += `<ellipse cx="${f(x)}" cy="${f(y - h - 14)}" rx="11" ry="26" fill="${i % 3 ? p.main : lighten(p.main, 0.25)}"/>`;
    }
  }
  return out;
}

function honeycomb(p: Palette, r: Rng): string {
  let out = '';
  const s = 44;
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 7; col++) {
      const cx = 80 + col * s * 1.5;
      const cy = 110 + row * s * 1.732 + (col % 2 ? s * 0.866 : 0);
      if (Math.hypot(cx - 300, cy - 340) > 260) continue;
      let d = '';
      for (let k = 0; k < 6; k++) {
        const a = (k / 6) * Math.PI * 2;
        d += `${k ? 'L' : 'M'}${f(cx + Math.cos(a) * s * 0.92)} ${f(cy + Math.sin(a) * s * 0.92)} `;
      }
      out += `<path d="${d}Z" fill="${r() > 0.2 ? p.main : lighten(p.main, 0.5)}" stroke="${darken(p.main, 0.25)}" stroke-width="5"/>`;
    }
  }
  out += `<g transform="translate(460 140) rotate(-15)"><ellipse cx="0" cy="0" rx="46" ry="30" fill="#2a1f0a"/><path d="M-18 -28 v56 M2 -30 v60 M22 -26 v52" stroke="${p.accent === '#7a5cc4' ? '#f5c542' : p.accent}" stroke-width="10"/><ellipse cx="-10" cy="-44" rx="30" ry="18" fill="#ffffff" fill-opacity="0.8"/><ellipse cx="20" cy="-40" rx="26" ry="15" fill="#ffffff" fill-opacity="0.7"/></g>`;
  out += `<path d="M300 560 q -10 -60 20 -80" stroke="${darken(p.main, 0.1)}" stroke-width="16" fill="none" stroke-linecap="round"/>`;
  return out;
}

function powder(p: Palette, r: Rng): string {
  let out = `<path d="M130 400 h340 q -10 150 -170 150 q -160 0 -170 -150 Z" fill="#fffaf0" stroke="${darken(p.bg[1], 0.3)}" stroke-width="6"/>`;
  out += `<path d="M150 400 Q 300 250 450 400 Z" fill="${p.main}"/>`;
  for (let i = 0; i < 40; i++)
    out += `<circle cx="${f(190 + r() * 220)}" cy="${f(330 + r() * 65)}" r="${f(4 + r() * 5)}" fill="${i % 2 ? p.accent : lighten(p.main, 0.25)}"/>`;
  out += `<path d="M430 250 q 40 -20 80 10 q 20 20 -10 40 q -40 20 -70 -10 Z" fill="${p.accent}"/>`;
  out += leaf(120, 330, 120, -40, '#6f9a3a') + leaf(110, 330, 100, -75, '#84ad4a');
  return out;
}

function root(p: Palette, r: Rng): string {
  let out = `<ellipse cx="300" cy="520" rx="250" ry="40" fill="#f4efe4"/>`;
  const spots: Array<[number, number, number]> = [
    [210, 430, 70],
    [340, 450, 80],
    [270, 350, 60],
    [420, 380, 55],
  ];
  for (const [x, y, s] of spots) {
    let d = '';
    for (let k = 0; k < 9; k++) {
      const a = (k / 9) * Math.PI * 2;
      const rr = s * (0.75 + r() * 0.35);
      d += `${k ? 'L' : 'M'}${f(x + Math.cos(a) * rr)} ${f(y + Math.sin(a) * rr * 0.8)} `;
    }
    out += `<path d="${d}Z" fill="${p.main}" stroke="${darken(p.main, 0.3)}" stroke-width="5" stroke-linejoin="round"/>`;
    for (let k = 0; k < 4; k++)
      out += `<circle cx="${f(x + (r() - 0.5) * s)}" cy="${f(y + (r() - 0.5) * s * 0.6)}" r="${f(6 + r() * 6)}" fill="${lighten(p.main, 0.2)}"/>`;
    out += `<path d="M${x} ${y + s * 0.7} q ${f((r() - 0.5) * 60)} 40 ${f((r() - 0.5) * 80)} 80" stroke="${darken(p.main, 0.2)}" stroke-width="5" fill="none"/>`;
  }
  out +=
    leaf(470, 250, 130, 20, p.accent) +
    leaf(470, 250, 110, -30, lighten(p.accent, 0.2)) +
    `<circle cx="470" cy="250" r="14" fill="#c9302c"/>`;
  return out;
}

function corn(p: Palette, r: Rng): string {
  let out = bottle({ ...p, main: '#eef3e2', accent: '#7a9a4a' }, r);
  out += `<g transform="translate(110 330) rotate(-25)"><ellipse cx="0" cy="0" rx="55" ry="140" fill="${p.main}"/>`;
  for (let y = -120; y <= 120; y += 22)
    for (let x = -40; x <= 40; x += 20)
      if (Math.hypot(x / 55, y / 140) < 0.9) out += `<circle cx="${x}" cy="${y}" r="8" fill="${darken(p.main, 0.12)}"/>`;
  out += `<path d="M0 140 q -80 -60 -60 -200 q 30 120 60 200 Z" fill="${p.accent}"/><path d="M0 140 q 80 -60 60 -200 q -30 120 -60 200 Z" fill="${lighten(p.accent, 0.2)}"/></g>`;
  return out;
}

function bowl(p: Palette, r: Rng): string {
  let out = '';
  for (const [x, y, s] of [
    [190, 470, 1],
    [410, 470, 1],
    [300, 330, 0.9],
  ] as const) {
    out += `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-120 -20 h240 q 0 120 -120 120 q -120 0 -120 -120 Z" fill="${p.main}"/>`;
    out += `<ellipse cx="0" cy="-20" rx="120" ry="26" fill="${darken(p.main, 0.35)}"/><ellipse cx="0" cy="-20" rx="104" ry="18" fill="${lighten(p.main, 0.1)}"/>`;
    for (let i = 0; i < 5; i++)
      out += `<path d="M${f(-90 + r() * 180)} ${f(10 + r() * 60)} q 20 4 40 0" stroke="${darken(p.main, 0.25)}" stroke-width="3" fill="none"/>`;
    out += `</g>`;
  }
  out += `<g transform="translate(470 250) rotate(35)"><rect x="-12" y="-150" width="24" height="190" rx="12" fill="${p.accent}"/><ellipse cx="0" cy="60" rx="40" ry="55" fill="${p.main}"/><ellipse cx="0" cy="60" rx="30" ry="44" fill="${darken(p.main, 0.2)}"/></g>`;
  return out;
}

function lamp(p: Palette, r: Rng): string {
  let out = `<defs><radialGradient id="glow"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.7"/><stop offset="1" stop-color="${p.accent}" stop-opacity="0"/></radialGradient></defs>`;
  out += `<circle cx="300" cy="280" r="290" fill="url(#glow)"/>`;
  for (let i = 0; i < 30; i++) {
    const a = r() * Math.PI * 2;
    const d = 200 + r() * 80;
    out += `<circle cx="${f(300 + Math.cos(a) * d)}" cy="${f(280 + Math.sin(a) * d * 0.7)}" r="${f(3 + r() * 4)}" fill="${p.accent}" fill-opacity="0.8"/>`;
  }
  out += `<path d="M150 330 a150 150 0 0 1 300 0 Z" fill="${p.main}"/>`;
  for (let row = 0; row < 4; row++)
    for (let k = 0; k < 7 - row; k++) {
      const a = Math.PI + ((k + 0.5) / (7 - row)) * Math.PI;
      const rr = 125 - row * 30;
      out += `<circle cx="${f(300 + Math.cos(a) * rr)}" cy="${f(325 + Math.sin(a) * rr)}" r="8" fill="${p.accent}"/>`;
    }
  out += `<rect x="285" y="330" width="30" height="170" fill="${lighten(p.main, 0.2)}"/><ellipse cx="300" cy="510" rx="130" ry="34" fill="${lighten(p.main, 0.1)}"/>`;
  return out;
}

function basket(p: Palette, _r: Rng): string {
  let out = `<path d="M210 240 q 90 -150 180 0" stroke="${darken(p.main, 0.2)}" stroke-width="22" fill="none"/>`;
  out += `<path d="M120 240 h360 l -40 310 h -280 Z" fill="${p.main}"/>`;
  out += `<clipPath id="bk"><path d="M120 240 h360 l -40 310 h -280 Z"/></clipPath><g clip-path="url(#bk)">`;
  for (let y = 250; y < 560; y += 26)
    out += `<path d="M100 ${y} q 25 -12 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0 t 50 0" stroke="${darken(p.main, 0.25)}" stroke-width="6" fill="none"/>`;
  out += `</g><rect x="110" y="230" width="380" height="30" rx="12" fill="${darken(p.main, 0.12)}"/>`;
  out += leaf(520, 560, 120, -20, p.accent) + leaf(520, 560, 100, -60, lighten(p.accent, 0.2));
  return out;
}

function mat(p: Palette, _r: Rng): string {
  let out = `<ellipse cx="300" cy="400" rx="270" ry="150" fill="${p.main}"/>`;
  for (let k = 1; k <= 9; k++)
    out += `<ellipse cx="300" cy="400" rx="${270 - k * 28}" ry="${150 - k * 15.5}" fill="none" stroke="${k % 2 ? darken(p.main, 0.25) : lighten(p.main, 0.3)}" stroke-width="7"/>`;
  if (p.main === '#1f1f26')
    out += `<path d="M120 300 q 180 -120 360 0" stroke="#ffffff" stroke-opacity="0.25" stroke-width="24" fill="none"/>`;
  return out;
}

function fabric(p: Palette, _r: Rng): string {
  let out = '';
  const layers: Array<[number, string]> = [
    [380, darken(p.main, 0.1)],
    [300, p.main],
    [220, lighten(p.main, 0.08)],
  ];
  for (const [y, c] of layers) {
    out += `<path d="M80 ${y} h440 q 20 0 20 20 v 120 q 0 20 -20 20 h -440 q -20 0 -20 -20 v -120 q 0 -20 20 -20 Z" fill="${c}"/>`;
    out += `<path d="M60 ${y + 40} h480 M60 ${y + 120} h480" stroke="${p.accent}" stroke-width="6" stroke-opacity="0.9"/>`;
    let d = '';
    for (let x = 70; x < 540; x += 40) d += `M${x} ${y + 80} l 20 -24 l 20 24 l -20 24 Z `;
    out += `<path d="${d}" fill="${p.accent}" fill-opacity="${p.main === '#1f1f26' ? 0.35 : 0.9}"/>`;
  }
  out += `<path d="M520 470 v 70 M500 470 v 60 M540 470 v 60" stroke="${p.accent}" stroke-width="6"/>`;
  return out;
}

function bag(p: Palette, _r: Rng): string {
  let out = `<path d="M200 250 Q 300 40 400 250" stroke="${p.accent}" stroke-width="20" fill="none"/>`;
  out += `<rect x="140" y="240" width="320" height="310" rx="30" fill="${p.main}"/>`;
  const bands = [300, 380, 460];
  for (const y of bands) {
    out += `<rect x="140" y="${y}" width="320" height="40" fill="${p.accent}"/>`;
    let d = '';
    for (let x = 150; x < 450; x += 30) d += `M${x} ${y + 20} l 15 -14 l 15 14 l -15 14 Z `;
    out += `<path d="${d}" fill="#fff3d6"/>`;
  }
  out += `<rect x="140" y="240" width="320" height="40" rx="20" fill="#f2c744"/>`;
  return out;
}

function house(p: Palette, r: Rng): string {
  let out = coconutPalm(60, 560, 380, { ...p, accent: '#5f9e4a' }) + coconutPalm(470, 560, 420, { ...p, accent: '#5f9e4a' });
  out += `<rect x="150" y="330" width="300" height="220" fill="#e9d2a8"/><path d="M120 340 L 300 200 L 480 340 Z" fill="#b5542e"/>`;
  out += `<path d="M120 340 L 300 200 L 480 340" stroke="${darken('#b5542e', 0.3)}" stroke-width="8" fill="none"/>`;
  out += `<rect x="270" y="420" width="60" height="130" fill="#7a4a24"/><rect x="180" y="390" width="60" height="50" fill="#f7e7b0" stroke="#7a4a24" stroke-width="6"/><rect x="360" y="390" width="60" height="50" fill="#f7e7b0" stroke="#7a4a24" stroke-width="6"/>`;
  out += `<rect x="0" y="550" width="600" height="50" fill="${darken(p.bg[1], 0.2)}"/>`;
  for (let i = 0; i < 6; i++)
    out += `<circle cx="${f(30 + r() * 540)}" cy="${f(565 + r() * 20)}" r="${f(10 + r() * 8)}" fill="${darken(p.bg[1], 0.3)}"/>`;
  return out;
}

function stilthouse(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 6, 0.8);
  out += `<rect x="130" y="270" width="340" height="160" fill="#a9784a"/><path d="M100 280 L 300 150 L 500 280 Z" fill="#7a5a3a"/>`;
  for (let x = 140; x < 470; x += 22) out += `<path d="M${x} 270 v160" stroke="#8a5a32" stroke-width="4"/>`;
  out += `<rect x="260" y="320" width="70" height="110" fill="#5a3a22"/>`;
  for (const x of [150, 230, 370, 450]) out += `<rect x="${x}" y="430" width="16" height="110" fill="#5a3a22"/>`;
  out += waves(500, lighten(p.main, 0.2)) + `<path d="M0 520 h600" stroke="#ffffff" stroke-opacity="0.4" stroke-width="4"/>`;
  return out;
}

function stonehouse(p: Palette, r: Rng): string {
  let out = `<path d="M0 600 L 0 260 L 80 140 L 160 240 L 250 100 L 350 230 L 450 130 L 600 270 L 600 600 Z" fill="${p.accent}" fill-opacity="0.55"/>`;
  out += `<rect x="110" y="310" width="380" height="240" fill="${p.main}"/>`;
  for (let i = 0; i < 8; i++) out += `<path d="M110 ${330 + i * 28} h380" stroke="${darken(p.main, 0.12)}" stroke-width="3"/>`;
  out += `<path d="M80 320 L 300 190 L 520 320 Z" fill="#5a5550"/>`;
  for (let x = 110; x < 500; x += 24)
    out += `<path d="M${x} ${f(320 - (x < 300 ? x - 80 : 520 - x) * 0.59)} v 6" stroke="#3a3632" stroke-width="3"/>`;
  out += `<rect x="260" y="420" width="80" height="130" fill="#6b4a2a"/><rect x="150" y="380" width="60" height="50" fill="#3a2f2a"/><rect x="390" y="380" width="60" height="50" fill="#3a2f2a"/>`;
  for (let i = 0; i < 5; i++)
    out += `<ellipse cx="${f(40 + r() * 520)}" cy="${f(560 + r() * 30)}" rx="${f(24 + r() * 20)}" ry="14" fill="${darken(p.accent, 0.1)}"/>`;
  return out;
}

function bicycle(p: Palette, r: Rng): string {
  let out = coconutPalm(40, 560, 400, { ...p, accent: '#5f9e4a' }) + coconutPalm(440, 560, 360, { ...p, accent: '#5f9e4a' });
  out += `<path d="M0 560 Q 300 500 600 560 L 600 600 L 0 600 Z" fill="#d9c08a"/>`;
  const c = p.accent;
  out += `<circle cx="190" cy="450" r="80" fill="none" stroke="${p.ink}" stroke-width="12"/><circle cx="410" cy="450" r="80" fill="none" stroke="${p.ink}" stroke-width="12"/>`;
  out += `<path d="M190 450 L 270 330 L 380 330 L 410 450 M 270 330 L 300 450 L 380 330 M 300 450 L 190 450" stroke="${c}" stroke-width="12" fill="none" stroke-linejoin="round"/>`;
  out += `<path d="M250 310 h50 M380 330 l 10 -40 h 30" stroke="${p.ink}" stroke-width="12" stroke-linecap="round" fill="none"/>`;
  out += `<rect x="390" y="250" width="70" height="50" rx="8" fill="#c9a25a"/>`;
  for (let i = 0; i < 5; i++) out += `<circle cx="${f(20 + r() * 560)}" cy="${f(575 + r() * 15)}" r="6" fill="#b59a5a"/>`;
  return out;
}

function xuong(x: number, y: number, s: number, hull: string, hat: string): string {
  return (
    `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-200 0 Q 0 70 200 0 L 170 -10 Q 0 30 -170 -10 Z" fill="${hull}"/>` +
    `<rect x="-20" y="-110" width="40" height="90" rx="14" fill="#3a5f8a"/><circle cx="0" cy="-125" r="18" fill="#e8b98a"/>` +
    `<path d="M-50 -120 L 0 -175 L 50 -120 Z" fill="${hat}"/>` +
    `<path d="M40 -80 L 150 40" stroke="#6b4a2a" stroke-width="8"/></g>`
  );
}

function boat(p: Palette, r: Rng): string {
  let out = '';
  for (let i = 0; i < 6; i++)
    out += palmFrond(
      i < 3 ? 0 : 600,
      440 - i * 30,
      200 + r() * 60,
      i < 3 ? -40 + i * 25 : 220 - (i - 3) * 25,
      i % 2 ? '#4f8f3a' : '#6faa4a',
    );
  out += waves(420, lighten(p.main, 0.15)) + waves(470, p.main);
  out += xuong(300, 450, 1, '#7a4a24', '#f1e1b0');
  out += `<path d="M80 520 h60 M420 540 h80 M250 560 h50" stroke="#ffffff" stroke-opacity="0.6" stroke-width="6" stroke-linecap="round"/>`;
  return out;
}

function market(p: Palette, r: Rng): string {
  let out = `<circle cx="470" cy="170" r="80" fill="#ffd37a"/><circle cx="470" cy="170" r="110" fill="#ffd37a" fill-opacity="0.3"/>`;
  out += waves(360, lighten(p.main, 0.2)) + waves(420, p.main);
  const boats: Array<[number, number, number]> = [
    [150, 390, 0.6],
    [450, 400, 0.55],
    [300, 480, 0.9],
  ];
  for (const [x, y, s] of boats) {
    out += `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-220 0 Q 0 80 220 0 L 190 -20 Q 0 20 -190 -20 Z" fill="#5a3a22"/><path d="M-150 -20 v -120 h 220 v 120" fill="#e9d8b0" stroke="#7a4a24" stroke-width="6"/>`;
    for (let i = 0; i < 8; i++)
      out += `<circle cx="${f(-130 + r() * 180)}" cy="${f(-40 - r() * 50)}" r="${f(18 + r() * 8)}" fill="${['#b9cf4f', '#e58a1f', '#e9a825', '#8fbf4a'][i % 4]}"/>`;
    out += `<path d="M120 -20 v -180" stroke="#6b4a2a" stroke-width="8"/><circle cx="120" cy="-200" r="16" fill="${p.accent}"/></g>`;
  }
  return out;
}

function forestTrees(p: Palette, r: Rng, count: number, scale: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = 30 + (i + r() * 0.6) * (540 / count);
    const h = (260 + r() * 120) * scale;
    out += `<path d="M${f(x)} 520 v ${f(-h)}" stroke="#e8e2d2" stroke-width="${f(12 * scale + 4)}"/>`;
    for (let k = 0; k < 3; k++)
      out += `<ellipse cx="${f(x + (r() - 0.5) * 60)}" cy="${f(520 - h - 10 + k * 30)}" rx="${f((60 + r() * 30) * scale)}" ry="${f((34 + r() * 12) * scale)}" fill="${k % 2 ? p.main : lighten(p.main, 0.15)}"/>`;
  }
  return out;
}

function forest(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 7, 1);
  out += `<rect x="0" y="470" width="600" height="130" fill="${p.accent}"/>`;
  for (let i = 0; i < 60; i++)
    out += `<circle cx="${f(r() * 600)}" cy="${f(480 + r() * 120)}" r="${f(3 + r() * 4)}" fill="${lighten(p.accent, 0.35)}"/>`;
  out += `<path d="M180 600 Q 300 470 420 600 Z" fill="${lighten(p.main, 0.45)}" fill-opacity="0.8"/>`;
  out += xuong(310, 560, 0.55, '#6b4a2a', '#f1e1b0');
  return out;
}

function birds(p: Palette, r: Rng): string {
  let out = forestTrees(p, r, 6, 0.75);
  out += `<rect x="0" y="500" width="600" height="100" fill="${p.accent}"/>`;
  for (let i = 0; i < 9; i++) {
    const x = 60 + r() * 480;
    const y = 80 + r() * 200;
    const s = 0.6 + r() * 0.6;
    out += `<g transform="translate(${f(x)} ${f(y)}) scale(${f(s)})"><path d="M-60 0 Q -30 -30 0 0 Q 30 -30 60 0 Q 30 -10 0 8 Q -30 -10 -60 0 Z" fill="#ffffff"/><circle cx="0" cy="4" r="7" fill="#ffffff"/></g>`;
  }
  return out;
}

function palm(p: Palette, r: Rng): string {
  let out = `<path d="M0 560 h600 v40 h-600 Z" fill="${darken(p.bg[1], 0.15)}"/>`;
  out += `<path d="M240 560 L 255 150 L 275 150 L 290 560 Z" fill="${p.main}"/>`;
  for (let y = 180; y < 560; y += 30)
    out += `<path d="M${f(255 - (y - 150) * 0.035)} ${y} h ${f(20 + (y - 150) * 0.07)}" stroke="${darken(p.main, 0.25)}" stroke-width="4"/>`;
  for (let k = 0; k < 17; k++) {
    const a = Math.PI + (k / 16) * Math.PI;
    out += `<path d="M265 150 L ${f(265 + Math.cos(a) * 150)} ${f(150 + Math.sin(a) * 110)}" stroke="${k % 2 ? p.accent : lighten(p.accent, 0.2)}" stroke-width="18" stroke-linecap="round"/>`;
  }
  for (let k = 0; k < 7; k++) {
    const a = (k / 6) * Math.PI;
    out += `<path d="M265 150 L ${f(265 + Math.cos(a) * 120)} ${f(150 + Math.sin(a) * 70)}" stroke="${darken(p.accent, 0.15)}" stroke-width="14" stroke-linecap="round"/>`;
  }
  const cakes: Array<[number, number]> = [
    [420, 500],
    [500, 510],
    [460, 450],
    [110, 510],
  ];
  for (const [x, y] of cakes)
    out += `<ellipse cx="${x}" cy="${y}" rx="48" ry="30" fill="#c98a3a"/><ellipse cx="${x}" cy="${y - 6}" rx="40" ry="22" fill="#dba352"/>`;
  out += `<rect x="300" y="300" width="44" height="70" rx="8" fill="#a07a3a"/>`;
  for (let i = 0; i < 4; i++) out += `<circle cx="${f(60 + r() * 480)}" cy="${f(575 + r() * 15)}" r="5" fill="${darken(p.bg[1], 0.3)}"/>`;
  return out;
}

function rice(p: Palette, r: Rng): string {
  let out = `<path d="M120 190 q 90 -40 180 0 q 90 -40 180 0 l -20 360 h -320 Z" fill="#e9dcb8" stroke="#b59e6a" stroke-width="6"/>`;
  out += `<path d="M120 190 q 90 40 180 0 q 90 40 180 0" stroke="#b59e6a" stroke-width="6" fill="none"/>`;
  out += `<rect x="180" y="290" width="240" height="150" rx="16" fill="${p.accent}"/><rect x="200" y="310" width="200" height="110" rx="10" fill="#fffaf0"/>`;
  out += `<path d="M300 400 v -60 M300 360 l -24 -18 M300 350 l 24 -18 M300 340 l -18 -22 M300 370 l 22 -16" stroke="${p.accent}" stroke-width="6" stroke-linecap="round"/>`;
  out += `<path d="M370 470 h200 q 0 90 -100 90 q -100 0 -100 -90 Z" fill="#3f6f8f"/><ellipse cx="470" cy="470" rx="100" ry="24" fill="#ffffff"/>`;
  for (let i = 0; i < 30; i++)
    out += `<ellipse cx="${f(400 + r() * 140)}" cy="${f(458 + r() * 20)}" rx="7" ry="3.5" fill="#f2ede0" stroke="#d6cfba" stroke-width="1"/>`;
  return out;
}

function herb(p: Palette, r: Rng): string {
  let out = `<rect x="110" y="220" width="260" height="320" rx="18" fill="${p.main}"/><rect x="110" y="220" width="260" height="70" rx="18" fill="${darken(p.main, 0.2)}"/>`;
  out +=
    `<rect x="140" y="330" width="200" height="150" rx="12" fill="#fffaf0"/>` +
    leaf(240, 450, 90, -25, p.main) +
    leaf(240, 450, 80, 30, lighten(p.main, 0.2));
  out += `<path d="M430 120 C 400 250 470 350 440 560" stroke="#4f7a2a" stroke-width="8" fill="none"/>`;
  for (let i = 0; i < 6; i++)
    out += leaf(440 + (i % 2 ? 6 : -6), 170 + i * 60, 60 + r() * 20, i % 2 ? 55 : -55, i % 2 ? p.main : lighten(p.main, 0.15));
  for (const [x, y] of [
    [480, 300],
    [400, 420],
  ] as const) {
    out += `<ellipse cx="${x}" cy="${y}" rx="22" ry="40" fill="${p.accent}"/>`;
    for (let k = 0; k < 5; k++)
      out += `<circle cx="${f(x + (r() - 0.5) * 26)}" cy="${f(y + (r() - 0.5) * 60)}" r="4" fill="${darken(p.accent, 0.2)}"/>`;
  }
  return out;
}

/** Landscapes are framed like a postcard, so their edges look intended rather than cut off. */
const SCENES: ReadonlySet<Motif> = new Set<Motif>([
  'flowers',
  'boat',
  'market',
  'forest',
  'birds',
  'stilthouse',
  'stonehouse',
  'teatree',
  'house',
  'bicycle',
]);

function drawMotif(motif: Motif, p: Palette, r: Rng): string {
  const art = motifArt(motif, p, r);
  if (!SCENES.has(motif)) return art;
  return (
    `<clipPath id="scene"><rect x="0" y="40" width="600" height="540" rx="44"/></clipPath>` +
    `<g clip-path="url(#scene)"><rect x="0" y="40" width="600" height="540" fill="${lighten(p.bg[0], 0.5)}"/>${art}</g>` +
    `<rect x="0" y="40" width="600" height="540" rx="44" fill="none" stroke="#ffffff" stroke-width="12"/>`
  );
}

function motifArt(motif: Motif, p: Palette, r: Rng): string {
  switch (motif) {
    case 'jar':
      return jar(p, 'honey');
    case 'fishjar':
      return jar(p, 'fish');
    case 'bottle':
      return bottle(p, r);
    case 'candy':
      return candy(p, r);
    case 'coconut':
      return coconut(p, r);
    case 'fruit':
      return fruit(p, r);
    case 'pomelo':
      return pomelo(p, r);
    case 'segments':
      return segments(p, r);
    case 'pineapple':
      return pineapple(p, r);
    case 'tea':
      return tea(p, r);
    case 'teatree':
      return teatree(p, r);
    case 'bonsai':
      return bonsai(p, r);
    case 'flowers':
      return flowers(p, r);
    case 'honeycomb':
      return honeycomb(p, r);
    case 'powder':
      return powder(p, r);
    case 'root':
      return root(p, r);
    case 'corn':
      return corn(p, r);
    case 'bowl':
      return bowl(p, r);
    case 'lamp':
      return lamp(p, r);
    case 'basket':
      return basket(p, r);
    case 'mat':
      return mat(p, r);
    case 'fabric':
      return fabric(p, r);
    case 'bag':
      return bag(p, r);
    case 'house':
      return house(p, r);
    case 'stilthouse':
      return stilthouse(p, r);
    case 'stonehouse':
      return stonehouse(p, r);
    case 'bicycle':
      return bicycle(p, r);
    case 'boat':
      return boat(p, r);
    case 'market':
      return market(p, r);
    case 'forest':
      return forest(p, r);
    case 'birds':
      return birds(p, r);
    case 'palm':
      return palm(p, r);
    case 'rice':
      return rice(p, r);
    case 'herb':
      return herb(p, r);
  }
}

// ---------------------------------------------------------------------------------------------
// Compositions.
// ---------------------------------------------------------------------------------------------

function background(width: number, height: number, p: Palette, r: Rng): string {
  let out = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.bg[0]}"/><stop offset="1" stop-color="${p.bg[1]}"/></linearGradient></defs>`;
  out += `<rect width="${width}" height="${height}" fill="url(#bg)"/>`;
  for (let i = 0; i < 6; i++) {
    out += `<circle cx="${f(r() * width)}" cy="${f(r() * height)}" r="${f(80 + r() * 220)}" fill="#ffffff" fill-opacity="${f(0.08 + r() * 0.1)}"/>`;
  }
  return out;
}

/** Caption panel with the wrapped title and a subtitle, anchored to the bottom-left corner. */
function caption(x: number, bottom: number, width: number, title: string, subtitle: string, titleSize: number, p: Palette): string {
  const pad = titleSize * 0.55;
  const { lines, size } = wrap(title, titleSize, width - pad * 2, 2);
  const sub = wrap(subtitle, titleSize * 0.48, width - pad * 2, 1);
  const lineHeight = size * 1.22;
  const height = pad * 2 + lines.length * lineHeight + sub.size * 1.5;
  const top = bottom - height;
  let out = `<rect x="${x}" y="${f(top)}" width="${width}" height="${f(height)}" rx="${f(pad * 0.7)}" fill="${p.ink}" fill-opacity="0.9"/>`;
  lines.forEach((line, i) => {
    out += text(line, x + pad, top + pad + size * 0.95 + i * lineHeight, size, '#ffffff');
  });
  out += text(sub.lines[0] ?? '', x + pad, top + pad + lines.length * lineHeight + sub.size * 1.15, sub.size, lighten(p.bg[0], 0.2));
  return out;
}

function productSvg(spec: ImageSpec, r: Rng): string {
  const [w, h] = [1600, 1200];
  const p = spec.palette;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    background(w, h, p, r) +
    (SCENES.has(spec.motif) ? '' : `<ellipse cx="800" cy="860" rx="420" ry="46" fill="${p.ink}" fill-opacity="0.12"/>`) +
    `<g transform="translate(470 170) scale(1.1)">${drawMotif(spec.motif, p, r)}</g>` +
    caption(80, h - 56, w - 160, spec.title, spec.subtitle, 76, p) +
    badge(48, 44, 34, p.ink) +
    `</svg>`
  );
}

function hills(w: number, h: number, p: Palette, r: Rng): string {
  let out = '';
  for (let layer = 0; layer < 3; layer++) {
    const base = h * (0.62 + layer * 0.12);
    let d = `M0 ${h} L0 ${f(base)}`;
    for (let x = 0; x <= w; x += 200) d += ` Q ${f(x + 100)} ${f(base - 40 - r() * 90)} ${x + 200} ${f(base + (r() - 0.5) * 30)}`;
    out += `<path d="${d} L ${w} ${h} Z" fill="${darken(p.bg[1], 0.08 + layer * 0.1)}" fill-opacity="${0.55 + layer * 0.15}"/>`;
  }
  return out;
}

function coverSvg(spec: ImageSpec, r: Rng): string {
  const [w, h] = [1600, 900];
  const p = spec.palette;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    background(w, h, p, r) +
    hills(w, h, p, r) +
    `<g transform="translate(930 150) scale(1.02)">${drawMotif(spec.motif, p, r)}</g>` +
    caption(60, h - 56, 860, spec.title, spec.subtitle, 62, p) +
    badge(44, 40, 30, p.ink) +
    `</svg>`
  );
}

function logoSvg(spec: ImageSpec): string {
  const p = spec.palette;
  const initials = wrap(spec.title, 170, 300, 1);
  const name = wrap(spec.subtitle, 34, 330, 1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">` +
    `<circle cx="256" cy="256" r="248" fill="${p.ink}"/>` +
    `<circle cx="256" cy="256" r="222" fill="none" stroke="${p.accent === '#eef2fa' ? '#f2c744' : lighten(p.main, 0.3)}" stroke-width="10"/>` +
    leaf(256, 132, 70, -35, lighten(p.main, 0.2)) +
    leaf(256, 132, 70, 35, p.main) +
    text(initials.lines[0] ?? '', 256, 300, initials.size, '#ffffff', 'middle') +
    text(name.lines[0] ?? '', 256, 362, name.size, lighten(p.bg[1], 0.3), 'middle') +
    text('MINH HOẠ', 256, 420, 22, lighten(p.bg[0], 0.1), 'middle') +
    `</svg>`
  );
}

async function render(spec: ImageSpec): Promise<Buffer> {
  const r = randomFrom(spec.file);
  if (spec.kind === 'logo') {
    return sharp(Buffer.from(logoSvg(spec)))
      .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })
      .toBuffer();
  }
  const svg = spec.kind === 'product' ? productSvg(spec, r) : coverSvg(spec, r);
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}

// ---------------------------------------------------------------------------------------------
// The content's references, to check the table against.
// ---------------------------------------------------------------------------------------------

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return markdownFiles(full);
      return /\.(md|mdx|markdown)$/i.test(name) && !/^readme\.md$/i.test(name) ? [full] : [];
    });
}

/** Every local image a content file names in `cover`, `logo` or `images`, as paths under content/. */
function referencedImages(): Set<string> {
  const refs = new Set<string>();
  for (const file of markdownFiles(CONTENT)) {
    const source = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(\n|$)/.exec(source);
    if (!match) continue;
    const data = parseYaml(match[1] ?? '') as Record<string, unknown> | null;
    if (!data || typeof data !== 'object') continue;
    const values = [data['cover'], data['logo'], ...(Array.isArray(data['images']) ? data['images'] : [data['images']])];
    for (const value of values) {
      const src = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { src?: unknown }).src : undefined;
      if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(src)) continue;
      refs.add(
        path
          .relative(CONTENT, path.resolve(path.dirname(file), src))
          .split(path.sep)
          .join('/'),
      );
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------------------------

const referenced = referencedImages();
const listed = new Set(IMAGES.map((i) => i.file));
const missing = [...referenced].filter((f) => !listed.has(f)).sort();
const unused = [...listed].filter((f) => !referenced.has(f)).sort();
if (IMAGES.length !== listed.size) console.error('Bảng IMAGES có đường dẫn bị lặp.');

let bytes = 0;
for (const spec of IMAGES) {
  if (!referenced.has(spec.file)) continue;
  const out = path.join(CONTENT, spec.file);
  mkdirSync(path.dirname(out), { recursive: true });
  const data = await render(spec);
  writeFileSync(out, data);
  bytes += data.length;
  console.log(`đã ghi content/${spec.file} (${(data.length / 1024).toFixed(0)} KB)`);
}
console.log(`\n${IMAGES.length - unused.length} ảnh minh hoạ, tổng ${(bytes / 1024 / 1024).toFixed(2)} MB.`);
for (const file of unused) console.warn(`cảnh báo: content/${file} có trong bảng IMAGES nhưng không tệp nội dung nào dùng; đã bỏ qua.`);
for (const file of missing)
  console.error(`lỗi: content/${file} được nội dung nhắc tới nhưng chưa có trong bảng IMAGES của scripts/demo-images.ts.`);
if (missing.length || IMAGES.length !== listed.size) process.exitCode = 1;
