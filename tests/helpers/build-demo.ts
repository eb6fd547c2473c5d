/**
 * Vitest global setup for the `search` project: builds the demo catalog (content/) once into
 * `tests/.output/demo-dist`, with a fixed build date, and provides the folder as `demoDist`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-fixture.ts';
import { DEMO_DIST, DEMO_SOURCE_DATE_EPOCH } from './fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built demo site. */
    demoDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await buildSite({
    catalog: 'content',
    outDir: DEMO_DIST,
    siteUrl: 'https://htx-demo.example.vn',
    sourceDateEpoch: DEMO_SOURCE_DATE_EPOCH,
  });
  project.provide('demoDist', DEMO_DIST);
}
