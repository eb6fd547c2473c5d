import { checkWords } from '../../src/i18n/check.vi.ts';
import { describe, expect, it } from 'vitest';
import { problemsFromIssue } from '../../src/lib/errors/zod-issues.ts';
import { OCOP_VALID_MONTHS, VIETGAP_VALID_MONTHS } from '../../src/schemas/certificate.ts';
import { cooperativeSchema } from '../../src/schemas/cooperative.ts';
import { checkContext } from '../../src/schemas/image.ts';
import { LEGACY_OCOP_GROUPS, OCOP_GROUPS } from '../../src/schemas/ocop-group.ts';
import { productSchema } from '../../src/schemas/product.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { storySchema } from '../../src/schemas/story.ts';

const product = productSchema(checkContext);
const cooperative = cooperativeSchema(checkContext);
const story = storySchema(checkContext);

/** Message keys and paths of a failed parse, the way the check reports them. */
function problems(schema: typeof product | typeof cooperative | typeof story | typeof siteSchema, data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  expect(result.success, 'expected the data to be refused').toBe(false);
  return (result.error?.issues ?? [])
    .flatMap((issue) => problemsFromIssue(issue, data, schema, { collection: 'product', words: checkWords }))
    .map((p) => ({ path: p.path.join('.'), key: p.key, params: p.params }));
}

const minimalProduct = { name: 'Mật ong bạc hà', group: 'thuc-pham' };
const minimalCoop = { name: 'Hợp tác xã Mật ong Bạc Hà', address: { commune: 'Xã Minh Tân', province: 'Hà Giang' } };

