/**
 * Splits a Markdown file into front matter and body, parses the front matter with line positions,
 * and finds the line of any field path, so every problem can be reported as `file:line:column`.
 *
 * One mistake, one message: after a YAML slip (`name:Chè`, a Tab, an unclosed quote, a colon in a
 * value) the parser reports errors all the way down the file, none of them at the slip. So a slip
 * is recognised on its line, reported there with the line as it should read, mended in a copy, and
 * the copy parsed again to look for the next one; the parser's own errors are reported only when
 * no known slip explains them, and then only the first (see `findSlips`).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
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

/** Where the parser stopped understanding: a line of the YAML text (from 0) and a column (from 1). */
interface ParseError {
  line: number;
  column: number;
  code: string;
}

interface Reading {
  doc: Document;
  lineCounter: LineCounter;
  /** The earliest syntax error. A key written twice is not one: it never follows from another slip. */
  first: ParseError | undefined;
  duplicates: ParseError[];
}

function inspect(lines: readonly string[]): Reading {
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.join('\n'), { schema: 'failsafe', lineCounter, prettyErrors: false });
  const errorAt = (error: Document['errors'][number]): ParseError => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    // An error at the very end (an unclosed quote) is counted on the last line, not past it.
    return { line: Math.min(line - 1, Math.max(lines.length - 1, 0)), column: col, code: error.code };
  };
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map(errorAt);
  return { doc, lineCounter, first: syntax[0] && errorAt(syntax[0]), duplicates };
}

/** A slip found on one line of the YAML text, and the text with it mended. */
interface Slip {
  key: CheckMessageKey;
  line: number;
  column: number;
  params: Record<string, unknown>;
  mended: string[];
}

/** A key as people write them: `name`, `issuedOn`, `tu-khoa`, `giá`. */
const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_-]*`;
/** `key:value`: a colon right after a key that starts the line, no space after it (`https://…` is a value). */
const NO_SPACE = new RegExp(String.raw`^( *)((?:- +)?)(${KEY}):(?=[^\s/:])`, 'u');
/** `key: value`, the part before the value captured. */
const PAIR = new RegExp(String.raw`^( *(?:- +)?${KEY}: +)(\S.*)$`, 'u');
/** A value that starts with a quote or a bracket. */
const OPENER = new RegExp(String.raw`^( *(?:- +)?(?:${KEY}: +)?)(["'[{])`, 'u');
/** A line indented with a Tab (YAML allows only spaces there). */
const TABBED = /^ *\t/;
/** Neither blank nor a comment. */
const CONTENT = /^\s*[^\s#]/;
const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

const replaced = (lines: readonly string[], i: number, line: string) => lines.map((l, k) => (k === i ? line : l));

/** A line as a message quotes it: cut in the middle when long, so both its start and its end show. */
function shown(line: string): string {
  const chars = Array.from(line);
  return chars.length <= 72 ? line : `${chars.slice(0, 48).join('')}…${chars.slice(-20).join('')}`;
}

/** What must be added at the end of `text` (which starts with a quote or bracket) to close it, if anything. */
function closersNeeded(text: string): string {
  const open: string[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const top = open.at(-1);
    if (top === '"') {
      if (c === '\\') k++;
      else if (c === '"') open.pop();
    } else if (top === "'") {
      if (c === "'" && text[k + 1] === "'") k++;
      else if (c === "'") open.pop();
    } else if (c === '"' || c === "'") {
      // Inside [ ] or { }, a quote opens a value only at its start.
      if (k === 0 || /[[{,:]\s*$/.test(text.slice(0, k))) open.push(c);
    } else if (c === '[' || c === '{') open.push(c);
    else if (c === ']' || c === '}') open.pop();
    else if (c === '#' && /\s/.test(text[k - 1] ?? '')) break;
    if (open.length === 0) return '';
  }
  return open
    .reverse()
    .map((c) => CLOSERS[c])
    .join('');
}

type Detector = (lines: readonly string[], i: number) => Slip | undefined;

/**
 * Tabs in the indentation: one slip for the whole file, at the first tabbed line, naming the
 * others. The lines were tabbed by one habit or editor setting and are mended the same way, so a
 * message per line would repeat one fix (the old check gave 7 for one pasted block).
 */
const tab: Detector = (lines, i) => {
  const isTabbed = (l: string) => TABBED.test(l) && CONTENT.test(l);
  if (!isTabbed(lines[i]!)) return undefined;
  const untab = (l: string) => l.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '  '));
  const tabbed = lines.flatMap((l, k) => (k >= i && isTabbed(l) ? [k] : []));
  return {
    key: 'yaml.tab',
    line: i,
    column: 1,
    params: { others: tabbed.slice(1), fix: shown(untab(lines[i]!)) },
    mended: lines.map((l, k) => (tabbed.includes(k) ? untab(l) : l)),
  };
};

/** `name:Chè` → `name: Chè`. */
const noSpace: Detector = (lines, i) => {
  const line = lines[i]!;
  const m = NO_SPACE.exec(line);
  if (!m) return undefined;
  const fixed = `${line.slice(0, m[0].length)} ${line.slice(m[0].length)}`;
  return {
    key: 'yaml.noSpace',
    line: i,
    column: m[1]!.length + m[2]!.length + 1,
    params: { key: m[3], fix: shown(fixed.trimStart()) },
    mended: replaced(lines, i, fixed),
  };
};

/** `summary: "Chè ngon` → `summary: "Chè ngon"`, and the same for ', [ and {. */
const unclosed: Detector = (lines, i) => {
  const line = lines[i]!;
  const m = OPENER.exec(line);
  if (!m) return undefined;
  const start = m[1]!.length;
  const text = line.trimEnd();
  const close = closersNeeded(text.slice(start));
  if (!close) return undefined;
  let fixed = text + close;
  let column = start + 1;
  let open = m[2]!;
  // A quote left open inside brackets (`[{ alt: "Hũ mật }]`) was meant to end before them.
  if (close.length > 1 && (close[0] === '"' || close[0] === "'")) {
    const tail = /[\s\]}]*$/.exec(text)!.index;
    const inside = text.slice(0, tail) + close[0] + text.slice(tail);
    if (closersNeeded(inside.slice(start)) === '') {
      fixed = inside;
      open = close[0];
      column = text.lastIndexOf(open, tail - 1) + 1;
    }
  }
  return {
    key: 'yaml.unclosed',
    line: i,
    column,
    params: { open, close: fixed === text + close ? close : open, fix: shown(fixed.trimStart()) },
    mended: replaced(lines, i, fixed),
  };
};

