/** `/rss.xml`: newly added products, newest first (products with an `added` date). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { groupShortLabels, ui } from '../i18n/vi';

const LIMIT = 50;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const newest = catalog.products
    .filter((p) => p.entry.data.added)
    .sort((a, b) => b.entry.data.added!.localeCompare(a.entry.data.added!))
    .slice(0, LIMIT);
  return rss({
    title: ui.openData.feedTitle(catalog.site.name),
    description: ui.openData.feedDescription,
    site: site!,
    customData: '<language>vi</language>',
    items: newest.map((p) => ({
      title: p.entry.data.name,
      link: p.url,
      pubDate: new Date(`${p.entry.data.added}T00:00:00+07:00`),
      description: [p.entry.data.summary, `${groupShortLabels[p.entry.data.group]} · ${p.coop.entry.data.name}`]
        .filter(Boolean)
        .join(' — '),
      categories: [groupShortLabels[p.entry.data.group]],
    })),
  });
};
