/**
 * Each field is defined once: its schema line (with its `described` info) and its words. Walks
 * every schema field and fails when one has no kind or no words, or is missing from the template,
 * the guide or open data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldWordsAt } from '../../src/i18n/fields.vi.ts';
import { cooperativeTemplate, productTemplate } from '../../src/i18n/templates.vi.ts';
import { fieldsJson } from '../../src/outputs/field-values.ts';
import { fieldTrees } from '../../src/schemas/collections.ts';
import { allFields } from '../../src/schemas/walk.ts';
import { fillGuide } from '../../scripts/docs/fill.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

const collections = Object.keys(fieldTrees) as Array<keyof typeof fieldTrees>;

describe.each(collections)('every %s field', (collection) => {
  const nodes = allFields(fieldTrees[collection]);

  it('has a kind', () => {
    expect(nodes.filter((n) => !n.info.kind).map((n) => n.path.join('.'))).toEqual([]);
  });

  it('has its words: a label, a heading, a hint and a line of the guide', () => {
    for (const node of nodes) {
      const words = fieldWordsAt(collection, node.path);
      expect(words, node.path.join('.')).toBeDefined();
      for (const key of ['label', 'heading', 'hint', 'guide'] as const) expect(words?.[key], `${node.path.join('.')}.${key}`).toBeTruthy();
    }
  });

  it('is in open data, or says why not', async () => {
    const json = await fieldsJson(fieldTrees[collection], {}, { imageUrl: async () => '' });
    for (const node of fieldTrees[collection]) {
      if (node.info.notInOpenData) expect(node.info.notInOpenData.length, node.key).toBeGreaterThan(10);
      else expect(Object.keys(json), node.key).toContain(node.key);
    }
  });
});

describe('the npm run new templates', () => {
  it.each([
    ['cooperative', cooperativeTemplate({ name: 'Hợp tác xã A', today: '2026-12-01' })],
    ['product', productTemplate({ name: 'Mật ong', group: 'thuc-pham', today: '2026-12-01' })],
  ] as const)('%s: a line for every field and sub-field, but those the staff set', (collection, template) => {
    for (const node of fieldTrees[collection]) {
      const line = new RegExp(`^${node.key}:`, 'm');
      if (node.info.notInTemplate) expect(template, node.key).not.toMatch(line);
      else expect(template, node.key).toMatch(line);
      if (!node.info.notInTemplate && ['object', 'price', 'geo'].includes(node.info.kind ?? ''))
        for (const child of node.fields) expect(template, `${node.key}.${child.key}`).toMatch(new RegExp(`^  ${child.key}:`, 'm'));
    }
  });
});

describe('docs/huong-dan.md', () => {
  it('has the field tables and certificate types the schemas give (run `npm run docs` after changing a field)', async () => {
    const file = path.join(REPO_ROOT, 'docs/huong-dan.md');
    const guide = readFileSync(file, 'utf8');
    expect(await fillGuide(guide, file)).toBe(guide);
    for (const collection of ['cooperative', 'product'] as const)
      for (const node of fieldTrees[collection].filter((n) => !n.info.notInTemplate))
        expect(guide, node.key).toContain(`| \`${node.key}\``);
  });
});
