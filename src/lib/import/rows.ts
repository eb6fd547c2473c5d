/**
 * What each row below the header is. Besides the products: blank rows (not reported), total lines
 * (`Tổng cộng: 152 sản phẩm`), the header repeated at the top of a printed page, the column
 * numbering row official tables put under the header (`(1) (2) (3)`), and rows with one text
 * (a merged title, or a CSV's first cell): a section (`I. SẢN PHẨM 4 SAO`, `Nhóm thực phẩm`, a
 * decision) whose stars, group or decision the rows below take when their own cells are empty,
 * or a note. A title above the header that names a decision (`Kèm theo Quyết định số …`) is the
 * decision of every row that names none.
 *
 * A product row with an empty producer continues the row above: Excel saves a producer merged over
 * several rows into a CSV once, with blanks below, so the producer and its address are taken from
 * the last product row, and the CSV reads as its workbook does.
 */
import { fold, startsWithWords } from './cells.ts';
import { readDecision, type DecisionReading } from './decision.ts';
import { groupTitle } from './group.ts';
import type { Header } from './header.ts';
import { starsInTitle } from './stars.ts';
import type { Field, ImportVocabulary, SheetRow } from './types.ts';
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import type { Stars } from '../../schemas/ocop-stars.ts';

/** A value a section or title gives the rows below it, with the row that gave it. */
export interface FromRow<T> {
  /** The value. */
  value: T;
  /** The sheet row that gave it. */
  row: number;
}

/** What sections and titles give the rows below them. */
export interface Context {
  /** Stars of a section (`I. SẢN PHẨM 4 SAO`). */
  stars?: FromRow<Stars>;
  /** Group of a section (`Nhóm thực phẩm`). */
  group?: FromRow<OcopGroup>;
  /** Decision of a section or of the title (`Kèm theo Quyết định số …`). */
  decision?: FromRow<DecisionReading>;
}

/** A row below the header, read. */
export interface SheetLine {
  /** Sheet row number. */
  row: number;
  /** What the row is. */
  kind: 'data' | 'total' | 'section' | 'header' | 'numbering' | 'note';
  /** A product row's cells by field. */
  values: Partial<Record<Field, string>>;
  /** The sections' and titles' values in force. */
  context: Context;
  /** The row the producer and address were taken from, when this row left them blank. */
  filledFrom?: number;
  /** The row's text, for the report of a row that is not a product. */
  text: string;
  /** What a section row gives the rows below it. */
  gives?: Context;
}

/** Cells that continue the producer of the row above when a product row leaves them blank. */
const PRODUCER_FIELDS: readonly Field[] = ['producer', 'type', 'address', 'commune', 'district', 'province'];
/** `I`, `II`, `a`, `1`, `1.`: an enumeration in the index column, not a title's text. */
const ENUMERATION = /^(?:[IVXLC]+|[a-zA-Z]|\d+)[.)]?$/;

/** What a title or section row gives the rows below it; undefined when nothing. */
function sectionContext(text: string, row: SheetRow, vocabulary: ImportVocabulary, withGroup: boolean): Context | undefined {
  const context: Context = {};
  const stars = starsInTitle(text, vocabulary);
  if (stars) context.stars = { value: stars, row: row.row };
  const group = withGroup ? groupTitle(text, vocabulary, !!row.merged) : undefined;
  if (group) context.group = { value: group, row: row.row };
  const decision = readDecision(text, vocabulary);
  if (decision.decision || (decision.when && 'date' in decision.when)) context.decision = { value: decision, row: row.row };
  return Object.keys(context).length ? context : undefined;
}

/** The decision and stars the title rows above the header give every row. */
export function titleContext(rows: readonly SheetRow[], vocabulary: ImportVocabulary): Context {
  let context: Context = {};
  for (const row of rows) {
    const text = [...new Set(row.cells.filter(Boolean))].join(' ');
    if (text) context = { ...context, ...sectionContext(text, row, vocabulary, false) };
  }
  return context;
}

function isTotal(text: string, vocabulary: ImportVocabulary): boolean {
  const folded = fold(text);
  return vocabulary.totals.some((word) => {
    const w = fold(word);
    return folded === w || (startsWithWords(folded, w) && (w.includes('-') || /^\d/.test(folded.slice(w.length + 1))));
  });
}

/** Reads the rows below the header. */
export function readLines(rows: readonly SheetRow[], header: Header, vocabulary: ImportVocabulary, title: Context): SheetLine[] {
  const lines: SheetLine[] = [];
  const columns = Object.entries(header.columns) as Array<[Field, number]>;
  const headerCells = header.cells.map((c) => fold(c));
  let context: Context = { ...title };
  let last: SheetLine | undefined;
  for (const row of rows) {
    const filled = row.cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    const values: Partial<Record<Field, string>> = {};
    for (const [field, column] of columns) if (row.cells[column]) values[field] = row.cells[column];
    const line: SheetLine = { row: row.row, kind: 'data', values, context, text: [...new Set(filled)].join(' | ') };
    const index = header.columns.index;
    const meaningful = row.cells.filter((c, i) => c !== '' && !(i === index && ENUMERATION.test(c)));
    const distinct = [...new Set(meaningful)];
    if (filled.slice(0, 2).some((c) => isTotal(c, vocabulary))) {
      line.kind = 'total';
      context = { ...title };
      last = undefined;
    } else if (row.cells.filter((c, i) => c !== '' && fold(c) === headerCells[i]).length >= 2) line.kind = 'header';
    else if (filled.length >= 3 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c))) line.kind = 'numbering';
    else if (distinct.length <= 1) {
      const section = distinct[0] ? sectionContext(distinct[0], row, vocabulary, true) : undefined;
      if (section) {
        line.kind = 'section';
        line.gives = section;
        context = { ...context, ...section };
      } else if (!(values.product && !values.producer && last)) line.kind = 'note';
    }
    if (line.kind === 'data') {
      if (!values.producer && last) {
        for (const field of PRODUCER_FIELDS) if (!values[field] && last.values[field]) values[field] = last.values[field];
        line.filledFrom = last.filledFrom ?? last.row;
      }
      last = line;
    }
    lines.push(line);
  }
  return lines;
}
