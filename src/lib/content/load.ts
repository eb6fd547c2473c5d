/**
 * Loads and checks the whole catalog: the one code path behind both `npm run check` and the build.
 * Every file of every collection goes through the same steps (schema, images, the rules beyond the
 * schema), and every problem in every file is collected, never only the first, with its position.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { contentSchemas as schemas } from '../../schemas/collections.ts';
import type { CooperativeData } from '../../schemas/cooperative.ts';
import type { ProductData } from '../../schemas/product.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { StoryData } from '../../schemas/story.ts';
import { SYNONYMS_FILE, synonymsSchema } from '../../schemas/synonyms.ts';
import { validateFile, type ValidatedEntry } from './entry.ts';
import { makeIssue, sortIssues, START, wordIssues, type Issue } from './issues.ts';
import { checkBody, checkImages, cooperativeRules, productRules, type RuleContext } from './rules.ts';
import { scanCatalog } from './scan.ts';
import { checkStoryReferences } from './stories.ts';
import type { CheckWords, Collection } from './words.ts';

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
  /** The language messages are written in (`checkWords` of `src/i18n/check.vi.ts`). */
  words: CheckWords;
  /** Check only files under these paths (cooperatives' folders, or single files). */
  only?: string | readonly string[] | undefined;
}

/** One file to check: which collection, its id, the folder its images must stay in. */
interface Target {
  id: string;
  file: string;
  ownerDir: string;
  draft: boolean;
}

/** How a collection's files are checked. */
interface CollectionCheck<T> {
  collection: Collection;
  schema: z.ZodType<T>;
  /** Front-matter fields holding images. */
  imageFields: readonly string[];
  /** Whether the Markdown body is checked (cooperative bodies; staff stories are MDX). */
  body: boolean;
  /** Checks beyond the schema, on valid data. */
  rules?: (data: T, context: RuleContext) => Issue[];
}

export async function loadCatalog(options: LoadOptions): Promise<LoadedCatalog> {
  const { root, today, words } = options;
  const contentDir = path.resolve(root, options.contentDir);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const onlyList = (typeof options.only === 'string' ? [options.only] : (options.only ?? [])).map((p) => path.resolve(root, p));
  const only = onlyList.length > 0 ? onlyList : undefined;
  const selected = (file: string) => !only || only.some((o) => file === o || file.startsWith(o + path.sep));
  const scan = scanCatalog(root, contentDir);
  const issues: Issue[] = scan.issues.filter((i) => selected(path.resolve(root, i.file)));
  let fileCount = 0;

  /** Schema, body, images and rules of one file; the entry when its front matter is valid. */
  async function check<T>(spec: CollectionCheck<T>, target: Target): Promise<CatalogEntry<T> | undefined> {
    fileCount++;
    const relFile = rel(target.file);
    const entry = validateFile(target.file, relFile, spec.schema, { collection: spec.collection, words }) as ValidatedEntry<T>;
    issues.push(...entry.issues);
    const { raw, source, data } = entry;
    if (spec.body && source) issues.push(...(await checkBody(entry, relFile, target.file, target.ownerDir)));
    if (raw && source) issues.push(...(await checkImages(raw, spec.imageFields, source, relFile, target.file, target.ownerDir)));
    if (!data || !raw || !source) return undefined;
    if (spec.rules) issues.push(...spec.rules(data, { raw, source, relFile, today, scan, contentDir: rel(contentDir) }));
    return { id: target.id, file: target.file, raw, data, body: entry.body, draft: target.draft };
  }
  const checkAll = async <T>(spec: CollectionCheck<T>, targets: readonly Target[]) => {
    const entries: CatalogEntry<T>[] = [];
    for (const target of targets) {
      const entry = await check(spec, target);
      if (entry) entries.push(entry);
    }
    return entries;
  };

  let site: CatalogEntry<SiteConfig> | undefined;
  const siteFile = path.join(contentDir, 'site.yaml');
  if (!only) {
    if (existsSync(siteFile)) {
      fileCount++;
      const entry = validateFile(siteFile, rel(siteFile), schemas.site, { collection: 'site', words, yamlOnly: true });
      issues.push(...entry.issues);
      if (entry.data && entry.raw) site = { id: 'site', file: siteFile, raw: entry.raw, data: entry.data, body: '', draft: false };
    } else issues.push(makeIssue('error', rel(siteFile), START, '', 'site.missing'));
    // The search's synonym dictionary is optional: the project's default applies without it.
    const synonymsFile = path.join(contentDir, SYNONYMS_FILE);
    if (existsSync(synonymsFile)) {
      fileCount++;
      issues.push(...validateFile(synonymsFile, rel(synonymsFile), synonymsSchema, { collection: 'site', words, yamlOnly: true }).issues);
    }
  }

  const cooperatives = await checkAll<CooperativeData>(
    { collection: 'cooperative', schema: schemas.cooperative, imageFields: ['logo', 'cover'], body: true, rules: cooperativeRules },
    scan.cooperatives.filter((c) => selected(c.file)).map((c) => ({ id: c.slug, file: c.file, ownerDir: c.dir, draft: c.draft })),
  );
  const products = await checkAll<ProductData>(
    { collection: 'product', schema: schemas.product, imageFields: ['images'], body: true, rules: productRules },
    scan.products.filter((p) => selected(p.file)).map((p) => ({ id: p.id, file: p.file, ownerDir: p.coopDir, draft: p.draft })),
  );
  const stories = await checkAll<StoryData>(
    { collection: 'story', schema: schemas.story, imageFields: ['cover'], body: false, rules: checkStoryReferences },
    (only ? [] : scan.stories).map((s) => ({ id: s.slug, file: s.file, ownerDir: path.dirname(s.file), draft: s.draft })),
  );

  return { site, cooperatives, products, stories, issues: wordIssues(sortIssues(issues), words), fileCount };
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');
