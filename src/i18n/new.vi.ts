/** What `npm run new` says, in Vietnamese. */
import { groupShortLabels } from './vi.ts';
import { OCOP_GROUPS } from '../schemas/ocop-group.ts';

export const newWords = {
  usage: `Tạo hồ sơ mới từ bản mẫu:

  npm run new                                          hỏi từng bước
  npm run new -- cooperative --name "Hợp tác xã …"      tạo thư mục hợp tác xã
  npm run new -- product --coop <thư-mục-htx> --name "Tên sản phẩm" [--group thuc-pham]

Tuỳ chọn: --slug <tên-thư-mục> để tự đặt tên thư mục hoặc tên tệp (mặc định lấy từ tên, bỏ dấu).`,
  askKind: 'Tạo gì? 1 = hợp tác xã mới, 2 = sản phẩm mới [1]:',
  askCoopName: 'Tên đầy đủ của hợp tác xã (ví dụ: Hợp tác xã Mật ong Bạc Hà):',
  askProductName: 'Tên sản phẩm (ví dụ: Mật ong bạc hà):',
  askCoop: (coops: string[]) =>
    `Sản phẩm của hợp tác xã nào? Ghi tên thư mục${coops.length ? ` (${coops.slice(0, 8).join(', ')}${coops.length > 8 ? ', …' : ''})` : ''}:`,
  askGroup: `Nhóm OCOP: ${OCOP_GROUPS.map((g, i) => `${i + 1} = ${groupShortLabels[g]}`).join(', ')}:`,
  missingFlag: (question: string) =>
    `Thiếu thông tin: ${question}\nKhi chạy không tương tác, hãy ghi đủ --name (và --coop cho sản phẩm). Xem: npm run new -- --help`,
  emptyName: 'Tên không được để trống và phải có chữ hoặc số.',
  unknownKind: (typed: string) =>
    `Không hiểu "${typed}": hãy ghi cooperative (tạo hợp tác xã mới) hoặc product (tạo sản phẩm mới), ví dụ: npm run new -- cooperative --name "Hợp tác xã …"`,
  exists: (file: string) => `Đã có ${file}. Hãy chọn tên khác, hoặc sửa trực tiếp tệp đó.`,
  noSuchCoop: (coop: string, coops: string[]) =>
    `Không có thư mục hợp tác xã "${coop}". Các thư mục hiện có: ${coops.join(', ') || '(chưa có)'}.`,
  createdCoop: (file: string, url: string) =>
    `Đã tạo ${file}\nTrang sẽ có địa chỉ ${url}\nBước tiếp: mở tệp, điền thông tin (dòng # là lời giải thích), chép ảnh vào thư mục images/ bên cạnh tệp (trong tệp ghi ./images/ten-anh.jpg), rồi chạy: npm run check`,
  createdProduct: (file: string, url: string) =>
    `Đã tạo ${file}\nTrang sẽ có địa chỉ ${url}\nBước tiếp: mở tệp, điền thông tin, chép ảnh vào thư mục images/ của hợp tác xã (trong tệp ghi ../images/ten-anh.jpg), rồi chạy: npm run check`,
};
