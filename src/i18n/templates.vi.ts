/**
 * Templates `npm run new` writes: every field of the schema, each explained in Vietnamese (the
 * explanations are the fields' `hint` in `./fields.vi.ts`). A line left blank means "not set", so a
 * cooperative fills in what it has and leaves the rest.
 */
import { renderTemplate } from '../lib/content/template.ts';
import { fieldTrees } from '../schemas/collections.ts';
import { cooperativeFields, productFields } from './fields.vi.ts';

const header = (what: string) => [
  `${what}. Dòng bắt đầu bằng # là lời giải thích, không hiện trên trang.`,
  'Dòng nào chưa có thông tin thì để trống sau dấu hai chấm. Ảnh để trong thư mục images/ của hợp tác xã. Xem hướng dẫn: docs/huong-dan.md',
];

export function cooperativeTemplate(p: { name: string; today: string }): string {
  return renderTemplate(
    fieldTrees.cooperative,
    cooperativeFields,
    {
      header: header('HỒ SƠ HỢP TÁC XÃ'),
      body: `Viết câu chuyện của hợp tác xã ở đây: thành lập khi nào, có bao nhiêu hộ tham gia, làm ra sản phẩm
như thế nào, điều gì làm nên sự khác biệt.`,
    },
    { name: p.name, added: p.today },
  );
}

export function productTemplate(p: { name: string; group?: string | undefined; today: string }): string {
  return renderTemplate(
    fieldTrees.product,
    productFields,
    { header: header('SẢN PHẨM'), body: 'Giới thiệu sản phẩm ở đây: nguyên liệu, cách làm, cách dùng, cách bảo quản.' },
    { name: p.name, group: p.group ?? '', added: p.today },
  );
}
