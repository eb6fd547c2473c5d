/**
 * `npm run import`'s work: reads a province's OCOP list (`.xlsx` or `.csv`), finds its header and
 * rows, and turns every product row into a product file under its producer's folder, then records
 * what it made in the manifest. Everything is read and decided before anything is written: bad
 * input (an unreadable file, a sheet without the columns it needs) writes nothing.
 */
import { existsSync } from 'node:fs';
import { resolveProvince } from '../admin/index.ts';
import { readCatalog } from './catalog.ts';
import { fold } from './cells.ts';
import { findHeader, parseMapping, type Header } from './header.ts';
import { manifestPath, manifestText, readManifest } from './manifest.ts';
import { planImport } from './plan.ts';
import { isEmpty, readSheets } from './read-sheet.ts';
import type { ImportReport } from './report.ts';
import { readLines, titleContext } from './rows.ts';
import { ImportError, type Field, type ImportTemplateWords, type ImportVocabulary, type Sheet } from './types.ts';
import { writeAll, writeAtomic } from './write.ts';

/** What to import, where, and with which words. */
export interface ImportOptions {
  /** The sheet file. */
  file: string;
  /** Absolute catalog folder (`CATALOG_DIR`). */
  contentDir: string;
  /** `YYYY-MM-DD`: `added` of new files, and the day "expired" is measured against. */
  today: string;
  /** Decide and report, write nothing. */
  dryRun?: boolean | undefined;
  /** Worksheet name or 1-based number; default: the first with a header. */
  sheet?: string | undefined;
  /** Province of rows that name none; default: the one `site.yaml` names. */
  province?: string | undefined;
  /** Header text → field (`--map`, `--map-file`). */
  mapping?: Readonly<Record<string, unknown>> | undefined;
  /** The words sheets are written in (`importVocabulary`). */
  vocabulary: ImportVocabulary;
  /** The words new files are written with (`importTemplates`). */
  templates: ImportTemplateWords;
}

/** The worksheets to look for a header in: the one asked for, or all. */
function candidates(sheets: readonly Sheet[], wanted: string | undefined): Sheet[] {
  if (wanted === undefined) return [...sheets];
  const byNumber = /^\d+$/.test(wanted.trim()) ? sheets[Number(wanted) - 1] : undefined;
  const found = byNumber ?? sheets.find((s) => fold(s.name) === fold(wanted));
  if (!found) throw new ImportError('sheet.notFound', { sheet: wanted, sheets: sheets.map((s) => s.name) });
  return [found];
}

/** The first worksheet with a header, and that header. */
function pick(sheets: readonly Sheet[], options: ImportOptions): { sheet: Sheet; header: Header } {
  const mapping = parseMapping(options.mapping ?? {}, options.vocabulary);
  let first: unknown;
  for (const sheet of candidates(sheets, options.sheet)) {
    if (isEmpty([sheet])) continue;
    try {
      return { sheet, header: findHeader(sheet.rows, options.vocabulary, mapping) };
    } catch (error) {
      first ??= error;
    }
  }
  throw first ?? new ImportError('sheet.empty');
}

/** Imports a sheet into the catalog (or, with `dryRun`, only says what it would do). */
export async function importSheet(options: ImportOptions): Promise<ImportReport> {
  const { vocabulary } = options;
  const sheets = await readSheets(options.file);
  if (isEmpty(sheets)) throw new ImportError('sheet.empty');
  const { sheet, header } = pick(sheets, options);
  const titleRows = sheet.rows.slice(0, header.start - header.rows.length);
  const lines = readLines(sheet.rows.slice(header.start), header, vocabulary, titleContext(titleRows, vocabulary));
  if (!lines.some((l) => l.kind === 'data')) throw new ImportError('sheet.noRows', { header: header.rows[0] });
  if (header.columns.stars === undefined && !lines.some((l) => l.kind === 'data' && l.context.stars)) {
    throw new ImportError('columns.missing', { found: header.names.filter(Boolean), needed: [vocabulary.columns.stars[0]] });
  }
  if (options.province !== undefined && !resolveProvince(options.province)) {
    throw new ImportError('province.unknown', { province: options.province });
  }
  const state = readCatalog(options.contentDir, vocabulary);
  const manifest = readManifest(options.contentDir);
  const plan = planImport({
    state,
    manifest,
    lines,
    vocabulary,
    templates: options.templates,
    today: options.today,
    province: options.province ?? state.siteProvince,
  });
  if (!options.dryRun) {
    writeAll(plan.writes);
    const listed = Object.keys(plan.manifest.listings).length > 0;
    if (listed || existsSync(manifestPath(options.contentDir))) writeAtomic(manifestPath(options.contentDir), manifestText(plan.manifest));
  }
  const fieldAt = new Map((Object.entries(header.columns) as Array<[Field, number]>).map(([f, c]) => [c, f]));
  return {
    file: options.file,
    sheet: sheet.name,
    headerRows: header.rows,
    columns: header.names.flatMap((name, i) => (name ? [{ name, field: fieldAt.get(i) }] : [])),
    dryRun: !!options.dryRun,
    rows: plan.rows,
    notInSheet: plan.notInSheet,
  };
}
