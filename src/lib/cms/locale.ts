/**
 * Decap's interface strings: the project's Vietnamese (`src/i18n/admin.vi.ts`) over Decap's own.
 */
import type { Locale } from './runtime.ts';

/** `base` with every string of `over` put in, nested groups merged. */
export function mergeLocale(base: Locale, over: Locale): Locale {
  const out: Locale = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeLocale(current, value) : value;
  }
  return out;
}
