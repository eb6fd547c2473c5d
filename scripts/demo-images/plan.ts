/**
 * Matches the table with the content: every image the front matter names needs a row, every row
 * must be named by the front matter, and as the kind of image the row says. Pure, so testable.
 */
import { captionFor } from './captions.ts';
import { referenceOfKind, type Reference } from './content.ts';
import type { Drawing, Kind, Row } from './types.ts';

const TABLE = 'scripts/demo-images/table.ts';
const KIND_NAMES: Record<Kind, string> = {
  product: 'ảnh sản phẩm',
  cover: 'ảnh bìa hợp tác xã',
  logo: 'biểu trưng',
  story: 'ảnh bìa bài viết',
};

/** The drawings to make, in table order, and every disagreement as a message ready to print. */
export function planDrawings(
  rows: ReadonlyArray<[string, Row]>,
  references: ReadonlyMap<string, readonly Reference[]>,
): { drawings: Drawing[]; problems: string[] } {
  const drawings: Drawing[] = [];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const [file, row] of rows) {
    if (listed.has(file)) problems.push(`content/${file} có hai dòng trong bảng ${TABLE}.`);
    listed.add(file);
    const uses = references.get(file) ?? [];
    const reference = referenceOfKind(uses, row.kind);
    if (reference) drawings.push({ ...row, ...captionFor(reference), file });
    else if (uses.length === 0)
      problems.push(`content/${file} có trong bảng ${TABLE} nhưng không tệp nội dung nào dùng: hãy xoá dòng đó khỏi bảng.`);
    else
      problems.push(
        `content/${file}: bảng ${TABLE} ghi là ${KIND_NAMES[row.kind]}, nhưng ${uses.map((u) => `content/${u.from} dùng làm ${KIND_NAMES[u.kind]}`).join(', ')}.`,
      );
  }
  for (const [file, uses] of [...references].sort(([a], [b]) => a.localeCompare(b))) {
    if (listed.has(file)) continue;
    const from = uses.map((u) => `content/${u.from}`).join(', ');
    problems.push(
      `content/${file} được ${from} nhắc tới nhưng chưa có trong bảng ${TABLE}: hãy thêm một dòng (loại ảnh, hình vẽ, bảng màu).`,
    );
  }
  return { drawings, problems };
}
