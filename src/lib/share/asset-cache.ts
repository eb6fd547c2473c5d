/**
 * Generated files kept between builds under Astro's cache folder, by a key of what they are made
 * from: a warm rebuild links them instead of drawing them again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export class AssetCache {
  made = 0;
  reused = 0;
  private readonly dir: string;
  /** Folders already made: at country scale, 48,000 recursive `mkdir` calls were measurable. */
  private readonly folders = new Set<string>();
  constructor(dir: string) {
    this.dir = dir;
  }

  private ensureFolder(folder: string): void {
    if (this.folders.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
  }

  /**
   * The cached file for `key`, made with `make` first when absent. File calls are synchronous:
   * this runs on a worker thread, where they cost less than promises.
   */
  async ensure(key: string, ext: string, make: () => Promise<Buffer | string> | Buffer | string): Promise<string> {
    const cached = path.join(this.dir, key.slice(0, 2), `${key}.${ext}`);
    if (existsSync(cached)) this.reused++;
    else {
      const made = await make();
      this.ensureFolder(path.dirname(cached));
      // Written aside then renamed, so a build interrupted mid-write never leaves a broken entry.
      writeFileSync(`${cached}.tmp`, made);
      renameSync(`${cached}.tmp`, cached);
      this.made++;
    }
    return cached;
  }

  /**
   * Puts a cached file at `target`. A hard link costs no copy (tens of thousands of files at
   * country scale); across file systems, where links cannot go, the file is copied. A file the
   * last build left there is removed first: it may be a link to this very file, and copying a
   * file onto itself would empty it.
   */
  link(cached: string, target: string): void {
    this.ensureFolder(path.dirname(target));
    rmSync(target, { force: true });
    try {
      linkSync(cached, target);
    } catch {
      copyFileSync(cached, target);
    }
  }

  /** `ensure`, then `link` to `target`. */
  async copy(key: string, ext: string, target: string, make: () => Promise<Buffer | string> | Buffer | string): Promise<void> {
    this.link(await this.ensure(key, ext, make), target);
  }
}
