/**
 * A problem in the content, as `npm run check` and the build report it.
 */
import { checkMessages, type CheckMessageKey } from '../../i18n/check.vi.ts';

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
  /** The message in Vietnamese. */
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
  return { severity, file, line: position.line, column: position.column, field, key, message: checkMessages[key](params) };
}

export const START = { line: 1, column: 1 } as const;

/** Sorted by file, then position, so a report reads top to bottom through each file. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}
