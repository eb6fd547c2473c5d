/**
 * Vitest global setup for the `build` and `browser` projects: builds the fixture catalog once with
 * Astro into `tests/.output/fixture-dist`, then provides the output folder to the tests
 * (`inject('fixtureDist')`, or import `FIXTURE_DIST` from `./fixture.ts`). Beside it, the hostile
 * catalog (`./hostile-catalog.ts`) is generated and built into `tests/.output/hostile-dist`.
 *
 * Both projects list this file; the build is shared through a promise on `globalThis`, so a run of
 * both projects builds once. `REUSE_FIXTURE_BUILD=1` skips the build when an earlier one is there
 * (handy while writing browser tests; never set it in CI).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  FIXTURE_BUILD_DATE,
  FIXTURE_CATALOG,
  FIXTURE_DIST,
  FIXTURE_SITE_URL,
  FIXTURE_SOURCE_DATE_EPOCH,
  OUTPUT_DIR,
  REPO_ROOT,
} from './fixture.ts';
import { HOSTILE_DIST, HOSTILE_SITE_URL, writeHostileCatalog } from './hostile-catalog.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built fixture site. */
    fixtureDist: string;
    /** `site` the fixture was built with. */
    fixtureSiteUrl: string;
    /** The build date (`YYYY-MM-DD`) certificate status was computed against. */
    fixtureBuildDate: string;
    /** Absolute path of the built hostile catalog. */
    hostileDist: string;
  }
}

export interface SiteBuild {
  /** Catalog folder, relative to the repository (CATALOG_DIR). */
  catalog: string;
  /** Absolute output folder. */
  outDir: string;
  siteUrl: string;
  sourceDateEpoch: string;
}

/** Environment of the build: the caller's (PATH included, so Node ≥ 22 is found), minus Vitest's own variables. */
function buildEnv(site: SiteBuild): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  const bins = [path.dirname(process.execPath), path.join(REPO_ROOT, 'node_modules/.bin')];
  return {
    ...env,
    PATH: [...bins, env['PATH'] ?? ''].join(path.delimiter),
    CATALOG_DIR: site.catalog,
    SOURCE_DATE_EPOCH: site.sourceDateEpoch,
    SITE_URL: site.siteUrl,
    // One cache per site, so switching catalogs never reuses another's store.
    ASTRO_CACHE_DIR: path.join(OUTPUT_DIR, 'cache', path.basename(site.outDir)),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

/** Builds a catalog with Astro into `outDir`; throws with Astro's whole output when the build fails. */
export async function buildSite(site: SiteBuild): Promise<void> {
  const { catalog, outDir, siteUrl, sourceDateEpoch } = site;
  if (process.env['REUSE_FIXTURE_BUILD'] === '1' && existsSync(path.join(outDir, 'index.html'))) return;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // `node_modules/.bin/astro` run by the Node running Vitest (the `#!/usr/bin/env node` line could find an older system Node).
  const astro = path.join(REPO_ROOT, 'node_modules/.bin/astro');
  const args = [astro, 'build', '--outDir', outDir];
  const started = Date.now();
  const { code, signal, output } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: buildEnv(site), stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', reject);
      child.on('close', (exitCode, exitSignal) =>
        resolve({ code: exitCode, signal: exitSignal, output: Buffer.concat(chunks).toString('utf8') }),
      );
    },
  );
  if (code !== 0 || !existsSync(path.join(outDir, 'index.html'))) {
    const how = signal ? `was killed by ${signal}` : code === 0 ? 'wrote no index.html' : `exited with code ${code}`;
    throw new Error(
      `Building the fixture catalog failed: \`${path.relative(REPO_ROOT, process.execPath)} ${args.map((a) => path.relative(REPO_ROOT, a) || a).join(' ')}\` ` +
        `with CATALOG_DIR=${catalog} SOURCE_DATE_EPOCH=${sourceDateEpoch} SITE_URL=${siteUrl} ${how}.\n\n${output}`,
    );
  }
  console.log(`[build] built ${catalog} into ${path.relative(REPO_ROOT, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const shared = globalThis as typeof globalThis & { __fixtureBuild?: Promise<void> };

export default async function setup(project: TestProject): Promise<void> {
  // One after the other: Astro writes the catalog's content modules into the project's `.astro/`,
  // so two builds at once would load each other's stories.
  shared.__fixtureBuild ??= (async () => {
    await buildSite({
      catalog: FIXTURE_CATALOG,
      outDir: FIXTURE_DIST,
      siteUrl: FIXTURE_SITE_URL,
      sourceDateEpoch: FIXTURE_SOURCE_DATE_EPOCH,
    });
    await buildSite({
      catalog: path.relative(REPO_ROOT, writeHostileCatalog()),
      outDir: HOSTILE_DIST,
      siteUrl: HOSTILE_SITE_URL,
      sourceDateEpoch: FIXTURE_SOURCE_DATE_EPOCH,
    });
  })();
  await shared.__fixtureBuild;
  project.provide('fixtureDist', FIXTURE_DIST);
  project.provide('hostileDist', HOSTILE_DIST);
  project.provide('fixtureSiteUrl', FIXTURE_SITE_URL);
  project.provide('fixtureBuildDate', FIXTURE_BUILD_DATE);
}
