import { describe, expect, it } from 'vitest';
import { findLocalImages, findRemoteImages, findUnsafeMarkup, sanitizeBody } from '../../src/lib/html/sanitize.ts';

/** The placeholder Astro's Markdown renderer writes for a local image, as satteri encodes it. */
const placeholder = (src: string, alt = 'Ảnh') =>
  `<img __ASTRO_IMAGE_="${JSON.stringify({ src, alt, index: 0 }).replace(/"/g, '&#x22;')}">`;

describe('sanitizeBody', () => {
  it('removes scripts with their content', () => {
    expect(sanitizeBody('<p>Kẹo dừa</p><script>alert("xss")</script>')).toBe('<p>Kẹo dừa</p>');
    expect(sanitizeBody('<svg><script>alert(1)</script></svg>')).toBe('');
  });

  it('removes event handler attributes', () => {
    const html = sanitizeBody('<a href="https://example.com" onclick="steal()">liên kết</a><p onmouseover="x()">đoạn</p>');
    expect(html).toBe('<a href="https://example.com" rel="nofollow ugc noopener">liên kết</a><p>đoạn</p>');
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('removes an <img> that is not an allowed local image, handlers and all', () => {
    expect(sanitizeBody('<img src="x" onerror="alert(1)">')).toBe('');
  });

  it.each([
    'javascript:alert(2)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example.com/',
  ])('drops the href %j but keeps the link text', (href) => {
    expect(sanitizeBody(`<a href="${href}">bấm vào đây</a>`)).toBe('<a>bấm vào đây</a>');
  });

  it('keeps http(s), mailto and tel links, each with rel="nofollow ugc noopener"', () => {
    expect(sanitizeBody('<a href="https://shopee.vn/htx" rel="author">Shopee</a>')).toBe(
      '<a href="https://shopee.vn/htx" rel="nofollow ugc noopener">Shopee</a>',
    );
    expect(sanitizeBody('<a href="mailto:htx@example.vn">thư</a>')).toBe(
      '<a href="mailto:htx@example.vn" rel="nofollow ugc noopener">thư</a>',
    );
    expect(sanitizeBody('<a href="tel:+84912345678">gọi</a>')).toBe('<a href="tel:+84912345678" rel="nofollow ugc noopener">gọi</a>');
  });

  it('removes iframes and other embeds', () => {
    expect(sanitizeBody('<iframe src="https://www.youtube.com/embed/x"></iframe><p>b</p>')).toBe('<p>b</p>');
    expect(sanitizeBody('<object data="x.swf"></object><embed src="x"><form action="/"><input></form><style>p{}</style><p>c</p>')).toBe(
      '<p>c</p>',
    );
  });

  it('removes remote images', () => {
    expect(sanitizeBody('<p><img src="https://cdn.example.com/x.jpg" alt="a"></p>')).toBe('<p></p>');
    expect(sanitizeBody(placeholder('https://cdn.example.com/x.jpg'), ['./a.jpg'])).toBe('');
  });

  it('keeps Astro image placeholders for the local images the renderer found', () => {
    const html = sanitizeBody(`<p>${placeholder('./a.jpg')}</p>`, ['./a.jpg']);
    expect(html).toMatch(/^<p><img __ASTRO_IMAGE_="[^"]+" \/><\/p>$/);
    // Astro decodes &quot; as well as &#x22; before JSON.parse.
    const attr = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(JSON.parse(attr.replace(/&quot;/g, '"'))).toEqual({ src: './a.jpg', alt: 'Ảnh', index: 0 });
  });

  it('removes forged placeholders for images the renderer did not find', () => {
    expect(sanitizeBody(placeholder('./khong-co.jpg'), ['./a.jpg'])).toBe('');
    expect(sanitizeBody(placeholder('../../../../etc/passwd'), ['./a.jpg'])).toBe('');
    expect(sanitizeBody('<img __ASTRO_IMAGE_="not json">', ['./a.jpg'])).toBe('');
    expect(sanitizeBody(placeholder('./a.jpg'))).toBe('');
  });

  it('keeps only the placeholder on an allowed image, rebuilt with its path, alt text and counter', () => {
    const html = sanitizeBody(placeholder('./a.jpg').replace('<img ', '<img src="https://evil/x.jpg" onload="x()" alt="khác" class="c" '), [
      './a.jpg',
    ]);
    expect(html).not.toMatch(/onload|evil|\ssrc=|\salt=|class/);
    expect(html).toMatch(/^<img __ASTRO_IMAGE_="[^"]+" \/>$/);
  });

  // Astro turns every key of a placeholder's JSON into an attribute of the final <img>.
  it.each([
    ['an event handler', { onload: 'alert(1)' }],
    ['a style, an id and a class', { style: 'position:fixed;inset:0;z-index:2147483647', id: 'search-form', class: 'site-header' }],
    ['encoder options', { widths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], format: 'png', quality: 100, inferSize: true }],
    ['a srcset and a src of its own', { srcset: 'https://evil.example/x.jpg 1x', loading: 'eager', fetchpriority: 'high' }],
  ])('drops %s written into a placeholder', (_, extra) => {
    const forged = `<img __ASTRO_IMAGE_='${JSON.stringify({ src: './a.jpg', alt: 'x', ...extra, index: 0 })}'>`;
    const attr = /__ASTRO_IMAGE_="([^"]+)"/.exec(sanitizeBody(forged, ['./a.jpg']))?.[1] ?? '';
    expect(JSON.parse(attr.replace(/&quot;/g, '"'))).toEqual({ src: './a.jpg', alt: 'x', index: 0 });
  });

  it('writes alt text with quotes and angle brackets so Astro reads it back as written', () => {
    const forged = `<img __ASTRO_IMAGE_='${JSON.stringify({ src: './a.jpg', alt: 'a "b" <c> & d', title: 'T', index: 2 })}'>`;
    const html = sanitizeBody(forged, ['./a.jpg']);
    // Astro's own decoding (astro/dist/content/runtime.js): &quot; &#x27; &amp; only.
    const attr = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(attr).not.toMatch(/[<>]|&lt;|&gt;/);
    const decoded = attr
      .replace(/&(?:#x22|quot);/g, '"')
      .replace(/&(?:#x27|apos);/g, "'")
      .replace(/&(?:amp|#x26|#38);/g, '&');
    expect(JSON.parse(decoded)).toEqual({ src: './a.jpg', alt: 'a "b" <c> & d', title: 'T', index: 2 });
  });

  it('breaks the placeholder word in text, where Astro would otherwise look for an image (and stop the build on a broken one)', () => {
    const html = sanitizeBody('<p>__ASTRO_IMAGE_="x" <code>__ASTRO_IMAGE_="{"</code></p>');
    expect(html).not.toMatch(/__ASTRO_IMAGE_="/);
    expect(html).toBe('<p>__ASTRO&#95;IMAGE_="x" <code>__ASTRO&#95;IMAGE_="{"</code></p>');
  });

  it.each([
    ['&nbsp;', '\u00a0'],
    ['U+2028', '\u2028'],
    ['U+1680', '\u1680'],
    ['U+180E', '\u180e'],
    ['U+2000', '\u2000'],
    ['U+200A', '\u200a'],
    ['U+200B', '\u200b'],
    ['U+205F', '\u205f'],
    ['U+3000', '\u3000'],
    ['U+FEFF', '\ufeff'],
    ['U+0000', '\u0000'],
  ])('drops a javascript: link with %s in front, as DOMPurify does', (_, char) => {
    expect(sanitizeBody(`<a href="${char}javascript:alert(1)">x</a>`)).toBe('<a>x</a>');
    expect(sanitizeBody(`<a href="java${char}script:alert(1)">x</a>`)).toBe('<a>x</a>');
  });

  it('drops a javascript: link written with character references', () => {
    for (const href of ['&nbsp;javascript:alert(1)', '&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#x6A;&#x61;vascript:x'])
      expect(sanitizeBody(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
  });

  it('turns h1 into h2 (the page has one h1, the product name)', () => {
    expect(sanitizeBody('<h1>Giới thiệu</h1><h2>Cách dùng</h2>')).toBe('<h2>Giới thiệu</h2><h2>Cách dùng</h2>');
  });

  it('keeps ordinary Markdown output and drops style, class and id', () => {
    expect(sanitizeBody('<ul><li>Dừa xiêm</li><li><strong>Lá dứa</strong></li></ul><ol start="3"><li>x</li></ol>')).toBe(
      '<ul><li>Dừa xiêm</li><li><strong>Lá dứa</strong></li></ul><ol start="3"><li>x</li></ol>',
    );
    expect(sanitizeBody('<p style="color:red" class="x" id="y">t</p>')).toBe('<p>t</p>');
    expect(sanitizeBody('<table><tr><td align="left" onclick="x">1</td></tr></table>')).toBe(
      '<table><tr><td align="left">1</td></tr></table>',
    );
    expect(sanitizeBody('<p><del>150.000</del> 120.000</p>')).toBe('<p><del>150.000</del> 120.000</p>');
  });
});

describe('findUnsafeMarkup', () => {
  it('names each kind of unsafe markup once', () => {
    const body =
      '<script>alert("xss")</script>\n\n<img src="x" onerror="alert(1)">\n\n[bấm](javascript:alert(2))\n\n<iframe src="x"></iframe>';
    expect(findUnsafeMarkup(body)).toEqual(['script', 'embed', 'handler', 'scheme']);
  });

  it.each([
    ['<a href="https://example.com" onclick="steal()">liên kết</a>', ['handler']],
    ['<SCRIPT src="x.js"></SCRIPT>', ['script']],
    ['<style>body{}</style>', ['embed']],
    ['[x](JavaScript:void(0))', ['scheme']],
    ['![x](data:image/png;base64,AAAA)', ['scheme']],
    ['<a href="&nbsp;javascript:alert(1)">x</a>', ['scheme']],
    ['<a href="&#106;avascript:alert(1)">x</a>', ['scheme']],
    ['<img __ASTRO_IMAGE_=\'{"src":"./p.jpg","onload":"alert(1)"}\'>', ['attribute']],
    ['<p style="position:fixed" id="search-form" class="x">t</p>', ['attribute']],
  ])('%j → %j', (body, found) => {
    expect(findUnsafeMarkup(body)).toEqual(found);
  });

  it('finds nothing in ordinary Markdown', () => {
    expect(
      findUnsafeMarkup('Kẹo dừa **lá dứa**, giá 45.000 đ.\n\n- Dừa\n- Lá dứa\n\n[Shopee](https://shopee.vn/htx) ![ảnh](./a.jpg)'),
    ).toEqual([]);
  });
});

describe('findRemoteImages', () => {
  it('finds web images, with or without a scheme', () => {
    expect(findRemoteImages('![a](https://x.vn/a.jpg) ![b](//cdn.vn/b.png) ![c](./c.jpg) ![d](http://x.vn/d.jpg "tựa đề")')).toEqual([
      'https://x.vn/a.jpg',
      '//cdn.vn/b.png',
      'http://x.vn/d.jpg',
    ]);
  });

  it('ignores links that are not images', () => {
    expect(findRemoteImages('[Shopee](https://shopee.vn/htx)')).toEqual([]);
  });
});

describe('findLocalImages', () => {
  it('finds local images and ignores web ones and titles', () => {
    expect(
      findLocalImages('![a](https://x.vn/a.jpg) ![b](//cdn.vn/b.png) ![c](./c.jpg) ![d](../images/d.png "tựa đề") ![](anh.webp)'),
    ).toEqual(['./c.jpg', '../images/d.png', 'anh.webp']);
  });

  it('reads an angle-bracketed path with spaces whole', () => {
    expect(findLocalImages('![Ảnh](<./anh keo dua.jpg>)')).toEqual(['./anh keo dua.jpg']);
  });
});
