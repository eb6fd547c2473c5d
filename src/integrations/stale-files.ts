/**
 * Keeps the site folder from one build to the next and removes what an earlier build left in it
 * (`src/lib/stale-files.ts`). Only while Astro keeps unchanged pages (a warm build): there, not
 * emptying the folder saves deleting the whole site and copying every unchanged page back (at
 * 53,000 pages, 26 s and 74 s of a 166 s build).
 */
import { lstat, mkdir, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pool } from '../lib/pool.ts';
import { foldersDeepestFirst, staleFiles, type SiteFile } from '../lib/stale-files.ts';

/** Written when the build starts: its date is the start by the file system's clock. */
const MARKER = '.build-started';

export async function markBuildStart(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, MARKER), '');
}

const relative = (outDir: string, file: string) => path.relative(outDir, file).split(path.sep).join('/');

/**
 * Removes every file of `outDir` this build neither wrote nor kept, and the folders left empty.
 * `assets` is Astro's list of the files each route has in the site (kept pages included);
 * `kept` more files kept unchanged (relative paths); `replaced` folders filled again whole.
 * Returns how many files were removed; none when Astro had emptied the folder (no marker).
 */
export async function removeStale(
  outDir: string,
  assets: Map<string, URL[]>,
  kept: readonly string[],
  replaced: readonly string[],
): Promise<number> {
  const marker = await stat(path.join(outDir, MARKER)).catch(() => undefined);
  if (!marker) return 0;
  const keep = new Set(kept.map((f) => f.replace(/^\/+/, '')));
  for (const urls of assets.values()) for (const url of urls) keep.add(relative(outDir, fileURLToPath(url)));
  keep.add(MARKER);
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => !e.isDirectory());
  const candidates = entries.map((e) => relative(outDir, path.join(e.parentPath, e.name))).filter((f) => !keep.has(f));
  const files: SiteFile[] = [];
  await pool(candidates, 32, async (f) => void files.push({ path: f, mtimeMs: (await lstat(path.join(outDir, f))).mtimeMs }));
  const stale = staleFiles(files, { startedMs: marker.mtimeMs, kept: keep, replaced });
  await pool(stale, 32, (f) => rm(path.join(outDir, f), { force: true }));
  for (const folder of foldersDeepestFirst(stale)) await rmdir(path.join(outDir, folder)).catch(() => undefined);
  await rm(path.join(outDir, MARKER), { force: true });
  return stale.length;
}
