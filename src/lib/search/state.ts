/**
 * Search state in the URL, so a filtered search is a link that can be shared:
 * `/tim-kiem/?q=keo+dua&sao=4&tinh=vinh-long`.
 */

/** URL parameter for each filter; the same keys are Pagefind filter names. */
export const FILTER_KEYS = ['nhom', 'sao', 'chung-nhan', 'tinh'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** `?q=…&nhom=…` in a stable order; empty values are left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's `filters` option for the active filters. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => !!v)) as Record<string, string>;
}

export function isEmpty(state: SearchState): boolean {
  return !state.q.trim() && Object.values(state.filters).every((v) => !v);
}
