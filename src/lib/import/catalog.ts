/**
 * The catalog as the import finds it: which cooperative folders exist, whose names they hold (read
 * as producers, so `Hợp tác xã Kẹo dừa X` written by hand is the sheet's `HTX Kẹo dừa X`), their
 * products, and the province `site.yaml` names, for sheets without a province column.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveProvince } from '../admin/index.ts';
import { readText } from '../content/entry.ts';
import { parseSource } from '../content/frontmatter.ts';
import { scanCatalog, type ScannedProduct } from '../content/scan.ts';
import { fold } from './cells.ts';
import { readProducer } from './producer.ts';
import type { ImportVocabulary } from './types.ts';

/** A cooperative folder already in the catalog. */
export interface ExistingCoop {
  /** Folder name under `cooperatives/`. */
  folder: string;
  /** Absolute path of its `index.md`. */
  file: string;
  /** Its producer key, when its name reads as one. */
  key?: string | undefined;
  /** Its products: absolute file, slug, folded name. */
  products: Array<{ file: string; slug: string; name: string }>;
}

/** What the import reads of the catalog. */
export interface CatalogState {
  /** Absolute catalog folder. */
  contentDir: string;
  /** By folder name. */
  coops: Map<string, ExistingCoop>;
  /** Folder by producer key. */
  byKey: Map<string, string>;
  /** The one province `site.yaml`'s `region` names, if it names exactly one. */
  siteProvince?: string | undefined;
}

/** Front matter of a file as data, or undefined when unreadable. */
export function frontMatterOf(file: string): Record<string, unknown> | undefined {
  const text = readText(file);
  return text === undefined ? undefined : parseSource(text).data;
}

/** The province a site's region names: `Tỉnh An Giang`, `Huyện Châu Phú, tỉnh An Giang`; not a list of several. */
function provinceOfRegion(region: unknown): string | undefined {
  if (typeof region !== 'string' || !region.trim()) return undefined;
  if (resolveProvince(region)) return region;
  const parts = region
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const provinces = parts.filter((p) => resolveProvince(p));
  return provinces.length === 1 && provinces[0] === parts.at(-1) ? provinces[0] : undefined;
}

/** Reads the catalog's folders and names. */
export function readCatalog(contentDir: string, vocabulary: ImportVocabulary): CatalogState {
  const scan = scanCatalog(contentDir, contentDir);
  const productsBy = new Map<string, ScannedProduct[]>();
  for (const p of scan.products) productsBy.set(p.coop, [...(productsBy.get(p.coop) ?? []), p]);
  const coops = new Map<string, ExistingCoop>();
  const byKey = new Map<string, string>();
  for (const coop of scan.cooperatives) {
    const folder = path.basename(coop.dir);
    const data = frontMatterOf(coop.file);
    const name = typeof data?.['name'] === 'string' ? data['name'] : '';
    const type = typeof data?.['type'] === 'string' ? data['type'] : 'htx';
    const key = name ? readProducer(name, type, vocabulary)?.key : undefined;
    if (key && !byKey.has(key)) byKey.set(key, folder);
    const products = (productsBy.get(coop.slug) ?? []).map((p) => {
      const own = frontMatterOf(p.file)?.['name'];
      return { file: p.file, slug: p.slug, name: fold(typeof own === 'string' ? own : '') };
    });
    coops.set(folder, { folder, file: coop.file, key, products });
  }
  const siteFile = path.join(contentDir, 'site.yaml');
  const site = existsSync(siteFile) ? readText(siteFile) : undefined;
  const region = site === undefined ? undefined : parseSource(site, { yamlOnly: true }).data?.['region'];
  return { contentDir, coops, byKey, siteProvince: provinceOfRegion(region) };
}
