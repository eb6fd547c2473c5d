/**
 * CSV files staff open in Excel: UTF-8 with a byte-order mark (without it Excel guesses a Windows
 * code page and garbles Vietnamese), Windows line ends, every cell quoted, and no text cell able
 * to start a formula (`./formula-safe.ts`). Every CSV the project writes goes through here.
 */
import { stringify } from 'csv-stringify/sync';
import { formulaSafeRows } from './formula-safe.ts';

export function spreadsheetCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify(formulaSafeRows(rows), {
    header: true,
    columns: [...columns],
    quoted: true,
    bom: true,
    record_delimiter: 'windows',
  });
}
