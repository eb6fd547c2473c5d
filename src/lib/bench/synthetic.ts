/**
 * A synthetic catalog in the content contract's format, for benchmarks: realistic Vietnamese names
 * with tones, a share of OCOP and VietGAP certificates (some expired), addresses in old and new
 * forms. Deterministic: the same sizes give the same files.
 */
import { PROVINCES_2025 } from '../provinces.ts';
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import { random } from '../random.ts';

export interface SyntheticFile {
  /** Path inside the catalog folder. */
  path: string;
  content: string;
}

const KINDS: ReadonlyArray<[string, OcopGroup, string]> = [
  ['Mật ong', 'thuc-pham', 'hũ 500 ml'],
  ['Kẹo dừa', 'thuc-pham', 'gói 300g'],
  ['Đường thốt nốt', 'thuc-pham', 'kg'],
  ['Bưởi', 'thuc-pham', 'kg'],
  ['Cam sành', 'thuc-pham', 'kg'],
  ['Gạo thơm', 'thuc-pham', 'túi 5 kg'],
  ['Nước mắm', 'thuc-pham', 'chai 500 ml'],
  ['Khô cá lóc', 'thuc-pham', 'hộp 500g'],
  ['Trà', 'do-uong', 'hộp 200g'],
  ['Cà phê', 'do-uong', 'gói 500g'],
  ['Rượu ngô', 'do-uong', 'chai 500 ml'],
  ['Nước cốt dừa', 'do-uong', 'chai 1 lít'],
  ['Tinh bột nghệ', 'duoc-lieu', 'hũ 200g'],
  ['Tam thất', 'duoc-lieu', 'kg'],
  ['Cao atiso', 'duoc-lieu', 'hũ 100g'],
  ['Giỏ lục bình', 'thu-cong-my-nghe', 'chiếc'],
  ['Khăn thổ cẩm', 'thu-cong-my-nghe', 'chiếc'],
  ['Chén gáo dừa', 'thu-cong-my-nghe', 'bộ 6 chiếc'],
  ['Mai vàng', 'sinh-vat-canh', 'chậu'],
  ['Bonsai', 'sinh-vat-canh', 'chậu'],
  ['Lan rừng', 'sinh-vat-canh', 'giò'],
  ['Homestay', 'du-lich', 'người/đêm'],
  ['Tour sông nước', 'du-lich', 'người'],
  ['Trải nghiệm làm vườn', 'du-lich', 'người'],
];
const QUALITIES = [
  'đặc biệt',
  'hảo hạng',
  'truyền thống',
  'hữu cơ',
  'cổ truyền',
  'thượng hạng',
  'tự nhiên',
  'sấy dẻo',
  'nguyên chất',
  'loại một',
];
const PLACES = [
  'Cao Bồ',
  'Vị Xuyên',
  'Chợ Lách',
  'Mỏ Cày',
  'Tri Tôn',
  'Châu Đốc',
  'Ngã Bảy',
  'Phụng Hiệp',
  'Đồng Văn',
  'Bắc Hà',
  'Mộc Châu',
  'Cái Bè',
  'Tân Châu',
  'Cù Lao Dung',
  'Thới Lai',
  'Hồng Dân',
  'Đắk Mil',
  'Lâm Hà',
  'Bảo Lộc',
  'Hương Khê',
];
const COMMUNES = [
  'Xã Minh Tân',
  'Xã Định Thủy',
  'Xã Vĩnh Thành',
  'Phường Châu Đốc',
  'Xã Tân Phú',
  'Xã Đông Phước',
  'Xã Quản Bạ',
  'Xã An Thạnh',
  'Phường Ngã Bảy',
  'Xã Cao Bồ',
];
const LEGACY = ['Bến Tre', 'Hà Giang', 'Hậu Giang', 'Kiên Giang', 'Quảng Nam', 'Bình Định', 'Long An', 'Tiền Giang'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const GIVEN = ['Văn Hùng', 'Thị Lan', 'Văn Dũng', 'Thị Hoa', 'Minh Tuấn', 'Thị Mai', 'Văn Đức', 'Thị Thu'];
const SENTENCES = [
  'Sản phẩm được làm thủ công theo cách truyền thống của bà con trong vùng.',
  'Nguyên liệu được chọn lọc kỹ từ vườn của các hộ thành viên hợp tác xã.',
  'Mỗi lô hàng đều có tem truy xuất nguồn gốc và được kiểm tra trước khi đóng gói.',
  'Hợp tác xã cam kết không dùng chất bảo quản và phẩm màu.',
  'Khách có thể đặt hàng qua điện thoại hoặc Zalo, giao hàng toàn quốc.',
  'Sản phẩm thích hợp làm quà biếu trong dịp lễ, Tết.',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const date = (rnd: () => number, fromYear: number, toYear: number) =>
  `${fromYear + Math.floor(rnd() * (toYear - fromYear + 1))}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
const paragraph = (rnd: () => number, n: number) => Array.from({ length: n }, () => pick(rnd, SENTENCES)).join(' ');

export interface SyntheticOptions {
  coops: number;
  /** Products of each cooperative; `totalProducts` instead spreads a total over the cooperatives. */
  productsPerCoop: number;
  /** Products in the whole catalog, spread evenly (the country: 17,000 products of 32,000 cooperatives). */
  totalProducts?: number | undefined;
  /** Reference each product's photo (the caller writes the image files). */
  images: boolean;
  /** Draw a link-preview card per product (`share.cards` in site.yaml). */
  cards?: boolean;
  seed?: number;
}

/** Product photo paths the caller must create when `images` is set, relative to the catalog. */
export function photoPath(coop: number, product: number): string {
  return `cooperatives/htx-${coop}/images/sp-${product}.jpg`;
}

/** How many products cooperative `coop` (from 1) has. */
export function productCount(options: Pick<SyntheticOptions, 'coops' | 'productsPerCoop' | 'totalProducts'>, coop: number): number {
  const { coops, totalProducts } = options;
  if (totalProducts === undefined) return options.productsPerCoop;
  return Math.floor((totalProducts * coop) / coops) - Math.floor((totalProducts * (coop - 1)) / coops);
}

export function syntheticCatalog(options: SyntheticOptions): SyntheticFile[] {
  const rnd = random(options.seed ?? 2026);
  const files: SyntheticFile[] = [
    {
      path: 'site.yaml',
      content: `name: Sản phẩm hợp tác xã (thử tải)\nregion: Toàn quốc\nurl: https://bench.example.vn\ndescription: Danh mục tổng hợp dùng để đo tốc độ tạo trang.\npageSize: 24\n${options.cards === false ? 'share:\n  cards: false\n' : ''}`,
    },
  ];
  for (let c = 1; c <= options.coops; c++) {
    const place = pick(rnd, PLACES);
    const [kind] = pick(rnd, KINDS);
    const legacy = rnd() < 0.3;
    const province = legacy ? pick(rnd, LEGACY) : pick(rnd, PROVINCES_2025).name;
    const type = rnd() < 0.1 ? 'tht' : rnd() < 0.03 ? 'lhhtx' : 'htx';
    const label = type === 'tht' ? 'Tổ hợp tác' : type === 'lhhtx' ? 'Liên hiệp Hợp tác xã' : 'Hợp tác xã';
    files.push({
      path: `cooperatives/htx-${c}/index.md`,
      content: `---
name: ${label} ${kind} ${place} số ${c}
type: ${type}
summary: ${kind} ${place}, sản phẩm của ${20 + Math.floor(rnd() * 200)} hộ thành viên.
founded: ${1995 + Math.floor(rnd() * 30)}
members: ${5 + Math.floor(rnd() * 300)}
representative: ${pick(rnd, SURNAMES)} ${pick(rnd, GIVEN)} (Giám đốc)
address:
  commune: ${pick(rnd, COMMUNES)}
${legacy ? `  district: ${place}\n` : ''}  province: ${province}
phone: 09${String(10000000 + Math.floor(rnd() * 89999999))}
added: ${date(rnd, 2024, 2026)}
---

${paragraph(rnd, 4)}

${paragraph(rnd, 3)}
`,
    });
    for (let p = 1; p <= productCount(options, c); p++) {
      const [kindName, group, unit] = pick(rnd, KINDS);
      const ocop = rnd() < 0.6;
      const stars = rnd() < 0.5 ? 3 : rnd() < 0.8 ? 4 : 5;
      const vietgap = group === 'thuc-pham' && rnd() < 0.4;
      const price = (20 + Math.floor(rnd() * 480)) * 1000;
      files.push({
        path: `cooperatives/htx-${c}/products/sp-${p}.md`,
        content: `---
name: ${kindName} ${pick(rnd, QUALITIES)} ${place}${p > 1 ? ` ${p}` : ''}
group: ${group}
summary: ${kindName} ${place} – ${pick(rnd, SENTENCES)}
${options.images ? `images:\n  - { src: ../images/sp-${p}.jpg, alt: "${kindName} ${place}" }\n` : ''}${ocop ? `ocop:\n  stars: ${stars}\n  issuedOn: ${date(rnd, 2022, 2026)}\n  decision: ${100 + Math.floor(rnd() * 3000)}/QĐ-UBND\n` : ''}${vietgap ? `certifications:\n  - { type: vietgap, code: VG-${c}-${p}, issuedOn: ${date(rnd, 2024, 2026)} }\n` : ''}price:
  from: ${price}
  unit: ${unit}
season: [${[1 + Math.floor(rnd() * 6), 7 + Math.floor(rnd() * 6)].join(', ')}]
tags: [${kindName.toLowerCase()}, ${place}]
added: ${date(rnd, 2024, 2026)}
---

${paragraph(rnd, 3)}

${paragraph(rnd, 2)}
`,
      });
    }
  }
  return files;
}
