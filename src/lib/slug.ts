/**
 * Vietnamese-aware ASCII folding and slugs.
 *
 * Cooperatives name files and folders the way they write: `Kẹo dừa lá dứa.md`. URLs are printed on
 * packaging, so they must be plain ASCII: tones and hats are removed, and đ/Đ (a distinct letter,
 * not a d with a combining mark, so NFD alone leaves it) becomes d/D.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes Vietnamese tones and hats: `Đường thốt nốt` → `Duong thot not`. Keeps case and spacing. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Folds, lower-cases and hyphenates: `Kẹo dừa lá dứa` → `keo-dua-la-dua`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a file or folder name: the extension (`.md`) is not part of it. */
export function slugFromFileName(name: string): string {
  return slugify(name.replace(/\.(md|markdown)$/i, ''));
}

/** Legal-form words at the start of a cooperative's name, shortened the way people say them. */
const LEGAL_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/^lien-hiep-hop-tac-xa-/, 'lhhtx-'],
  [/^hop-tac-xa-/, 'htx-'],
  [/^to-hop-tac-/, 'tht-'],
];

/** Folder name for a new cooperative: `Hợp tác xã Mật ong Bạc Hà` → `htx-mat-ong-bac-ha`. */
export function cooperativeSlug(name: string): string {
  const slug = slugify(name);
  for (const [long, short] of LEGAL_FORMS) if (long.test(slug)) return slug.replace(long, short);
  return slug;
}
