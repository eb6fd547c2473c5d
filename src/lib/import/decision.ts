/**
 * Recognition decisions as lists write them, in one cell or several:
 * `QĐ 2497/QĐ-UBND ngày 10/10/2022 (đợt 1 năm 2022)`, `Số 1587/QĐ-UBND, 10-3-2025`,
 * `2497/QĐ-UBND ngày 10 tháng 10 năm 2022 của UBND tỉnh An Giang`, a date cell, a year, nothing.
 * Out of it come the decision's number, its date or only its year, and its issuer when written.
 */
import { isIsoDate } from '../dates.ts';
import { fold } from './cells.ts';
import type { ImportVocabulary } from './types.ts';

/** A date as a cell gives it. */
export type DateReading = { date: string } | { year: number } | { unknown: true } | { invalid: string };

/** What a decision's cells say. */
export interface DecisionReading {
  /** Number as written, spaces removed: `2497/QĐ-UBND`. */
  decision?: string;
  /** The date, `YYYY-MM-DD`, or only its year. */
  when?: DateReading;
  /** `UBND tỉnh An Giang`, when written. */
  issuer?: string;
}

/** `2497/QĐ-UBND`, `123/2022/QĐ-UBND`, `45/QĐ - UBND`: digits, a slash, letters, hyphenated parts. */
const NUMBER = /\d+(?:\s*\/\s*\d{2,4})?\s*\/\s*\p{L}[\p{L}\d]*(?:\s*-\s*[\p{L}\d&]+)*/u;
const DAY_FIRST = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/** Day 1 of Excel's calendar is 1900-01-01; serials from 2000 to 2100 are dates a list could hold. */
const EXCEL_SERIAL = /^(\d{5})(?:\.\d+)?$/;

const pad = (n: string) => n.padStart(2, '0');

/** A valid day from its parts, reading `12/25/2022` month-first when day-first cannot be. */
function day(y: string, m: string, d: string): string | undefined {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (isIsoDate(iso)) return iso;
  const swapped = `${y}-${pad(d)}-${pad(m)}`;
  return isIsoDate(swapped) ? swapped : undefined;
}

/** `ngày 10 tháng 10 năm 2022`, folded, as a pattern: made once per vocabulary. */
const writtenDates = new WeakMap<ImportVocabulary, RegExp>();
function writtenDate(vocabulary: ImportVocabulary): RegExp {
  const w = vocabulary.dateWords;
  let pattern = writtenDates.get(vocabulary);
  if (!pattern) {
    pattern = new RegExp(`${fold(w.day)}-(\\d{1,2})-${fold(w.month)}-(\\d{1,2})-${fold(w.year)}-(\\d{4})`);
    writtenDates.set(vocabulary, pattern);
  }
  return pattern;
}

/** The first date written in a text, if any (and whether one was written but is not a real day). */
function findDate(text: string, vocabulary: ImportVocabulary): { date?: string; invalid?: string } {
  const iso = ISO.exec(text);
  if (iso) return isIsoDate(iso[0]) ? { date: iso[0] } : { invalid: iso[0] };
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const date = day(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
    return date ? { date } : { invalid: dayFirst[0] };
  }
  const words = writtenDate(vocabulary).exec(fold(text));
  if (words) {
    const date = day(words[3]!, words[2]!, words[1]!);
    return date ? { date } : { invalid: words[0] };
  }
  return {};
}

/** A date cell: an Excel date (read as `YYYY-MM-DD`), a serial number, a written date, a year, `chưa rõ`. */
export function readDate(text: string, vocabulary: ImportVocabulary): DateReading | undefined {
  const written = text.trim();
  if (!written) return undefined;
  if (vocabulary.unknownDate.some((w) => fold(w) === fold(written))) return { unknown: true };
  const serial = EXCEL_SERIAL.exec(written);
  if (serial && Number(serial[1]) >= 36526 && Number(serial[1]) <= 73051) {
    return { date: new Date(Date.UTC(1899, 11, 30) + Number(serial[1]) * 86_400_000).toISOString().slice(0, 10) };
  }
  const found = findDate(written, vocabulary);
  if (found.date) return { date: found.date };
  if (found.invalid) return { invalid: found.invalid };
  const year = YEAR.exec(written);
  return year ? { year: Number(year[1]) } : { invalid: written };
}

/** The issuer named in a decision's text: from `UBND`, `Ủy ban nhân dân`… to a stop word, a number or punctuation. */
function findIssuer(text: string, vocabulary: ImportVocabulary): string | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  const folded = tokens.map((t) => fold(t));
  const starts = vocabulary.issuerStarts.map((s) => fold(s).split('-'));
  const stops = new Set(vocabulary.issuerStops.map(fold));
  for (let i = 0; i < tokens.length; i++) {
    if (!starts.some((words) => words.every((w, k) => folded[i + k] === w))) continue;
    const kept: string[] = [];
    for (let k = i; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (k > i && (stops.has(folded[k]!) || /\d/.test(token))) break;
      const word = token.replace(/^[(["']+/, '');
      const cut = /[,;:()[\]]/.exec(word);
      kept.push(cut ? word.slice(0, cut.index) : word);
      if (cut) break;
    }
    const issuer = kept.join(' ').replace(/[.\s]+$/, '');
    if (issuer) return issuer;
  }
  return undefined;
}

/** Reads a decision's text: number, date (or year), issuer. */
export function readDecision(text: string, vocabulary: ImportVocabulary): DecisionReading {
  const written = text.trim();
  const reading: DecisionReading = {};
  if (!written) return reading;
  const number = NUMBER.exec(written);
  const rest = number ? written.replace(number[0], ' ') : written;
  if (number) reading.decision = number[0].replace(/\s+/g, '');
  else if (/^\d+$/.test(written) && !YEAR.test(written)) reading.decision = written;
  const found = findDate(rest, vocabulary);
  if (found.date) reading.when = { date: found.date };
  else {
    // A normative decision's number carries its year (`123/2022/QĐ-UBND`); a plain one's digits are not a year.
    const year = YEAR.exec(rest) ?? (number ? /\/\s*((?:19|20)\d{2})\s*\//.exec(number[0]) : null);
    if (found.invalid) reading.when = { invalid: found.invalid };
    else if (year) reading.when = { year: Number(year[1]) };
    else if (vocabulary.unknownDate.some((w) => fold(w) === fold(written))) reading.when = { unknown: true };
  }
  const issuer = findIssuer(rest, vocabulary);
  if (issuer) reading.issuer = issuer;
  return reading;
}
