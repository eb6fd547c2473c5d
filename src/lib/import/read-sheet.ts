/**
 * Reads a spreadsheet file, `.xlsx` or `.csv`, into sheets of cleaned cell texts. What the file is
 * comes from its first bytes, then its name: an `.xlsx` renamed `.xls` still reads, and a `.csv`
 * that is really a workbook is read as one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { ImportError, type Sheet } from './types.ts';

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);

/** Every sheet of the file. */
export async function readSheets(file: string): Promise<Sheet[]> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ImportError('file.notFound', { file });
  const ext = path.extname(file).toLowerCase();
  const bytes = new Uint8Array(readFileSync(file));
  // `PK` opens a zip (an .xlsx), `D0 CF` an OLE container (an encrypted workbook or an old .xls).
  const workbook = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (ext === '.ods' || ext === '.numbers') throw new ImportError('file.unsupported', { file, ext });
  if (WORKBOOK_EXTENSIONS.has(ext) || workbook) return readXlsx(bytes);
  if (TEXT_EXTENSIONS.has(ext)) return [readCsv(bytes, path.basename(file))];
  throw new ImportError('file.unsupported', { file, ext });
}

/** Whether a cell says nothing: no letter, no digit (a stray `;`, `-` or space). */
const blank = (cell: string) => !/[\p{L}\p{N}]/u.test(cell);

/** Whether every row of every sheet is blank. */
export const isEmpty = (sheets: readonly Sheet[]) => sheets.every((s) => s.rows.every((r) => r.cells.every(blank)));
