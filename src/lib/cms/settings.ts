/**
 * What the build knows that the form's configuration needs: the catalog's folder and cooperatives,
 * the site's address, the GitHub repository, and the words (`src/i18n`). `adminFile` puts them
 * through the pure builders (`./config.ts`, `./shape.ts`); nothing here lists a field.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adminWords } from '../../i18n/admin.vi.ts';
import { fieldWordsAt } from '../../i18n/fields.vi.ts';
import { contentSchemas, fieldTrees } from '../../schemas/collections.ts';
import { parseSource } from '../content/frontmatter.ts';
import { scanCatalog } from '../content/scan.ts';
import type { CooperativeFolder } from './collections.ts';
import { cmsConfig, type BackendSettings } from './config.ts';
import type { FieldContext, FormWords } from './fields.ts';
import { rulesOf } from './rules.ts';
import type { AdminFile } from './runtime.ts';
import { shapesOf } from './shape.ts';

/** The field both schemas date an entry's joining the catalog with (`src/i18n/templates.vi.ts` fills it the same way). */
const JOINED = 'added';

export interface AdminSettings {
  /** The repository's root, which Decap's paths start from. */
  root: string;
  /** The catalog's folder (`content`, or `CATALOG_DIR`), from `root` or absolute. */
  contentDir: string;
  siteUrl: string;
  backend: BackendSettings;
}

/** `owner/name` of a GitHub remote URL (`git@github.com:o/n.git`, `https://github.com/o/n`). */
export function githubRepo(url: string): string | undefined {
  return /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(url.trim())?.[1];
}

/**
 * The backend from the environment: `CMS_REPO` (`owner/name`), else GitHub Actions'
 * `GITHUB_REPOSITORY`, else the `origin` remote; `CMS_BRANCH` (default `main`); `CMS_AUTH_URL`.
 */
export function backendFromEnv(root: string, env: Record<string, string | undefined> = process.env): BackendSettings {
  let origin = '';
  try {
    origin = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    // Not a clone, or no remote: only the local proxy will work.
  }
  const repo = env['CMS_REPO']?.trim() || env['GITHUB_REPOSITORY']?.trim() || githubRepo(origin);
  return { repo, branch: env['CMS_BRANCH']?.trim() || 'main', authUrl: env['CMS_AUTH_URL']?.trim() || undefined };
}

/** The catalog's cooperatives, each named as its profile writes it (its folder when unreadable). */
function cooperativeFolders(root: string, contentDir: string): CooperativeFolder[] {
  const seen = new Set<string>();
  return scanCatalog(root, contentDir).cooperatives.flatMap((coop) => {
    // Two folders with one slug are an error of the check; the form offers the first.
    if (seen.has(coop.slug)) return [];
    seen.add(coop.slug);
    const name = parseSource(readFileSync(coop.file, 'utf8')).data?.['name'];
    return [{ folder: path.basename(coop.dir), slug: coop.slug, name: typeof name === 'string' ? name : coop.slug }];
  });
}

function formWords(collection: 'cooperative' | 'product'): FormWords {
  return {
    field: (p) => fieldWordsAt(collection, p),
    formHint: (p) => adminWords.formHints[[collection, ...p].join('.')],
    option: adminWords.option,
    month: adminWords.month,
    pattern: adminWords.patterns,
    tooLong: adminWords.tooLong,
  };
}

/** The catalog's folder relative to the repository, or undefined when it lies outside (the form edits the repository's files). */
export function catalogPath(settings: AdminSettings): string | undefined {
  const contentPath = path.relative(settings.root, path.resolve(settings.root, settings.contentDir)).split(path.sep).join('/');
  return contentPath.startsWith('..') || path.isAbsolute(contentPath) ? undefined : contentPath;
}

/** `/admin/config.json` for a catalog. */
export function adminFile(settings: AdminSettings): AdminFile {
  const contentDir = path.resolve(settings.root, settings.contentDir);
  const contentPath = catalogPath(settings);
  if (contentPath === undefined) {
    throw new Error(`cms: the catalog (${contentDir}) must be inside the repository (${settings.root}) for the form to reach it`);
  }
  const context = (collection: 'cooperative' | 'product'): FieldContext => ({
    words: formWords(collection),
    rules: rulesOf(contentSchemas[collection]),
    // A new entry is dated the day it is made, as `npm run new`'s templates date it.
    initial: { [JOINED]: '{{now}}' },
  });
  const config = cmsConfig({
    contentPath,
    cooperatives: cooperativeFolders(settings.root, contentDir),
    trees: fieldTrees,
    context: { cooperative: context('cooperative'), product: context('product') },
    words: adminWords.collections,
    backend: settings.backend,
    siteUrl: settings.siteUrl,
    commitMessages: adminWords.commitMessages,
  });
  return { config, shapes: { cooperative: shapesOf(fieldTrees.cooperative), product: shapesOf(fieldTrees.product) } };
}
