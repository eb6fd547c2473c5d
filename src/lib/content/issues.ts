/**
 * A problem in the content, as `npm run check` and the build report it. Every check (the schema,
 * the rules beyond it, the scan of folders) makes issues of this one shape, with a typed message
 * key and the values the message needs; `wordIssues` writes their sentences at the end.
 */
import type { CheckMessageKey, CheckWords } from './words.ts';

export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** File path relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** Field path such as `ocop.stars` or `certifications[1].validUntil`; empty for a whole file. */
  field: string;
  /** Message key, stable for tools and tests. */
  key: CheckMessageKey;
  /** What the message says about (the value written, a suggestion …). */
  params: Record<string, unknown>;
  /** The message, once worded (`wordIssues`). */
  message: string;
}

export function makeIssue(
  severity: Severity,
  file: string,
  position: { line: number; column: number },
  field: string,
  key: CheckMessageKey,
  params: Record<string, unknown> = {},
): Issue {
  return { severity, file, line: position.line, column: position.column, field, key, params, message: '' };
}

/** The issues with their sentences in the given language. */
export function wordIssues(issues: readonly Issue[], words: CheckWords): Issue[] {
  return issues.map((issue) => ({ ...issue, message: words.messages[issue.key](issue.params) }));
}

export const START = { line: 1, column: 1 } as const;

/** Sorted by file, then position, so a report reads top to bottom through each file. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}
