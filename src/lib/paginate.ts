/**
 * Splits a listing into pages with shareable URLs (`/san-pham/`, `/san-pham/trang-2/`) and the
 * `[...page]` route parameter Astro needs for each.
 */
import { pageUrl } from './urls.ts';

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  url: string;
  prev: string | undefined;
  next: string | undefined;
  /** Value of the `[...page]` route parameter: undefined for page 1, `trang-2` after. */
  param: string | undefined;
}

export function paginate<T>(items: readonly T[], pageSize: number, base: string): Page<T>[] {
  const size = Math.max(1, Math.floor(pageSize));
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      total,
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < total ? pageUrl(base, number + 1) : undefined,
      param: number === 1 ? undefined : `trang-${number}`,
    };
  });
}
