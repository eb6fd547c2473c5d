/**
 * The form's file format (`src/lib/cms/format.ts`): every demo and fixture listing opened and saved
 * without a change comes back byte for byte, through the same Immutable.js round trip Decap puts
 * entry data through; edits change only what changed, and what the check reads is what was typed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { adminWords } from '../../src/i18n/admin.vi.ts';
import { markdownFormat, SLUG, SOURCE } from '../../src/lib/cms/format.ts';
import { shapesOf } from '../../src/lib/cms/shape.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { contentSchemas, fieldTrees } from '../../src/schemas/collections.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

const formats = {
  cooperative: markdownFormat(shapesOf(fieldTrees.cooperative), adminWords.unreadable),
  product: markdownFormat(shapesOf(fieldTrees.product), adminWords.unreadable),
};
type Data = Record<string, unknown>;

/** Every Markdown listing under a catalog's `cooperatives/`, with its collection. */
function listings(catalog: string): Array<[string, 'cooperative' | 'product']> {
  const base = path.join(REPO_ROOT, catalog, 'cooperatives');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.md$/.test(f))
    .map((f) => [path.join(catalog, 'cooperatives', f), /^[^/]+\/index\.md$/.test(f) ? 'cooperative' : 'product']);
}

/** Opens a file as Decap does: parse, into Immutable.js and back (what the editor holds). */
const open = (text: string, collection: 'cooperative' | 'product') =>
  (fromJS(formats[collection].fromFile(text)) as { toJS(): Data }).toJS();
const save = (data: Data, collection: 'cooperative' | 'product') => formats[collection].toFile(data);
/** The front matter as the check reads it, through the schema. */
const checked = <C extends 'cooperative' | 'product'>(text: string, collection: C) =>
  contentSchemas[collection].parse(parseSource(text).data) as z.output<(typeof contentSchemas)[C]>;

const MAT_ONG = 'tests/fixtures/catalog/cooperatives/htx-mat-ong-bac-ha';
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('opening and saving without a change', () => {
  const files = [...listings('content'), ...listings('tests/fixtures/catalog')];
  it('covers the demo and the fixture', () => expect(files.length).toBeGreaterThan(50));
  it.each(files)('leaves %s byte for byte as it was', (file, collection) => {
    const text = read(file);
    expect(save(open(text, collection), collection)).toBe(text);
  });
});

describe('saving an edit', () => {
  const product = read(`${MAT_ONG}/products/mat-ong-bac-ha.md`);

  it('replaces a changed value where it stands, in a flow map too, and keeps the rest', () => {
    const data = open(product, 'product');
    (data['price'] as Data[])[0]!['unit'] = 'hũ 1 lít';
    (data['images'] as Data[])[1]!['alt'] = 'Hũ thứ hai';
    const saved = save(data, 'product');
    expect(saved).toBe(
      product
        .replace('  unit: hũ 500 ml\n', '  unit: hũ 1 lít\n')
        .replace('  - ../images/mat-ong-2.jpg\n', '  - { src: ../images/mat-ong-2.jpg, alt: Hũ thứ hai }\n'),
    );
    expect(checked(saved, 'product').images[1]).toEqual({ src: '../images/mat-ong-2.jpg', alt: 'Hũ thứ hai' });
  });

  it('adds a field where the schema orders it, and removes a cleared one with its line', () => {
    const data = open(product, 'product');
    data['ingredients'] = 'Mật ong hoa bạc hà';
    data['shelfLife'] = '';
    const saved = save(data, 'product');
    expect(saved).toBe(product.replace('shelfLife: 24 tháng\n', 'ingredients: Mật ong hoa bạc hà\n'));
  });

  it('writes a list that grew as a whole and keeps each value as typed (leading zeros, thousands dots)', () => {
    const data = open(product, 'product');
    (data['certifications'] as Data[]).push({ type: 'organic', code: '007', validUntil: '2027-01-01' });
    const after = checked(save(data, 'product'), 'product');
    expect(after.certifications.map((c) => c.code)).toEqual(['VietGAP-CN-25-01-02-0001', '00099', '007']);
    expect(after.price?.from).toBe(180000);
    expect({ ...after, certifications: [] }).toEqual({ ...checked(product, 'product'), certifications: [] });
  });

  it('fills a blank template line after its colon, and keeps the comment above it', () => {
    const template = '---\n# Số điện thoại\nphone:\nname: HTX A\naddress:\n  commune: Xã B\n  province: Tuyên Quang\n---\n';
    const data = open(template, 'cooperative');
    data['phone'] = '0912 345 678';
    expect(save(data, 'cooperative')).toBe(template.replace('phone:\n', 'phone: 0912 345 678\n'));
  });

  it('keeps the fields the form does not show, a CRLF file’s line ends and its byte-order mark', () => {
    const text = '\uFEFF---\r\nname: HTX A\r\nnote: kept\r\naddress: { commune: Xã B, province: Tuyên Quang }\r\n---\r\n\r\nBody.\r\n';
    const data = open(text, 'cooperative');
    expect(save(data, 'cooperative')).toBe(text);
    data['members'] = 12;
    // Before the first field the schema orders after it: `address`, a field it knows, or `note`, which comes last.
    expect(save(data, 'cooperative')).toBe(text.replace('note: kept\r\n', 'members: 12\r\nnote: kept\r\n'));
  });

  it('rewrites only the body when only the body changed', () => {
    const data = open(product, 'product');
    data['body'] = 'Một đoạn mới.';
    const saved = save(data, 'product');
    expect(saved.slice(0, saved.indexOf('\n---\n') + 5)).toBe(product.slice(0, product.indexOf('\n---\n') + 5));
    expect(parseSource(saved).body).toBe('\nMột đoạn mới.\n');
  });

  it('reads aliases as the options the form offers, and writes them back untouched unless changed', () => {
    const data = open(product, 'product');
    expect((data['certifications'] as Data[])[1]!['type']).toBe('chi-dan-dia-ly');
    expect(save(data, 'product')).toContain('type: GI');
  });
});

