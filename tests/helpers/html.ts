/**
 * Reading built pages without a browser: the HTML of a URL, its JSON-LD blocks, its meta and link
 * tags. Small regex-based readers, enough for the markup Astro writes; not a general HTML parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIST } from './fixture.ts';

/** The file a site URL is served from: `/hop-tac-xa/x/` → `<dist>/hop-tac-xa/x/index.html`. */
export function pageFile(url: string, dist: string = FIXTURE_DIST): string {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const rel = pathname.endsWith('/') ? `${pathname}index.html` : path.extname(pathname) ? pathname : `${pathname}/index.html`;
  return path.join(dist, rel);
}

/** The built HTML of a page, e.g. `readPage('/hop-tac-xa/htx-mat-ong-bac-ha/')`. */
export function readPage(url: string, dist: string = FIXTURE_DIST): string {
  return readFileSync(pageFile(url, dist), 'utf8');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes in attributes and text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Attributes of one start tag (`<meta property="og:title" content="…">`), names lower-cased, values decoded. */
export function parseAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const inner = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name && !(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every start tag of an element, with its attributes. */
export function findTags(html: string, tagName: string): Array<Record<string, string>> {
  const pattern = new RegExp(`<${tagName}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => parseAttributes(m[0]));
}

/** Contents of every `<meta>` whose `property` or `name` is `key` (`og:image` may repeat). */
export function metaContents(html: string, key: string): string[] {
  return findTags(html, 'meta')
    .filter((a) => a['property'] === key || a['name'] === key)
    .map((a) => a['content'] ?? '');
}

/** Content of the first `<meta property|name="key">`, undefined when absent. */
export function metaContent(html: string, key: string): string | undefined {
  return metaContents(html, key)[0];
}

/** `href` of the first `<link rel="…">` whose rel list contains `rel` (e.g. `canonical`). */
export function linkHref(html: string, rel: string): string | undefined {
  return findTags(html, 'link').find((a) => (a['rel'] ?? '').toLowerCase().split(/\s+/).includes(rel.toLowerCase()))?.['href'];
}

/** The parsed JSON of every `<script type="application/ld+json">` block; throws on invalid JSON. */
export function jsonLd(html: string): unknown[] {
  const blocks = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter(
    (m) => parseAttributes(`<script${m[1] ?? ''}>`)['type'] === 'application/ld+json',
  );
  return blocks.map((m) => JSON.parse(m[2] ?? '') as unknown);
}

/** JSON-LD nodes, with `@graph` arrays and top-level arrays flattened. */
export function jsonLdNodes(html: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (Array.isArray(node['@graph'])) node['@graph'].forEach(visit);
      else out.push(node);
    }
  };
  jsonLd(html).forEach(visit);
  return out;
}

/** JSON-LD nodes of a type (`Product`, `Organization`, …); `@type` may be a list. */
export function jsonLdOfType(html: string, type: string): Array<Record<string, unknown>> {
  return jsonLdNodes(html).filter((n) => (Array.isArray(n['@type']) ? n['@type'].includes(type) : n['@type'] === type));
}

/** The page's `<title>` text. */
export function pageTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? decodeEntities(m[1] ?? '').trim() : undefined;
}
