/**
 * Prices in Vietnamese đồng, written the many ways people write money.
 */
import { z } from 'zod';
import { described } from './field-info.ts';
import { fields, msg, text } from './fields.ts';
import { addIssue } from './issue.ts';

/**
 * `180000`, `180.000`, `180,000`, `180 000`, `180.000đ`, `180.000 ₫`, `180k` → 180000. Anything
 * else is left as written for the schema to refuse.
 */
export function parseVnd(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value
    .trim()
    .toLowerCase()
    .replace(/\s*(₫|đ|đồng|dong|vnđ|vnd)$/u, '')
    .trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(v)) return Number(v.replace(/[.,\s]/g, ''));
  const thousands = /^(\d+)\s*k$/.exec(v);
  if (thousands) return Number(thousands[1]) * 1000;
  return value;
}

const vnd = () =>
  described(z.preprocess(parseVnd, z.number(msg('price.amount')).int(msg('price.amount')).nonnegative(msg('price.amount'))), {
    kind: 'integer',
  });

export const priceSchema = described(
  fields({
    /** Price in đồng, e.g. `180000` (or `180.000`). */
    from: vnd(),
    /** Upper price for a range, at least `from`. */
    to: vnd().optional(),
    /** What the price buys, e.g. `hộp 200g`, `kg`. */
    unit: text(),
  }).superRefine((price, ctx) => {
    if (price.to !== undefined && price.to < price.from)
      addIssue(ctx, 'price.toBelowFrom', { path: ['to'], params: { from: price.from, to: price.to } });
  }),
  { kind: 'price' },
);

export type Price = z.output<typeof priceSchema>;
