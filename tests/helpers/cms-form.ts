/**
 * Driving the form at `/admin/` in Chromium as a person does: sign in to the local proxy, open a
 * collection or an entry, fill fields by their names, save. Decap names each control
 * `<field>-field-<n>`, and its labels carry the field's Vietnamese heading.
 */
import type { Browser, Locator, Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export interface FormPage {
  page: Page;
  /** Console errors and uncaught exceptions, to assert there are none. */
  problems: string[];
  /** Requests to the proxy that failed, as `<action> <path>` (a preview Decap looks for in the wrong folder). */
  failedRequests: string[];
  /** The control of the field named `name` (the `n`-th when several, e.g. in a list). */
  field(name: string, n?: number): Locator;
  /** Opens `#/…` in the admin. */
  open(hash: string): Promise<void>;
  /** Saves the entry ("Công bố ngay": the local proxy writes straight to the files). */
  save(): Promise<void>;
  /** Whether the page is wider than the screen. */
  scrolls(): Promise<boolean>;
  close(): Promise<void>;
}

/** Opens the admin of the site at `url` in a fresh context and signs in to the local proxy. */
export async function openForm(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  deviceScaleFactor = 1,
): Promise<FormPage> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile: phone, hasTouch: phone, locale: 'vi-VN' });
  const page = await context.newPage();
  const problems: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (m) => {
    // Failed requests are collected with what they asked for, below; the static server has no favicon.
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() < 400 || response.url().endsWith('/favicon.ico')) return;
    const body = response.request().postDataJSON() as { action?: string; params?: { path?: string } } | null;
    failedRequests.push(body?.action ? `${body.action} ${body.params?.path ?? ''}` : `${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Danh mục').first().waitFor();
  return {
    page,
    problems,
    failedRequests,
    field: (name, n = 0) => page.locator(`[id^="${name}-field-"]`).nth(n),
    async open(hash) {
      await page.goto(`${url}/admin/${hash}`);
      await page.locator('[id$="-field-1"]').first().or(page.getByText('Danh mục').first()).waitFor();
    },
    async save() {
      await page.getByRole('button', { name: /^Công bố$/ }).click();
      await page.getByText('Công bố ngay').click();
    },
    scrolls: () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    close: () => context.close(),
  };
}

/** Picks `option` in the select field `name`. */
export async function choose(form: FormPage, name: string, option: string, n = 0): Promise<void> {
  await form.field(name, n).click();
  await form.page.getByRole('option', { name: option, exact: true }).click();
}
