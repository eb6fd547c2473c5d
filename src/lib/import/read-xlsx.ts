/**
 * An `.xlsx` workbook as rows of cell texts, with exceljs. What a cell holds becomes the text a
 * person sees: rich text joined, a formula's result, a hyperlink's text, a date as `YYYY-MM-DD`.
 * A merged range gives its value to every cell it covers (exceljs reads the master's value), so a
 * producer merged over its five products is on each of their rows.
 *
 * A file that is not a zip is refused with the reason: an OLE container is either an encrypted
 * workbook (a password set in Excel wraps the zip in one, with an `EncryptionInfo` stream) or an
 * Excel 97–2003 `.xls`.
 */
import ExcelJS from 'exceljs';
import { cleanCell } from './cells.ts';
import { ImportError, type Sheet, type SheetRow } from './types.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether an OLE container holds an encrypted OOXML package (its stream names are UTF-16LE). */
function isEncrypted(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/** The text a person sees in a cell. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? null);
  return '';
}

/** A row's cells; `merged` when all its filled cells are one merged range across columns. */
function readRow(worksheet: ExcelJS.Worksheet, number: number, width: number): SheetRow {
  const row = worksheet.getRow(number);
  const cells: string[] = [];
  const masters = new Set<string>();
  let mergedCells = 0;
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    const text = cleanCell(cellText(cell.value));
    cells.push(text);
    if (text === '') continue;
    masters.add(cell.isMerged ? cell.master.address : cell.address);
    if (cell.isMerged) mergedCells++;
  }
  return mergedCells > 1 && masters.size === 1 ? { row: number, cells, merged: true } : { row: number, cells };
}

/** Reads every visible worksheet of an `.xlsx` file. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  if (startsWith(bytes, OLE)) throw new ImportError(isEncrypted(bytes) ? 'file.encrypted' : 'file.legacyXls');
  if (!startsWith(bytes, ZIP)) throw new ImportError('file.corrupt');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own `Buffer` (an ArrayBuffer): give it one.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ExcelJS.Buffer);
  } catch (error) {
    throw new ImportError('file.corrupt', { detail: (error as Error).message });
  }
  return workbook.worksheets
    .filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden')
    .map((ws) => {
      // Both are computed over every row on each read: read them once.
      const [height, width] = [ws.rowCount, ws.columnCount];
      const rows: SheetRow[] = [];
      for (let n = 1; n <= height; n++) rows.push(readRow(ws, n, width));
      return { name: ws.name, rows };
    });
}
