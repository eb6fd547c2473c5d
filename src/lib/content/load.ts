/**
 * Loads and checks the whole catalog: the one code path behind both `npm run check` and the build.
 * Every problem in every file is collected (never only the first), with its position.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cooperativeSchema, type CooperativeData } from '../../schemas/cooperative.ts';
import { checkContext } from '../../schemas/image.ts';
import { LEGACY_OCOP_GROUPS } from '../../schemas/ocop-group.ts';
import { productSchema, type ProductData } from '../../schemas/product.ts';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { storySchema, type StoryData } from '../../schemas/story.ts';
import { slugify } from '../slug.ts';
import { validateFile, type ValidatedEntry } from './entry.ts';
import { checkBody, checkCertificates, checkImages } from './rules.ts';
import { makeIssue, sortIssues, START, type Issue } from './issues.ts';
import { scanCatalog } from './scan.ts';
import { checkStoryReferences } from './stories.ts';

export interface CatalogEntry<T> {
  /** Collection id: `<coop>` for a cooperative, `<coop>/<product>` for a product, the slug for a story. */
  id: string;
  /** Absolute path of the Markdown file. */
  file: string;
  /** Front matter as written, for Astro's schema to parse again with its `image()`. */
  raw: Record<string, unknown>;
  data: T;
  body: string;
  draft: boolean;
}

export interface LoadedCatalog {
  site: CatalogEntry<SiteConfig> | undefined;
  cooperatives: CatalogEntry<CooperativeData>[];
  products: CatalogEntry<ProductData>[];
  stories: CatalogEntry<StoryData>[];
  issues: Issue[];
  /** Files read, for the report's summary. */
  fileCount: number;
}

export interface LoadOptions {
  /** Project root; reported paths are relative to it. */
  root: string;
  /** Folder holding `site.yaml`, `cooperatives/` and `stories/`. */
  contentDir: string;
  /** Day certificate status is computed against, `YYYY-MM-DD`. */
  today: string;
  /** Check only files under these paths (cooperatives' folders, or single files). */
  only?: string | readonly string[] | undefined;
}

/** Built once: constructing a Zod schema costs more than validating a file with it. */
const schemas = {
  cooperative: cooperativeSchema(checkContext),
  product: productSchema(checkContext),
  story: storySchema(checkContext),
};

export async function loadCatalog(options: LoadOptions): Promise<LoadedCatalog> {
  const { root, today } = options;
  const contentDir = path.resolve(root, options.contentDir);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const onlyList = (typeof options.only === 'string' ? [options.only] : (options.only ?? [])).map((p) => path.resolve(root, p));
  const only = onlyList.length > 0 ? onlyList : undefined;
  const selected = (file: string) => !only || only.some((o) => file === o || file.startsWith(o + path.sep));
  const scan = scanCatalog(root, contentDir);
  const issues: Issue[] = scan.issues.filter((i) => selected(path.resolve(root, i.file)));
  let fileCount = 0;

  const validate = <T>(file: string, schema: Parameters<typeof validateFile>[2], yamlOnly = false) => {
    fileCount++;
    const entry = validateFile(file, rel(file), schema, { yamlOnly }) as ValidatedEntry<T>;
    issues.push(...entry.issues);
    return entry;
  };

  let site: CatalogEntry<SiteConfig> | undefined;
  const siteFile = path.join(contentDir, 'site.yaml');
  if (!only) {
    if (existsSync(siteFile)) {
      const entry = validate<SiteConfig>(siteFile, siteSchema, true);
      if (entry.data && entry.raw) site = { id: 'site', file: siteFile, raw: entry.raw, data: entry.data, body: '', draft: false };
    } else issues.push(makeIssue('error', rel(siteFile), START, '', 'site.missing'));
  }

  const cooperatives: CatalogEntry<CooperativeData>[] = [];
  for (const coop of scan.cooperatives.filter((c) => selected(c.file))) {
    const entry = validate<CooperativeData>(coop.file, schemas.cooperative);
    const relFile = rel(coop.file);
    if (entry.source) issues.push(...(await checkBody(entry, relFile, coop.file, coop.dir)));
    if (entry.raw && entry.source)
      issues.push(...(await checkImages(entry.raw, ['logo', 'cover'], entry.source, relFile, coop.file, coop.dir)));
    if (!entry.data || !entry.raw || !entry.source) continue;
    const { data, source } = entry;
    if (!data.phone && !data.zalo && !data.email && !data.website && !data.facebook) {
      issues.push(makeIssue('warning', relFile, source.locate(['name']), '', 'coop.noContact'));
    }
    cooperatives.push({ id: coop.slug, file: coop.file, raw: entry.raw, data, body: entry.body, draft: coop.draft });
  }

  const products: CatalogEntry<ProductData>[] = [];
  for (const product of scan.products.filter((p) => selected(p.file))) {
    const entry = validate<ProductData>(product.file, schemas.product);
    const relFile = rel(product.file);
    if (entry.source) issues.push(...(await checkBody(entry, relFile, product.file, product.coopDir)));
    if (entry.raw && entry.source) {
      issues.push(...(await checkImages(entry.raw, ['images'], entry.source, relFile, product.file, product.coopDir)));
      const written = typeof entry.raw['group'] === 'string' ? slugify(entry.raw['group']) : '';
      const group = LEGACY_OCOP_GROUPS[written];
      if (group)
        issues.push(
          makeIssue('warning', relFile, entry.source.locate(['group']), 'group', 'ocop.legacyGroup', { value: entry.raw['group'], group }),
        );
    }
    if (!entry.data || !entry.raw || !entry.source) continue;
    const { data, source } = entry;
    if (data.images.length === 0) issues.push(makeIssue('warning', relFile, source.locate(['name']), 'images', 'image.none'));
    if (data.price && data.price.from > 0 && data.price.from < 1000) {
      issues.push(
        makeIssue('warning', relFile, source.locate(['price', 'from']), 'price.from', 'price.tooLow', { value: data.price.from }),
      );
    }
    issues.push(...checkCertificates(data, source, relFile, today));
    products.push({ id: product.id, file: product.file, raw: entry.raw, data, body: entry.body, draft: product.draft });
  }

  const stories: CatalogEntry<StoryData>[] = [];
  for (const story of only ? [] : scan.stories) {
    const entry = validate<StoryData>(story.file, schemas.story);
    if (!entry.data || !entry.raw || !entry.source) continue;
    const relFile = rel(story.file);
    issues.push(...(await checkImages(entry.raw, ['cover'], entry.source, relFile, story.file, path.dirname(story.file))));
    issues.push(...checkStoryReferences(entry.data, entry.source, relFile, scan, rel(path.join(contentDir, 'cooperatives'))));
    stories.push({ id: story.slug, file: story.file, raw: entry.raw, data: entry.data, body: entry.body, draft: story.draft });
  }

  return { site, cooperatives, products, stories, issues: sortIssues(issues), fileCount };
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');
