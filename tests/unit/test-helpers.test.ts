/**
 * The helpers the build and browser tests stand on: HTML readers and the static server.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../helpers/browser.ts';
import {
  decodeEntities,
  jsonLd,
  jsonLdNodes,
  jsonLdOfType,
  linkHref,
  metaContent,
  metaContents,
  pageFile,
  pageTitle,
  parseAttributes,
} from '../helpers/html.ts';
import { contentType, startStaticServer, stopStaticServer, type StaticServer } from '../helpers/static-server.ts';

const page = `<!doctype html><html lang="vi"><head>
<meta charset="utf-8">
<title>Mật ong bạc hà &ndash; HTX &amp; bạn</title>
<meta name="description" content="Mật ong &quot;bạc hà&quot; từ Hà Giang">
<meta property="og:title" content='Mật ong bạc hà'>
<meta content="https://fixture.example.vn/a.jpg" property="og:image">
<meta property="og:image" content="https://fixture.example.vn/b.jpg" />
<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://fixture.example.vn/hop-tac-xa/x/y/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Product","name":"Mật ong"},{"@type":["Organization","LocalBusiness"],"name":"HTX"}]}</script>
<script type=application/ld+json>[{"@type":"BreadcrumbList"}]</script>
<script>var x = "<meta name='description' content='no'>";</script>
</head><body></body></html>`;

describe('html helpers', () => {
  it('maps URLs to built files', () => {
    expect(pageFile('/', '/d')).toBe('/d/index.html');
    expect(pageFile('/hop-tac-xa/htx-a/', '/d')).toBe('/d/hop-tac-xa/htx-a/index.html');
    expect(pageFile('/hop-tac-xa/htx-a', '/d')).toBe('/d/hop-tac-xa/htx-a/index.html');
    expect(pageFile('/404.html', '/d')).toBe('/d/404.html');
    expect(pageFile('https://fixture.example.vn/san-pham/trang-2/?q=1', '/d')).toBe('/d/san-pham/trang-2/index.html');
  });

  it('decodes entities and attributes', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &quot;e&quot; &ndash;')).toBe('a & b <c> \'d\' "e" &ndash;');
    expect(parseAttributes('<meta property="og:title" content=\'A &amp; B\' data-x=1 hidden>')).toEqual({
      property: 'og:title',
      content: 'A & B',
      'data-x': '1',
      hidden: '',
    });
  });

  it('reads meta tags by name or property, in any attribute order', () => {
    expect(metaContent(page, 'description')).toBe('Mật ong "bạc hà" từ Hà Giang');
    expect(metaContent(page, 'og:title')).toBe('Mật ong bạc hà');
    expect(metaContents(page, 'og:image')).toEqual(['https://fixture.example.vn/a.jpg', 'https://fixture.example.vn/b.jpg']);
    expect(metaContent(page, 'twitter:card')).toBeUndefined();
  });

  it('reads link hrefs and the title', () => {
    expect(linkHref(page, 'canonical')).toBe('https://fixture.example.vn/hop-tac-xa/x/y/');
    expect(pageTitle(page)).toBe('Mật ong bạc hà &ndash; HTX & bạn');
  });

  it('extracts JSON-LD blocks and their nodes', () => {
    expect(jsonLd(page)).toHaveLength(2);
    expect(jsonLdNodes(page).map((n) => n['@type'])).toEqual(['Product', ['Organization', 'LocalBusiness'], 'BreadcrumbList']);
    expect(jsonLdOfType(page, 'LocalBusiness')).toEqual([{ '@type': ['Organization', 'LocalBusiness'], name: 'HTX' }]);
    expect(() => jsonLd('<script type="application/ld+json">{oops</script>')).toThrow();
  });
});

describe('static server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
    mkdirSync(path.join(dir, 'hop-tac-xa/htx-a'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<h1>Trang chủ</h1>');
    writeFileSync(path.join(dir, '404.html'), '<h1>Không tìm thấy</h1>');
    writeFileSync(path.join(dir, 'hop-tac-xa/htx-a/index.html'), '<h1>HTX A</h1>');
    writeFileSync(path.join(dir, 'a.avif'), 'x');
    writeFileSync(path.join(dir, 'pagefind.wasm'), 'x');
    server = await startStaticServer(dir);
  });

  afterAll(async () => {
    await stopStaticServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html for folder URLs and redirects a folder URL without its slash', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>Trang chủ</h1>');
    expect(await (await fetch(`${server.url}/hop-tac-xa/htx-a/`)).text()).toBe('<h1>HTX A</h1>');
    const bare = await fetch(`${server.url}/hop-tac-xa/htx-a?x=1`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/hop-tac-xa/htx-a/?x=1');
  });

  it('serves 404.html with status 404 for anything missing, and never outside the folder', async () => {
    for (const url of ['/khong-co/', '/khong-co.jpg', '/%2e%2e/%2e%2e/etc/passwd', '/%E0%A4%A']) {
      const response = await fetch(`${server.url}${url}`);
      expect([404, 400], url).toContain(response.status);
      if (response.status === 404) expect(await response.text()).toBe('<h1>Không tìm thấy</h1>');
    }
  });

  it('sends the right content types', async () => {
    expect((await fetch(`${server.url}/a.avif`)).headers.get('content-type')).toBe('image/avif');
    expect((await fetch(`${server.url}/pagefind.wasm`)).headers.get('content-type')).toBe('application/wasm');
    expect(contentType('x.webp')).toBe('image/webp');
    expect(contentType('x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('x.css')).toBe('text/css; charset=utf-8');
    expect(contentType('x.json')).toBe('application/json; charset=utf-8');
    expect(contentType('sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(contentType('favicon.svg')).toBe('image/svg+xml');
    expect(contentType('a.PNG')).toBe('image/png');
    expect(contentType('a.jpg')).toBe('image/jpeg');
    expect(contentType('a.pf_meta')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('<h1>Trang chủ</h1>')));
  });
});

describe('browser helper', () => {
  it('finds Chromium at CHROMIUM_PATH or /usr/bin/chromium', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it('fails, explaining how to install Chromium, when it is missing', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    try {
      await expect(launchBrowser()).rejects.toThrow(/Chromium was not found at \/nonexistent\/chromium[\s\S]*apt-get install -y chromium/);
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  });
});
