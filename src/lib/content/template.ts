/**
 * The `npm run new` templates, written from the schema's field tree: one explained line for every
 * field (a line left blank means "not set"), objects with their sub-fields, lists left for the
 * cooperative to fill. The words come from the caller (`src/i18n/templates.vi.ts`), so adding a
 * field to a schema adds its line here without touching this file.
 */
import type { FieldNode } from '../../schemas/walk.ts';

/** The words a template needs for each field: the explanation written above its line. */
export type TemplateWords = Readonly<Record<string, { hint: string; fields?: TemplateWords }>>;

export interface TemplateText {
  /** Comment lines at the top of the front matter (without `# `). */
  header: readonly string[];
  /** The Markdown body under the front matter: what to write there. */
  body: string;
}

/** Kinds whose sub-fields are written out as indented lines to fill in. */
const EXPANDED = new Set(['object', 'price', 'geo']);

/** Quotes a value for YAML when it has characters YAML would misread (`:`, `#`, leading symbols). */
export function yamlText(value: string): string {
  return /^[\p{L}\p{N}][^:#\n]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

/**
 * `# ` comment lines, wrapped at about 100 characters so they read in any editor. A line of the
 * text that starts with spaces (an example to copy) is kept as it is.
 */
function comment(text: string, width = 100): string[] {
  return text.split('\n').flatMap((paragraph) => {
    if (/^\s/.test(paragraph)) return [`# ${paragraph}`];
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width - 2) {
        lines.push(`# ${line}`);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(`# ${line}`);
    return lines;
  });
}

function fieldLines(node: FieldNode, words: TemplateWords, values: Readonly<Record<string, string>>): string[] {
  const hint = words[node.key]?.hint;
  const head = hint ? comment(hint) : [];
  const given = values[node.key];
  if (given !== undefined) return [...head, `${node.key}: ${yamlText(given)}`];
  const kind = node.info.kind;
  if (kind && EXPANDED.has(kind) && node.fields.length > 0) return [...head, `${node.key}:`, ...node.fields.map((f) => `  ${f.key}:`)];
  if (kind === 'tags') return [...head, `${node.key}: []`];
  if (kind === 'keyword' && typeof node.defaultValue === 'string') return [...head, `${node.key}: ${node.defaultValue}`];
  return [...head, `${node.key}:`];
}

/** A Markdown file with every field of `nodes` (but those marked `notInTemplate`), `values` filled in. */
export function renderTemplate(
  nodes: readonly FieldNode[],
  words: TemplateWords,
  text: TemplateText,
  values: Readonly<Record<string, string>> = {},
): string {
  const header = text.header.flatMap((h) => comment(h)).join('\n');
  const fields = nodes.filter((n) => !n.info.notInTemplate).map((n) => fieldLines(n, words, values).join('\n'));
  return `---\n${header}\n\n${fields.join('\n')}\n---\n\n${text.body.trim()}\n`;
}
