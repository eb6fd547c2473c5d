/**
 * A hand-made catalog whose figures are known, built with the pages' own `buildCatalogView` on
 * 2026-05-28: recognitions valid, expiring, expired, undated and dated only by year, a permanent
 * geographical indication, a company and a household business beside the cooperatives, addresses
 * with pre-2025 province names. `tests/unit/stats.test.ts` states every answer.
 */
import { buildCatalogView } from '../../src/lib/catalog/view.ts';
import type { StatsCoopEntry, StatsView } from '../../src/lib/stats/index.ts';
import { certificationSchema, ocopSchema } from '../../src/schemas/certificate.ts';
import type { OcopGroup } from '../../src/schemas/ocop-group.ts';
import type { ProducerType } from '../../src/schemas/producer-type.ts';

export const TODAY = '2026-05-28';

type Address = StatsCoopEntry['data']['address'];
const coop = (id: string, type: ProducerType, name: string, address: Address, extra: Partial<StatsCoopEntry['data']> = {}) => ({
  id,
  data: { name, type, address, ...extra },
});

const product = (id: string, name: string, group: OcopGroup, ocop?: object, certifications: object[] = []) => ({
  id,
  data: {
    name,
    group,
    ocop: ocop ? ocopSchema.parse(ocop) : undefined,
    certifications: certifications.map((c) => certificationSchema.parse(c)),
    featured: false,
  },
});

export const COOPS = [
  coop(
    'htx-an',
    'htx',
    'Hợp tác xã An',
    { commune: 'Xã Vĩnh Thành', district: 'Chợ Lách', province: 'Bến Tre' },
    { phone: '0913 456 789', email: 'htx.an@example.vn', geo: { lat: 10.2455, lng: 106.132 } },
  ),
  coop('htx-binh', 'htx', 'Hợp tác xã Bình', { commune: 'Xã Chợ Lách', province: 'Vĩnh Long' }, { phone: '0275 3843 555' }),
  coop('tht-chau', 'tht', 'Tổ hợp tác Châu', { commune: 'Phường Châu Đốc', province: 'An Giang' }),
  coop('htx-du-lich', 'htx', 'Hợp tác xã Du lịch', { commune: 'Phường Hoàn Kiếm', province: 'Hà Nội' }),
  coop('lhhtx-e', 'lhhtx', 'Liên hiệp Hợp tác xã E', { commune: 'Xã Minh Tân', district: 'Vị Xuyên', province: 'Hà Giang' }),
  coop('cong-ty-f', 'dn', 'Công ty F', { commune: 'Xã Chợ Lách', province: 'Vĩnh Long' }),
  coop('ho-g', 'ho', 'Hộ kinh doanh G', { commune: 'Phường Ninh Kiều', province: 'Cần Thơ' }, { phone: '+84 292 3812 345' }),
  coop('htx-hau', 'htx', 'Hợp tác xã Hậu', { commune: 'Xã Hỏa Tiến', district: 'Thành phố Vị Thanh', province: 'Hậu Giang' }),
];

export const PRODUCTS = [
  product('htx-an/mat-ong', 'Mật ong', 'thuc-pham', { stars: 4, issuedOn: '2025-01-10' }, [
    { type: 'vietgap', code: 'VG-01', issuedOn: '2024-09-01' },
  ]),
  product('htx-an/ruou', 'Rượu, men lá; "ngon"', 'do-uong', { stars: 3, issuedOn: '2023-06-01', decision: '12/QĐ-UBND' }),
  product('htx-binh/tam-that', 'Tam thất', 'duoc-lieu', { stars: 5, issuedOn: '2022-12-01' }),
  product('htx-binh/gio-may', 'Giỏ mây', 'thu-cong-my-nghe', undefined, [
    { type: 'chi-dan-dia-ly' },
    { type: 'organic', issuedOn: '2025-01-01' },
  ]),
  product('tht-chau/mai-vang', 'Mai vàng', 'sinh-vat-canh', { stars: 3, issuedOn: 'chưa rõ' }),
  product('tht-chau/mam-ca', 'Mắm cá', 'thuc-pham', { stars: 4, issuedOn: '2020' }),
  product('htx-du-lich/tour', 'Tham quan phố cổ', 'du-lich'),
  product('cong-ty-f/keo', 'Kẹo dừa', 'thuc-pham', { stars: 4, issuedOn: '2025-06-01' }),
  product('ho-g/banh', 'Bánh phồng', 'thuc-pham', undefined, [
    { type: 'vietgap', validUntil: '2025-10-01' },
    { type: 'haccp', code: '=1+1', validUntil: '2026-07-15' },
  ]),
  product('htx-hau/khom', 'Khóm', 'thuc-pham', undefined, [{ type: 'other', name: 'Chứng nhận Halal', validUntil: '2026-11-20' }]),
];

/** The view the pages would build from these entries on `TODAY`. */
export const statsView = (): StatsView => buildCatalogView(COOPS, PRODUCTS, TODAY);
