/**
 * Reads one content file and validates its front matter against a schema, turning every problem
 * into an `Issue` with the line and column of the offending key.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { formatPath, problemsFromIssue, type IssueContext } from '../errors/zod-issues.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { makeIssue, START, type Issue } from './issues.ts';

export interface ValidatedEntry<T> {
  /** The front matter as written (strings, blanks removed): what Astro's schema re-parses. */
  raw: Record<string, unknown> | undefined;
  /** Validated data, when there was no error. */
  data: T | undefined;
  body: string;
  bodyLine: number;
  source: ParsedSource | undefined;
  issues: Issue[];
}

/** Reads a file as UTF-8, refusing one saved in a legacy Vietnamese code page (the text would be garbled). */
export function readText(file: string): string | undefined {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function validateFile<S extends z.ZodType>(
  file: string,
  relFile: string,
  schema: S,
  options: IssueContext & { yamlOnly?: boolean },
): ValidatedEntry<z.output<S>> {
  const text = readText(file);
  if (text === undefined) {
    return {
      raw: undefined,
      data: undefined,
      body: '',
      bodyLine: 1,
      source: undefined,
      issues: [makeIssue('error', relFile, START, '', 'file.encoding')],
    };
  }
  const source = parseSource(text, options);
  const issues = source.issues.map((i) => makeIssue('error', relFile, i, '', i.key, i.params));
  for (const { path, removed, after } of source.cleaned) {
    issues.push(
      makeIssue('warning', relFile, source.locate(path), formatPath(path), 'text.invisible', { chars: removed.join(', '), after }),
    );
  }
  if (source.bodyCleaned) {
    const { line, removed, after } = source.bodyCleaned;
    issues.push(makeIssue('warning', relFile, { line, column: 1 }, '', 'body.invisible', { chars: removed.join(', '), after }));
  }
  const base = { raw: source.data, body: source.body, bodyLine: source.bodyLine, source };
  if (!source.data) return { ...base, data: undefined, issues };
  const result = schema.safeParse(source.data);
  if (result.success) return { ...base, data: result.data, issues };
  for (const zodIssue of result.error.issues) {
    for (const problem of problemsFromIssue(zodIssue, source.data, schema, options)) {
      issues.push(makeIssue('error', relFile, source.locate(problem.path), formatPath(problem.path), problem.key, problem.params));
    }
  }
  return { ...base, data: undefined, issues };
}
