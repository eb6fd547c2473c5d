/**
 * Collections: the site settings, cooperatives and products (from `content/` or `CATALOG_DIR`,
 * validated by the catalog loader), and the staff's MDX stories.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { slugFromFileName } from './lib/slug.ts';
import { catalogLoaders } from './loaders/content.ts';
import { cooperativeSchema } from './schemas/cooperative.ts';
import { productSchema } from './schemas/product.ts';
import { siteSchema } from './schemas/site.ts';
import { storySchema } from './schemas/story.ts';

const dir = contentDir();
const catalog = catalogLoaders(dir);

export const collections = {
  site: defineCollection({ loader: catalog.site, schema: siteSchema }),
  cooperatives: defineCollection({ loader: catalog.cooperatives, schema: ({ image }) => cooperativeSchema({ image }) }),
  products: defineCollection({ loader: catalog.products, schema: ({ image }) => productSchema({ image }) }),
  stories: defineCollection({
    // Drafts (`_name.mdx`) are checked by `npm run check` but not published.
    loader: catalog.after(
      glob({
        base: `${dir}/stories`,
        pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'],
        generateId: ({ entry }) => slugFromFileName(entry.replace(/\/index\.mdx?$/i, '').replace(/\.mdx$/i, '')),
      }),
    ),
    schema: ({ image }) => storySchema({ image }),
  }),
};
