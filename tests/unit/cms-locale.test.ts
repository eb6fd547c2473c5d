/**
 * The form's interface is Vietnamese throughout: every string of Decap's English locale is in its
 * Vietnamese locale or in the project's (`adminLocale`, `src/i18n/admin.vi.ts`), which Decap would
 * otherwise show in English; and the project's strings are ones Decap has (no misspelt key).
 */
import { describe, expect, it } from 'vitest';
import { adminLocale } from '../../src/i18n/admin.vi.ts';
import { mergeLocale } from '../../src/lib/cms/locale.ts';
import type { Locale } from '../../src/lib/cms/runtime.ts';

/** Decap's locales, from the package its bundle is built from. */
const load = async (name: string) =>
  ((await import(`../../node_modules/decap-cms-locales/dist/esm/${name}/index.js`)) as { default: Locale }).default;
const [en, vi] = await Promise.all([load('en'), load('vi')]);

const keys = (locale: Locale, prefix = ''): string[] =>
  Object.entries(locale).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('the admin interface', () => {
  it('has a Vietnamese string for every string of Decap', () => {
    const ours = new Set(keys(mergeLocale(vi, adminLocale)));
    expect(keys(en).filter((k) => !ours.has(k))).toEqual([]);
  });
  it('words only strings Decap has', () => {
    const english = new Set(keys(en));
    expect(keys(adminLocale).filter((k) => !english.has(k))).toEqual([]);
  });
  it('keeps the placeholders Decap fills in', () => {
    const get = (locale: Locale, key: string) => key.split('.').reduce<unknown>((l, k) => (l as Locale | undefined)?.[k], locale);
    for (const key of keys(adminLocale)) {
      const wanted =
        String(get(en, key))
          .match(/%\{\w+\}/g)
          ?.sort() ?? [];
      expect(
        String(get(adminLocale, key))
          .match(/%\{\w+\}/g)
          ?.sort() ?? [],
        key,
      ).toEqual(wanted);
    }
  });
});
