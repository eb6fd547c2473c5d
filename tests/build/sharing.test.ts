/**
 * What trade promotion staff share, in the built fixture site: link-preview cards, QR codes that
 * decode to the page's canonical URL, share links without third-party scripts, open data (JSON, a
 * CSV that round-trips, RSS), robots.txt and a sitemap listing every page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { productFields, cooperativeFields } from '../../src/i18n/fields.vi.ts';
import { fieldTrees } from '../../src/schemas/collections.ts';
import { findTags, metaContent, readPage } from '../helpers/html.ts';
import { decodeQr } from '../helpers/qr.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');
const file = (p: string) => path.join(dist, p);

interface CatalogJson {
  cooperatives: { id: string; url: string; name: string; cover: { url: string } | null }[];
  products: {
    id: string;
    url: string;
    name: string;
    images: { url: string }[];
    ocop: { stars: number; status: string; validUntil: string } | null;
    certifications: { type: string; status: string }[];
  }[];
}
const catalog = JSON.parse(readFileSync(file('catalog.json'), 'utf8')) as CatalogJson;
const pages = [...catalog.products.map((p) => p.url), ...catalog.cooperatives.map((c) => c.url)].map((u) => new URL(u).pathname);

/** Whether a page's card shows a photo: a product's first photo, a cooperative's cover or else its first product photo. */
function hasPhoto(page: string): boolean {
  const product = catalog.products.find((p) => new URL(p.url).pathname === page);
  if (product) return product.images.length > 0;
  const coop = catalog.cooperatives.find((c) => new URL(c.url).pathname === page)!;
  return coop.cover !== null || catalog.products.some((p) => p.id.startsWith(`${coop.id}/`) && p.images.length > 0);
}

/**
 * What Zalo and Facebook ask of a preview image: 1200×630 (1.91:1) for the large preview, JPEG or
 * PNG, well under their size limits (Facebook 8 MB, Zalo about 1 MB); a card stays under 300 KB.
 */
async function expectPreviewCard(url: string, format: 'jpeg' | 'png') {
  const card = file(new URL(url).pathname);
  const meta = await sharp(card).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual([format, 1200, 630]);
  expect(statSync(card).size).toBeLessThan(300 * 1024);
  // A card without a photo is a palette PNG: a few kilobytes of flat colours and text.
  if (format === 'png') expect(meta.isPalette).toBe(true);
}

describe('link previews', () => {
  it.each(pages)(
    '%s has its own 1200×630 card (JPEG with a photo, else PNG), declared with absolute URL, size and vi_VN locale',
    async (page) => {
      const html = readPage(page, dist);
      const image = metaContent(html, 'og:image')!;
      const ext = hasPhoto(page) ? 'jpg' : 'png';
      expect(image).toBe(`${site}/og${page.replace(/\/$/, '')}.${ext}`);
      expect(metaContent(html, 'og:image:width')).toBe('1200');
      expect(metaContent(html, 'og:image:height')).toBe('630');
      expect(metaContent(html, 'og:locale')).toBe('vi_VN');
      await expectPreviewCard(image, ext === 'jpg' ? 'jpeg' : 'png');
    },
  );

  it('draws both kinds of card: some pages have a photo card, some a text card', () => {
    expect(new Set(pages.map(hasPhoto))).toEqual(new Set([true, false]));
  });

  it("gives every other page the site card, with the featured product's photo", async () => {
    const image = metaContent(readPage('/san-pham/', dist), 'og:image')!;
    expect(image).toBe(`${site}/og/site.jpg`);
    await expectPreviewCard(image, 'jpeg');
  });
});

describe('QR codes', () => {
  it.each(pages)('%s: the SVG and the print PNG both decode to the canonical URL', async (page) => {
    const canonical = `${site}${page}`;
    for (const ext of ['svg', 'png']) {
      const qr = file(`qr${page.replace(/\/$/, '')}.${ext}`);
      expect(await decodeQr(qr), qr).toEqual([{ text: canonical, ecLevel: 'Q' }]);
    }
    expect((await sharp(file(`qr${page.replace(/\/$/, '')}.png`)).metadata()).width).toBeGreaterThanOrEqual(1000);
  });

  it('is shown on the page with download links', () => {
    const html = readPage('/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/', dist);
    const links = findTags(html, 'a')
      .filter((a) => 'download' in a)
      .map((a) => a['href']);
    expect(links).toEqual(['/qr/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha.svg', '/qr/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha.png']);
  });
});

describe('share buttons', () => {
  it('are plain links to Zalo and Facebook carrying the canonical URL, with no third-party script', () => {
    const page = '/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/';
    const html = readPage(page, dist);
    const hrefs = findTags(html, 'a').map((a) => a['href'] ?? '');
    const zalo = new URL(hrefs.find((h) => h.startsWith('https://button-share.zalo.me/'))!);
    expect(JSON.parse(Buffer.from(zalo.searchParams.get('d')!, 'base64').toString('utf8'))).toEqual({ url: `${site}${page}` });
    const facebook = new URL(hrefs.find((h) => h.startsWith('https://www.facebook.com/sharer/'))!);
    expect(facebook.searchParams.get('u')).toBe(`${site}${page}`);
    expect(findTags(html, 'script').filter((s) => s['src'] && !s['src'].startsWith('/'))).toEqual([]);
  });
});