describe('a new entry', () => {
  it('is written in the schema’s order without the slug or defaults, and passes the schema', () => {
    const text = save(
      {
        [SLUG]: 'phan-hoa',
        body: 'Phấn hoa.',
        featured: false,
        price: [{ from: '250.000', unit: 'hũ' }],
        images: [{ src: '../images/a.jpg' }],
        group: 'thuc-pham',
        name: 'Phấn hoa',
        tags: ['ong', 'quà: biếu'],
        season: ['3', '4'],
      },
      'product',
    );
    expect(text).toBe(
      '---\nname: Phấn hoa\ngroup: thuc-pham\nimages: [../images/a.jpg]\nprice:\n  from: 250.000\n  unit: hũ\nseason: [3, 4]\ntags: [ong, "quà: biếu"]\n---\n\nPhấn hoa.\n',
    );
    expect(checked(text, 'product')).toMatchObject({ price: { from: 250000 }, season: [3, 4], featured: false });
  });

  it('writes a cooperative’s images from its folder as ./images/…', () => {
    const text = save(
      { name: 'HTX A', address: { commune: 'X', province: 'Tuyên Quang' }, logo: [{ src: 'images/logo.png' }] },
      'cooperative',
    );
    expect(text).toContain('logo: ./images/logo.png\n');
  });
});

describe('a file the form cannot read', () => {
  it('is refused with the Vietnamese message, not opened half-read', () => {
    expect(() => open('no front matter', 'product')).toThrow(adminWords.unreadable);
    expect(() => open('---\nname: [a\n---\n', 'product')).toThrow(adminWords.unreadable);
  });
  it('keeps its source out of the data Decap shows and out of the file it saves', () => {
    const data = open(read(`${MAT_ONG}/index.md`), 'cooperative');
    expect(typeof data[SOURCE]).toBe('string');
    expect(save(data, 'cooperative')).not.toContain(SOURCE);
  });
});

describe("Decap's own front-matter format", () => {
  it('would change what the check reads: why the form has its own', () => {
    // Decap reads YAML with the core schema (decap-cms-core/src/formats/yaml.ts, `yaml` 1.x).
    const yaml = createRequire(import.meta.url)(path.join(REPO_ROOT, 'node_modules/decap-cms-core/node_modules/yaml')) as {
      parse(text: string): Data;
    };
    expect(yaml.parse('phone: 0912345678\nfrom: 180.000\n')).toEqual({ phone: 912345678, from: 180 });
  });
});
