/**
 * How numbers, prices, dates and seasons read on the page, the Vietnamese way.
 */
import { monthNames, ui } from './vi.ts';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `180000` → `180.000 ₫`. */
export function formatVnd(amount: number): string {
  return `${number.format(amount)} ${ui.price.currency}`;
}

/** `180.000 ₫ / gói 200g`, or a range `150.000 – 200.000 ₫ / kg`. */
export function formatPrice(price: { from: number; to?: number | undefined; unit: string }): string {
  const amount =
    price.to !== undefined && price.to !== price.from ? `${number.format(price.from)} – ${formatVnd(price.to)}` : formatVnd(price.from);
  return `${amount} / ${price.unit}`;
}

/** `2024-05-10` → `10/05/2024`, the order Vietnamese readers expect. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Months as runs: [10, 11, 12, 1] → `tháng 10 – tháng 1`; [3, 4, 8] → `tháng 3 – tháng 4, tháng 8`;
 * all twelve → `Quanh năm`. Runs wrap around the new year.
 */
export function formatSeason(months: readonly number[]): string {
  const set = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  if (set.length === 12) return ui.product.allYear;
  if (set.length === 0) return '';
  const runs: number[][] = [];
  for (const m of set) {
    const last = runs.at(-1);
    if (last && last.at(-1) === m - 1) last.push(m);
    else runs.push([m]);
  }
  // December and January in separate runs are one season across the new year.
  if (runs.length > 1 && runs[0]![0] === 1 && runs.at(-1)!.at(-1) === 12) runs.unshift([...runs.pop()!, ...runs.shift()!]);
  const name = (m: number) => monthNames[m - 1] ?? String(m);
  return runs.map((run) => (run.length === 1 ? name(run[0]!) : `${name(run[0]!)} – ${name(run.at(-1)!)}`)).join(', ');
}

/** Members and other counts with Vietnamese thousands separators. */
export function formatCount(n: number): string {
  return number.format(n);
}
