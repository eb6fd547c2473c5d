/**
 * Finds the header row under the title rows of a sheet and what each column means.
 *
 * Each of the first rows is scored by how many of its cells name a known column (names folded, so
 * `Ten san pham` is `Tên sản phẩm`): exactly, at the start (`Tên sản phẩm OCOP`) or inside
 * (`Địa chỉ chủ thể`), the closest match winning. The header is the best-scoring row that names
 * both the product and the producer. A two-row header (`Quyết định công nhận` merged over `Số` and
 * `Ngày`) is read as one when the row below holds only column names: its short names are read
 * under their parent, and a parent merged over several columns covers each of them.
 */
import { fold, hasWords, startsWithWords } from './cells.ts';
import { FIELDS, ImportError, type Field, type ImportVocabulary, type SheetRow } from './types.ts';

/** The header found. */
export interface Header {
  /** Sheet row numbers of the header: one, or two for a two-row header. */
  rows: number[];
  /** Index in the sheet's rows of the first row below the header. */
  start: number;
  /** The column of each field found. */
  columns: Partial<Record<Field, number>>;
  /** Each column's name as written (`Quyết định công nhận / Số` for a two-row header). */
  names: string[];
  /** The header row's own cells, to recognise it when a later page repeats it. */
  cells: string[];
}

/** Header texts (folded) a person mapped to a field with `--map` or a map file. */
export type Mapping = ReadonlyMap<string, Field>;

/** How many rows from the top may hold titles before the header. */
const SEARCH_ROWS = 30;

interface Match {
  field: Field;
  /** 9 mapped, 3 exact, 2 at the start, 1 inside. */
  quality: number;
  length: number;
}

/** The field a column name means, if any. */
export function matchColumn(text: string, vocabulary: ImportVocabulary, mapping: Mapping, sub = false): Match | undefined {
  const name = fold(text);
  if (!name) return undefined;
  const mapped = mapping.get(name);
  if (mapped) return { field: mapped, quality: 9, length: name.length };
  let best: Match | undefined;
  const consider = (field: Field, alias: string, exactOnly: boolean) => {
    const a = fold(alias);
    const quality = name === a ? 3 : exactOnly ? 0 : startsWithWords(name, a) ? 2 : hasWords(name, a) ? 1 : 0;
    if (quality && (!best || quality > best.quality || (quality === best.quality && a.length > best.length)))
      best = { field, quality, length: a.length };
  };
  for (const field of FIELDS) {
    for (const alias of vocabulary.columns[field]) consider(field, alias, false);
    if (sub) for (const alias of vocabulary.subColumns[field] ?? []) consider(field, alias, true);
  }
  return best;
}

/** Gives each field its best column, each column at most one field. */
function assign(matches: ReadonlyArray<Match | undefined>): Partial<Record<Field, number>> {
  const ranked = matches
    .flatMap((m, column) => (m ? [{ ...m, column }] : []))
    .sort((a, b) => b.quality - a.quality || b.length - a.length || a.column - b.column);
  const columns: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  for (const m of ranked) {
    if (columns[m.field] !== undefined || used.has(m.column)) continue;
    columns[m.field] = m.column;
    used.add(m.column);
  }
  return columns;
}

const width = (...rows: SheetRow[]) => Math.max(...rows.map((r) => r.cells.length));

/** One-row reading of a header row. */
function single(row: SheetRow, vocabulary: ImportVocabulary, mapping: Mapping) {
  const names = row.cells.slice();
  return { names, columns: assign(names.map((n) => matchColumn(n, vocabulary, mapping))) };
}

/** Two-row reading, when the row below holds only column names (or the same text, merged down). */
function double(top: SheetRow, below: SheetRow, vocabulary: ImportVocabulary, mapping: Mapping) {
  if (!below.cells.some((cell, c) => cell !== '' && cell !== (top.cells[c] ?? ''))) return undefined;
  const n = width(top, below);
  const parents: string[] = [];
  const names: string[] = [];
  const matches: Array<Match | undefined> = [];
  for (let c = 0; c < n; c++) {
    const upper = top.cells[c] ?? '';
    const lower = below.cells[c] ?? '';
    const sub = lower !== '' && lower !== upper;
    if (sub && !matchColumn(lower, vocabulary, mapping, true)) return undefined;
    // A parent merged across columns is written once in a CSV: it covers the sub-columns to its right.
    const parent = upper || (sub && c > 0 && (below.cells[c - 1] ?? '') !== '' ? (parents[c - 1] ?? '') : '');
    parents.push(parent);
    names.push(sub ? [parent, lower].filter(Boolean).join(' / ') : parent || lower);
    matches.push(matchColumn(sub ? lower : parent || lower, vocabulary, mapping, sub));
  }
  return { names, columns: assign(matches) };
}

const complete = (columns: Partial<Record<Field, number>>) => columns.product !== undefined && columns.producer !== undefined;
const score = (columns: Partial<Record<Field, number>>) => Object.keys(columns).length;

/** The header of a sheet, or an error naming the columns found and those needed. */
export function findHeader(rows: readonly SheetRow[], vocabulary: ImportVocabulary, mapping: Mapping): Header {
  let best: Header | undefined;
  let closest: { names: string[]; score: number } | undefined;
  const limit = Math.min(rows.length, SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    if (row.cells.every((c) => c === '')) continue;
    const one = single(row, vocabulary, mapping);
    const next = rows[i + 1];
    const two = next ? double(row, next, vocabulary, mapping) : undefined;
    // The top row of a two-row header names columns itself; a title row above a header does not.
    const useTwo = !!two && score(one.columns) >= 2 && complete(two.columns) && score(two.columns) > score(one.columns);
    const reading = useTwo ? two : one;
    if (!closest || score(one.columns) > closest.score) closest = { names: row.cells.filter(Boolean), score: score(one.columns) };
    if (!complete(reading.columns)) continue;
    if (best && score(reading.columns) <= score(best.columns)) continue;
    best = {
      rows: useTwo ? [row.row, next!.row] : [row.row],
      start: i + (useTwo ? 2 : 1),
      columns: reading.columns,
      names: reading.names,
      cells: row.cells.slice(),
    };
  }
  if (best) return best;
  const found = closest?.names ?? [];
  const seen = closest ? single({ row: 0, cells: found }, vocabulary, mapping).columns : {};
  const needed = (['product', 'producer'] as const).filter((f) => seen[f] === undefined);
  throw new ImportError('columns.missing', { found, needed: needed.map((f) => vocabulary.columns[f][0]) });
}

/** Reads `Tên hàng=product, Doanh nghiệp=producer` (field keys or any of a field's own names). */
export function parseMapping(entries: Readonly<Record<string, unknown>>, vocabulary: ImportVocabulary): Mapping {
  const mapping = new Map<string, Field>();
  for (const [column, meant] of Object.entries(entries)) {
    if (typeof meant !== 'string') throw new ImportError('map.invalid', { entry: `${column}=${String(meant)}`, fields: [...FIELDS] });
    const key = fold(meant);
    const field = FIELDS.find((f) => f === meant.trim()) ?? FIELDS.find((f) => vocabulary.columns[f].some((alias) => fold(alias) === key));
    if (!field || !fold(column)) throw new ImportError('map.invalid', { entry: `${column}=${meant}`, fields: [...FIELDS] });
    mapping.set(fold(column), field);
  }
  return mapping;
}

/** The `--map` option's text as entries: `A=b, C=d`. */
export function mappingEntries(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const part of text.split(/[,;]/)) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new ImportError('map.invalid', { entry: part.trim(), fields: [...FIELDS] });
    entries[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return entries;
}
