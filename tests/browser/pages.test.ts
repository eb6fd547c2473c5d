/**
 * The built fixture site in Debian's Chromium on a 360 px phone: pages fit the screen and log no
 * error. Browsing needs no JavaScript: with it disabled, a visitor still reaches a product from
 * the home page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const PHONE = { width: 360, height: 740 };
const PAGES = [
  '/',
  '/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/',
  '/hop-tac-xa/htx-mat-ong-bac-ha/',
  '/hop-tac-xa/tht-keo-dua-cho-lach/keo-dua-la-dua/',
  '/hop-tac-xa/htx-mat-ong-bac-ha/tam-that/',
  '/san-pham/',
  '/ocop/',
  '/tinh/',
  '/bai-viet/cau-chuyen-mat-ong/',
  '/tim-kiem/',
  '/khong-co-trang-nay/',
];

const site = servedSite(inject('fixtureDist'));

/** Opens a page on a phone, collecting console errors, uncaught exceptions and failed requests. */
async function open(
  url: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; isMobile?: boolean } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('response', (r) => {
    // The 404 page is supposed to answer 404; anything else failing is a broken link or asset.
    if (r.status() >= 400 && !r.url().endsWith('/khong-co-trang-nay/')) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(`${site.server.url}${url}`, { waitUntil: 'networkidle' });
  // Scroll to the end so lazy images load and are checked too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

describe.each(PAGES)('%s on a 360 px phone', (url) => {
  // Accessibility of every page at 360 and 1280 px: tests/browser/every-page.test.ts.
  it('fits the screen and logs no error or failed request, lazy images included', async () => {
    const { page, problems } = await open(url);
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(width.scroll, 'horizontal scroll').toBeLessThanOrEqual(width.client);
    expect(problems).toEqual(problems.filter((p) => url === '/khong-co-trang-nay/' && p.includes('404')));
    await page.context().close();
  });
});

describe('images keep their shape', () => {
  it('shows a cooperative logo as a whole 4.5 rem circle beside the name, not squeezed by it', async () => {
    const { page } = await open('/hop-tac-xa/htx-mat-ong-bac-ha/');
    const box = await page.locator('img.logo').boundingBox();
    expect(box?.width).toBeCloseTo(72, 0);
    expect(box?.height).toBeCloseTo(72, 0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('goes from the home page to a group, then a product, by links alone', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    await page
      .getByRole('link', { name: /Thực phẩm/ })
      .first()
      .click();
    await page.waitForURL('**/nhom/thuc-pham/');
    await page
      .getByRole('link', { name: /Mật ong bạc hà/ })
      .first()
      .click();
    await page.waitForURL('**/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mật ong bạc hà');
    await page.context().close();
  });

  // The header carries the search box from 48rem up; on a phone it is a link to the search page.
  it('sends the header search box to the search page with the query', async () => {
    const { page } = await open('/', { javaScriptEnabled: false, viewport: { width: 1280, height: 800 }, isMobile: false });
    await page.getByRole('searchbox', { name: 'Tìm sản phẩm, hợp tác xã' }).fill('mật ong');
    await page.getByRole('searchbox', { name: 'Tìm sản phẩm, hợp tác xã' }).press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search.replace(/\+/g, ' '))).toBe('?q=mật ong');
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page } = await open('/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});
