/**
 * Cooperative Markdown is data, never code. Astro renders raw HTML in Markdown as written (scripts,
 * `onerror=`, `javascript:` links included), so every rendered body goes through this allow-list
 * before it reaches a page: the site chooses every attribute, none comes from content.
 *
 * Local images survive only as Astro's own image placeholders for files the Markdown renderer
 * found, rebuilt from scratch: Astro later turns every key of a placeholder's JSON into an
 * attribute of the final <img> (`onload`, `style`, `id`, `class` …, or `widths` that would make the
 * build encode thousands of files), so only the path, the alt text, a title and the renderer's
 * counter are kept. Remote images are dropped (the site loads nothing from third parties).
 */
import sanitizeHtml from 'sanitize-html';
import { cleanLine } from '../text/clean.ts';
import { LINK_SCHEMES, safeLink } from './safe-url.ts';

/** Attribute Astro's Markdown renderer puts on a local image, resolved to an optimised <img> later. */
const ASTRO_IMAGE = '__ASTRO_IMAGE_';

/** JSON whose `<`, `>` and `&` are escapes, so an attribute holding it needs no entity but `&quot;`. */
const quietJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The placeholder the site writes for an image the renderer resolved, or undefined to drop the image. */
function safePlaceholder(value: string | undefined, localImages: readonly string[]): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value ?? '');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { src, alt, title, index } = parsed as Record<string, unknown>;
  if (typeof src !== 'string' || !localImages.includes(src)) return undefined;
  const line = (v: unknown) => (typeof v === 'string' ? cleanLine(v).text : '');
  return quietJson({
    src,
    alt: line(alt),
    ...(line(title) ? { title: line(title) } : {}),
    index: Number.isSafeInteger(index) && (index as number) >= 0 ? index : 0,
  });
}

/**
 * Sanitises rendered HTML of a cooperative's story or a product's description.
 * `localImages` are the image paths the renderer resolved; any other image is removed.
 */
export function sanitizeBody(html: string, localImages: readonly string[] = []): string {
  const clean = sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((t) => !['h1'].includes(t)), 'img', 'del'],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: [ASTRO_IMAGE],
      th: ['align'],
      td: ['align'],
      ol: ['start'],
    },
    allowedSchemes: [...LINK_SCHEMES],
    allowProtocolRelative: false,
    parser: { lowerCaseAttributeNames: false },
    transformTags: {
      // The page already has the product's name as its only h1.
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attribs['href'] === undefined ? undefined : safeLink(attribs['href']);
        const title = attribs['title'];
        // A link that lost its target is a plain placeholder: `rel` without `href` is invalid HTML.
        return { tagName, attribs: { ...(href === undefined ? {} : { href, rel: 'nofollow ugc noopener' }), ...(title ? { title } : {}) } };
      },
      img: (tagName, attribs) => {
        const placeholder = safePlaceholder(attribs[ASTRO_IMAGE], localImages);
        return { tagName, attribs: placeholder ? { [ASTRO_IMAGE]: placeholder } : {} };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs[ASTRO_IMAGE],
  });
  // Astro finds placeholders with a regular expression over the whole page: the same word in a
  // sentence or a link would be read as one (and a broken one stops the build). Only the
  // placeholders written above start with `{&quot;src` (content's `&` is always `&amp;`).
  return clean.replace(/__ASTRO_IMAGE_(?!="\{&quot;src&quot;)/g, '__ASTRO&#95;IMAGE_');
}

/** Kinds of markup the sanitiser removes, named in the check's warning (`src/i18n/check.vi.ts`). */
export type UnsafeMarkup = 'script' | 'embed' | 'handler' | 'scheme' | 'attribute';

/** Numeric character references decoded, so `&#106;avascript:` is seen for what it is. */
const decodeNumeric = (text: string) =>
  text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, n: string) => {
    const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** What a Markdown body contains that the sanitiser will remove, for a warning in the check. */
export function findUnsafeMarkup(markdown: string): UnsafeMarkup[] {
  const decoded = decodeNumeric(markdown).replace(/&(nbsp|tab|newline);?/gi, ' ');
  const patterns: Array<[RegExp, UnsafeMarkup]> = [
    [/<script\b/i, 'script'],
    [/<(iframe|object|embed|form|style|link|meta|base|svg|math)\b/i, 'embed'],
    [/<[^>]+\son[a-z]+\s*=/i, 'handler'],
    [/\b(j\W*a\W*v\W*a\W*s\W*c\W*r\W*i\W*p\W*t|vbscript|data)\s*:/i, 'scheme'],
    [/<[^>]+\s(style|class|id|__ASTRO_IMAGE_)\s*=/i, 'attribute'],
  ];
  return patterns.filter(([pattern]) => pattern.test(decoded)).map(([, kind]) => kind);
}

/** Web images written in Markdown (`![](https://…)`), which are not shown. */
export function findRemoteImages(markdown: string): string[] {
  return imageTargets(markdown).filter((src) => /^(https?:)?\/\//i.test(src));
}

/** Targets of Markdown images, `![alt](path)` or `![alt](<path with spaces>)`, titles dropped. */
function imageTargets(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(\s*(?:<([^>\n]+)>|([^)\s]+))/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
}

/** Local images written in Markdown (`![](./photo.jpg)`), to check they exist. */
export function findLocalImages(markdown: string): string[] {
  return imageTargets(markdown).filter((src) => src && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src));
}
