/**
 * Link targets from cooperative Markdown, read the way a browser reads them before the scheme is
 * judged. A browser drops tabs and newlines anywhere in a URL and C0 controls and spaces at its
 * ends; other engines, or later versions, may drop more. A lookalike such as `&nbsp;javascript:`
 * (or U+2028, U+180E, U+3000 … in front) is a relative link in Chromium today and a script
 * elsewhere, so the scheme is checked with every control, format and space character removed,
 * as DOMPurify does, and anything doubtful is dropped rather than repaired.
 */

/** Characters no part of a link needs, and that parsers disagree about. */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Z}\u180e\u3164\u115f\u1160\uffa0]/gu;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Schemes a link in a description may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * The link to write, or undefined to drop it: a relative path or fragment, or an allowed scheme.
 * Protocol-relative links (`//host`, `\\host`) lead off the site like `https:` ones but hide it;
 * they are dropped too.
 */
export function safeLink(href: string): string | undefined {
  const compact = href.replace(IGNORABLE, '');
  if (compact === '') return undefined;
  if (/^[\\/]{2}/.test(compact)) return undefined;
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  // ASCII white space around a link is what every parser trims; a link the check would have to
  // guess at (a scheme split by invisible characters, another space in front) is dropped.
  const trimmed = href.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (scheme !== undefined && !SCHEME.test(trimmed)) return undefined;
  if (/^[\p{Cc}\p{Cf}\p{Z}]/u.test(trimmed)) return undefined;
  return trimmed;
}
