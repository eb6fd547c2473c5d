/**
 * Takes the guide's screenshots of the form (`docs/screenshots/cms-*.png`, used by the section
 * "Sửa bằng biểu mẫu" of docs/huong-dan.md): the demo catalog built into tests/.output/demo-dist
 * (reused when it is there), its form writing into a scratch copy, on a 360 px phone and a PC.
 *
 *   node scripts/screenshots-cms.ts [--rebuild]
 *
 * Drives Chromium through the tests' helpers, like `npm run bench`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { adminLocale, adminWords, screenshotSample } from '../src/i18n/admin.vi.ts';
import { productFields } from '../src/i18n/fields.vi.ts';
import { groupLabels } from '../src/i18n/vi.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { buildSite } from '../tests/helpers/build-fixture.ts';
import { choose, DESKTOP, openForm, PHONE } from '../tests/helpers/cms-form.ts';
import { copyCatalog, startCmsSite } from '../tests/helpers/cms-server.ts';
import { DEMO_DIST, DEMO_SOURCE_DATE_EPOCH, REPO_ROOT } from '../tests/helpers/fixture.ts';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const COOP = 'htx-ong-mat-bac-ha-cao-nguyen-da';
const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });

if (values.rebuild || !existsSync(path.join(DEMO_DIST, 'admin/index.html'))) {
  await buildSite({
    catalog: 'content',
    outDir: DEMO_DIST,
    siteUrl: 'https://htx-demo.example.vn',
    sourceDateEpoch: DEMO_SOURCE_DATE_EPOCH,
  });
}
const site = await startCmsSite(DEMO_DIST, copyCatalog('content'));
const browser = await launchBrowser();
mkdirSync(OUT, { recursive: true });

/** Scrolls the form so `target` is at the top, then shoots the screen. */
async function shot(name: string, page: Page, target?: Locator): Promise<void> {
  if (target) await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `cms-${name}.png`) });
  console.log(`docs/screenshots/cms-${name}.png`);
}

try {
  const phone = await openForm(browser, site.url, PHONE, 2);
  await shot('1-danh-muc', phone.page);
  await phone.open(`#/collections/products-${COOP}/entries/phan-hoa-bac-ha`);
  await shot('2-san-pham', phone.page);
  await shot('3-ocop-gia', phone.page, phone.page.locator('label[for^="ocop-field-"]'));
  await phone.open(`#/collections/products-${COOP}/new`);
  await phone.field('name').fill(screenshotSample.name);
  await choose(phone, 'group', groupLabels['thuc-pham']);
  await phone.page
    .getByRole('button', { name: adminLocale.editor.editorWidgets.list.add.replace('%{item}', productFields.price.label) })
    .click();
  await phone.field('from').fill(screenshotSample.price);
  await phone.field('unit').fill(screenshotSample.unit);
  await phone.save();
  await phone.page.getByText(adminWords.patterns.price).waitFor();
  await shot('4-bao-loi', phone.page, phone.page.locator('label[for^="price-field-"]'));
  await phone.close();

  const pc = await openForm(browser, site.url, DESKTOP);
  await pc.open(`#/collections/products-${COOP}/entries/phan-hoa-bac-ha`);
  await shot('5-may-tinh', pc.page);
  await pc.close();
} finally {
  await browser.close();
  await site.stop();
  rmSync(site.repo, { recursive: true, force: true });
}
