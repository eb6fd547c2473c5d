/**
 * Which files in the site folder an earlier build left behind. A warm build keeps the last site in
 * place (Astro then keeps each unchanged page where it is instead of copying it back from its
 * cache), so whatever this build did not make or keep must go: a product taken off the catalog
 * must not stay published, nor its photos, card or QR code.
 *
 * A file is this build's when the build wrote it (modified at or after the build started, by the
 * file system's own clock), or when the build kept it unchanged: a page Astro kept, a card or QR
 * code linked from the cache (a link keeps the cached file's date), anything under a folder the
 * build replaced whole.
 */

export interface SiteFile {
  /** Relative to the site folder, with `/` separators. */
  path: string;
  mtimeMs: number;
}

export interface ThisBuild {
  /** When the build started, as the file system dates files. */
  startedMs: number;
  /** Files the build kept without writing them again. */
  kept: ReadonlySet<string>;
  /** Folders the build emptied and filled again, such as `pagefind`. */
  replaced: readonly string[];
}

export function staleFiles(files: readonly SiteFile[], build: ThisBuild): string[] {
  const replaced = build.replaced.map((folder) => `${folder.replace(/\/+$/, '')}/`);
  return files
    .filter((f) => f.mtimeMs < build.startedMs && !build.kept.has(f.path) && !replaced.some((r) => f.path.startsWith(r)))
    .map((f) => f.path);
}

/** The folders of `files`, deepest first: those left empty once the files are gone can be removed in this order. */
export function foldersDeepestFirst(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) folders.add(file.slice(0, i));
  }
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
}
