/**
 * Cooperative Markdown is data, never code. Astro renders raw HTML in Markdown as written (scripts,
 * `onerror=`, `javascript:` links included), so every rendered body goes through this allow-list
 * before it reaches a page. Local images survive only as Astro's own image placeholders for files
 * the Markdown renderer found; remote images are dropped (the site loads nothing from third
 * parties).
 */
import sanitizeHtml from 'sanitize-html';

/** Attribute Astro's Markdown renderer puts on a local image, resolved to an optimised <img> later. */
const ASTRO_IMAGE = '__ASTRO_IMAGE_';

function placeholderSrc(value: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(value ?? '') as { src?: unknown };
    return typeof parsed.src === 'string' ? parsed.src : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sanitises rendered HTML of a cooperative's story or a product's description.
 * `localImages` are the image paths the renderer resolved; any other image is removed.
 */
export function sanitizeBody(html: string, localImages: readonly string[] = []): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((t) => !['h1'].includes(t)), 'img', 'del'],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: [ASTRO_IMAGE, 'alt'],
      th: ['align'],
      td: ['align'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    parser: { lowerCaseAttributeNames: false },
    transformTags: {
      // The page already has the product's name as its only h1.
      h1: 'h2',
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    },
    exclusiveFilter: (frame) => {
      if (frame.tag !== 'img') return false;
      const src = placeholderSrc(frame.attribs[ASTRO_IMAGE]);
      return src === undefined || !localImages.includes(src);
    },
  });
}

/** What a Markdown body contains that the sanitiser will remove, for a warning in the check. */
export function findUnsafeMarkup(markdown: string): string[] {
  const found: string[] = [];
  const patterns: Array<[RegExp, string]> = [
    [/<script\b/i, '<script>'],
    [/<(iframe|object|embed|form|style|link|meta|base)\b/i, 'thẻ nhúng'],
    [/<[^>]+\son[a-z]+\s*=/i, 'thuộc tính on…='],
    [/(javascript|vbscript|data):/i, 'đường dẫn javascript:'],
  ];
  for (const [pattern, label] of patterns) if (pattern.test(markdown)) found.push(label);
  return found;
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
