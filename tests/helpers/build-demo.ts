/**
 * Vitest global setup for the `search` project: builds the demo catalog (content/) once into
 * `tests/.output/demo-dist`, with a fixed build date, and provides the folder as `demoDist`; then
 * the fixture catalog, which has no synonym dictionary of its own (the project's default applies),
 * into a folder of its own, `searchFixtureDist`, so the build tests' fixture build is never
 * replaced under a running search. One after the other: Astro writes into the project's `.astro/`.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-fixture.ts';
import { DEMO_DIST, DEMO_SOURCE_DATE_EPOCH, FIXTURE_CATALOG, FIXTURE_SITE_URL, FIXTURE_SOURCE_DATE_EPOCH, OUTPUT_DIR } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built demo site. */
    demoDist: string;
    /** Absolute path of the fixture catalog built for the search tests. */
    searchFixtureDist: string;
  }
}

const SEARCH_FIXTURE_DIST = path.join(OUTPUT_DIR, 'search-fixture-dist');

export default async function setup(project: TestProject): Promise<void> {
  await buildSite({
    catalog: 'content',
    outDir: DEMO_DIST,
    siteUrl: 'https://htx-demo.example.vn',
    sourceDateEpoch: DEMO_SOURCE_DATE_EPOCH,
  });
  project.provide('demoDist', DEMO_DIST);
  await buildSite({
    catalog: FIXTURE_CATALOG,
    outDir: SEARCH_FIXTURE_DIST,
    siteUrl: FIXTURE_SITE_URL,
    sourceDateEpoch: FIXTURE_SOURCE_DATE_EPOCH,
  });
  project.provide('searchFixtureDist', SEARCH_FIXTURE_DIST);
}
