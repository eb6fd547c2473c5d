/**
 * The admin page's own script (bundled into `/admin/admin.js` at build time, loaded before Decap's
 * bundle): stops Decap from starting on its own, then starts it with the configuration the build
 * wrote (`/admin/config.json`), the Vietnamese interface, the project's file formats and slugs.
 */
import { adminLocale, adminWords } from '../../i18n/admin.vi.ts';
import { FORMATS } from './collections.ts';
import { markdownFormat, SLUG } from './format.ts';
import { mergeLocale } from './locale.ts';
import { PROXY_PATH, type AdminFile, type DecapGlobal, type ImmutableEntry } from './runtime.ts';
import { newEntrySlug } from './slug.ts';

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
  }
}

window.CMS_MANUAL_INIT = true;

async function start(cms: DecapGlobal): Promise<void> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-cache' });
  const { config, shapes } = (await response.json()) as AdminFile;
  // On the editor's own machine (`npm run edit`), Decap's proxy answers on this page's origin.
  config.local_backend = { url: new URL(PROXY_PATH, location.origin).href };
  cms.registerLocale('vi', mergeLocale(cms.getLocale('vi') ?? {}, adminLocale));
  cms.registerCustomFormat(FORMATS.cooperative, 'md', markdownFormat(shapes.cooperative, adminWords.unreadable));
  cms.registerCustomFormat(FORMATS.product, 'md', markdownFormat(shapes.product, adminWords.unreadable));
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableEntry }) => {
      const data = entry.get('data');
      if (!entry.get('newRecord')) return data;
      const collection = String(entry.get('collection'));
      const identifier = config.collections.find((c) => c.name === collection)?.identifier_field ?? '';
      return data.set(SLUG, newEntrySlug(collection, String(data.get(identifier) ?? ''), adminWords.fallbackSlug));
    },
  });
  cms.init({ config });
}

window.addEventListener('DOMContentLoaded', () => {
  if (window.CMS) void start(window.CMS);
});
