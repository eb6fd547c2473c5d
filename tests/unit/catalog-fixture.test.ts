/**
 * The fixture catalog the build and browser tests use validates with exactly the warnings it was
 * written to produce, and has the entries (drafts, folder products, toned file names) they rely on.
 */
import { isPermanent } from '../../src/schemas/certification-type.ts';
import { checkWords } from '../../src/i18n/check.vi.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateStatus } from '../../src/lib/certificate-status.ts';
import { hasErrors, loadCatalog, type LoadedCatalog } from '../../src/lib/content/load.ts';
import { FIXTURE_BUILD_DATE, FIXTURE_CATALOG, REPO_ROOT } from '../helpers/fixture.ts';

let catalog: LoadedCatalog;
beforeAll(async () => {
  catalog = await loadCatalog({ words: checkWords, root: REPO_ROOT, contentDir: FIXTURE_CATALOG, today: FIXTURE_BUILD_DATE });
});

const product = (id: string) => {
  const entry = catalog.products.find((p) => p.id === id);
  if (!entry) throw new Error(`no product ${id}`);
  return entry;
};

describe('tests/fixtures/catalog', () => {
  it('has no errors and only the intended warnings', () => {
    expect(hasErrors(catalog.issues)).toBe(false);
    const P = `${FIXTURE_CATALOG}/cooperatives`;
    expect(catalog.issues.map((i) => `${i.severity} ${i.file.slice(P.length + 1)}:${i.line}:${i.column} ${i.field} ${i.key}`)).toEqual([
      'warning ho-kinh-doanh-ba-tam/products/banh-phong-tom.md:7:3 ocop.issuedOn ocop.dateUnknown',
      'warning htx-mat-ong-bac-ha/products/ruou-ngo/index.md:12:18 certifications[0] cert.expiring',
      'warning htx-mat-ong-bac-ha/products/tam-that.md:6:1 ocop cert.expired',
      'warning lhhtx-an-giang/index.md:2:1  coop.noContact',
      'warning lhhtx-an-giang/products/mai-vang-bonsai.md:2:1 images image.none',
      'warning tht-keo-dua-cho-lach/products/Kẹo dừa lá dứa.md:18:1  body.unsafeHtml',
      'warning tht-keo-dua-cho-lach/products/tui-xach-soi-dua.md:3:1 group ocop.legacyGroup',
    ]);
  });

  it('has the site settings the tests expect', () => {
    expect(catalog.site?.data).toMatchObject({ url: 'https://fixture.example.vn', pageSize: 2 });
  });

  it('has three cooperatives, one of each type, and a household business', () => {
    expect(catalog.cooperatives.map((c) => [c.id, c.data.type])).toEqual([
      ['ho-kinh-doanh-ba-tam', 'ho'],
      ['htx-mat-ong-bac-ha', 'htx'],
      ['lhhtx-an-giang', 'lhhtx'],
      ['tht-keo-dua-cho-lach', 'tht'],
    ]);
  });

  it('slugs products from file and folder names, toned names folded', () => {
    expect(catalog.products.map((p) => [p.id, p.draft])).toEqual([
      ['ho-kinh-doanh-ba-tam/banh-phong-tom', false],
      ['htx-mat-ong-bac-ha/nhap', true],
      ['htx-mat-ong-bac-ha/mat-ong-bac-ha', false],
      ['htx-mat-ong-bac-ha/ruou-ngo', false],
      ['htx-mat-ong-bac-ha/tam-that', false],
      ['lhhtx-an-giang/mai-vang-bonsai', false],
      ['lhhtx-an-giang/tour-lang-noi', false],
      ['tht-keo-dua-cho-lach/keo-dua-la-dua', false],
      ['tht-keo-dua-cho-lach/tui-xach-soi-dua', false],
    ]);
  });

  it('has certificates in each status on the build date', () => {
    const status = (id: string) => {
      const { ocop, certifications } = product(id).data;
      return [
        ocop && certificateStatus(ocop.validUntil, FIXTURE_BUILD_DATE),
        ...certifications.map(
          (c) => `${c.type}:${certificateStatus(c.validUntil, FIXTURE_BUILD_DATE, { permanent: isPermanent(c.type) })}`,
        ),
      ];
    };
    expect(status('htx-mat-ong-bac-ha/mat-ong-bac-ha')).toEqual(['valid', 'vietgap:valid', 'chi-dan-dia-ly:valid']);
    expect(status('htx-mat-ong-bac-ha/tam-that')).toEqual(['expired']);
    expect(status('htx-mat-ong-bac-ha/ruou-ngo')).toEqual(['valid', 'vietgap:expiring']);
    expect(product('htx-mat-ong-bac-ha/ruou-ngo').data.certifications[0]?.validUntil).toBe('2026-07-01');
    expect(status('tht-keo-dua-cho-lach/tui-xach-soi-dua')).toEqual([undefined, 'organic:valid', 'nhan-hieu-tap-the:valid']);
    expect(product('tht-keo-dua-cho-lach/tui-xach-soi-dua').data.certifications[1]?.validUntil).toBe('2028-06-01');
  });

  it('reads prices, seasons and groups as the pages need them', () => {
    expect(product('htx-mat-ong-bac-ha/mat-ong-bac-ha').data).toMatchObject({
      price: { from: 180000, unit: 'hũ 500 ml' },
      season: [10, 11, 12],
      featured: true,
      ocop: { stars: 4, validUntil: '2028-03-10' },
    });
    expect(product('htx-mat-ong-bac-ha/mat-ong-bac-ha').data.images).toHaveLength(2);
    expect(product('tht-keo-dua-cho-lach/keo-dua-la-dua').data.price).toEqual({ from: 45000, to: 60000, unit: 'gói 300g' });
    expect(product('tht-keo-dua-cho-lach/tui-xach-soi-dua').data.group).toBe('thu-cong-my-nghe');
    expect(product('lhhtx-an-giang/mai-vang-bonsai').data.images).toEqual([]);
  });

  it('keeps the injected markup in the Markdown source (the pages must sanitise it)', () => {
    const body = product('tht-keo-dua-cho-lach/keo-dua-la-dua').body;
    for (const markup of [
      '<script>alert("xss")</script>',
      '<img src="x" onerror="alert(1)">',
      '[bấm vào đây](javascript:alert(2))',
      'onclick="steal()"',
    ])
      expect(body).toContain(markup);
  });

  it('has one story referring to a cooperative and a product that exist', () => {
    expect(catalog.stories.map((s) => [s.id, s.data.cooperatives, s.data.products])).toEqual([
      ['cau-chuyen-mat-ong', ['htx-mat-ong-bac-ha'], ['htx-mat-ong-bac-ha/mat-ong-bac-ha']],
    ]);
  });
});