describe('productSchema', () => {
  it('fills the defaults', () => {
    expect(product.parse(minimalProduct)).toEqual({
      ...minimalProduct,
      images: [],
      certifications: [],
      buy: [],
      featured: false,
      tags: [],
    });
  });

  it('defaults OCOP validity to issuedOn + 36 months and VietGAP to issuedOn + 24 months', () => {
    expect(OCOP_VALID_MONTHS).toBe(36);
    expect(VIETGAP_VALID_MONTHS).toBe(24);
    const data = product.parse({
      ...minimalProduct,
      ocop: { stars: '4', issuedOn: '2025-03-10' },
      certifications: [
        { type: 'vietgap', issuedOn: '2024-07-01' },
        { type: 'vietgap', issuedOn: '2024-02-29' },
        { type: 'organic', issuedOn: '2025-01-01' },
        { type: 'globalgap', issuedOn: '2025-01-01', validUntil: '2026-01-01' },
      ],
    });
    expect(data.ocop).toEqual({ stars: 4, issuedOn: '2025-03-10', validUntil: '2028-03-10' });
    expect(data.certifications.map((c) => c.validUntil)).toEqual(['2026-07-01', '2026-02-28', undefined, '2026-01-01']);
  });

  it('keeps a written validUntil', () => {
    expect(
      product.parse({ ...minimalProduct, ocop: { stars: '3', issuedOn: '2022-06-10', validUntil: '2023-01-01' } }).ocop?.validUntil,
    ).toBe('2023-01-01');
  });

  it.each([
    ['Thực phẩm', 'thuc-pham'],
    ['THUC-PHAM', 'thuc-pham'],
    [' thuc pham ', 'thuc-pham'],
    ['Đồ uống', 'do-uong'],
    ['Sinh vật cảnh', 'sinh-vat-canh'],
  ])('folds the group %j to %j', (written, group) => {
    expect(product.parse({ ...minimalProduct, group: written }).group).toBe(group);
  });

  it('maps every 2018–2019 group key to today’s group', () => {
    expect(LEGACY_OCOP_GROUPS).toEqual({
      'thao-duoc': 'duoc-lieu',
      'vai-may-mac': 'thu-cong-my-nghe',
      'luu-niem-noi-that-trang-tri': 'thu-cong-my-nghe',
      'dich-vu-du-lich': 'du-lich',
    });
    for (const [legacy, group] of Object.entries(LEGACY_OCOP_GROUPS))
      expect(product.parse({ ...minimalProduct, group: legacy }).group).toBe(group);
    expect(OCOP_GROUPS).toEqual(['thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich']);
  });

  it.each([
    ['5', 5],
    [' 4 ', 4],
    ['3 sao', 3],
    ['5★', 5],
  ])('accepts OCOP stars written %j', (stars, value) => {
    expect(product.parse({ ...minimalProduct, ocop: { stars, issuedOn: '2025-03-10' } }).ocop?.stars).toBe(value);
  });

  it.each(['6', '2', '0', '4.5', 'năm'])('refuses OCOP stars %j', (stars) => {
    expect(problems(product, { ...minimalProduct, ocop: { stars, issuedOn: '2025-03-10' } })).toEqual([
      { path: 'ocop.stars', key: 'ocop.stars', params: { value: stars } },
    ]);
  });

  it('reads prices, seasons, booleans and lists written the easy way', () => {
    const data = product.parse({
      ...minimalProduct,
      price: { from: '180.000', unit: 'hũ 500 ml' },
      season: ['10', '11', '12'],
      featured: 'có',
      images: './a.jpg',
      tags: 'mật ong',
    });
    expect(data).toMatchObject({
      price: { from: 180000, unit: 'hũ 500 ml' },
      season: [10, 11, 12],
      featured: true,
      images: [{ src: './a.jpg' }],
      tags: ['mật ong'],
    });
  });

  it('reads an image as a path or as { src, alt }', () => {
    expect(product.parse({ ...minimalProduct, images: ['./a.jpg', { src: './b.jpg', alt: 'Hũ mật' }] }).images).toEqual([
      { src: './a.jpg' },
      { src: './b.jpg', alt: 'Hũ mật' },
    ]);
  });

  it('rejects unknown keys, suggesting the field meant', () => {
    expect(problems(product, { ...minimalProduct, gia: '120000', colour: 'vàng', summry: 'x' })).toEqual([
      { path: 'gia', key: 'unknownField', params: { key: 'gia', suggestion: 'price' } },
      { path: 'colour', key: 'unknownField', params: { key: 'colour', suggestion: undefined } },
      { path: 'summry', key: 'unknownField', params: { key: 'summry', suggestion: 'summary' } },
    ]);
    expect(problems(product, { ...minimalProduct, ocop: { stars: '4', issuedOn: '2025-03-10', sao: '4' } })).toEqual([
      { path: 'ocop.sao', key: 'unknownField', params: { key: 'sao', suggestion: 'stars' } },
    ]);
  });

  it('refuses a group outside the six, suggesting the nearest', () => {
    expect(problems(product, { ...minimalProduct, group: 'thuc-phm' })).toEqual([
      { path: 'group', key: 'ocop.group', params: { value: 'thuc-phm', suggestion: 'thuc-pham' } },
    ]);
  });

  it('refuses validUntil before issuedOn, on validUntil', () => {
    expect(
      problems(product, { ...minimalProduct, certifications: [{ type: 'organic', issuedOn: '2025-06-01', validUntil: '2024-06-01' }] }),
    ).toMatchObject([
      {
        path: 'certifications.0.validUntil',
        key: 'cert.validUntilBeforeIssued',
        params: { issuedOn: '2025-06-01', validUntil: '2024-06-01' },
      },
    ]);
  });

  it('refuses an impossible date and suggests the ISO form of a day-first date', () => {
    expect(problems(product, { ...minimalProduct, ocop: { stars: '4', issuedOn: '2023-13-45' } })).toEqual([
      { path: 'ocop.issuedOn', key: 'date', params: { value: '2023-13-45', suggestion: undefined } },
    ]);
    expect(problems(product, { ...minimalProduct, ocop: { stars: '4', issuedOn: '10/05/2024' } })).toEqual([
      { path: 'ocop.issuedOn', key: 'date', params: { value: '10/05/2024', suggestion: '2024-05-10' } },
    ]);
  });

  it('requires a name for an `other` certification', () => {
    expect(problems(product, { ...minimalProduct, certifications: [{ type: 'other' }] })).toMatchObject([
      { path: 'certifications.0.name', key: 'cert.nameRequired' },
    ]);
  });

  it('refuses a month outside 1–12', () => {
    expect(problems(product, { ...minimalProduct, season: ['10', '13'] })).toMatchObject([
      { path: 'season.1', key: 'season.month', params: { value: '13' } },
    ]);
  });

  it('reports a missing name as missing, in the words of the field', () => {
    const found = problems(product, { group: 'thuc-pham' });
    expect(found).toEqual([{ path: 'name', key: 'missing', params: { collection: 'product', path: ['name'], key: 'name' } }]);
    expect(checkWords.messages.missing(found[0]!.params)).toBe('thiếu tên. Hãy thêm dòng `name: …`, ví dụ `name: Mật ong bạc hà`.');
  });

  it('reports a missing group as missing', () => {
    const found = problems(product, { name: 'Mật ong' });
    expect(found).toEqual([{ path: 'group', key: 'missing', params: { collection: 'product', path: ['group'], key: 'group' } }]);
    expect(checkWords.messages.missing(found[0]!.params)).toBe('thiếu nhóm OCOP. Hãy thêm dòng `group: …`, ví dụ `group: thuc-pham`.');
  });

  it('reports missing OCOP stars as missing', () => {
    expect(problems(product, { ...minimalProduct, ocop: { issuedOn: '2025-03-10' } })).toMatchObject([
      { path: 'ocop.stars', key: 'missing' },
    ]);
  });

  it('reports a missing certification type as missing', () => {
    expect(problems(product, { ...minimalProduct, certifications: [{ issuedOn: '2025-03-10' }] })).toMatchObject([
      { path: 'certifications.0.type', key: 'missing' },
    ]);
  });

  it('reports a missing OCOP date as missing', () => {
    const found = problems(product, { ...minimalProduct, ocop: { stars: '4' } });
    expect(found).toEqual([
      { path: 'ocop.issuedOn', key: 'missing', params: { collection: 'product', path: ['ocop', 'issuedOn'], key: 'issuedOn' } },
    ]);
    expect(checkWords.messages.missing(found[0]!.params)).toBe(
      'thiếu ngày ra quyết định công nhận OCOP. Hãy thêm dòng `issuedOn: …`, ví dụ `issuedOn: 2024-05-10`.',
    );
  });
});

