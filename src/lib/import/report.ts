/**
 * What an import did, row by row with the sheet's row numbers, as a structure: the Vietnamese
 * report (`src/i18n/import.vi.ts`) and `--json` are both made from it.
 */
import type { Field, RowMessage } from './types.ts';

/** What happened to a row. */
export type RowStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

/** One non-blank row below the header. */
export interface RowResult {
  /** Sheet row number. */
  row: number;
  /** What happened to it. */
  status: RowStatus;
  /** Absolute path of the product file the row maps to (written when created or updated). */
  file?: string | undefined;
  /** Product name as the sheet gives it. */
  product?: string | undefined;
  /** Producer name, legal form written out. */
  producer?: string | undefined;
  /** Why it was skipped, what to know, what needs a person. */
  messages: RowMessage[];
}

/** A listing an earlier import made that this sheet no longer has: kept, never deleted. */
export interface NotInSheet {
  /** Absolute path of its file. */
  file: string;
  /** Product name as the earlier sheet gave it. */
  product: string;
  /** Producer name as the earlier sheet gave it. */
  producer: string;
  /** Whether the file is still there (staff may have removed it by hand). */
  exists: boolean;
}

/** The whole import. */
export interface ImportReport {
  /** The sheet file read. */
  file: string;
  /** Worksheet name (the file name for a CSV). */
  sheet: string;
  /** Sheet row numbers of the header. */
  headerRows: number[];
  /** Every header column: its name, and the field it was read as (none: not used). */
  columns: Array<{ name: string; field?: Field | undefined }>;
  /** Nothing was written. */
  dryRun: boolean;
  /** Every non-blank row below the header. */
  rows: RowResult[];
  /** Listings of earlier imports this sheet no longer has. */
  notInSheet: NotInSheet[];
}

/** Whether a person should look at the row. */
export const needsPerson = (row: RowResult) => row.messages.some((m) => m.key.startsWith('person.'));

/** How many rows had each outcome, and how many need a person. */
export function summarise(report: ImportReport): Record<RowStatus | 'person', number> {
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, person: 0 };
  for (const row of report.rows) {
    counts[row.status]++;
    if (needsPerson(row)) counts.person++;
  }
  return counts;
}

/** The `--json` object: `rows` (each with `file` when one was written) and `notInSheet`. */
export function reportJson(report: ImportReport, word: (m: RowMessage) => string, show: (file: string) => string) {
  return {
    rows: report.rows.map((r) => ({
      row: r.row,
      status: r.status,
      ...(r.file && (r.status === 'created' || r.status === 'updated') ? { file: show(r.file) } : {}),
      ...(r.product !== undefined ? { product: r.product } : {}),
      ...(r.producer !== undefined ? { producer: r.producer } : {}),
      messages: r.messages.map(word),
    })),
    notInSheet: report.notInSheet.map((n) => ({ file: show(n.file), product: n.product, producer: n.producer })),
  };
}
