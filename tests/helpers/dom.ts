/**
 * Built pages read the way a browser reads them: parse5 implements the HTML standard's parser, so
 * an attribute that a regular expression would miss (or invent) is seen exactly as Chromium sees it.
 * For security tests; the regex readers in `./html.ts` are enough for the markup Astro writes.
 */
import { parse } from 'parse5';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  /** The element's text, descendants included. */
  text: string;
  /** Raw text of a <script> or <style>. */
  content: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  value?: string;
  childNodes?: Node[];
  content?: Node;
}

const textOf = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''));

/** Every element of a document, in document order (template contents included). */
export function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if (node.tagName) {
      const attrs: Record<string, string> = {};
      for (const a of node.attrs ?? []) attrs[a.name] = a.value;
      const text = textOf(node);
      out.push({ tag: node.tagName, attrs, text, content: node.tagName === 'script' || node.tagName === 'style' ? text : '' });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return out;
}
