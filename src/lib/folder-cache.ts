/**
 * A folder of generated files kept between builds under a key of what it was made from (the
 * search index, made from the search records): a warm build with the same records links the
 * folder's files into the site instead of running Pagefind again.
 */
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { pool } from './pool.ts';

/** Folders kept: the last build's and one before it (a branch built in turn with another). */
const KEEP = 2;

/**
 * The folder for `key` under `root`, made by `make` into a temporary folder and renamed into
 * place when absent, so an interrupted build never leaves a half-made entry.
 */
export async function cachedFolder(
  root: string,
  key: string,
  make: (dir: string) => Promise<void>,
): Promise<{ dir: string; reused: boolean }> {
  const dir = path.join(root, key);
  const reused = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (reused) {
    const now = new Date();
    await utimes(dir, now, now);
  } else {
    const staging = `${dir}.tmp-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    try {
      await make(staging);
      await rename(staging, dir);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
  }
  await prune(root, KEEP);
  return { dir, reused };
}

/** Removes all but the `keep` most recently used folders. */
async function prune(root: string, keep: number): Promise<void> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && !e.name.includes('.tmp-'))
      .map(async (e) => ({ dir: path.join(root, e.name), used: (await stat(path.join(root, e.name))).mtimeMs })),
  );
  folders.sort((a, b) => b.used - a.used);
  await Promise.all(folders.slice(keep).map((f) => rm(f.dir, { recursive: true, force: true })));
}

/**
 * Every file under `from`, hard-linked (copied across file systems) to the same place under `to`,
 * which is emptied first: what an earlier build left there may be links to these very files, and
 * copying a file onto itself would empty it.
 */
export async function linkTree(from: string, to: string): Promise<number> {
  await rm(to, { recursive: true, force: true });
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const folders = new Set(files.map((f) => path.join(to, path.relative(from, f.parentPath))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await pool(files, 16, async (file) => {
    const source = path.join(file.parentPath, file.name);
    const target = path.join(to, path.relative(from, source));
    await link(source, target).catch(() => copyFile(source, target));
  });
  return files.length;
}
