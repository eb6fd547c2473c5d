/**
 * The hostile catalog (`tests/helpers/hostile-catalog.ts`) builds, and nothing it carries reaches a
 * page as markup, an attribute, a remote resource or a formula. Pages are parsed the way a browser
 * parses them (parse5), every element and attribute inspected.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { xmlErrors } from '../helpers/xml.ts';
import { elements, type Element } from '../helpers/dom.ts';
import { jsonLdOfType, readPage } from '../helpers/html.ts';
import { CLEAN_NAME, COOP, FORMULA, HOSTILE_PAGES, HOSTILE_SITE_URL } from '../helpers/hostile-catalog.ts';

const dist = inject('hostileDist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}
// The editor at /admin/ is Decap CMS's own page, not built from content (tests/unit/cms-*.test.ts).
const pages = htmlFiles(dist)
  .map((file) => ({ name: path.relative(dist, file), html: readFileSync(file, 'utf8') }))
  .filter(({ name }) => !name.startsWith('admin/'));
/** The site's own charts and map: inline SVG drawn at build time from numbers and boundaries, never from content markup. */
const SITE_SVG = /^(thong-ke|ban-do)\//;

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href', 'background', 'ping'];
/** A URL as the most lenient parser would read it: every control, format and space character gone. */
const compact = (url: string) => url.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, '').toLowerCase();
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/.exec(compact(url))?.[1];
const sameOrigin = (url: string) => {
  const u = compact(url);
  return (u.startsWith('/') && !u.startsWith('//')) || u.startsWith(HOSTILE_SITE_URL);
};
const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A CSP directive's sources, from the page's <meta http-equiv="content-security-policy">. */
function csp(all: Element[], directive: string): string[] {
  const meta = all.find((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  const part = (meta?.attrs['content'] ?? '').split(';').find((d) => d.trim().startsWith(`${directive} `));
  return part ? part.trim().split(/\s+/).slice(1) : [];
}

describe.each(pages)('$name', ({ name: page, html }) => {
  const all = elements(html);

  it('has no event handler, style attribute or duplicate id', () => {
    const found = all.flatMap((e) =>
      Object.keys(e.attrs)
        .filter((a) => /^on/i.test(a) || a === 'style')
        .map((a) => `${e.tag}[${a}]`),
    );
    expect(found).toEqual([]);
    const ids = all.map((e) => e.attrs['id']).filter(Boolean);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('links only to http(s), mailto, tel or the site, and loads nothing from elsewhere', () => {
    for (const e of all) {
      for (const name of URL_ATTRIBUTES) {
        const value = e.attrs[name];
        if (value === undefined) continue;
        const scheme = schemeOf(value);
        // The renewals page offers its own calendar feed to subscribe to: webcal://<site>/gia-han.ics.
        const ownFeed = scheme === 'webcal' && compact(value).startsWith(HOSTILE_SITE_URL.replace(/^https?/, 'webcal'));
        if (!ownFeed) expect([undefined, 'http', 'https', 'mailto', 'tel'], `${e.tag}[${name}="${value}"]`).toContain(scheme);
        if (
          name === 'src' ||
          name === 'poster' ||
          name === 'data' ||
          (e.tag === 'link' && name === 'href' && e.attrs['rel'] !== 'canonical' && e.attrs['rel'] !== 'alternate')
        )
          expect(sameOrigin(value), `${e.tag}[${name}="${value}"]`).toBe(true);
      }
      for (const url of srcsetUrls(e.attrs['srcset'] ?? '')) expect(sameOrigin(url), `${e.tag}[srcset] ${url}`).toBe(true);
    }
  });

  it('has no embed, frame, base or refresh, and only the site’s own scripts and styles, each allowed by its CSP', () => {
    expect(
      all
        .filter((e) => ['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'svg', 'math'].includes(e.tag))
        .filter((e) => !(e.tag === 'svg' && SITE_SVG.test(page)))
        .map((e) => e.tag),
    ).toEqual([]);
    expect(all.filter((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'refresh')).toEqual([]);
    const scriptSrc = csp(all, 'script-src');
    const styleSrc = csp(all, 'style-src');
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp(all, 'default-src')).toEqual(["'self'"]);
    for (const script of all.filter((e) => e.tag === 'script')) {
      const type = script.attrs['type'] ?? '';
      if (type === 'application/ld+json' || type === 'application/json') continue;
      expect(type, script.content.slice(0, 80)).toBe('module');
      if (script.attrs['src']) expect(script.attrs['src']).toMatch(/^\/_astro\//);
      else expect(scriptSrc, script.content.slice(0, 80)).toContain(sha256(script.content));
    }
    for (const style of all.filter((e) => e.tag === 'style')) expect(styleSrc).toContain(sha256(style.content));
  });
});

describe('the hostile catalog as text', () => {
  it('shows a formula, markup and a </script> name as the text written', () => {
    expect(elements(readPage(`/hop-tac-xa/${COOP}/cong-thuc/`, dist)).find((e) => e.tag === 'h1')?.text).toBe(FORMULA);
    const scriptPage = readPage(`/hop-tac-xa/${COOP}/the-script/`, dist);
    expect(elements(scriptPage).find((e) => e.tag === 'h1')?.text).toBe('</script><script>alert(1)</script>');
    expect(jsonLdOfType(scriptPage, 'Product')[0]?.['name']).toBe('</script><script>alert(1)</script>');
  });

  it('drops control characters, zero-width spaces and direction overrides from names', () => {
    for (const url of HOSTILE_PAGES.slice(0, 3)) expect(readPage(url, dist)).not.toMatch(/[\u0001\u200b\u202e]/);
    expect(elements(readPage(`/hop-tac-xa/${COOP}/`, dist)).find((e) => e.tag === 'h1')?.text).toBe(CLEAN_NAME);
  });

  it('keeps the cooperative’s own photo in the description once per placeholder, with only the site’s attributes', () => {
    const images = elements(readPage(`/hop-tac-xa/${COOP}/cong-thuc/`, dist)).filter((e) => e.tag === 'img' && e.attrs['alt'] === 'x');
    expect(images.length).toBe(3);
    for (const img of images) expect(Object.keys(img.attrs).sort()).toEqual(['alt', 'decoding', 'height', 'loading', 'src', 'width']);
  });
});

describe('open data and feeds of the hostile catalog', () => {
  it('catalog.csv: no cell can start a formula; the formula and the +84 phone are kept as text', () => {
    const rows = parseCsv(readFileSync(path.join(dist, 'catalog.csv')), { bom: true }) as string[][];
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u);
    expect(rows.flat()).toContain(`'${FORMULA}`);
    expect(rows.flat()).toContain(`'+84 912 345 678`);
  });

  it('rss.xml is well-formed XML and carries the names as text', () => {
    const xml = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(xmlErrors(xml)).toEqual([]);
    expect(xml).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('catalog.json is valid JSON with the cleaned name', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'catalog.json'), 'utf8')) as { cooperatives: Array<{ name: string }> };
    expect(json.cooperatives[0]?.name).toBe(CLEAN_NAME);
  });

  it('draws a link-preview card and a QR code for every page of the hostile catalog', async () => {
    for (const page of [`hop-tac-xa/${COOP}/`, `hop-tac-xa/${COOP}/cong-thuc/`, `hop-tac-xa/${COOP}/the-script/`]) {
      // The card the page declares: a JPEG when it shows a photo, else a PNG.
      const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(card, page).toMatch(/\/og\/.+\.(jpg|png)$/);
      const meta = await sharp(path.join(dist, new URL(card!).pathname)).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
    for (const file of [`qr/hop-tac-xa/${COOP}.svg`, `qr/hop-tac-xa/${COOP}/the-script.svg`])
      expect(xmlErrors(readFileSync(path.join(dist, file), 'utf8'))).toEqual([]);
  });
});