describe('cooperativeSchema', () => {
  it('defaults type to htx and tags to []', () => {
    expect(cooperative.parse(minimalCoop)).toEqual({ ...minimalCoop, type: 'htx', tags: [] });
  });

  it('reads types case-insensitively, and numbers from strings', () => {
    expect(
      cooperative.parse({ ...minimalCoop, type: 'THT', founded: '2016', members: '42', geo: { lat: '22.85', lng: '104.98' } }),
    ).toMatchObject({
      type: 'tht',
      founded: 2016,
      members: 42,
      geo: { lat: 22.85, lng: 104.98 },
    });
  });

  it('accepts old and new province names', () => {
    expect(cooperative.safeParse({ ...minimalCoop, address: { commune: 'Xã Chợ Lách', province: 'Bến Tre' } }).success).toBe(true);
    expect(cooperative.safeParse({ ...minimalCoop, address: { commune: 'Xã Chợ Lách', province: 'Vĩnh Long' } }).success).toBe(true);
  });

  it('refuses an unknown province, suggesting the nearest', () => {
    expect(problems(cooperative, { ...minimalCoop, address: { commune: 'X', province: 'Bến Tr' } })).toEqual([
      { path: 'address.province', key: 'province.unknown', params: { value: 'Bến Tr', suggestion: 'Bến Tre' } },
    ]);
  });

  it('checks contact fields', () => {
    expect(
      problems(cooperative, {
        ...minimalCoop,
        phone: '12345',
        website: 'javascript:alert(1)',
        facebook: 'facebook.com/htx',
        zalo: 'zalo của htx',
        email: 'htx@',
      }).map((p) => `${p.path}:${p.key}`),
    ).toEqual(['phone:phone', 'email:email', 'website:url.unsafe', 'facebook:url.missingScheme', 'zalo:zalo']);
  });

  it('refuses a position outside Viet Nam and says when lat and lng look swapped', () => {
    expect(problems(cooperative, { ...minimalCoop, geo: { lat: '105.9', lng: '10.2' } })).toEqual([
      { path: 'geo', key: 'geo.outside', params: { value: { lat: '105.9', lng: '10.2' }, lat: 105.9, lng: 10.2, swapped: true } },
    ]);
    expect(problems(cooperative, { ...minimalCoop, geo: { lat: '48.85', lng: '2.35' } })).toMatchObject([
      { path: 'geo', key: 'geo.outside', params: { swapped: false } },
    ]);
  });

  it('refuses a wrong member count', () => {
    expect(problems(cooperative, { ...minimalCoop, members: 'nhiều' })).toEqual([
      { path: 'members', key: 'expected.integer', params: { value: 'nhiều' } },
    ]);
    expect(problems(cooperative, { ...minimalCoop, members: '-1' })).toEqual([
      { path: 'members', key: 'expected.nonNegative', params: { value: '-1' } },
    ]);
  });

  it('rejects unknown keys, suggesting the field meant', () => {
    expect(problems(cooperative, { ...minimalCoop, phon: '0912345678', sdt: '0912345678' })).toEqual([
      { path: 'phon', key: 'unknownField', params: { key: 'phon', suggestion: 'phone' } },
      { path: 'sdt', key: 'unknownField', params: { key: 'sdt', suggestion: 'phone' } },
    ]);
  });

  it('reports a missing address as missing', () => {
    const found = problems(cooperative, { name: 'HTX' });
    expect(found).toMatchObject([{ path: 'address', key: 'missing' }]);
    expect(checkWords.messages.missing({ ...found[0]!.params, collection: 'cooperative' })).toBe(
      'thiếu địa chỉ (commune và province). Hãy thêm dòng `address: …`.',
    );
  });
});

