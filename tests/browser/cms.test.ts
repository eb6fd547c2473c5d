/**
 * The form at `/admin/` (Decap CMS) of the built fixture site, writing through `decap-server` into a
 * copy of the fixture catalog, as `npm run edit` does: a product created on a 360 px phone lands in
 * its cooperative's folder, passes `npm run check` and is built into its page; an edit changes the
 * edited line and nothing else; an invalid value is refused in Vietnamese before anything is saved.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { z } from 'zod';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { contentSchemas } from '../../src/schemas/collections.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { choose, DESKTOP, openForm, PHONE, type FormPage } from '../helpers/cms-form.ts';
import { copyCatalog, startCmsSite, type CmsSite } from '../helpers/cms-server.ts';
import { FIXTURE_CATALOG, FIXTURE_SITE_URL, FIXTURE_SOURCE_DATE_EPOCH, REPO_ROOT } from '../helpers/fixture.ts';

const HONEY = 'cooperatives/htx-mat-ong-bac-ha';
let browser: Browser;
const sites: CmsSite[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((s) => s.stop()));
});

/** The built fixture site's form, writing into a fresh copy of the fixture catalog. */
async function formOn(viewport: typeof PHONE | typeof DESKTOP): Promise<{ form: FormPage; catalog: string; site: CmsSite }> {
  const site = await startCmsSite(inject('fixtureDist'), copyCatalog(FIXTURE_CATALOG));
  sites.push(site);
  return { form: await openForm(browser, site.url, viewport), catalog: path.join(site.repo, FIXTURE_CATALOG), site };
}

/** A file's front matter as the check reads it, through the schema. */
function checked<C extends 'cooperative' | 'product'>(file: string, collection: C) {
  const { data, body } = parseSource(readFileSync(file, 'utf8'));
  return { data: contentSchemas[collection].parse(data) as z.output<(typeof contentSchemas)[C]>, body };
}

