import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/content/frontmatter.ts';

const file = [
  '---', // 1
  'name: Mật ong bạc hà', // 2
  'phone: 0912345678', // 3
  'ocop:', // 4
  '  stars: 4', // 5
  '  issuedOn: 2025-03-10', // 6
  'images:', // 7
  '  - ./a.jpg', // 8
  '  - { src: ./b.jpg, alt: Hũ mật }', // 9
  'summary:', // 10
  'geo:', // 11
  '  lat:', // 12
  '  lng:', // 13
  'tags: [mật ong, "", bạc hà]', // 14
  'price: 180.000', // 15
  '---', // 16
  '', // 17
  'Mật được quay khi ong đã vít nắp.', // 18
  '',
].join('\n');

describe('parseSource: data', () => {
  const parsed = parseSource(file);

  it('reads every scalar as a string, so a phone keeps its leading 0 and 180.000 is not 180', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.data?.['phone']).toBe('0912345678');
    expect(parsed.data?.['price']).toBe('180.000');
    expect(parsed.data?.['ocop']).toEqual({ stars: '4', issuedOn: '2025-03-10' });
  });

  it('drops blank values and maps left empty, but keeps list items so indexes match the file', () => {
    expect(parsed.data).toEqual({
      name: 'Mật ong bạc hà',
      phone: '0912345678',
      ocop: { stars: '4', issuedOn: '2025-03-10' },
      images: ['./a.jpg', { src: './b.jpg', alt: 'Hũ mật' }],
      tags: ['mật ong', '', 'bạc hà'],
      price: '180.000',
    });
    expect(parsed.data).not.toHaveProperty('summary');
    expect(parsed.data).not.toHaveProperty('geo');
  });

  it('returns the body and the file line it starts on', () => {
    expect(parsed.body).toBe('\nMật được quay khi ong đã vít nắp.\n');
    expect(parsed.bodyLine).toBe(17);
  });
});

describe('parseSource: locate', () => {
  const { locate } = parseSource(file);

  it.each([
    [['name'], 2, 1],
    [['phone'], 3, 1],
    [['ocop'], 4, 1],
    [['ocop', 'stars'], 5, 3],
    [['ocop', 'issuedOn'], 6, 3],
    [['images'], 7, 1],
    [['images', 0], 8, 5],
    [['images', 1], 9, 5],
    [['images', 1, 'src'], 9, 7],
    [['images', 1, 'alt'], 9, 21],
    [['tags', 2], 14, 21],
    [['price'], 15, 1],
  ])('%j is at line %i, column %i', (path, line, column) => {
    expect(locate(path)).toEqual({ line, column });
  });

  it('falls back to the nearest parent, or the first front matter line', () => {
    expect(locate(['ocop', 'decision'])).toEqual({ line: 4, column: 1 });
    expect(locate(['images', 5])).toEqual({ line: 7, column: 1 });
    expect(locate(['group'])).toEqual({ line: 2, column: 1 });
    expect(locate([])).toEqual({ line: 2, column: 1 });
  });

  it('points at a key left blank (dropped from the data) on its own line', () => {
    expect(locate(['summary'])).toEqual({ line: 10, column: 1 });
  });
});

describe('parseSource: line endings and encoding marks', () => {
  it('reads CRLF files and a UTF-8 BOM like LF files', () => {
    const crlf = '\uFEFF---\r\nname: A\r\nprice:\r\n  from: 180.000\r\n---\r\nThân bài\r\n';
    const parsed = parseSource(crlf);
    expect(parsed.issues).toEqual([]);
    expect(parsed.data).toEqual({ name: 'A', price: { from: '180.000' } });
    expect(parsed.body).toBe('Thân bài\n');
    expect(parsed.bodyLine).toBe(6);
    expect(parsed.locate(['price', 'from'])).toEqual({ line: 4, column: 3 });
  });

  it('accepts `...` as the closing line', () => {
    const parsed = parseSource('---\nname: A\n...\nThân bài');
    expect(parsed.data).toEqual({ name: 'A' });
    expect(parsed.body).toBe('Thân bài');
  });

  it('reads an empty front matter as no fields', () => {
    expect(parseSource('---\n---\nThân bài')).toMatchObject({ data: {}, issues: [], body: 'Thân bài', bodyLine: 3 });
  });
});

