/**
 * The parts of `docs/huong-dan.md` written from the schemas (`npm run docs` rewrites them between
 * `<!-- auto:… -->` markers; a test fails when the guide is out of date): the field tables and the
 * certificate types with their validity.
 */
import { fieldTable, markdownTable } from '../lib/content/field-table.ts';
import { CERTIFICATION_TYPES, CERTIFICATION_VALIDITY, type Validity } from '../schemas/certification-type.ts';
import { fieldTrees } from '../schemas/collections.ts';
import { cooperativeFields, productFields } from './fields.vi.ts';
import { certificationLabels } from './vi.ts';

const text = { headings: ['trường', 'bắt buộc', 'ý nghĩa, ví dụ'], yes: 'có', no: 'không' } as const;

const validity = (v: Validity) =>
  v === 'permanent'
    ? 'không thời hạn'
    : v === 'stated'
      ? 'ghi `validUntil` theo giấy chứng nhận'
      : `${v.months % 12 === 0 ? `${v.months / 12} năm` : `${v.months} tháng`} kể từ ngày cấp, nếu không ghi \`validUntil\``;

/** Block name → its Markdown. */
export const guideBlocks: Readonly<Record<string, string>> = {
  'cooperative-fields': fieldTable(fieldTrees.cooperative, cooperativeFields, text),
  'product-fields': fieldTable(
    fieldTrees.product.filter((n) => !n.info.notInTemplate),
    productFields,
    text,
  ),
  'certificate-types': markdownTable(
    ['`type`', 'chứng nhận', 'hiệu lực'],
    CERTIFICATION_TYPES.map((t) => [`\`${t}\``, certificationLabels[t], validity(CERTIFICATION_VALIDITY[t])]),
  ),
};
