/**
 * The form's configuration (`/admin/config.json`), generated from the field trees: walking every
 * field of the cooperative and product schemas, each is in the form with its Vietnamese label and
 * hint, the widget its kind calls for, required as the schema says, and the check's patterns. A
 * field added to a schema without reaching the form fails here.
 */
import { describe, expect, it } from 'vitest';
import { adminWords } from '../../src/i18n/admin.vi.ts';
import { fieldWordsAt } from '../../src/i18n/fields.vi.ts';
import { COOPERATIVES, FORMATS } from '../../src/lib/cms/collections.ts';
import { PATTERNS } from '../../src/lib/cms/patterns.ts';
import { adminFile, catalogPath, githubRepo } from '../../src/lib/cms/settings.ts';
import type { CmsCollection, CmsField } from '../../src/lib/cms/types.ts';
import { fieldTrees } from '../../src/schemas/collections.ts';
import { allFields, type FieldNode } from '../../src/schemas/walk.ts';
import { FIXTURE_CATALOG, REPO_ROOT } from '../helpers/fixture.ts';

const { config, shapes } = adminFile({
  root: REPO_ROOT,
  contentDir: FIXTURE_CATALOG,
  siteUrl: 'https://fixture.example.vn',
  backend: { repo: 'so-cong-thuong/san-pham', branch: 'main' },
});
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const forms = { cooperative: [collection(COOPERATIVES)], product: config.collections.filter((c) => c.name !== COOPERATIVES) };

/** The form field at a tree path (list items add no segment), if any. */
function fieldAt(fields: readonly CmsField[] | undefined, path: readonly string[]): CmsField | undefined {
  const [head, ...rest] = path;
  const field = fields?.find((f) => f.name === head);
  return rest.length === 0 ? field : fieldAt(field?.fields, rest);
}

/** Paths of the tree that a collection's form lacks. */
const missing = (tree: readonly FieldNode[], c: CmsCollection) =>
  allFields(tree)
    .filter((n) => !fieldAt(c.fields, n.path))
    .map((n) => n.path.join('.'));

const WIDGETS: Readonly<Record<string, CmsField['widget']>> = {
  text: 'string',
  keyword: 'select',
  months: 'select',
  year: 'number',
  number: 'number',
  boolean: 'boolean',
  date: 'datetime',
  phone: 'string',
  email: 'string',
  zalo: 'string',
  url: 'string',
  tags: 'list',
  images: 'list',
  list: 'list',
};

describe.each(['cooperative', 'product'] as const)('the %s form', (kind) => {
  const nodes = allFields(fieldTrees[kind]);

  it('has every field of the schema, in every collection', () => {
    for (const c of forms[kind]) expect(missing(fieldTrees[kind], c), c.name).toEqual([]);
  });

  it('fails this test when a field is missing', () => {
    const c = forms[kind][0]!;
    const without = { ...c, fields: c.fields.filter((f) => f.name !== fieldTrees[kind][1]!.key) };
    expect(missing(fieldTrees[kind], without)).toContain(fieldTrees[kind][1]!.key);
  });

  it.each(nodes.map((n) => [n.path.join('.'), n] as const))('%s: label, hint, required, widget, pattern', (_, node) => {
    const field = fieldAt(forms[kind][0]!.fields, node.path)!;
    const words = fieldWordsAt(kind, node.path)!;
    expect(field.label).toBe(words.heading);
    expect(field.hint).toBe(adminWords.formHints[`${kind}.${node.path.join('.')}`] ?? words.hint);
    expect(field.required).toBe(node.required);
    const parent = nodes.find((n) => n.fields.includes(node));
    const isImageFile = node.key === 'src' && (parent?.info.kind === 'image' || parent?.info.kind === 'images');
    const widget = isImageFile ? 'image' : node.info.kind && WIDGETS[node.info.kind];
    if (widget) expect(field.widget).toBe(widget);
    if (node.info.kind === 'keyword') expect(field.options?.map((o) => o.value)).toEqual(node.info.values?.map(String));
    for (const p of ['phone', 'email', 'zalo'] as const) if (node.info.kind === p) expect(field.pattern?.[0]).toBe(PATTERNS[p]);
  });

  it('edits an optional object with required sub-fields as a list of at most one', () => {
    for (const node of nodes.filter(
      (n) => !n.required && n.fields.some((f) => f.required) && n.info.kind !== 'images' && n.info.kind !== 'list',
    )) {
      expect(fieldAt(forms[kind][0]!.fields, node.path), node.path.join('.')).toMatchObject({ widget: 'list', max: 1 });
    }
  });

  it('has hints only for fields that exist', () => {
    const keys = Object.keys(adminWords.formHints).filter((k) => k.startsWith(`${kind}.`));
    expect(keys.filter((k) => !nodes.some((n) => `${kind}.${n.path.join('.')}` === k))).toEqual([]);
  });
});