describe('open data', () => {
  it('catalog.json lists every cooperative and product with certificate status', () => {
    expect(catalog.cooperatives.map((c) => c.id).sort()).toEqual([
      'ho-kinh-doanh-ba-tam',
      'htx-mat-ong-bac-ha',
      'lhhtx-an-giang',
      'tht-keo-dua-cho-lach',
    ]);
    expect(catalog.products).toHaveLength(8);
    expect(catalog.products.find((p) => p.id === 'htx-mat-ong-bac-ha/tam-that')?.ocop).toMatchObject({
      stars: 3,
      status: 'expired',
      validUntil: '2025-06-10',
    });
    expect(catalog.products.find((p) => p.id === 'htx-mat-ong-bac-ha/ruou-ngo')?.certifications).toEqual([
      expect.objectContaining({ type: 'vietgap', status: 'expiring' }),
    ]);
  });

  it('catalog.json carries every field of the schemas, for every product and cooperative', () => {
    for (const product of catalog.products as unknown as Record<string, unknown>[])
      for (const node of fieldTrees.product.filter((n) => !n.info.notInOpenData))
        expect(Object.keys(product), node.key).toContain(node.key);
    for (const coop of catalog.cooperatives as unknown as Record<string, unknown>[])
      for (const node of fieldTrees.cooperative.filter((n) => !n.info.notInOpenData))
        expect(Object.keys(coop), node.key).toContain(node.key);
    const honey = (catalog.products as unknown as Record<string, unknown>[]).find((p) => p['id'] === 'htx-mat-ong-bac-ha/mat-ong-bac-ha');
    expect(honey?.['images']).toEqual([
      { url: expect.stringMatching(new RegExp(`^${site}/_astro/mat-ong-1\\..+\\.jpg$`)), alt: 'Hũ mật ong bạc hà' },
      { url: expect.stringMatching(/mat-ong-2\..+\.jpg$/), alt: null },
    ]);
  });

  it('catalog.csv has a column for every field marked for the spreadsheet', () => {
    const [header] = parse(readFileSync(file('catalog.csv')), { bom: true, to_line: 1 }) as string[][];
    const words = { product: productFields, cooperative: cooperativeFields } as const;
    for (const collection of ['product', 'cooperative'] as const)
      for (const node of fieldTrees[collection].filter((n) => n.info.csv && n.fields.length === 0))
        expect(header, node.key).toContain((words[collection] as Record<string, { heading: string }>)[node.key]?.heading);
  });

  it('catalog.csv is UTF-8 with a BOM and round-trips: parsed back, one row per product, same names and statuses', () => {
    const bytes = readFileSync(file('catalog.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(catalog.products.length);
    for (const product of catalog.products) {
      const row = rows.find((r) => r['Mã sản phẩm'] === product.id)!;
      expect(row['Tên sản phẩm']).toBe(product.name);
      expect(row['Trang sản phẩm']).toBe(product.url);
      expect(row['Số sao OCOP']).toBe(product.ocop ? String(product.ocop.stars) : '');
    }
    expect(rows.find((r) => r['Mã sản phẩm'] === 'htx-mat-ong-bac-ha/tam-that')?.['Tình trạng OCOP']).toBe('Hết hạn');
    expect(rows.find((r) => r['Mã sản phẩm'] === 'tht-keo-dua-cho-lach/keo-dua-la-dua')).toMatchObject({
      'Giá từ (đồng)': '45000',
      'Giá đến (đồng)': '60000',
      'Đơn vị tính': 'gói 300g',
    });
  });

  it('rss.xml lists new products, newest first, with absolute links', () => {
    const xml = readFileSync(file('rss.xml'), 'utf8');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l?.startsWith(`${site}/hop-tac-xa/`))).toBe(true);
    expect(links).not.toContain(`${site}/hop-tac-xa/htx-mat-ong-bac-ha/nhap/`);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('robots.txt allows indexing and points to the sitemap', () => {
    expect(readFileSync(file('robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap-index.xml\n`);
  });

  it('the sitemap lists every page of the site, and nothing that is not a page (nor the editor at /admin/)', () => {
    const htmlPages = (dir: string, base = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() && `${base}${e.name}/` !== 'admin/'
          ? htmlPages(path.join(dir, e.name), `${base}${e.name}/`)
          : e.name === 'index.html'
            ? [`${site}/${base}`]
            : [],
      );
    const expected = htmlPages(dist).sort();
    const listed = [...readFileSync(file('sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    expect(listed).toEqual(expected);
  });

  it('deletes the build-time manifests', () => {
    expect(existsSync(file('share-manifest.json'))).toBe(false);
    expect(existsSync(file('search-records.json'))).toBe(false);
  });
});

describe('printable OCOP catalog', () => {
  it('lists only products with a current recognition, grouped by OCOP group, each with its QR code', () => {
    const html = readPage('/in-an/ocop/', dist);
    expect(html).toContain('/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/');
    expect(html).not.toContain('/hop-tac-xa/htx-mat-ong-bac-ha/tam-that/');
    expect(findTags(html, 'img').filter((i) => i['src']?.startsWith('/qr/')).length).toBe(
      catalog.products.filter((p) => p.ocop && (p.ocop.status === 'valid' || p.ocop.status === 'expiring')).length,
    );
    expect(findTags(html, 'h2').length).toBeGreaterThan(0);
  });
});
