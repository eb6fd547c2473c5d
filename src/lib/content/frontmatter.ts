/**
 * Splits a Markdown file into front matter and body, parses the front matter with line positions,
 * and finds the line of any field path, so every problem can be reported as `file:line:column`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { CheckMessageKey } from './words.ts';
import { cleanLine, removeInvisible } from '../text/clean.ts';

export interface Position {
  line: number;
  column: number;
}

/** A problem found before schema validation (syntax, layout). */
export interface SyntaxIssue extends Position {
  key: CheckMessageKey;
  params?: Record<string, unknown>;
}

export interface ParsedSource {
  /** Front matter as data, every scalar a string, blank values removed; undefined when unreadable. */
  data: Record<string, unknown> | undefined;
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
  issues: SyntaxIssue[];
  /** Values from which invisible or control characters were removed, for the check's warnings. */
  cleaned: Array<{ path: Array<string | number>; removed: string[]; after: string }>;
  /** The same for the body: the file line of the first character removed. */
  bodyCleaned?: { line: number; removed: string[]; after: string } | undefined;
  /** Position of a field path such as `['ocop', 'stars']`, falling back to its nearest parent. */
  locate(path: readonly PropertyKey[]): Position;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

const isEmptyMap = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * Cleans every value (invisible and control characters removed, white space collapsed: see
 * `lib/text/clean.ts`), then drops blank values from maps, and maps left empty, so a template line
 * left blank means "not set" (`geo:` with blank `lat:` and `lng:` is no position, not a wrong one).
 * Lists keep their items so indexes still match the file's lines.
 */
function tidy(value: unknown, path: Array<string | number>, cleaned: ParsedSource['cleaned']): unknown {
  if (typeof value === 'string') {
    const { text, removed, after } = cleanLine(value);
    if (removed.length > 0) cleaned.push({ path, removed, after });
    return text;
  }
  if (Array.isArray(value)) return value.map((item, i) => tidy(item, [...path, i], cleaned));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = tidy(v, [...path, k], cleaned);
      if (kept === '' || kept === null || kept === undefined || isEmptyMap(kept)) continue;
      out[k] = kept;
    }
    return out;
  }
  return value;
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): { node: Node | null; keyNode?: Node } {
  let node = doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      if (node === null) break;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment] as Node;
      keyNode = undefined;
    } else {
      break;
    }
  }
  return keyNode ? { node, keyNode } : { node };
}

/** Parses a whole `.md` file (or a bare YAML file when `yamlOnly`). */
export function parseSource(text: string, options: { yamlOnly?: boolean } = {}): ParsedSource {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  let yamlText: string;
  let yamlFirstLine: number; // file line of the YAML's first line
  let body = '';
  let bodyLine = 1;
  const issues: SyntaxIssue[] = [];
  if (options.yamlOnly) {
    yamlText = source;
    yamlFirstLine = 1;
  } else {
    if (!OPEN.test(lines[0] ?? '')) {
      return {
        data: undefined,
        body: source,
        bodyLine: 1,
        issues: [{ key: 'frontmatter.missing', line: 1, column: 1 }],
        cleaned: [],
        locate: () => ({ line: 1, column: 1 }),
      };
    }
    const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
    if (end === -1) {
      return {
        data: undefined,
        body: '',
        bodyLine: lines.length,
        issues: [{ key: 'frontmatter.unclosed', line: 1, column: 1 }],
        cleaned: [],
        locate: () => ({ line: 1, column: 1 }),
      };
    }
    yamlText = lines.slice(1, end).join('\n');
    yamlFirstLine = 2;
    bodyLine = end + 2;
    body = lines.slice(end + 1).join('\n');
  }
  const cleanBody = removeInvisible(body);
  let bodyCleaned: ParsedSource['bodyCleaned'];
  if (cleanBody.removed.length > 0) {
    const firstDirty = body.split('\n').findIndex((line) => removeInvisible(line).removed.length > 0);
    bodyCleaned = { line: bodyLine + Math.max(firstDirty, 0), removed: cleanBody.removed, after: cleanBody.after };
  }
  body = cleanBody.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlFirstLine - 1, column: col };
  };
  const yamlLines = yamlText.split('\n');
  for (const error of doc.errors) {
    const pos = at(error.pos[0]);
    const lineText = yamlLines[pos.line - yamlFirstLine] ?? '';
    if (error.code === 'DUPLICATE_KEY') {
      issues.push({ key: 'yaml.duplicateKey', ...pos, params: { key: /^\s*([^:#]+?)\s*:/.exec(lineText)?.[1] ?? '' } });
    } else if (error.code === 'TAB_AS_INDENT') {
      issues.push({ key: 'yaml.tab', ...pos });
    } else {
      const noSpace = /^\s*[\p{L}\w-]+:[^\s/]/u.test(lineText);
      issues.push({ key: 'yaml.syntax', ...pos, params: { hint: noSpace ? 'NO_SPACE' : error.code } });
    }
  }
  const locate = (path: readonly PropertyKey[]): Position => {
    const { node, keyNode } = nodeAt(doc, path);
    const target = keyNode ?? node;
    return target?.range ? at(target.range[0]) : { line: yamlFirstLine, column: 1 };
  };
  let data: Record<string, unknown> | undefined;
  const cleaned: ParsedSource['cleaned'] = [];
  if (issues.length === 0) {
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = tidy(value, [], cleaned) as Record<string, unknown>;
    else {
      const noSpace = /^\s*[\p{L}\w-]+:\S/u.test(yamlLines[0] ?? '');
      issues.push(
        noSpace
          ? { key: 'yaml.syntax', line: yamlFirstLine, column: 1, params: { hint: 'NO_SPACE' } }
          : { key: 'frontmatter.notMap', line: yamlFirstLine, column: 1 },
      );
    }
  }
  return { data, body, bodyLine, issues, cleaned, bodyCleaned, locate };
}
