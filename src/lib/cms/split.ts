/**
 * A Markdown file cut where the check cuts it (`lib/content/frontmatter.ts`): the opening `---`
 * line, the YAML, the closing `---` (or `...`) line and the body, with the offsets the form's
 * writer patches. Line ends are read as `\n`; the writer puts a CRLF file's `\r\n` back.
 */

export interface SplitFile {
  /** The text without its byte-order mark, line ends as `\n`. */
  text: string;
  /** The file started with a byte-order mark. */
  bom: boolean;
  /** The file's line ends were `\r\n`. */
  crlf: boolean;
  /** Offset of the YAML's first character (after the opening line). */
  yamlStart: number;
  /** Offset of the closing line. */
  yamlEnd: number;
  /** Offset of the body (after the closing line and its line end). */
  bodyStart: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Cuts a file; undefined when it has no front matter the check would read. */
export function splitFile(source: string): SplitFile | undefined {
  const bom = source.startsWith('\uFEFF');
  const crlf = source.includes('\r\n');
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) return undefined;
  let offset = (lines[0]?.length ?? 0) + 1;
  const yamlStart = offset;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (CLOSE.test(line))
      return { text, bom, crlf, yamlStart, yamlEnd: offset, bodyStart: Math.min(offset + line.length + 1, text.length) };
    offset += line.length + 1;
  }
  return undefined;
}

/** The body as the form shows it: without the blank line that usually follows the front matter. */
export function bodyOf(file: SplitFile): string {
  return file.text.slice(file.bodyStart).replace(/^\n/, '').replace(/\s+$/, '');
}

/** Puts a file's byte-order mark and line ends back. */
export function restore(text: string, file: Pick<SplitFile, 'bom' | 'crlf'>): string {
  return (file.bom ? '\uFEFF' : '') + (file.crlf ? text.replace(/\n/g, '\r\n') : text);
}
