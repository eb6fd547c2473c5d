/**
 * Finds the catalog's files: cooperative folders, their product files, stories. Decides slugs and
 * drafts; reports layout mistakes (a missing index.md, an .mdx file, two files with one URL).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { slugFromFileName } from '../slug.ts';
import { makeIssue, START, type Issue } from './issues.ts';

export interface ScannedCooperative {
  slug: string;
  /** Absolute path of the cooperative's folder. */
  dir: string;
  /** Absolute path of `index.md`. */
  file: string;
  draft: boolean;
}

export interface ScannedProduct {
  coop: string;
  slug: string;
  /** `<coop>/<product>`, unique in the catalog. */
  id: string;
  file: string;
  /** Folder of the cooperative that owns it: images must stay inside. */
  coopDir: string;
  draft: boolean;
}

export interface ScannedStory {
  slug: string;
  file: string;
  draft: boolean;
}

export interface Scan {
  cooperatives: ScannedCooperative[];
  products: ScannedProduct[];
  stories: ScannedStory[];
  issues: Issue[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const isDraft = (name: string) => name.startsWith('_');
const hidden = (name: string) => name.startsWith('.') || /^readme(\.md)?$/i.test(name);
const list = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => !hidden(n))
        .sort()
    : [];
const isDir = (p: string) => statSync(p).isDirectory();

/** A listing page URL (`/hop-tac-xa/trang-2/`) that a folder must not take. */
export const RESERVED_SLUG = /^trang-\d+$/;

export function scanCatalog(root: string, contentDir: string): Scan {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const issues: Issue[] = [];
  const error = (file: string, key: Parameters<typeof makeIssue>[4], params: Record<string, unknown> = {}) =>
    issues.push(makeIssue('error', rel(file), START, '', key, params));
  const cooperatives: ScannedCooperative[] = [];
  const products: ScannedProduct[] = [];
  const coopBase = path.join(contentDir, 'cooperatives');

  for (const folder of list(coopBase)) {
    const dir = path.join(coopBase, folder);
    if (!isDir(dir)) {
      issues.push(makeIssue('warning', rel(dir), START, '', 'file.stray'));
      continue;
    }
    const slug = slugFromFileName(folder);
    const draft = isDraft(folder);
    const entries = list(dir);
    const index = entries.find((n) => /^index\.(md|markdown)$/i.test(n));
    if (entries.some((n) => /\.mdx$/i.test(n)))
      error(
        path.join(
          dir,
          entries.find((n) => /\.mdx$/i.test(n))!,
        ),
        'file.mdx',
      );
    if (!slug) error(dir, 'slug.empty', { value: folder });
    else if (RESERVED_SLUG.test(slug)) error(dir, 'slug.reserved', { value: folder });
    if (!index) {
      if (!entries.some((n) => /\.mdx$/i.test(n))) error(dir, 'coop.missingIndex');
      continue;
    }
    for (const stray of entries.filter((n) => MARKDOWN.test(n) && n !== index)) {
      issues.push(makeIssue('warning', rel(path.join(dir, stray)), START, '', 'file.stray'));
    }
    cooperatives.push({ slug, dir, file: path.join(dir, index), draft });

    const productDir = path.join(dir, 'products');
    for (const name of existsSync(productDir) && isDir(productDir) ? list(productDir) : []) {
      const full = path.join(productDir, name);
      let file: string | undefined;
      if (/\.mdx$/i.test(name)) error(full, 'file.mdx');
      else if (MARKDOWN.test(name)) file = full;
      else if (isDir(full)) {
        const inner = list(full);
        const innerIndex = inner.find((n) => /^index\.(md|markdown)$/i.test(n));
        if (innerIndex) file = path.join(full, innerIndex);
        else if (inner.some((n) => /\.mdx$/i.test(n)))
          error(
            path.join(
              full,
              inner.find((n) => /\.mdx$/i.test(n))!,
            ),
            'file.mdx',
          );
      }
      if (!file) continue;
      const productSlug = slugFromFileName(name);
      if (!productSlug) error(file, 'slug.empty', { value: name });
      products.push({ coop: slug, slug: productSlug, id: `${slug}/${productSlug}`, file, coopDir: dir, draft: draft || isDraft(name) });
    }
  }

  // Two published folders or files that fold to one URL: the second would silently replace the first.
  const seenCoops = new Map<string, ScannedCooperative>();
  for (const coop of cooperatives.filter((c) => !c.draft && c.slug)) {
    const other = seenCoops.get(coop.slug);
    if (other) error(coop.dir, 'slug.duplicateCoop', { other: rel(other.dir), slug: coop.slug });
    else seenCoops.set(coop.slug, coop);
  }
  const seenProducts = new Map<string, ScannedProduct>();
  for (const product of products.filter((p) => !p.draft && p.slug)) {
    const other = seenProducts.get(product.id);
    if (other) error(product.file, 'slug.duplicateProduct', { other: rel(other.file), coop: product.coop, slug: product.slug });
    else seenProducts.set(product.id, product);
  }

  const stories: ScannedStory[] = [];
  const storyBase = path.join(contentDir, 'stories');
  for (const name of list(storyBase)) {
    const full = path.join(storyBase, name);
    let file: string | undefined;
    if (/\.mdx?$/i.test(name)) file = full;
    else if (isDir(full)) {
      const inner = list(full).find((n) => /^index\.mdx?$/i.test(n));
      if (inner) file = path.join(full, inner);
    }
    if (!file) continue;
    const slug = slugFromFileName(name.replace(/\.mdx$/i, ''));
    if (!slug) error(file, 'slug.empty', { value: name });
    else if (RESERVED_SLUG.test(slug)) error(file, 'slug.reserved', { value: name });
    stories.push({ slug, file, draft: isDraft(name) });
  }
  return { cooperatives, products, stories, issues };
}
