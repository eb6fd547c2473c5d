/**
 * Writes export tables as an `.xlsx` workbook staff open in Excel: the header row bold and frozen,
 * a filter on every column, widths that fit the text. Text is written as text cells (never as a
 * formula, whatever it starts with), days as Excel dates shown `dd/mm/yyyy`, numbers as numbers.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExportCell, ExportTable } from './rows.ts';

/** Widest a column grows to, in characters. */
const MAX_WIDTH = 60;

/** A cell's value as exceljs stores it. */
function value(cell: ExportCell): ExcelJS.CellValue {
  if (cell === undefined) return null;
  if (typeof cell === 'object') {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return cell;
}

/** How wide a cell's text is, in characters. */
const textWidth = (cell: ExportCell) => (cell === undefined ? 0 : typeof cell === 'object' ? 10 : String(cell).length);

function addTable(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.headings);
  header.font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(value));
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      if (typeof cell === 'object') target.numFmt = 'dd/mm/yyyy';
      // A string is a shared-string cell, never a formula; '@' keeps it text when someone edits it.
      else if (typeof cell === 'string') target.numFmt = '@';
    });
  }
  table.headings.forEach((heading, i) => {
    const widest = Math.max(heading.length, ...table.rows.map((r) => textWidth(r[i])));
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, widest + 2);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headings.length } };
}

/** Writes the tables, one worksheet each, to `file`. */
export async function writeWorkbook(file: string, tables: readonly ExportTable[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) addTable(workbook, table);
  mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
