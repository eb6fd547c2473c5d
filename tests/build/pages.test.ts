/**
 * The built fixture site, read as HTML: every page the contract promises exists at its URL, with
 * language, canonical and Open Graph tags, JSON-LD, certificate status computed against the fixed
 * build date, and nothing a cooperative wrote able to run script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findTags, jsonLd, linkHref, metaContent, pageFile, readPage } from '../helpers/html.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');
const page = (url: string) => readPage(url, dist);
const exists = (url: string) => existsSync(pageFile(url, dist));
const MAT_ONG = '/hop-tac-xa/htx-mat-ong-bac-ha/mat-ong-bac-ha/';
const KEO_DUA = '/hop-tac-xa/tht-keo-dua-cho-lach/keo-dua-la-dua/';
const TAM_THAT = '/hop-tac-xa/htx-mat-ong-bac-ha/tam-that/';
const RUOU = '/hop-tac-xa/htx-mat-ong-bac-ha/ruou-ngo/';
const COOP = '/hop-tac-xa/htx-mat-ong-bac-ha/';

/** Text content of a fragment of HTML, tags removed and whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function allHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allHtmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

describe('URLs', () => {
  it('publishes cooperatives and products at the contract URLs, a toned file name folded to ASCII', () => {
    for (const url of [COOP, MAT_ONG, TAM_THAT, RUOU, KEO_DUA, '/hop-tac-xa/tht-keo-dua-cho-lach/', '/hop-tac-xa/lhhtx-an-giang/']) {
      expect(exists(url), url).toBe(true);
    }
  });

  it('never publishes a draft', () => {
    expect(exists('/hop-tac-xa/htx-mat-ong-bac-ha/nhap/')).toBe(false);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('nhap');
  });

  it('builds every listing, paginated at the site.yaml page size', () => {
    for (const url of [
      '/',
      '/san-pham/',
      '/san-pham/trang-2/',
      '/hop-tac-xa/',
      '/hop-tac-xa/trang-2/',
      '/nhom/thuc-pham/',
      '/nhom/du-lich/',
      '/ocop/',
      '/ocop/5-sao/',
      '/ocop/3-sao/',
      '/chung-nhan/',
      '/chung-nhan/vietgap/',
      '/tinh/',
      '/tinh/tuyen-quang/',
      '/tinh/vinh-long/',
      '/tinh/an-giang/',
      '/bai-viet/',
      '/bai-viet/cau-chuyen-mat-ong/',
      '/tim-kiem/',
    ]) {
      expect(exists(url), url).toBe(true);
    }
    // All six groups exist even when empty, so a shared link never breaks.
    for (const group of ['thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich'])
      expect(exists(`/nhom/${group}/`), group).toBe(true);
  });

  it('has a Vietnamese 404 page', () => {
    const html = readFileSync(path.join(dist, '404.html'), 'utf8');
    expect(html).toContain('lang="vi"');
    expect(text(html)).toContain('Không tìm thấy trang');
  });

  it('lists every published page in the sitemap with absolute URLs', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    for (const url of [COOP, MAT_ONG, KEO_DUA, '/san-pham/trang-2/', '/bai-viet/cau-chuyen-mat-ong/'])
      expect(sitemap).toContain(`<loc>${site}${url}</loc>`);
    expect(sitemap).not.toContain('search-records');
  });
});

describe('every page', () => {
  // /admin/ is the editor (Decap CMS's page, noindex): tests/unit/cms-*.test.ts and tests/browser/cms.test.ts.
  const files = allHtmlFiles(dist).filter(
    (f) => !f.includes(`${path.sep}pagefind${path.sep}`) && !f.includes(`${path.sep}admin${path.sep}`),
  );
  it.each(files.map((f) => [path.relative(dist, f), f]))('%s: lang, canonical, Open Graph, description', (_, file) => {
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<html lang="vi"/);
    // Nothing after </html> (a page's own <script> placed outside its layout ends up there).
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const canonical = linkHref(html, 'canonical');
    if (path.basename(file) === '404.html') {
      // The "not found" page is served at any address: it claims none, and asks not to be indexed.
      expect(canonical).toBeUndefined();
      expect(metaContent(html, 'og:url')).toBeUndefined();
      expect(metaContent(html, 'robots')).toBe('noindex');
    } else {
      expect(canonical).toMatch(new RegExp(`^${site}/`));
      expect(metaContent(html, 'og:url')).toBe(canonical);
    }
    expect(metaContent(html, 'og:title')).toBeTruthy();
    expect(metaContent(html, 'og:locale')).toBe('vi_VN');
    expect(metaContent(html, 'description')).toBeTruthy();
    expect(metaContent(html, 'og:image')).toMatch(new RegExp(`^${site}/(og|_astro)/.+\\.(png|jpe?g)$`));
    expect(Number(metaContent(html, 'og:image:width'))).toBeGreaterThan(0);
    // No page loads anything from a third party.
    for (const tag of [...findTags(html, 'script'), ...findTags(html, 'img'), ...findTags(html, 'link'), ...findTags(html, 'source')]) {
      const src = tag['src'] ?? (tag['rel'] === 'canonical' ? undefined : tag['href']) ?? tag['srcset'];
      if (src) expect(src, `${tag['src'] ?? tag['href'] ?? tag['srcset']}`).not.toMatch(/^(https?:)?\/\/(?!fixture\.example\.vn)/);
    }
  });
});

describe('product page', () => {
  it('has title, Open Graph image with size, and Product JSON-LD with the price in VND and the cooperative as manufacturer', () => {
    const html = page(MAT_ONG);
    expect(metaContent(html, 'og:image')).toBe(`${site}/og${MAT_ONG.replace(/\/$/, '')}.jpg`);
    expect(Number(metaContent(html, 'og:image:width'))).toBeGreaterThan(0);
    expect(Number(metaContent(html, 'og:image:height'))).toBeGreaterThan(0);
    const product = jsonLd(html)
      .flat()
      .find((n) => (n as { '@type'?: string })['@type'] === 'Product') as Record<string, unknown>;
    expect(product).toMatchObject({
      name: 'Mật ong bạc hà',
      url: `${site}${MAT_ONG}`,
      offers: { '@type': 'Offer', priceCurrency: 'VND', price: 180000 },
      manufacturer: { '@type': 'Organization', name: 'Hợp tác xã Mật ong Bạc Hà', url: `${site}${COOP}` },
    });
    expect(product['award']).toContain('OCOP 4 sao');
  });

  it('shows price in VND with its unit, season as months, and the contact with tel:, Zalo and map links', () => {
    const html = page(MAT_ONG);
    expect(text(html)).toContain('180.000 ₫ / hũ 500 ml');
    expect(text(html)).toContain('tháng 10 – tháng 12');
    expect(html).toContain('href="tel:+84912345678"');
    expect(html).toContain('href="https://zalo.me/0912345678"');
    expect(html).toMatch(/href="https:\/\/www\.google\.com\/maps\/search\/\?api=1&amp;query=22\.85,104\.98"/);
  });

  it('shows a price range', () => {
    expect(text(page(KEO_DUA))).toContain('45.000 – 60.000 ₫ / gói 300g');
  });

  it('links back to the cooperative and the group in its breadcrumbs', () => {
    const html = page(MAT_ONG);
    const crumbs = /<nav aria-label="Đường dẫn trang"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(crumbs).toContain(`href="${COOP}"`);
    expect(crumbs).toContain('href="/nhom/thuc-pham/"');
    const list = jsonLd(html)
      .flat()
      .find((n) => (n as { '@type'?: string })['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] };
    expect(list.itemListElement.map((i) => i.item)).toEqual([`${site}/`, `${site}/nhom/thuc-pham/`, `${site}${COOP}`, `${site}${MAT_ONG}`]);
  });

  it('serves responsive AVIF and WebP photos with width and height; the cover eager, the rest lazy', () => {
    const html = page(MAT_ONG);
    const sources = findTags(html, 'source');
    expect(sources.some((s) => s['type'] === 'image/avif' && s['srcset']?.includes('480w'))).toBe(true);
    expect(sources.some((s) => s['type'] === 'image/webp')).toBe(true);
    const imgs = findTags(html, 'img');
    for (const img of imgs) {
      expect(img['width'], img['src']).toBeTruthy();
      expect(img['height'], img['src']).toBeTruthy();
    }
    const gallery = findTags(/<div class="gallery"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '', 'img');
    expect(gallery).toHaveLength(2);
    expect(gallery[0]).toMatchObject({ loading: 'eager', fetchpriority: 'high' });
    expect(gallery[1]).toMatchObject({ loading: 'lazy' });
    // Cards further down the page load lazily too.
    expect(imgs.filter((i) => !gallery.some((g) => g['src'] === i['src'])).every((i) => i['loading'] === 'lazy')).toBe(true);
  });
});

describe('image encoding', () => {
  it('encodes each photo into the shared variants only (AVIF and WebP at two widths, one JPEG), whatever pages show it', () => {
    // mat-ong-1 appears in the gallery, on cards, in search results and as the link preview.
    const files = readdirSync(path.join(dist, '_astro')).filter((f) => f.startsWith('mat-ong-1.'));
    // The original upload is not copied to the site: only what pages use is deployed.
    expect(files.map((f) => f.split('.').at(-1)).sort()).toEqual(['avif', 'avif', 'jpg', 'webp', 'webp']);
  });
});

describe('certificate status against the build date (2026-05-28)', () => {
  it('shows an expired OCOP recognition as "Hết hạn", never as a star badge', () => {
    const html = page(TAM_THAT);
    expect(text(html)).toContain('Hết hạn');
    expect(text(html)).toContain('Hết hạn từ 10/06/2025');
    expect(html).not.toMatch(/aria-label="OCOP 3 sao"/);
    const product = jsonLd(html)
      .flat()
      .find((n) => (n as { '@type'?: string })['@type'] === 'Product') as Record<string, unknown>;
    expect(product['award']).toBeUndefined();
  });

  it('marks a certificate ending within 90 days as expiring', () => {
    expect(text(page(RUOU))).toContain('Sắp hết hạn');
  });

  it('does not count expired recognitions in star listings', () => {
    const threeStars = page('/ocop/3-sao/');
    expect(threeStars).not.toContain(TAM_THAT);
    expect(threeStars).toContain(KEO_DUA);
    expect(page('/ocop/5-sao/')).toContain(RUOU);
  });

  it('counts an expiring certificate as current in certification listings', () => {
    expect(page('/chung-nhan/vietgap/')).toContain(RUOU);
  });
});

describe('cooperative page', () => {
  it('has Organization JSON-LD with its address, and all its products as cards', () => {
    const html = page(COOP);
    const org = jsonLd(html)
      .flat()
      .find((n) => (n as { '@type'?: string })['@type'] === 'Organization') as Record<string, unknown>;
    expect(org).toMatchObject({
      name: 'Hợp tác xã Mật ong Bạc Hà',
      url: `${site}${COOP}`,
      address: { '@type': 'PostalAddress', addressRegion: 'Hà Giang', addressCountry: 'VN' },
    });
    for (const url of [MAT_ONG, TAM_THAT, RUOU]) expect(html).toContain(`href="${url}"`);
  });

  it('shows type, members, founded, representative and the address in its old form with the province it belongs to now', () => {
    const body = text(page(COOP));
    expect(body).toContain('Hợp tác xã');
    expect(body).toContain('42');
    expect(body).toContain('2016');
    expect(body).toContain('Sùng Mí Chá (Giám đốc)');
    expect(body).toContain('Thôn Lùng Thàng, Xã Minh Tân, Vị Xuyên, tỉnh Hà Giang');
    expect(body).toContain('nay thuộc tỉnh Tuyên Quang');
  });

  it('lists the stories about it', () => {
    expect(page(COOP)).toContain('href="/bai-viet/cau-chuyen-mat-ong/"');
  });

  it('labels a tổ hợp tác and a liên hiệp by their type', () => {
    expect(text(page('/hop-tac-xa/tht-keo-dua-cho-lach/'))).toContain('Tổ hợp tác');
    expect(text(page('/hop-tac-xa/lhhtx-an-giang/'))).toContain('Liên hiệp hợp tác xã');
  });
});

describe('provinces', () => {
  it('lists a cooperative written with a pre-2025 province under today’s province', () => {
    expect(page('/tinh/tuyen-quang/')).toContain(MAT_ONG);
    expect(exists('/tinh/ha-giang/')).toBe(false);
  });
});

describe('cooperative Markdown cannot run script', () => {
  it('strips <script>, event handlers and javascript: links from the body, keeping the text', () => {
    const html = page(KEO_DUA);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/alert\(/);
    expect(html).not.toMatch(/\son(error|click)=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(text(html)).toContain('Kẹo được nấu từ nước cốt dừa xiêm');
    expect(text(html)).toContain('Dừa xiêm Chợ Lách');
  });

  it('keeps a product name that looks like markup inside its JSON-LD string, escaped', () => {
    for (const block of page(KEO_DUA).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g))
      expect(block[1]).not.toMatch(/<\/?[a-z]/i);
  });
});

describe('search index', () => {
  it('is built by the build, and the records file it was made from is removed', () => {
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(dist, 'pagefind')).some((f) => f.startsWith('wasm.'))).toBe(true);
    expect(existsSync(path.join(dist, 'search-records.json'))).toBe(false);
    expect(existsSync(path.join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('puts a search box in the header of every page that works without JavaScript (GET to /tim-kiem/)', () => {
    const html = page('/');
    expect(html).toMatch(/<form[^>]*action="\/tim-kiem\/"[^>]*method="get"[^>]*role="search"/);
    expect(html).toMatch(/<label for="site-search"/);
  });
});
