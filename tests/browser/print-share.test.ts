/**
 * Printing and sharing in Chromium: each product page prints on one A4 sheet with its QR code; the
 * copy button copies the canonical URL; buttons for features a browser lacks stay hidden.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startStaticServer, stopStaticServer, type StaticServer } from '../helpers/static-server.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');
const products = (JSON.parse(readFileSync(path.join(dist, 'catalog.json'), 'utf8')) as { products: { url: string }[] }).products.map(
  (p) => new URL(p.url).pathname,
);

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stopStaticServer(server);
});

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('print', () => {
  it.each(products)('%s prints on one A4 page, with the QR code and without navigation', async (url) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.qr img')).toBe(true);
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('[aria-labelledby="chung-nhan"]')).toBe((await page.locator('[aria-labelledby="chung-nhan"]').count()) > 0);
    await page.close();
  });

  it('prints the OCOP catalog for fair stands, each product with a QR code that loaded', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/in-an/ocop/`, { waitUntil: 'networkidle' });
    const qrs = await page.$$eval('img[src^="/qr/"]', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(qrs.length).toBeGreaterThan(0);
    expect(qrs.every((w) => w > 0)).toBe(true);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('share buttons', () => {
  it('copies the canonical URL and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const url = '/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/';
    await page.goto(`${server.url}${url}`);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${url}`);
    expect(await page.textContent('.copy-status')).toBe('Đã sao chép liên kết');
    await context.close();
  });

  it('shows the share-sheet button only where the browser has one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/hop-tac-xa/htx-mat-ong-bac-ha/`);
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.isVisible('button[data-share]')).toBe(hasShare);
    await page.close();
  });
});
