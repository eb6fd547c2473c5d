/**
 * `/ban-do/` in Chromium at 360 and 1280 px, with and without JavaScript: a click inside a
 * province opens its listing, a cooperative's point opens its page, the map fits the screen, the
 * archipelagos are drawn and labelled, and axe finds nothing (any impact); the data bank's other
 * pages too. Clicks land where a person would tap, at a point inside the province's own fill.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { statsWords } from '../../src/i18n/stats.vi.ts';
import { allViolations, formatViolations } from '../helpers/axe.ts';
import { servedSite } from '../helpers/served-site.ts';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
];
const MODES = [
  { name: 'with JavaScript', javaScriptEnabled: true },
  { name: 'without JavaScript', javaScriptEnabled: false },
];

const site = servedSite(inject('fixtureDist'));

async function open(url: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
  return page;
}

/**
 * A point of the screen where the given element is what a tap hits: inside its shape's fill (not
 * just its bounding box, which a neighbour may cover), scrolled into view. Found by the browser's
 * own hit-testing, which works with JavaScript off in the page (it runs in the test's context).
 */
async function tapPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const point = await page.locator(selector).evaluate((target) => {
    const box = target.getBoundingClientRect();
    for (let i = 1; i < 40; i++)
      for (let j = 1; j < 40; j++) {
        const x = box.left + (box.width * i) / 40;
        const y = box.top + (box.height * j) / 40;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === target || target.contains(hit))) return { x, y };
      }
    return undefined;
  });
  expect(point, `no visible point of ${selector}`).toBeDefined();
  return point!;
}

describe.each(VIEWPORTS)('/ban-do/ on a $name', (viewport) => {
  describe.each(MODES)('$name', ({ javaScriptEnabled }) => {
    it('opens a province’s listing when the province is tapped', async () => {
      const page = await open('/ban-do/', viewport, javaScriptEnabled);
      const { x, y } = await tapPoint(page, 'svg a[href="/tinh/vinh-long/"] path');
      await page.mouse.click(x, y);
      await page.waitForURL('**/tinh/vinh-long/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Vĩnh Long');
      await page.context().close();
    });

    it('opens a cooperative’s page from its point', async () => {
      const page = await open('/ban-do/', viewport, javaScriptEnabled);
      const { x, y } = await tapPoint(page, 'svg a[href="/hop-tac-xa/htx-mat-ong-bac-ha/"] circle');
      await page.mouse.click(x, y);
      await page.waitForURL('**/hop-tac-xa/htx-mat-ong-bac-ha/');
      await page.context().close();
    });
  });

  it('fits the screen, shows both archipelagos with their labels, and has no axe violation', async () => {
    const page = await open('/ban-do/', viewport);
    const map = await page.locator('figure.map svg').boundingBox();
    expect(map!.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    for (const label of [statsWords.map.hoangSa, statsWords.map.truongSa]) {
      const box = await page.locator('svg text', { hasText: label }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(map!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(map!.x + map!.width + 1);
    }
    const violations = await allViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('reaches a province by keyboard, its name announced', async () => {
    const page = await open('/ban-do/', viewport);
    const link = page.getByRole('link', { name: /^Vĩnh Long: \d+ sản phẩm/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tinh/vinh-long/');
    await page.context().close();
  });
});

describe.each(['/thong-ke/', '/gia-han/', '/tinh/vinh-long/xa/cho-lach/'])('%s', (url) => {
  it.each(VIEWPORTS)('has no axe violation and no horizontal scroll on a $name', async (viewport) => {
    const page = await open(url, viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    const violations = await allViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.context().close();
  });
});

describe('printing', () => {
  it('leaves navigation out and keeps the tables of /thong-ke/ on the page', async () => {
    const page = await open('/thong-ke/', VIEWPORTS[1]!);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator(`nav[aria-label="${statsWords.page.seeAlso}"]`).isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    expect(await page.locator('svg').first().isVisible()).toBe(true);
    await page.context().close();
  });
});
