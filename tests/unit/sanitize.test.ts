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
    expect(sanitizeBody(`<a href="${href}">bấm vào đây</a>`)).toBe('<a rel="nofollow ugc noopener">bấm vào đây</a>');
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

  it('keeps only the placeholder and alt on an allowed image', () => {
    const html = sanitizeBody(placeholder('./a.jpg').replace('<img ', '<img src="https://evil/x.jpg" onload="x()" alt="mô tả" '), [
      './a.jpg',
    ]);
    expect(html).not.toMatch(/onload|evil|\ssrc=/);
    expect(html).toContain('alt="mô tả"');
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
    expect(findUnsafeMarkup(body)).toEqual(['<script>', 'thẻ nhúng', 'thuộc tính on…=', 'đường dẫn javascript:']);
  });

  it.each([
    ['<a href="https://example.com" onclick="steal()">liên kết</a>', ['thuộc tính on…=']],
    ['<SCRIPT src="x.js"></SCRIPT>', ['<script>']],
    ['<style>body{}</style>', ['thẻ nhúng']],
    ['[x](JavaScript:void(0))', ['đường dẫn javascript:']],
    ['![x](data:image/png;base64,AAAA)', ['đường dẫn javascript:']],
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
