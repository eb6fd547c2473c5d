/**
 * What the search index holds for a product or a cooperative, as a small HTML document Pagefind
 * indexes (weights and filters as `data-pagefind-*` attributes).
 *
 * Pagefind folds tone marks but not đ, which is a letter of its own: "duong" would never find
 * "Đường". Each record therefore also carries its names folded the Vietnamese way (đ → d), at the
 * same weight, so typing without tones or with d for đ finds the same products; typing with tones
 * still ranks exact matches first (Pagefind scores exact diacritics higher).
 */
import { foldVietnamese } from '../slug.ts';

export interface SearchRecord {
  url: string;
  kind: 'product' | 'cooperative';
  name: string;
  /** The cooperative that makes it (products) or the type of organisation (cooperatives). */
  byline: string;
  /** Words that describe it: group label, tags, place names old and new. */
  keywords: string[];
  /** Summary and description as plain text. */
  text: string;
  /** Shown on the result card. */
  meta: {
    image?: string | undefined;
    imageAlt?: string | undefined;
    stars?: string | undefined;
    price?: string | undefined;
    place?: string | undefined;
  };
  /** Filter values by filter key (`nhom`, `sao`, `chung-nhan`, `tinh`, `loai`). */
  filters: Record<string, string[]>;
}

/** Text with HTML special characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The text again without tones and with d for đ, when that differs. */
function folded(text: string): string {
  const f = foldVietnamese(text);
  return f === text ? '' : f;
}

/** Pagefind weights: names above everything, the maker next, then keywords, then body text. */
export const WEIGHTS = { name: 10, byline: 6, keywords: 4, text: 1 } as const;

export function recordHtml(record: SearchRecord): string {
  const part = (weight: number, text: string) => (text ? `<p data-pagefind-weight="${weight}">${escapeHtml(text)}</p>` : '');
  const keywords = record.keywords.join(', ');
  const meta = Object.entries({ title: record.name, byline: record.byline, kind: record.kind, ...record.meta })
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `<span data-pagefind-meta="${key}:${escapeHtml(value)}"></span>`)
    .join('');
  const filters = Object.entries(record.filters)
    .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`))
    .join('');
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>',
    `<h1 data-pagefind-weight="${WEIGHTS.name}">${escapeHtml(record.name)}</h1>`,
    part(WEIGHTS.name, folded(record.name)),
    part(WEIGHTS.byline, record.byline),
    part(WEIGHTS.byline, folded(record.byline)),
    part(WEIGHTS.keywords, keywords),
    part(WEIGHTS.keywords, folded(keywords)),
    part(WEIGHTS.text, record.text),
    meta,
    filters,
    '</body></html>',
  ].join('');
}