describe('storySchema', () => {
  it('accepts a date as a string or a YAML date, and defaults the references to []', () => {
    const expected = { title: 'Câu chuyện', summary: 'Tóm tắt', date: '2026-04-15', cooperatives: [], products: [] };
    expect(story.parse({ title: 'Câu chuyện', summary: 'Tóm tắt', date: '2026-04-15' })).toEqual(expected);
    expect(story.parse({ title: 'Câu chuyện', summary: 'Tóm tắt', date: new Date(Date.UTC(2026, 3, 15)) })).toEqual(expected);
  });

  it('reads a single reference as a list', () => {
    expect(story.parse({ title: 'T', summary: 'S', date: '2026-04-15', cooperatives: 'htx-mat-ong-bac-ha' }).cooperatives).toEqual([
      'htx-mat-ong-bac-ha',
    ]);
  });

  it('rejects unknown keys', () => {
    expect(problems(story, { title: 'T', summary: 'S', date: '2026-04-15', tac_gia: 'A' })).toMatchObject([
      { path: 'tac_gia', key: 'unknownField' },
    ]);
  });
});

describe('siteSchema', () => {
  const site = { name: 'Sản phẩm HTX', region: 'Tỉnh Vĩnh Long', url: 'https://fixture.example.vn', description: 'Mô tả' };

  it('defaults pageSize to 24 and reads it from a string', () => {
    expect(siteSchema.parse(site).pageSize).toBe(24);
    expect(siteSchema.parse({ ...site, pageSize: '2' }).pageSize).toBe(2);
  });

  it('requires an http(s) url', () => {
    expect(problems(siteSchema, { ...site, url: 'fixture.example.vn' })).toMatchObject([{ path: 'url', key: 'url.missingScheme' }]);
  });

  it('rejects unknown keys', () => {
    expect(problems(siteSchema, { ...site, pagesize: '2' })).toEqual([
      { path: 'pagesize', key: 'unknownField', params: { key: 'pagesize', suggestion: 'pageSize' } },
    ]);
  });
});

describe('an OCOP recognition without its full date', () => {
  const parse = (issuedOn: string) => product.parse({ ...minimalProduct, ocop: { stars: '4', issuedOn } }).ocop!;

  it('keeps the year only, with the last day it could be valid', () => {
    expect(parse('2022')).toMatchObject({ stars: 4, dateUnknown: true, issuedYear: 2022, latestValidUntil: '2025-12-31' });
    expect(parse('2022').validUntil).toBeUndefined();
  });

  it('reads "chưa rõ" as no date at all', () => {
    expect(parse('chưa rõ')).toMatchObject({ dateUnknown: true, issuedYear: undefined, latestValidUntil: undefined });
    expect(parse('Chua ro')).toMatchObject({ dateUnknown: true });
  });

  it('is expired once even its year’s last day is more than 36 months ago, of unknown term before', async () => {
    const { ocopStatus } = await import('../../src/lib/catalog/view.ts');
    expect(ocopStatus(parse('2022'), '2026-01-01')).toBe('expired');
    expect(ocopStatus(parse('2022'), '2025-12-31')).toBe('undated');
    expect(ocopStatus(parse('chưa rõ'), '2030-01-01')).toBe('undated');
  });
});
