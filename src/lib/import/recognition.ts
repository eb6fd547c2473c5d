/**
 * What an existing product's `ocop` becomes when next year's sheet lists it. The sheet owns the
 * recognition (stars, decision, date, issuer); everything else in the file is the cooperative's.
 *
 * The same recognition (same decision number; or, without numbers, the same date or year; or, with
 * no date on one side, the same stars) is completed, never made vaguer: a day the file knows is
 * kept over the sheet's bare year or "not known", and what the sheet leaves out is kept. A new
 * recognition (another decision, another date, other stars) replaces the old one as a whole: what
 * belonged to the old decision (its number, issuer, a written `validUntil`) is cleared.
 */
import { fold } from './cells.ts';
import type { SheetRecognition } from './listing.ts';

/** The fields of `ocop` the import writes, in the order of the template. */
export const OCOP_FIELDS = ['stars', 'issuedOn', 'decision', 'issuer', 'validUntil'] as const;

/** `ocop` as text, each field absent when blank. */
export type OcopText = Partial<Record<(typeof OCOP_FIELDS)[number], string>>;

/** 3 a day, 2 a year, 1 written but not a date (`chưa rõ`), 0 absent. */
function precision(issuedOn: string | undefined): number {
  if (!issuedOn) return 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) return 3;
  return /^\d{4}$/.test(issuedOn) ? 2 : 1;
}

const yearOf = (issuedOn: string) => issuedOn.slice(0, 4);

/** Whether the file's recognition and the sheet's are one decision. */
function same(file: OcopText, sheet: OcopText): boolean {
  if (!file.stars) return false;
  if (file.decision && sheet.decision) return fold(file.decision) === fold(sheet.decision);
  const [a, b] = [precision(file.issuedOn), precision(sheet.issuedOn)];
  if (a === 3 && b === 3) return file.issuedOn === sheet.issuedOn;
  if (a >= 2 && b >= 2) return yearOf(file.issuedOn!) === yearOf(sheet.issuedOn!);
  return file.stars === sheet.stars;
}

/** The sheet's recognition as `ocop` text; `unknown` is what `issuedOn` says when the date is not known. */
export function sheetOcop(recognition: SheetRecognition, unknown: string): OcopText {
  const text: OcopText = {
    stars: String(recognition.stars),
    issuedOn: recognition.issuedOn === undefined ? unknown : String(recognition.issuedOn),
  };
  if (recognition.decision) text.decision = recognition.decision;
  if (recognition.issuer) text.issuer = recognition.issuer;
  return text;
}

/** The file's `ocop` after the sheet, and whether a more precise date of the file was kept. */
export function mergeOcop(file: OcopText | undefined, sheet: OcopText): { ocop: OcopText; keptDate: boolean } {
  if (!file || !same(file, sheet)) return { ocop: sheet, keptDate: false };
  const keptDate = precision(file.issuedOn) > precision(sheet.issuedOn);
  // What the sheet leaves out (a number, an issuer, a `validUntil`) the file keeps.
  return { ocop: { ...file, ...sheet, issuedOn: keptDate ? file.issuedOn! : sheet.issuedOn! }, keptDate };
}
