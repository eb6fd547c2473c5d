/**
 * What the check needs from a language: the sentence of every message key, the report's own
 * words, and the other names people write for fields. `src/i18n/check.vi.ts` provides the
 * Vietnamese ones; this folder holds no words of its own.
 */
import type { CheckMessageKey } from '../../i18n/check.vi.ts';

export type { CheckMessageKey };

/** The collections whose files the check reads. */
export type Collection = 'site' | 'cooperative' | 'product' | 'story';

export interface ReportWords {
  error: string;
  warning: string;
  summary: (errors: number, warnings: number, files: number) => string;
  allGood: (files: number) => string;
  moreWarnings: (n: number) => string;
  refused: (errors: number) => string;
}

export interface CheckWords {
  /** The sentence for each message key, given the values found. */
  messages: Readonly<Record<CheckMessageKey, (params: Record<string, unknown>) => string>>;
  report: ReportWords;
  /** Other names people write for a field, folded to ASCII (`gia`), and the field meant (`price`). */
  aliases: Readonly<Record<string, string>>;
}
