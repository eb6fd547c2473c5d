/**
 * Clears the previous site out of the output folder at the start of `astro build` without making
 * the build wait: the folder's contents are moved into the cache folder (one rename on the same
 * disk) and deleted on the thread pool while Astro renders. Astro would otherwise delete them one
 * by one before writing anything (at country scale, 250,000 files). The build still starts from
 * an empty folder, so nothing from an earlier build can be published by mistake; a failed rename
 * (another disk) falls back to deleting in place, as Astro does.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TRASH = 'previous-site-';

export function previousSite(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'previous-site',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        await mkdir(cacheDir, { recursive: true });
        // Left by a build that was stopped before it finished.
        const stale = (await readdir(cacheDir)).filter((name) => name.startsWith(TRASH)).map((name) => path.join(cacheDir, name));
        const trash = path.join(cacheDir, `${TRASH}${process.pid}-${Date.now()}`);
        if (existsSync(outDir)) {
          try {
            await rename(outDir, trash);
            stale.push(trash);
          } catch {
            for (const name of await readdir(outDir)) await rm(path.join(outDir, name), { recursive: true, force: true });
          }
        }
        await mkdir(outDir, { recursive: true });
        deleting = Promise.all(stale.map((dir) => rm(dir, { recursive: true, force: true }))).then(() => undefined);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
