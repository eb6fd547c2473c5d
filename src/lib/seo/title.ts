/**
 * Page titles that fit: search engines cut a title at about 70 characters, and a phone's tab shows
 * fewer. `Kẹo dừa lá dứa – Hợp tác xã Kẹo dừa Định Thủy | Chợ phiên HTX …` keeps its first parts.
 */

/** The longest title search results show in full. */
export const MAX_TITLE = 70;

/**
 * `title | site`, or without the site's name when that is too long, or the title cut at a word
 * with an ellipsis when even it is.
 */
export function fitTitle(title: string | undefined, siteName: string, max = MAX_TITLE): string {
  if (!title) return cut(siteName, max);
  const full = `${title} | ${siteName}`;
  if (full.length <= max) return full;
  return cut(title, max);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/u, '')}…`;
}
