/**
 * A built site served over HTTP and a Chromium to browse it, for one browser test file: started
 * before its tests and stopped after them. Read `site.server` and `site.browser` inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startStaticServer, stopStaticServer, type StaticServer } from './static-server.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

export function servedSite(dist: string): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await startStaticServer(dist);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await stopStaticServer(site.server);
  });
  return site;
}