/** `summary: Ngon: tuyệt` (read as a field `Ngon` inside `summary`) → `summary: "Ngon: tuyệt"`. */
const colon: Detector = (lines, i) => {
  const m = PAIR.exec(lines[i]!);
  if (!m || /^["'[{|>&*!%@`]/.test(m[2]!)) return undefined;
  const rest = m[2]!;
  const hash = rest.search(/\s#/);
  const value = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  if (!/: |:$/.test(value)) return undefined;
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const fixed = `${m[1]}${quoted}${hash === -1 ? '' : rest.slice(hash)}`;
  return { key: 'yaml.colon', line: i, column: m[1]!.length + 1, params: { fix: shown(fixed.trimStart()) }, mended: replaced(lines, i, fixed) };
};

/** A field indented deeper than the field with a value above it, so YAML reads it as part of that value. */
const indent: Detector = (lines, i) => {
  const line = lines[i]!;
  const m = new RegExp(String.raw`^( +)${KEY}:`, 'u').exec(line);
  if (!m) return undefined;
  let j = i - 1;
  while (j >= 0 && !CONTENT.test(lines[j]!)) j--;
  const above = j >= 0 ? PAIR.exec(lines[j]!) : null;
  if (!above || /^[|>]/.test(above[2]!)) return undefined;
  const want = /^ *(?:- +)?/.exec(above[1]!)![0].length;
  if (m[1]!.length <= want) return undefined;
  const fixed = ' '.repeat(want) + line.trimStart();
  return { key: 'yaml.indent', line: i, column: 1, params: { fix: shown(fixed) }, mended: replaced(lines, i, fixed) };
};

/** `group do-uong` → `group: do-uong`. Tried last: many a line of text looks like this. */
const noColon: Detector = (lines, i) => {
  const m = new RegExp(String.raw`^( *)((?:- +)?)(${KEY}) +([^\s:#].*)$`, 'u').exec(lines[i]!);
  if (!m || m[4]!.includes(': ')) return undefined;
  const fixed = `${m[1]}${m[2]}${m[3]}: ${m[4]}`;
  return {
    key: 'yaml.noColon',
    line: i,
    column: m[1]!.length + m[2]!.length + 1,
    params: { key: m[3], fix: shown(fixed.trimStart()) },
    mended: replaced(lines, i, fixed),
  };
};

/** In the order they are tried on a line: a Tab or a missing space explains more than the rest. */
const DETECTORS: Detector[] = [tab, noSpace, unclosed, colon, indent, noColon];

/**
 * Whether mending `slip` explains the parser's first error: it is gone, or the parser now gets
 * past that line, or it stops at another place below the slip (a quote left open hides the Tab
 * further down: once the quote is closed the parser stops at the Tab instead of at the end).
 * Mending a line that was not wrong changes nothing, so it never explains anything.
 */
function explains(slip: Slip, before: ParseError, after: ParseError | undefined): boolean {
  if (!after || after.line > before.line) return true;
  const moved = after.line !== before.line || after.column !== before.column || after.code !== before.code;
  return moved && after.line > slip.line;
}

/** A file with many slips costs at most this many extra parses, each a few hundred microseconds. */
const MAX_PARSES = 200;

/**
 * The YAML problems of a front matter, one per mistake, lines counted from `firstLine`.
 *
 * While the parser reports an error, the lines up to it are searched, first line first, for a
 * slip whose mending explains the error (see `explains`): that is the slip the error came from,
 * reported once at its line, and the search goes on in the mended text. An error no known slip
 * explains is reported as the parser's, and nothing after it: what follows may only be its
 * consequence. Once the text parses, keys written twice are reported, and `key:value` lines that
 * YAML quietly read as text.
 */
function findSlips(lines: readonly string[], firstLine: number, initial: Reading): SyntaxIssue[] {
  let reading = initial;
  const found: SyntaxIssue[] = [];
  const report = (slip: Slip) => {
    const params = slip.key === 'yaml.tab' ? { ...slip.params, others: (slip.params['others'] as number[]).map((k) => k + firstLine) } : slip.params;
    found.push({ key: slip.key, line: slip.line + firstLine, column: slip.column, params });
  };
  let current: readonly string[] = lines;
  let parses = 0;
  while (reading.first) {
    const first: ParseError = reading.first;
    let next: { slip: Slip; reading: Reading } | undefined;
    // The slip is on the error's line, above it, or just below: after `stars: 4`, an over-indented
    // `   issuedOn:` makes the parser fail at `stars`, the line before the slip.
    search: for (let i = 0; i <= first.line + 1 && i < current.length; i++) {
      if (!CONTENT.test(current[i]!)) continue;
      for (const detect of DETECTORS) {
        const slip = detect(current, i);
        if (!slip) continue;
        if (++parses > MAX_PARSES) break search;
        const after = inspect(slip.mended);
        if (explains(slip, first, after.first)) {
          next = { slip, reading: after };
          break search;
        }
      }
    }
    if (!next) {
      found.push({ key: 'yaml.syntax', line: first.line + firstLine, column: first.column, params: { hint: first.code } });
      return found;
    }
    report(next.slip);
    current = next.slip.mended;
    reading = next.reading;
  }
  for (const duplicate of reading.duplicates) {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(current[duplicate.line] ?? '')?.[1] ?? '';
    found.push({ key: 'yaml.duplicateKey', line: duplicate.line + firstLine, column: duplicate.column, params: { key } });
  }
  // `ocop:` then `  stars:4`, or a file of the one line `name:Chè`: valid YAML (the text
  // "stars:4"), so no parser error, yet the same slip.
  const quiet = (scalar: unknown) => {
    if (!isScalar(scalar) || scalar.type !== 'PLAIN' || !scalar.range) return;
    const { line, col } = reading.lineCounter.linePos(scalar.range[0]);
    const text = current[line - 1] ?? '';
    if (text.slice(0, col - 1).trim() !== '') return;
    const slip = noSpace(current, line - 1);
    if (slip) report(slip);
  };
  quiet(reading.doc.contents);
  visit(reading.doc, {
    Pair: (_, pair) => {
      if (isPair(pair)) quiet(pair.value);
    },
  });
  return found;
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
  const yamlLines = yamlText.split('\n');
  const reading = inspect(yamlLines);
  const { doc, lineCounter } = reading;
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlFirstLine - 1, column: col };
  };
  issues.push(...findSlips(yamlLines, yamlFirstLine, reading));
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
    else issues.push({ key: 'frontmatter.notMap', line: yamlFirstLine, column: 1 });
  }
  return { data, body, bodyLine, issues, cleaned, bodyCleaned, locate };
}
