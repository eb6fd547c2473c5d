/**
 * Property-based: whatever Unicode a cooperative writes (every control and format character, lone
 * surrogates, noncharacters, markup, formulas), what the check accepts goes through every writer
 * the build has (link-preview card, JSON-LD, CSV, RSS, search record) without a crash and without
 * markup, a formula or an invisible character escaping. And no HTML the sanitiser is given comes
 * out with an attribute the site did not choose.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { getRssString } from '@astrojs/rss';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { sanitizeBody } from '../../src/lib/html/sanitize.ts';
import { recordHtml } from '../../src/lib/search/record.ts';
import { serializeJsonLd } from '../../src/lib/seo/jsonld.ts';
import { cardSvg } from '../../src/lib/share/og-card.ts';
import { spreadsheetCsv } from '../../src/lib/spreadsheet/csv.ts';
import { removeInvisible } from '../../src/lib/text/clean.ts';
import { checkContext } from '../../src/schemas/image.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { xmlErrors } from '../helpers/xml.ts';
import { elements } from '../helpers/dom.ts';

const schema = productSchema(checkContext);

/** Characters that break writers or hide: every C0 and C1 control, format characters, surrogates, noncharacters, markup. */
const NASTY = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u00ad',
  '\u061c',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufff9',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\u{e0001}',
  '\u3164',
  '\u00a0',
  '\u3000',
  '<',
  '>',
  '&',
  '"',
  "'",
  '</script>',
  ']]>',
  '=',
  '+',
  '-',
  '@',
  '＝',
  'đ',
  'Ơ',
  '̀',
  '👨‍🌾',
];
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 12 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 10 })).map((p) => p.join('')),
);

/** A product file whose name and summary are `value`, read by the check's own parser and schema. */
function check(value: string) {
  const text = `---\n${stringify({ name: value, group: 'thuc-pham', summary: value, packaging: value })}---\n\nMô tả.\n`;
  const source = parseSource(text);
  return source.data ? schema.safeParse(source.data) : undefined;
}

describe('anything the check accepts', () => {
  it('carries no control, direction or invisible character into the data', () => {
    fc.assert(
      fc.property(nastyString, (value) => {
        const result = check(value);
        if (!result?.success) return;
        for (const field of [result.data.name, result.data.summary ?? '', result.data.packaging ?? '']) {
          expect(removeInvisible(field).removed).toEqual([]);
          expect(field).toBe(field.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('goes into JSON-LD, CSV, RSS and the search record without markup or a formula escaping', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, async (value) => {
        const result = check(value);
        if (!result?.success) return;
        const { name } = result.data;
        const json = serializeJsonLd({ '@type': 'Product', name });
        expect(json).not.toMatch(/[<>]/);
        expect((JSON.parse(json) as { name: string }).name).toBe(name);

        const csv = spreadsheetCsv(['Tên'], [[name]]);
        const [, row] = parseCsv(csv, { bom: true, relax_quotes: false }) as string[][];
        expect(row?.[0]).toBe(/^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u.test(name) ? `'${name}` : name);

        const rss = await getRssString({
          title: name,
          description: name,
          site: 'https://x.vn',
          items: [{ title: name, link: '/a/', description: name }],
        });
        expect(xmlErrors(rss)).toEqual([]);

        const record = elements(
          recordHtml({
            url: '/a/',
            kind: 'product',
            name,
            byline: name,
            keywords: [name],
            text: name,
            meta: { place: name },
            filters: { nhom: [name] },
          }),
        );
        expect(record.find((e) => e.tag === 'h1')?.text).toBe(name);
        expect(record.map((e) => e.tag).filter((t) => !['html', 'head', 'meta', 'body', 'h1', 'p', 'span'].includes(t))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('draws a link-preview card: the SVG is well-formed and sharp renders it', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, async (value) => {
        const result = check(value);
        if (!result?.success) return;
        const svg = cardSvg({ title: result.data.name, subtitle: result.data.summary, site: result.data.name, host: 'x.vn' });
        expect(xmlErrors(svg)).toEqual([]);
        const png = await sharp(Buffer.from(svg)).resize(120).png().toBuffer();
        expect(png.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

/** HTML fragments a cooperative might paste, with the tricks of the OWASP cheat sheet. */
const htmlPiece = fc.constantFrom(
  '<a href="',
  '<img ',
  '<img __ASTRO_IMAGE_=\'{"src":"./a.jpg","alt":"x"',
  ',"onload":"alert(1)"',
  ',"style":"position:fixed"',
  "}'>",
  ' onerror=alert(1) ',
  ' style="x" ',
  ' id="search-form" ',
  ' class="site" ',
  ' src=x ',
  'javascript:',
  '&#106;',
  '&nbsp;',
  '\u2028',
  '"',
  "'",
  '>',
  '<',
  '</a>',
  '<svg onload=alert(1)>',
  '<script>',
  '</script>',
  '<p ',
  '<iframe src=x>',
  '<math>',
  '<style>',
  '<!--',
  '-->',
  '<base href=//evil>',
  'text ',
  'đ ',
  '__ASTRO_IMAGE_="x"',
);

describe('the sanitiser, on any HTML', () => {
  it('lets no handler, style, id, class, remote image or unsafe link through', () => {
    fc.assert(
      fc.property(
        fc.array(htmlPiece, { maxLength: 24 }).map((p) => p.join('')),
        (html) => {
          const out = sanitizeBody(html, ['./a.jpg']);
          for (const e of elements(out)) {
            if (['html', 'head', 'body'].includes(e.tag)) continue;
            for (const [name, value] of Object.entries(e.attrs)) {
              expect(name).not.toMatch(/^on|^style$|^id$|^class$|^src$|^srcset$/i);
              if (name === 'href')
                expect(value.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, '')).not.toMatch(/^(javascript|data|vbscript):|^[\\/]{2}/i);
              if (name === '__ASTRO_IMAGE_') expect(Object.keys(JSON.parse(value) as object).sort()).toEqual(['alt', 'index', 'src']);
            }
            expect(['script', 'style', 'iframe', 'svg', 'math', 'base']).not.toContain(e.tag);
          }
          expect(out).not.toMatch(/__ASTRO_IMAGE_="(?![^"]*"\s*\/>)/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
