/**
 * Reads the demo content's front matter (with the project's own parser) and lists every local image
 * it refers to, with what the caption needs: the product's name, the cooperative's name and address,
 * the story's title. Product images are relative to the product file, a cooperative's logo and cover
 * to its index.md, a story's cover to the story file.
 */
import { demoImages as w } from '../../src/i18n/scripts.vi.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkMessages } from '../../src/i18n/check.vi.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { isRemote, resolveImage } from '../../src/lib/content/images.ts';
import { scanCatalog } from '../../src/lib/content/scan.ts';
import type { Kind } from './types.ts';

/** A cooperative as its captions see it. */
export interface Cooperative {
  /** Full name, e.g. `Hợp tác xã Kẹo dừa Định Thủy`. */
  name: string;
  /** Commune or ward as written, e.g. `Xã Định Thủy`. */
  commune: string | undefined;
  /** Pre-2025 district as written, e.g. `Huyện Mỏ Cày Nam`. */
  district: string | undefined;
  /** Province as written, old or new name. */
  province: string | undefined;
}

/** One place the front matter names an image. */
export type Reference =
  | {
      /** Used as a product photo. */
      kind: 'product';
      /** Path under content/ of the file that names it. */
      from: string;
      /** The product's name. */
      product: string;
      /** Its cooperative. */
      coop: Cooperative;
    }
  | {
      /** Used as a cooperative's cover or logo. */
      kind: 'cover' | 'logo';
      /** Path under content/ of the file that names it. */
      from: string;
      /** The cooperative. */
      coop: Cooperative;
    }
  | {
      /** Used as a story's cover. */
      kind: 'story';
      /** Path under content/ of the file that names it. */
      from: string;
      /** The story's title. */
      title: string;
      /** The cooperatives the story is about, in its order. */
      coops: Cooperative[];
    };

/** What the content says about its images. */
export interface ContentImages {
  /** Path under content/ → every reference to it, in file order. */
  references: Map<string, Reference[]>;
  /** Files that could not be read, or lack a name or title, as messages ready to print. */
  problems: string[];
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
/** An image field's file: the string itself, or `src` of `{ src, alt }`. */
const imageSrc = (value: unknown) => str(value) ?? str(record(value)['src']);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Every local image the catalog under `contentDir` names in `images`, `logo` or `cover`. */
export function readContentImages(root: string, contentDir: string): ContentImages {
  const references = new Map<string, Reference[]>();
  const problems: string[] = [];
  const rel = (file: string) => path.relative(contentDir, file).split(path.sep).join('/');

  const frontMatter = (file: string): Record<string, unknown> | undefined => {
    const parsed = parseSource(readFileSync(file, 'utf8'));
    const [issue] = parsed.issues;
    if (issue) problems.push(`content/${rel(file)}:${issue.line}:${issue.column}: ${checkMessages[issue.key](issue.params ?? {})}`);
    return issue ? undefined : parsed.data;
  };
  const required = (file: string, data: Record<string, unknown>, field: string): string => {
    const value = str(data[field]);
    if (value === undefined) problems.push(w.missingField(rel(file), field));
    return value ?? '';
  };
  const add = (value: unknown, file: string, reference: Reference) => {
    const src = imageSrc(value);
    if (src === undefined || isRemote(src)) return;
    const image = rel(resolveImage(src, file));
    references.set(image, [...(references.get(image) ?? []), reference]);
  };

  const scan = scanCatalog(root, contentDir);
  const coops = new Map<string, Cooperative>();
  for (const entry of scan.cooperatives) {
    const data = frontMatter(entry.file);
    if (!data) continue;
    const address = record(data['address']);
    const coop: Cooperative = {
      name: required(entry.file, data, 'name'),
      commune: str(address['commune']),
      district: str(address['district']),
      province: str(address['province']),
    };
    coops.set(entry.slug, coop);
    const from = rel(entry.file);
    add(data['cover'], entry.file, { kind: 'cover', from, coop });
    add(data['logo'], entry.file, { kind: 'logo', from, coop });
  }
  for (const entry of scan.products) {
    const data = frontMatter(entry.file);
    const coop = coops.get(entry.coop);
    if (!data || !coop) continue;
    const product = required(entry.file, data, 'name');
    for (const image of list(data['images'])) add(image, entry.file, { kind: 'product', from: rel(entry.file), product, coop });
  }
  for (const entry of scan.stories) {
    const data = frontMatter(entry.file);
    if (!data) continue;
    const about = list(data['cooperatives']).flatMap((slug) => coops.get(str(slug) ?? '') ?? []);
    add(data['cover'], entry.file, { kind: 'story', from: rel(entry.file), title: required(entry.file, data, 'title'), coops: about });
  }
  return { references, problems };
}

/** The reference whose use matches the table's kind for the image, if any. */
export function referenceOfKind(references: readonly Reference[], kind: Kind): Reference | undefined {
  return references.find((r) => r.kind === kind);
}
