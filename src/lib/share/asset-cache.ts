/**
 * Generated files kept between builds under Astro's cache folder, by a key of what they are made
 * from: a warm rebuild copies them instead of drawing them again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export class AssetCache {
  made = 0;
  reused = 0;
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  /** Copies the cached file for `key` to `target`, making it with `make` first when absent. */
  async copy(key: string, ext: string, target: string, make: () => Promise<Buffer | string> | Buffer | string): Promise<void> {
    const cached = path.join(this.dir, key.slice(0, 2), `${key}.${ext}`);
    if (existsSync(cached)) this.reused++;
    else {
      await mkdir(path.dirname(cached), { recursive: true });
      // Written aside then renamed, so a build interrupted mid-write never leaves a broken entry.
      await writeFile(`${cached}.tmp`, await make());
      await rename(`${cached}.tmp`, cached);
      this.made++;
    }
    await mkdir(path.dirname(target), { recursive: true });
    // A hard link costs no copy (tens of thousands of files at country scale); across file
    // systems, where links cannot go, the file is copied.
    await link(cached, target).catch(() => copyFile(cached, target));
  }
}
