/**
 * A rebuild with nothing changed encodes no image and draws no card or QR code: everything comes
 * from the cache folder (`ASTRO_CACHE_DIR`), which CI and hosts can keep between builds. A change
 * to one product redraws that product's card and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CATALOG, FIXTURE_SITE_URL, FIXTURE_SOURCE_DATE_EPOCH, OUTPUT_DIR, REPO_ROOT } from '../helpers/fixture.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'warm-cache-'));
// A copy of the fixture catalog to edit, inside the repository as a catalog must be.
const catalog = path.join(OUTPUT_DIR, 'warm-cache-catalog');
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(catalog, { recursive: true, force: true });
});

function build(): string {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', path.join(scratch, 'dist')],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CATALOG_DIR: path.relative(REPO_ROOT, catalog),
        SITE_URL: FIXTURE_SITE_URL,
        SOURCE_DATE_EPOCH: FIXTURE_SOURCE_DATE_EPOCH,
        ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      timeout: 170_000,
    },
  );
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout + result.stderr;
}

/** Images Astro encoded (a reused one says "reused cache entry"), and files the share step made. */
const encoded = (log: string) => log.split('\n').filter((l) => /▶ .*\(before: /.test(l)).length;
const made = (log: string) => Number(/\((\d+) files made, \d+ from cache\)/.exec(log)?.[1] ?? NaN);

describe('a second build with the same cache', () => {
  it(
    'encodes zero images and draws zero cards or QR codes; a changed price redraws one card',
    () => {
      rmSync(catalog, { recursive: true, force: true });
      cpSync(path.join(REPO_ROOT, FIXTURE_CATALOG), catalog, { recursive: true });
      const cold = build();
      expect(encoded(cold)).toBeGreaterThan(0);
      expect(made(cold)).toBeGreaterThan(0);
      // Cards and codes are drawn beside the build, from the catalog the loader validated.
      expect(cold).toMatch(/drawing \d+ link-preview cards and \d+ QR codes beside the build/);
      const warm = build();
      // The catalog is read and validated once per build, whichever collections and pages use it.
      for (const log of [cold, warm]) expect(log.match(/files checked in/g)).toHaveLength(1);
      expect(encoded(warm)).toBe(0);
      expect(warm).toMatch(/reused cache entry/);
      expect(made(warm)).toBe(0);

      const product = path.join(catalog, 'cooperatives/ho-kinh-doanh-ba-tam/products/banh-phong-tom.md');
      writeFileSync(product, readFileSync(product, 'utf8').replace('from: 60000', 'from: 65000'));
      const changed = build();
      expect(encoded(changed)).toBe(0);
      // Its card shows the price; its QR code, its cooperative's card and the site card do not change.
      expect(made(changed)).toBe(1);
    },
    3 * 180_000,
  );
});
