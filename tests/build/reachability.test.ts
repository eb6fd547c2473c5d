/**
 * Every listing, product and cooperative page of the built fixture site can be reached by following
 * links from the home page: a page only its own URL leads to is lost to visitors and to search
 * engines alike. The crawl follows same-site `<a href>` only, as a visitor without search would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/i18n/vi.ts';
import { findTags, pageFile, readPage } from '../helpers/html.ts';

const dist = inject('fixtureDist');
const site = new URL(inject('fixtureSiteUrl'));
const LISTING_PREFIXES = [
  '/san-pham/',
  '/hop-tac-xa/',
  '/co-so-san-xuat/',
  '/nhom/',
  '/ocop/',
  '/chung-nhan/',
  '/tinh/',
  '/bai-viet/',
  '/thong-ke/',
  '/gia-han/',
  '/ban-do/',
];
const HUBS = ['/san-pham/', '/hop-tac-xa/', '/ocop/', '/chung-nhan/', '/tinh/', '/bai-viet/', '/thong-ke/', '/gia-han/', '/ban-do/'];

/** URL of every built `index.html`: `<dist>/tinh/an-giang/index.html` → `/tinh/an-giang/`. */
function builtPages(dir = dist, url = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtPages(path.join(dir, e.name), `${url}${e.name}/`) : e.name === 'index.html' ? [url] : [],
  );
}

/** Same-site pages a page links to, as paths (`/tinh/an-giang/`), query and fragment dropped. */
function linksOf(url: string): string[] {
  return findTags(readPage(url, dist), 'a').flatMap((a) => {
    const href = a['href'];
    if (href === undefined) return [];
    const target = new URL(href, new URL(url, site));
    return target.origin === site.origin ? [decodeURI(target.pathname)] : [];
  });
}

/** Every built page reachable from `/` by links, breadth first. */
function crawl(): Set<string> {
  const reached = new Set(['/']);
  const queue = ['/'];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const link of linksOf(url)) {
      if (reached.has(link) || !existsSync(pageFile(link, dist)) || !link.endsWith('/')) continue;
      reached.add(link);
      queue.push(link);
    }
  }
  return reached;
}

/**
 * A listing with nothing in it (`/chung-nhan/globalgap/` when no product holds one) exists only so
 * a link to it never breaks; hubs and "Xem theo" links leave it out on purpose.
 */
function isEmptyListing(url: string): boolean {
  const html = readPage(url, dist);
  return html.includes(`>${ui.listing.empty}</p>`) && !html.includes('class="card-grid"');
}

const pages = builtPages();
const reached = crawl();

describe('reachability from the home page', () => {
  it('links every hub straight from the home page', () => {
    const home = new Set(linksOf('/'));
    expect(HUBS.filter((hub) => !home.has(hub))).toEqual([]);
  });

  it('reaches every listing page (hubs, every page of every listing) by links', () => {
    const listings = pages.filter((url) => LISTING_PREFIXES.some((prefix) => url.startsWith(prefix)));
    // Guards against a crawl that passes because it found nothing to check.
    expect(listings).toEqual(
      expect.arrayContaining(['/tinh/', '/tinh/tuyen-quang/trang-2/', '/chung-nhan/vietgap/', '/san-pham/trang-2/']),
    );
    const lost = listings.filter((url) => !reached.has(url) && !isEmptyListing(url));
    expect(lost, 'built listing pages no link from / leads to').toEqual([]);
  });

  it('reaches every cooperative and product page by links', () => {
    const catalog = JSON.parse(readFileSync(path.join(dist, 'catalog.json'), 'utf8')) as {
      cooperatives: Array<{ url: string }>;
      products: Array<{ url: string }>;
    };
    const urls = [...catalog.cooperatives, ...catalog.products].map((entry) => decodeURI(new URL(entry.url).pathname));
    expect(catalog.products.length).toBeGreaterThan(0);
    expect(
      urls.filter((url) => !reached.has(url)),
      'cooperative and product pages no link from / leads to',
    ).toEqual([]);
  });
});
