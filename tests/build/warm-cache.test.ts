/**
 * A rebuild with nothing changed renders no page that has a cache key, encodes no image, draws no
 * card or QR code and runs no search indexing: everything comes from the cache folder
 * (`ASTRO_CACHE_DIR`), which CI and hosts can keep between builds, and the site is the same, byte
 * for byte. (Page copies are kept from the first build that finds a cache: the one after a cold
 * build still renders every page.) A change to one product renders its pages and redraws its card, nothing else; a build
 * on a later day renders every page again, so a certificate that has expired since is shown so.
 * The site folder is kept between warm builds; a product taken off the catalog still leaves it
 * whole, and the site is then the one a cold build makes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function build(sourceDateEpoch = FIXTURE_SOURCE_DATE_EPOCH, folder = scratch): string {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', path.join(folder, 'dist')],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CATALOG_DIR: path.relative(REPO_ROOT, catalog),
        SITE_URL: FIXTURE_SITE_URL,
        SOURCE_DATE_EPOCH: sourceDateEpoch,
        ASTRO_CACHE_DIR: path.join(folder, 'cache'),
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
/** Photo variants the photo encoder's child processes made (`src/integrations/photo-encoder.ts`). */
const byChildren = (log: string) => Number(/(\d+) photo variants encoded in \d+ child processes/.exec(log)?.[1] ?? 0);
const made = (log: string) => Number(/\((\d+) files made, \d+ from cache\)/.exec(log)?.[1] ?? NaN);
/** Pages Astro rendered (`├─ /a/index.html (+12ms)`), and those it copied from the last build (`(restored)`). */
const pages = (log: string, how: 'rendered' | 'restored') =>
  [...log.matchAll(/├─ (\S+) \((restored|cached|\+[\d.]+m?s)\)/g)]
    .filter((m) => (m[2] === 'restored' || m[2] === 'cached') === (how === 'restored'))
    .map((m) => m[1]!);
const dist = path.join(scratch, 'dist');
/** Every file of the built site with a digest of its bytes. */
function snapshot(site = dist): Map<string, string> {
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((f) => {
      const file = path.join(f.parentPath, f.name);
      return [path.relative(site, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
    }),
  );
}
/** Pages without `getStaticPaths` (the home page, hubs, open data), which every build renders. */
const UNKEYED = /^\/(index\.html|404\.html|[a-z-]+\/index\.html|in-an\/ocop\/index\.html|[\w-]+\.(json|csv|ics|xml|txt))$/;
const RUOU = 'hop-tac-xa/htx-mat-ong-bac-ha/ruou-ngo/index.html';

describe('builds with the same cache', () => {
  it(
    'renders no keyed page, encodes no image, draws nothing and indexes nothing; a change renders only what shows it',
    () => {
      rmSync(catalog, { recursive: true, force: true });
      cpSync(path.join(REPO_ROOT, FIXTURE_CATALOG), catalog, { recursive: true });
      const cold = build();
      expect(encoded(cold)).toBeGreaterThan(0);
      // The photos' variants come from the child processes (logos' and other sizes from the build's own).
      expect(byChildren(cold)).toBeGreaterThan(0);
      expect(byChildren(cold)).toBeLessThanOrEqual(encoded(cold));
      expect(made(cold)).toBeGreaterThan(0);
      // Cards and codes are drawn beside the build, from the catalog the loader validated.
      expect(cold).toMatch(/drawing \d+ link-preview cards and \d+ QR codes beside the build/);
      expect(pages(cold, 'restored')).toEqual([]);
      expect(cold).toMatch(/records indexed in/);
      const coldSite = snapshot();

      // The first build with a cache that was kept: everything else from the cache, every page
      // rendered (an empty cache kept no page copies) and now kept for the next build.
      const second = build();
      expect([encoded(second), made(second)]).toEqual([0, 0]);
      expect(second).toMatch(/records unchanged: index from cache/);
      expect(pages(second, 'restored')).toEqual([]);
      expect(snapshot()).toEqual(coldSite);

      const warm = build();
      // The catalog is read and validated once per build, whichever collections and pages use it.
      for (const log of [cold, warm]) expect(log.match(/files checked in/g)).toHaveLength(1);
      expect(encoded(warm)).toBe(0);
      expect(warm).toMatch(/reused cache entry/);
      // Nothing to encode, so no child process was started.
      expect(warm).not.toMatch(/child processes/);
      expect(made(warm)).toBe(0);
      expect(warm).toMatch(/records unchanged: index from cache/);
      // Every product, cooperative, story and listing page is copied from the last build, and the site is the same.
      expect(pages(warm, 'restored').length).toBeGreaterThan(40);
      expect(pages(warm, 'rendered').filter((p) => !UNKEYED.test(p))).toEqual([]);
      expect(snapshot()).toEqual(coldSite);

      const product = path.join(catalog, 'cooperatives/ho-kinh-doanh-ba-tam/products/banh-phong-tom.md');
      writeFileSync(product, readFileSync(product, 'utf8').replace('from: 60000', 'from: 65000'));
      const changed = build();
      expect(encoded(changed)).toBe(0);
      // Its card shows the price; its QR code, its cooperative's card and the site card do not change.
      expect(made(changed)).toBe(1);
      // Every page showing it (its own, its cooperative's, the listings it is on) is rendered; another cooperative's are not.
      const showing = [...snapshot().keys()].filter(
        (f) => f.endsWith('.html') && readFileSync(path.join(dist, f), 'utf8').includes('/ho-kinh-doanh-ba-tam/banh-phong-tom/'),
      );
      expect(showing.length).toBeGreaterThan(3);
      expect(pages(changed, 'rendered')).toEqual(expect.arrayContaining(showing.map((f) => `/${f}`)));
      expect(pages(changed, 'restored')).toContain(`/${RUOU}`);
      expect(readFileSync(path.join(dist, 'hop-tac-xa/ho-kinh-doanh-ba-tam/banh-phong-tom/index.html'), 'utf8')).toContain('65.000');
      expect(changed).toMatch(/records indexed in/);

      // 2026-07-15: the rice wine's VietGAP certificate (2024-07-01, two years) has ended.
      const before = readFileSync(path.join(dist, RUOU), 'utf8');
      expect(before).toContain('Sắp hết hạn');
      const later = build('1784048400');
      expect(pages(later, 'restored')).toEqual([]);
      const after = readFileSync(path.join(dist, RUOU), 'utf8');
      expect(after).toContain('Hết hạn từ');
      expect(after).not.toContain('Sắp hết hạn');
      expect(readFileSync(path.join(dist, 'chung-nhan/vietgap/index.html'), 'utf8')).not.toContain('/ruou-ngo/');

      // A product taken off the catalog leaves the site with everything of its own (page, card,
      // QR codes, photo variants), though a warm build keeps the last site in place: the site is
      // the one a cold build of the same catalog makes, file for file and byte for byte.
      rmSync(path.join(catalog, 'cooperatives/htx-mat-ong-bac-ha/products/tam-that.md'));
      const removed = build('1784048400');
      expect(pages(removed, 'restored').length).toBeGreaterThan(20);
      expect(removed).toMatch(/\d+ files left from an earlier build removed/);
      const site = snapshot();
      expect([...site.keys()].filter((f) => f.includes('tam-that'))).toEqual([]);
      const fresh = path.join(scratch, 'fresh');
      build('1784048400', fresh);
      expect(site).toEqual(snapshot(path.join(fresh, 'dist')));
    },
    7 * 180_000,
  );
});
