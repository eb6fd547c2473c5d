/**
 * The check's report: one line per problem, sorted by file, `path:line:column` first so editors and
 * terminals make it clickable; then a summary. Also as JSON for CI annotations.
 */
import type { Issue } from './issues.ts';
import type { ReportWords } from './words.ts';

const paint = (code: number, text: string, color: boolean) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatReport(
  issues: readonly Issue[],
  fileCount: number,
  reportWords: ReportWords,
  options: { color?: boolean; maxWarnings?: number } = {},
): string {
  const color = options.color ?? false;
  const maxWarnings = options.maxWarnings ?? Infinity;
  let warningsShown = 0;
  const shown = issues.filter((i) => i.severity === 'error' || warningsShown++ < maxWarnings);
  const lines = shown.map((issue) => {
    const where = `${issue.file}:${issue.line}:${issue.column}`;
    const severity = issue.severity === 'error' ? paint(31, reportWords.error, color) : paint(33, reportWords.warning, color);
    const field = issue.field ? `${paint(1, issue.field, color)}: ` : '';
    return `${paint(36, where, color)}  ${severity}  ${field}${issue.message}`;
  });
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const files = new Set(issues.map((i) => i.file)).size;
  if (shown.length < issues.length) lines.push(reportWords.moreWarnings(issues.length - shown.length));
  lines.push('', issues.length === 0 ? reportWords.allGood(fileCount) : reportWords.summary(errors, warnings, files));
  return lines.join('\n');
}

/** For CI: the issues as a JSON array, with `code` (the message key) for tools to match on. */
export function formatJson(issues: readonly Issue[]): string {
  return JSON.stringify(
    issues.map(({ key, params: _params, ...rest }) => ({ ...rest, code: key })),
    null,
    2,
  );
}
