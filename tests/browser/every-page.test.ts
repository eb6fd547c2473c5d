/**
 * Every page of the fixture site, on a 360 px phone and a 1280 px desktop: no accessibility
 * violation of any impact (axe-core), no horizontal scroll, no console error.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allViolations, AXE_SOURCE, formatViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startStaticServer, stopStaticServer, type StaticServer } from '../helpers/static-server.ts';

const dist = inject('fixtureDist');
function pages(dir: string, base = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? ['pagefind', '_astro', 'admin', 'og', 'qr'].includes(e.name)
        ? []
        : pages(path.join(dir, e.name), `${base}${e.name}/`)
      : e.name === 'index.html'
        ? [base]
        : [],
  );
}
const URLS = pages(dist);
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

let server: StaticServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  for (const v of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width: v.width, height: v.height } });
    // Loaded with every page by the DevTools protocol (the page's CSP does not govern it): once per page, not parsed again per check.
    await context.addInitScript({ content: AXE_SOURCE });
    contexts.set(v.name, context);
  }
});
afterAll(async () => {
  await browser?.close();
  await stopStaticServer(server);
});

describe.each(VIEWPORTS)('every page on a $name', (viewport) => {
  it.each(URLS)('%s: no axe violation, no horizontal scroll, no console error', async (url) => {
    const page = await contexts.get(viewport.name)!.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    const violations = await allViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
