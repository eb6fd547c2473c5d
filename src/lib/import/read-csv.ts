/**
 * A CSV sheet as rows of cells. Offices save CSV from Excel in whatever their Windows writes:
 * UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), UTF-8 without one, Windows-1258 (Excel's
 * plain "CSV" on a Vietnamese Windows, with tones as combining marks), or UTF-16 ("Unicode text",
 * tab-separated); and a comma, a semicolon (Vietnamese regional settings use `,` as the decimal
 * mark, so Excel separates with `;`) or a tab between cells. Each record is one sheet row, so the
 * row numbers are the sheet's even when a cell holds a line break.
 */
import { parse } from 'csv-parse/sync';
import { cleanCell } from './cells.ts';
import type { Sheet } from './types.ts';

/** The text of the file in the encoding it was saved in. */
export function decodeCsv(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the Vietnamese ANSI code page is the only other encoding Excel writes here.
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

const CANDIDATES = [',', ';', '\t'] as const;

/** How often `delimiter` occurs outside quotes on each of the first lines. */
function counts(lines: readonly string[], delimiter: string): number[] {
  return lines.map((line) => {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) n++;
    }
    return n;
  });
}

/**
 * The delimiter most lines agree on: the one whose most common count per line (not zero) is shared
 * by the most lines. An address with commas in a `;` file does not win, as its count varies.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: { delimiter: string; agree: number; mode: number } = { delimiter: ',', agree: 0, mode: 0 };
  for (const delimiter of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const n of counts(lines, delimiter)) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [mode, agree] of tally) {
      if (agree > best.agree || (agree === best.agree && mode > best.mode)) best = { delimiter, agree, mode };
    }
  }
  return best.delimiter;
}

/** Reads a CSV file into one sheet named after the file. */
export function readCsv(bytes: Uint8Array, name: string): Sheet {
  const text = decodeCsv(bytes).normalize('NFC');
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  return { name, rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map(cleanCell) })) };
}
