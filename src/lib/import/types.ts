/**
 * Shapes shared by the spreadsheet import: the sheet as read, the vocabulary it is read with
 * (given by `src/i18n/import.vi.ts`, so this folder holds no words), messages by key.
 */
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import type { ProducerType } from '../../schemas/producer-type.ts';

/** The columns the import understands. */
export const FIELDS = [
  'index',
  'product',
  'producer',
  'type',
  'address',
  'commune',
  'district',
  'province',
  'stars',
  'group',
  'decision',
  'date',
  'year',
  'issuer',
] as const;

/** One column's meaning. */
export type Field = (typeof FIELDS)[number];

/** One row of a sheet: its cells as cleaned text, numbered as the sheet numbers it. */
export interface SheetRow {
  /** 1-based row number in the sheet (the CSV record number for a CSV file). */
  row: number;
  /** Cell texts, cleaned (invisible characters, spaces, look-alike letters); `''` for an empty cell. */
  cells: string[];
  /** True when every filled cell of the row is one merged range (a title or section over the columns). */
  merged?: boolean;
}

/** A whole sheet as read. */
export interface Sheet {
  /** Worksheet name (the file name for a CSV). */
  name: string;
  /** Every row, blank ones included, in order. */
  rows: SheetRow[];
}

/** A legal form written at the start of a producer's name: `HTX`, `Công ty TNHH` … */
export interface LegalForm {
  /** Ways people write it, with or without tones (`Hợp tác xã`, `HTX`, `H.T.X`). */
  written: readonly string[];
  /** The producer type it says. */
  type: ProducerType;
  /** How the canonical name writes it; `undefined` keeps it as written (`Hộ ông`). */
  canonical?: string | undefined;
}

/** The Vietnamese the import reads, as people write it. */
export interface ImportVocabulary {
  /** Column names per field, with or without tones. The first is the name used in messages. */
  columns: Readonly<Record<Field, readonly string[]>>;
  /** Short names valid only under a merged parent header (`Số`, `Ngày` under `Quyết định`). */
  subColumns: Readonly<Partial<Record<Field, readonly string[]>>>;
  /** Legal forms, longest first within a family. */
  legalForms: readonly LegalForm[];
  /** Upper-case abbreviations right after a legal form and what they stand for (`NN` → `Nông nghiệp`). */
  abbreviations: Readonly<Record<string, string>>;
  /** Vietnamese family names: a producer named like a person is a household (`ho`). */
  surnames: readonly string[];
  /** Words opening a total line (`Tổng cộng`, `Cộng`). */
  totals: readonly string[];
  /** The star unit (`sao`). */
  starUnit: string;
  /** Star counts written as words (`bốn sao`). */
  starWords: Readonly<Record<string, 3 | 4 | 5>>;
  /** Results that are not a recognition (`Không đạt`). */
  notRecognised: readonly string[];
  /** Words saying a date is not known (`chưa rõ`). */
  unknownDate: readonly string[];
  /** Words of a written-out date: `ngày 10 tháng 10 năm 2022`. */
  dateWords: { day: string; month: string; year: string };
  /** How an issuer starts (`UBND`, `Ủy ban nhân dân`, `Thủ tướng Chính phủ`). */
  issuerStarts: readonly string[];
  /** Words after which an issuer's name has ended (`về`, `ngày`). */
  issuerStops: readonly string[];
  /** Words of product names per group, for proposing a group. */
  groupKeywords: Readonly<Record<OcopGroup, readonly string[]>>;
  /** Names of each group as a group column or a section row writes them. */
  groupNames: Readonly<Record<OcopGroup, readonly string[]>>;
  /** Words that make a one-cell row a group section (`Nhóm`, `Bộ sản phẩm`). */
  groupSectionWords: readonly string[];
  /** What `issuedOn` says when the date is not known, as the schema reads it (`chưa rõ`). */
  unknownDateValue: string;
}

/** The words written into new files. */
export interface ImportTemplateWords {
  /** Comment lines at the top of a new product file (without `# `). */
  productHeader: readonly string[];
  /** Comment lines at the top of a new cooperative profile. */
  coopHeader: readonly string[];
  /** Comment above `group:` when the group was proposed from the name. */
  groupGuessed: string;
  /** Body of a new product file. */
  productBody: string;
  /** Body of a new profile. */
  coopBody: string;
  /** The commune written when the sheet gives none (the schema requires one). */
  unknownCommune: string;
}

/** Keys of what the report says about a row: why it was skipped, what to know, what needs a person. */
export type RowMessageKey =
  | 'skip.total'
  | 'skip.section'
  | 'skip.header'
  | 'skip.numbering'
  | 'skip.note'
  | 'skip.noProduct'
  | 'skip.noProducer'
  | 'skip.noStars'
  | 'skip.badStars'
  | 'skip.notRecognised'
  | 'skip.duplicate'
  | 'skip.noProvince'
  | 'skip.noName'
  | 'skip.unreadable'
  | 'info.filledDown'
  | 'info.context'
  | 'info.existingCoop'
  | 'info.newCoop'
  | 'info.matchedByName'
  | 'info.keptDate'
  | 'person.groupGuessed'
  | 'person.groupDefault'
  | 'person.groupUnknown'
  | 'person.dateUnknown'
  | 'person.dateYearOnly'
  | 'person.dateInvalid'
  | 'person.communeAmbiguous'
  | 'person.communeSplit'
  | 'person.communeUnknown'
  | 'person.communeMissing'
  | 'person.provinceGuessed'
  | 'person.typeUnknown'
  | 'person.otherAddress'
  | 'person.expired';

/** One thing the report says about a row. */
export interface RowMessage {
  /** What it is; the prefix says its level (`skip.`, `info.`, `person.` needs a person). */
  key: RowMessageKey;
  /** The values the sentence names. */
  params: Record<string, unknown>;
}

/** Keys of problems that stop the import before anything is written. */
export type ImportErrorKey =
  | 'file.notFound'
  | 'file.unsupported'
  | 'file.legacyXls'
  | 'file.encrypted'
  | 'file.corrupt'
  | 'sheet.notFound'
  | 'sheet.empty'
  | 'sheet.noRows'
  | 'columns.missing'
  | 'map.invalid'
  | 'province.unknown'
  | 'manifest.invalid';

/** A problem that stops the import; worded by the caller from its key. */
export class ImportError extends Error {
  /** What went wrong. */
  readonly key: ImportErrorKey;
  /** The values the sentence names. */
  readonly params: Record<string, unknown>;
  constructor(key: ImportErrorKey, params: Record<string, unknown> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.key = key;
    this.params = params;
  }
}