describe('parseSource: problems', () => {
  it('reports a file without front matter at 1:1', () => {
    const parsed = parseSource('name: A\ngroup: thuc-pham\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.issues).toEqual([{ key: 'frontmatter.missing', line: 1, column: 1 }]);
  });

  it('reports front matter that is never closed', () => {
    const parsed = parseSource('---\nname: A\ngroup: thuc-pham\n\nThân bài');
    expect(parsed.data).toBeUndefined();
    expect(parsed.issues).toEqual([{ key: 'frontmatter.unclosed', line: 1, column: 1 }]);
  });

  it('reports a colon inside a value at the value, with the value quoted as the fix', () => {
    const parsed = parseSource('---\nname: A\ngroup: thuc-pham\nsummary: Ngon: tuyệt\n---\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.issues).toEqual([{ key: 'yaml.colon', line: 4, column: 10, params: { fix: 'summary: "Ngon: tuyệt"' } }]);
  });

  it('keeps a comment after the value out of the quotes it proposes', () => {
    expect(parseSource('---\nsummary: Ngon: tuyệt # ghi chú\n---\n').issues[0]?.params).toEqual({
      fix: 'summary: "Ngon: tuyệt" # ghi chú',
    });
  });

  it('reports a missing space after the colon', () => {
    expect(parseSource('---\nname:A\n---\n').issues).toEqual([
      { key: 'yaml.noSpace', line: 2, column: 1, params: { key: 'name', fix: 'name: A' } },
    ]);
  });

  // The slip the issue is about: in a template's worth of fields, the parser reports some fifty
  // errors from the line after the slip down to the end, none of them at the slip.
  it('reports `name:Chè` once, at its line, however many fields follow', () => {
    const lines = [
      '---',
      '# Tên sản phẩm (bắt buộc)',
      'name:Chè Shan tuyết', // 3
      '# Nhóm OCOP (bắt buộc)',
      'group: do-uong',
      'summary:',
      'images: [../images/che.jpg]',
      'ocop:',
      '  stars: 4',
      '  issuedOn: 2025-03-10',
      'price:',
      '  from: 250000',
      '  unit: gói 100 g',
      'tags: [chè, shan tuyết]',
      '---',
      '',
    ];
    expect(parseSource(lines.join('\n')).issues).toEqual([
      { key: 'yaml.noSpace', line: 3, column: 1, params: { key: 'name', fix: 'name: Chè Shan tuyết' } },
    ]);
  });

  it('reports a missing space in a nested field, where YAML reads the line as text without an error', () => {
    expect(parseSource('---\nname: A\nocop:\n  stars:4\n---\n').issues).toEqual([
      { key: 'yaml.noSpace', line: 4, column: 3, params: { key: 'stars', fix: 'stars: 4' } },
    ]);
  });

  it('does not take a web address for a missing space', () => {
    expect(parseSource('---\nwebsite: https://htx.vn\ntags:\n  - https://x.vn\n---\n').issues).toEqual([]);
    expect(parseSource('---\nwebsite:https://htx.vn\n---\n').issues).toEqual([
      { key: 'yaml.noSpace', line: 2, column: 1, params: { key: 'website', fix: 'website: https://htx.vn' } },
    ]);
  });

  // One message per file, not per line: the lines were tabbed by the same editor setting and are
  // mended the same way, so listing each would repeat one fix. The message names every line.
  it('reports tab indentation once, at the first tabbed line, naming the others', () => {
    expect(parseSource('---\nname: A\nprice:\n\tfrom: 5\n\tunit: kg\n---\n').issues).toEqual([
      { key: 'yaml.tab', line: 4, column: 1, params: { others: [5], fix: '  from: 5' } },
    ]);
  });

  it('reports each independent slip of a file once, in line order', () => {
    const issues = parseSource('---\nname:A\ngroup: x\nsummary: "Ngon\nprice:\n\tfrom: 5\n---\n').issues;
    expect(issues.map((i) => `${i.line}:${i.column} ${i.key}`)).toEqual(['2:1 yaml.noSpace', '4:10 yaml.unclosed', '6:1 yaml.tab']);
  });

  it('reports a key written twice, naming it', () => {
    expect(parseSource('---\nname: A\ngroup: thuc-pham\nname: B\n---\n').issues).toEqual([
      { key: 'yaml.duplicateKey', line: 4, column: 1, params: { key: 'name' } },
    ]);
  });

  it('reports an unclosed quote at the quote, not at the end of the file where the parser stops', () => {
    expect(parseSource('---\nname: "A\ngroup: x\nsummary: B\n---\n').issues).toEqual([
      { key: 'yaml.unclosed', line: 2, column: 7, params: { open: '"', close: '"', fix: 'name: "A"' } },
    ]);
  });

  it('closes a quote left open inside brackets before the brackets', () => {
    expect(parseSource('---\nimages: [{ src: ../images/a.jpg, alt: "Hũ mật }]\n---\n').issues).toEqual([
      {
        key: 'yaml.unclosed',
        line: 2,
        column: 39,
        params: { open: '"', close: '"', fix: 'images: [{ src: ../images/a.jpg, alt: "Hũ mật" }]' },
      },
    ]);
  });

  it('reports an unclosed bracket', () => {
    expect(parseSource('---\ntags: [a, b\ngroup: x\n---\n').issues).toEqual([
      { key: 'yaml.unclosed', line: 2, column: 7, params: { open: '[', close: ']', fix: 'tags: [a, b]' } },
    ]);
  });

  it('reports a field indented deeper than the one above it on its own line', () => {
    expect(parseSource('---\nocop:\n  stars: 4\n    issuedOn: 2024-01-01\n---\n').issues).toEqual([
      { key: 'yaml.indent', line: 4, column: 1, params: { fix: '  issuedOn: 2024-01-01' } },
    ]);
  });

  it('reports a missing colon after a field name', () => {
    expect(parseSource('---\nname: A\ngroup do-uong\nsummary: B\n---\n').issues).toEqual([
      { key: 'yaml.noColon', line: 3, column: 1, params: { key: 'group', fix: 'group: do-uong' } },
    ]);
  });

  it('reports an error it cannot explain as the parser does, once, and nothing after it', () => {
    expect(parseSource('---\nocop:\n   stars: 4\n  issuedOn: 2025-03-10\nsummary:B\nprice:\n\tfrom: 5\n---\n').issues).toEqual([
      { key: 'yaml.syntax', line: 4, column: 1, params: { hint: 'BAD_INDENT' } },
    ]);
  });

  it('reads valid YAML that merely looks like a slip as it is', () => {
    const parsed = parseSource('---\nname: A\nstory: |\n  Giờ mở cửa:8h\ntags: [a,\n  b]\nsummary: Mật "ong" rừng\n---\n');
    expect(parsed.issues).toEqual([]);
    expect(parsed.data).toMatchObject({ tags: ['a', 'b'], summary: 'Mật "ong" rừng' });
  });

  it('reports front matter that is a list, not fields', () => {
    expect(parseSource('---\n- a\n- b\n---\n').issues).toEqual([{ key: 'frontmatter.notMap', line: 2, column: 1 }]);
  });
});

describe('parseSource: yamlOnly (site.yaml)', () => {
  it('parses a bare YAML file with line numbers from 1', () => {
    const parsed = parseSource('# Cấu hình\nurl: https://x.vn\npageSize: 2\n', { yamlOnly: true });
    expect(parsed.data).toEqual({ url: 'https://x.vn', pageSize: '2' });
    expect(parsed.locate(['pageSize'])).toEqual({ line: 3, column: 1 });
  });
});
