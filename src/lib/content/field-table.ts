/**
 * The guide's field tables, written from the schema's field tree: one row per field with whether
 * it is required and its line of the guide. The words come from the caller (`src/i18n/guide.vi.ts`).
 */
import type { FieldNode } from '../../schemas/walk.ts';

export interface FieldTableText {
  /** Column headings: the field, required or not, what it means. */
  headings: readonly [string, string, string];
  yes: string;
  no: string;
}

/** A Markdown table (Prettier aligns it); `|` in a cell is escaped. */
export function markdownTable(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fieldTable(nodes: readonly FieldNode[], words: Readonly<Record<string, { guide: string }>>, text: FieldTableText): string {
  return markdownTable(
    text.headings,
    nodes.map((node) => [`\`${node.key}\``, node.required ? text.yes : text.no, words[node.key]?.guide ?? '']),
  );
}
