/**
 * Paths and settings shared by the tests: where the fixture catalogs are, where the fixture site is
 * built, and the fixed date and address it is built with.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A small valid catalog exercising edge cases, built once for the build and browser tests. */
export const FIXTURE_CATALOG = 'tests/fixtures/catalog';
/** A catalog with one of each mistake `npm run check` must catch. */
export const BROKEN_CATALOG = 'tests/fixtures/broken';

/** Scratch space for tests (ignored by git, prettier and eslint). */
export const OUTPUT_DIR = path.join(REPO_ROOT, 'tests/.output');
/** Where the global setup builds the fixture catalog. */
export const FIXTURE_DIST = path.join(OUTPUT_DIR, 'fixture-dist');

export const FIXTURE_SITE_URL = 'https://fixture.example.vn';

/**
 * Build date of the fixture site: 2026-05-28 12:00 in Viet Nam (05:00 UTC). The build takes the
 * calendar day in Asia/Ho_Chi_Minh, so an epoch late in the UTC day (1780000000 is 20:26 UTC, already
 * 29 May in Viet Nam) would shift every "days left" by one.
 */
export const FIXTURE_SOURCE_DATE_EPOCH = '1779944400';
export const FIXTURE_BUILD_DATE = '2026-05-28';

/** Where the search tests build the demo catalog (content/). */
export const DEMO_DIST = path.join(OUTPUT_DIR, 'demo-dist');
/** The demo is built against 2026-11-22 12:00 in Viet Nam, the day its certificates were written for. */
export const DEMO_SOURCE_DATE_EPOCH = '1795323600';
