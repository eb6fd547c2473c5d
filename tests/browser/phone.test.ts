/**
 * What a visitor came for, on the first screen of a 360 × 640 phone: a compact header; on a product
 * page the photo, name, price, OCOP status and a call or Zalo action; a cooperative's products
 * within two screens. Positions are measured in Chromium and printed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

const PHONE = { width: 360, height: 640 };
const PRODUCT = '/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/';
const COOP = '/hop-tac-xa/htx-mat-ong-bac-ha/';

const site = servedSite(inject('fixtureDist'));

async function open(url: string, viewport = PHONE): Promise<Page> {
  const page = await site.browser.newPage({ viewport, isMobile: viewport.width < 768, hasTouch: viewport.width < 768 });
  await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
  return page;
}
/** Top and bottom of the first element matching `selector`, in page coordinates. */
const box = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY), height: Math.round(r.height) };
  }, selector);

describe('on a 360 × 640 phone', () => {
  it('the header takes at most 112 px, with search one tap away', async () => {
    const page = await open('/');
    const header = await box(page, '.site-header');
    console.log('header', header);
    expect(header!.height).toBeLessThanOrEqual(112);
    await page.getByRole('link', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/tim-kiem/');
    await page.close();
  });

  it('a product page shows photo, name, price, OCOP status and call/Zalo on the first screen', async () => {
    const page = await open(PRODUCT);
    const found = {
      photo: await box(page, '.gallery img'),
      name: await box(page, 'h1'),
      price: await box(page, '.price'),
      status: await box(page, '.facts'),
      bar: await box(page, '.action-bar'),
    };
    console.log('product page', found);
    const barTop = found.bar!.top;
    expect(barTop + found.bar!.height).toBe(PHONE.height);
    for (const key of ['photo', 'name', 'price', 'status'] as const) expect(found[key]!.bottom, key).toBeLessThanOrEqual(barTop);
    await expect(page.locator('.action-bar a', { hasText: 'Gọi' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.action-bar a', { hasText: 'Zalo' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.action-bar a', { hasText: 'Chỉ đường' }).isVisible()).resolves.toBe(true);
    // The bar stays on screen while the page scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect((await page.locator('.action-bar').boundingBox())!.y + 1).toBeGreaterThan(PHONE.height - found.bar!.height);
    await page.close();
  });

  it('a cooperative page reaches its products within two screens', async () => {
    const page = await open(COOP);
    const card = await box(page, '#san-pham ~ .card-grid li, .card-grid li');
    console.log('first product card of the cooperative page', card);
    expect(card!.top).toBeLessThan(2 * PHONE.height);
    await page.close();
  });
});

describe('on a desktop', () => {
  it('keeps the full search box and contact buttons, without the phone bar', async () => {
    const page = await open(PRODUCT, { width: 1280, height: 800 });
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    expect(await page.locator('.action-bar').isVisible()).toBe(false);
    expect(await page.locator('.summary a[href^="tel:"]').isVisible()).toBe(true);
    await page.close();
  });
});
