/**
 * What the command-line tools print (beyond the check's messages in `./check.vi.ts` and `npm run
 * new` in `./new.vi.ts`), and the words drawn on the demo's illustrations.
 */

export const checkCli = {
  usage: `Cách dùng: npm run check [-- <thư mục>] [-- --json]

  npm run check                                   kiểm tra toàn bộ nội dung
  npm run check -- content/cooperatives/htx-abc   chỉ kiểm tra một (hoặc vài) hợp tác xã
  npm run check -- --json                         in kết quả dạng JSON (cho CI)`,
  notFound: (folder: string) =>
    `Không có thư mục hay tệp "${folder}". Hãy xem lại tên (ví dụ content/cooperatives/htx-abc), hoặc chạy npm run check để kiểm tra tất cả.`,
};

export const docsCli = {
  upToDate: 'docs/huong-dan.md đã đúng.',
  updated: 'Đã cập nhật docs/huong-dan.md.',
};

export const demoImages = {
  /** On every illustration, so nobody mistakes it for a photo of the product. */
  label: 'ẢNH MINH HOẠ',
  story: 'Bài viết',
  /** After a cover's place when the address still names a pre-2025 province. */
  former: (province: string) => `(${province} cũ)`,
  kinds: { product: 'ảnh sản phẩm', cover: 'ảnh bìa hợp tác xã', logo: 'biểu trưng', story: 'ảnh bìa bài viết' },
  error: (problem: string) => `lỗi: ${problem}`,
  mismatch: '\nBảng ảnh và nội dung không khớp nên chưa ghi ảnh nào.',
  wrote: (file: string, kb: string) => `đã ghi content/${file} (${kb} KB)`,
  done: (count: number, mb: string) => `\n${count} ảnh minh hoạ, tổng ${mb} MB.`,
  missingField: (file: string, field: string) => `content/${file}: thiếu trường "${field}", cần để ghi chú thích cho ảnh.`,
  twice: (file: string, table: string) => `content/${file} có hai dòng trong bảng ${table}.`,
  unused: (file: string, table: string) =>
    `content/${file} có trong bảng ${table} nhưng không tệp nội dung nào dùng: hãy xoá dòng đó khỏi bảng.`,
  wrongKind: (file: string, table: string, kind: string, uses: string) => `content/${file}: bảng ${table} ghi là ${kind}, nhưng ${uses}.`,
  usedAs: (from: string, kind: string) => `content/${from} dùng làm ${kind}`,
  unlisted: (file: string, from: string, table: string) =>
    `content/${file} được ${from} nhắc tới nhưng chưa có trong bảng ${table}: hãy thêm một dòng (loại ảnh, hình vẽ, bảng màu).`,
};