function npmRunCheck(catalog: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CATALOG_DIR: path.relative(REPO_ROOT, catalog), SOURCE_DATE_EPOCH: FIXTURE_SOURCE_DATE_EPOCH, NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('/admin/ beside the public pages', () => {
  it('is linked and loaded by no public page, left out of the sitemap, and marked noindex', () => {
    const dist = inject('fixtureDist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('admin'));
    const pages = files.filter((f) => /\.(html|js|css|xml|json)$/.test(f)).map((f) => readFileSync(path.join(dist, f), 'utf8'));
    expect(pages.filter((text) => /\/admin\/|decap/i.test(text))).toEqual([]);
    const admin = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
    expect(admin).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    expect(admin).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    expect(admin).not.toMatch(/https?:\/\/(?!api\.github|raw\.github|avatars\.github)[^"'\s;]+\.(js|css)/);
  });
});

describe('a new product, made in the form on a 360 px phone', () => {
  it('lands in products/<slug>.md with its photo in images/, passes npm run check, and is built into its page', async () => {
    const { form, catalog, site } = await formOn(PHONE);
    await form.open('#/collections/products-htx-mat-ong-bac-ha/new');
    expect(await form.scrolls(), 'the form fits the phone').toBe(false);
    await form.field('name').fill('Phấn hoa bạc hà');
    await choose(form, 'group', 'Thực phẩm');
    await form.field('summary').fill('Phấn hoa của đàn ong nuôi trên Cao nguyên đá.');
    await form.page.getByRole('button', { name: /Thêm chứng nhận ocop/i }).click();
    await choose(form, 'stars', '5 sao');
    await form.field('issuedOn').fill('2025-04-02');
    await form.page.getByRole('button', { name: /Thêm giá/i }).click();
    await form.field('from').fill('250.000');
    await form.field('unit').fill('hũ 200 g');
    await form.page.getByRole('button', { name: /Thêm ảnh/i }).click();
    await form.page.getByRole('button', { name: 'Chọn ảnh', exact: true }).click();
    // A phone's photo, named the way people name files: Decap folds it to ASCII.
    const photo = path.join(site.repo, 'Ảnh Phấn Hoa.jpg');
    copyFileSync(path.join(catalog, HONEY, 'images/mat-ong-1.jpg'), photo);
    await form.page.locator('input[type="file"]').setInputFiles(photo);
    await form.page.getByRole('button', { name: 'Chọn ảnh này' }).click();
    await form.field('alt').fill('Hũ phấn hoa bạc hà');
    await form.save();

    const file = path.join(catalog, HONEY, 'products/phan-hoa-bac-ha.md');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').endsWith('---\n'), { timeout: 20_000 }).toBe(true);
    expect(existsSync(path.join(catalog, HONEY, 'images/anh-phan-hoa.jpg'))).toBe(true);
    const { data } = checked(file, 'product');
    expect(data).toMatchObject({
      name: 'Phấn hoa bạc hà',
      group: 'thuc-pham',
      images: [{ src: '../images/anh-phan-hoa.jpg', alt: 'Hũ phấn hoa bạc hà' }],
      ocop: { stars: 5, issuedOn: '2025-04-02', validUntil: '2028-04-02' },
      price: { from: 250000, unit: 'hũ 200 g' },
    });
    expect(data.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(form.problems).toEqual([]);
    expect(form.failedRequests).toEqual([]);
    await form.close();

    const check = npmRunCheck(catalog);
    expect(check.status, check.output).toBe(0);
    const outDir = `${site.repo}-dist`;
    await buildSite({
      catalog: path.relative(REPO_ROOT, catalog),
      outDir,
      siteUrl: FIXTURE_SITE_URL,
      sourceDateEpoch: FIXTURE_SOURCE_DATE_EPOCH,
    });
    const built = readFileSync(path.join(outDir, 'hop-tac-xa/htx-mat-ong-bac-ha/phan-hoa-bac-ha/index.html'), 'utf8');
    expect(built).toContain('Phấn hoa bạc hà');
    expect(built).toContain('250.000');
  }, 240_000);
});

type Data = Record<string, unknown>;

describe('an edit in the form', () => {
  it.each([
    {
      collection: 'product' as const,
      rel: `${HONEY}/products/mat-ong-bac-ha.md`,
      hash: '#/collections/products-htx-mat-ong-bac-ha/entries/mat-ong-bac-ha',
      field: 'unit',
      line: ['unit: hũ 500 ml', 'unit: hũ 1 lít'],
      value: 'hũ 1 lít',
      expected: (d: Data) => ({ ...d, price: { ...(d['price'] as Data), unit: 'hũ 1 lít' } }),
      previews: [],
    },
    {
      collection: 'cooperative' as const,
      rel: `${HONEY}/index.md`,
      hash: '#/collections/cooperatives/entries/htx-mat-ong-bac-ha/index',
      field: 'members',
      line: ['members: 42', 'members: 45'],
      value: '45',
      expected: (d: Data) => ({ ...d, members: 45 }),
      // Decap looks for every image in the collection's images/ folder: this logo and cover are
      // beside index.md, so the form shows no preview of them (and keeps them as written).
      previews: [`getMediaFile ${FIXTURE_CATALOG}/${HONEY}/images/logo.png`, `getMediaFile ${FIXTURE_CATALOG}/${HONEY}/images/cover.jpg`],
    },
  ])(
    'of a $collection changes its line and leaves every other byte and value as it was',
    async ({ collection, rel, hash, field, line, value, expected, previews }) => {
      const { form, catalog } = await formOn(DESKTOP);
      const file = path.join(catalog, rel);
      const original = readFileSync(file, 'utf8');
      await form.open(hash);
      await form.field(field).fill(value);
      await form.save();
      // Byte for byte: the edited line changed, nothing else (comments, quotes, flow style, body).
      // (Polled: the proxy writes the file in place, so a read can see it half written.)
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).toBe(original.replace(`${line[0]}\n`, `${line[1]}\n`));
      // Value for value, as the check reads them.
      const was = checked(path.join(REPO_ROOT, FIXTURE_CATALOG, rel), collection);
      const now = checked(file, collection);
      expect(now.body).toBe(was.body);
      expect(now.data).toEqual(expected(was.data as Data));
      expect(form.problems).toEqual([]);
      expect([...new Set(form.failedRequests)].sort()).toEqual([...previews].sort());
      await form.close();
    },
  );
});

describe('an invalid value in the form', () => {
  it('is refused with a Vietnamese message on a 360 px phone, and nothing is written', async () => {
    const { form, catalog } = await formOn(PHONE);
    const folder = path.join(catalog, 'cooperatives/tht-keo-dua-cho-lach/products');
    const files = readdirSync(folder);
    await form.open('#/collections/products-tht-keo-dua-cho-lach/new');
    await form.field('name').fill('Kẹo dừa sầu riêng');
    await choose(form, 'group', 'Thực phẩm');
    await form.page.getByRole('button', { name: /Thêm giá/i }).click();
    await form.field('from').fill('mười nghìn');
    await form.field('unit').fill('gói 400 g');
    await form.field('traceability').fill('http://truyxuat.example.vn/keo-dua');
    await form.save();
    await form.page.getByText('Giá từ (đồng): ghi giá bằng số, ví dụ 180000, 180.000 hoặc 180k.').waitFor();
    await form.page.getByText('Truy xuất nguồn gốc: chép đầy đủ đường dẫn, bắt đầu bằng https://.').waitFor();
    // Nothing was saved: the editor still has unsaved changes, and the folder holds the same files.
    await form.page.getByText('Thay đổi chưa được lưu').waitFor();
    expect(await form.scrolls()).toBe(false);
    expect(readdirSync(folder)).toEqual(files);
    await form.close();
  });
});
