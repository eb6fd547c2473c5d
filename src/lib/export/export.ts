/**
 * `npm run export`'s work: loads the catalog the way the build does (the same check), builds the
 * catalog view for the build date, and writes its products and certificates to a workbook.
 */
import { loadCatalog } from '../content/load.ts';
import type { CheckWords } from '../content/words.ts';
import { buildCatalogView } from '../catalog/view.ts';
import { exportTables, type ExportWords } from './rows.ts';
import { writeWorkbook } from './workbook.ts';

/** What to export, where to, and in which words. */
export interface ExportOptions {
  /** Project root. */
  root: string;
  /** Catalog folder (`CATALOG_DIR`). */
  contentDir: string;
  /** The day statuses are computed for, `YYYY-MM-DD`. */
  today: string;
  /** The workbook to write. */
  file: string;
  /** The site's address, for the product pages' links. */
  siteUrl: string;
  /** The check's words (loading checks every file). */
  checkWords: CheckWords;
  /** The words the workbook is written in (`exportWords`). */
  words: ExportWords;
}

/** What the export wrote, and how many files it left out because the check refuses them. */
export interface ExportSummary {
  /** Product rows written. */
  products: number;
  /** Certificate rows written. */
  certificates: number;
  /** Files with an error: not in the workbook (as not on the site). */
  refused: string[];
}

/** Writes the catalog's products and certificates to `options.file`. */
export async function exportCatalog(options: ExportOptions): Promise<ExportSummary> {
  const catalog = await loadCatalog({
    root: options.root,
    contentDir: options.contentDir,
    today: options.today,
    words: options.checkWords,
  });
  const published = <T extends { draft: boolean }>(entries: readonly T[]) => entries.filter((e) => !e.draft);
  const view = buildCatalogView(published(catalog.cooperatives), published(catalog.products), options.today);
  const tables = exportTables(view, options.words, options.siteUrl);
  await writeWorkbook(options.file, tables);
  const refused = [...new Set(catalog.issues.filter((i) => i.severity === 'error').map((i) => i.file))];
  return { products: tables[0]!.rows.length, certificates: tables[1]!.rows.length, refused };
}