describe('the fields the check constrains', () => {
  const product = forms.product[0]!.fields;
  it('price amounts are text with the price pattern; traceability must be https; a summary its length', () => {
    expect(fieldAt(product, ['price', 'from'])).toMatchObject({ widget: 'string', pattern: [PATTERNS.price, adminWords.patterns.price] });
    expect(fieldAt(product, ['traceability'])?.pattern?.[0]).toBe(PATTERNS.https);
    expect(fieldAt(product, ['buy', 'url'])?.pattern?.[0]).toBe(PATTERNS.url);
    expect(fieldAt(product, ['summary'])?.pattern?.[0]).toBe('^[\\s\\S]{0,200}$');
    expect(fieldAt(collection(COOPERATIVES).fields, ['founded'])).toMatchObject({ widget: 'number', min: 1900, max: 2100 });
  });
  it('dates are a date picker writing YYYY-MM-DD; images are chosen, never linked', () => {
    expect(fieldAt(product, ['ocop', 'issuedOn'])).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false });
    expect(fieldAt(product, ['images', 'src'])).toMatchObject({ widget: 'image', choose_url: false });
    expect(fieldAt(product, ['added'])?.default).toBe('{{now}}');
  });
});

describe('collections and backend', () => {
  it('puts each cooperative’s products, and their photos, in its own folder', () => {
    expect(forms.product.map((c) => c.name).sort()).toEqual(
      ['ho-kinh-doanh-ba-tam', 'htx-mat-ong-bac-ha', 'lhhtx-an-giang', 'tht-keo-dua-cho-lach'].map((s) => `products-${s}`),
    );
    expect(collection('products-htx-mat-ong-bac-ha')).toMatchObject({
      folder: `${FIXTURE_CATALOG}/cooperatives/htx-mat-ong-bac-ha/products`,
      media_folder: '../images',
      public_folder: '../images',
      slug: '{{fields.__slug}}',
      format: FORMATS.product,
      create: true,
      delete: false,
      label: adminWords.collections.products('Hợp tác xã Mật ong Bạc Hà'),
    });
    expect(collection(COOPERATIVES)).toMatchObject({ path: '{{slug}}/index', media_folder: 'images', public_folder: './images' });
  });
  it('uses GitHub with the editorial workflow, the local proxy, and the Vietnamese interface', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'so-cong-thuong/san-pham', branch: 'main' },
      publish_mode: 'editorial_workflow',
      local_backend: true,
      locale: 'vi',
      load_config_file: false,
    });
    expect(shapes.product.map((s) => s.key)).toEqual(fieldTrees.product.map((n) => n.key));
  });
  it('reads the repository from a GitHub remote', () => {
    expect(githubRepo('git@github.com:so-ct/san-pham.git')).toBe('so-ct/san-pham');
    expect(githubRepo('https://github.com/so-ct/san-pham\n')).toBe('so-ct/san-pham');
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
  });
});

describe('a catalog outside the repository (CATALOG_DIR=/elsewhere)', () => {
  const settings = (contentDir: string) => ({ root: REPO_ROOT, contentDir, siteUrl: '', backend: { local: true } });
  it('has no form: the build leaves /admin/ out instead of failing', () => {
    expect(catalogPath(settings('content') as never)).toBe('content');
    expect(catalogPath(settings('/tmp/elsewhere/content') as never)).toBeUndefined();
    expect(catalogPath(settings('../other/content') as never)).toBeUndefined();
  });
});
