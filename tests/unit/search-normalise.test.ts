/**
 * What turns a typed query into the words searched: Telex and VNI keys decoded, words run
 * together split at the index's words, lower case and spaces, and the sound key that makes
 * dialect spellings meet.
 */
import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeVni } from '../../src/lib/search/keys.ts';
import { fold, hasMarks, isSyllable, toneKey } from '../../src/lib/search/letters.ts';
import { normaliseQuery } from '../../src/lib/search/normalise.ts';
import { sound } from '../../src/lib/search/sound.ts';
import { Vocabulary, words } from '../../src/lib/search/vocabulary.ts';

const VOCABULARY = new Vocabulary(
  'nước mắm kẹo dừa lá dứa khóm cầu đúc đường thốt nốt mật ong bạc hà rượu ngô men tam thất homestay bonsai tour chè xanh trà'.split(' '),
);

describe('Telex typed as letters', () => {
  it.each([
    ['nuwowcs', 'nước'],
    ['mawms', 'mắm'],
    ['dduwowngf', 'đường'],
    ['maajt', 'mật'],
    ['khoms', 'khóm'],
    ['vieetj', 'việt'],
    ['tieengs', 'tiếng'],
    ['ngoaif', 'ngoài'],
    ['xoays', 'xoáy'],
    ['quys', 'quý'],
    ['gif', 'gì'],
    ['gieengs', 'giếng'],
    ['hoaf', 'hòa'],
    ['thuyr', 'thủy'],
    ['nhw', 'như'], // w alone is ư
    ['nuocw', 'nươc'], // w after the final still hooks the vowels
    ['nuowcs', 'nước'], // uow is ươ
    ['masz', 'ma'], // z removes the tone
    ['mast', 'mát'], // a tone key inside the word
  ])('%s → %s', (typed, decoded) => {
    expect(decodeTelex(typed)).toBe(decoded);
  });

  it('leaves words that are not one syllable', () => {
    for (const word of ['tour', 'bonsai', 'homestay', 'shan', 'vietgap', 'ocop', 'atiso', 'cafe'])
      expect(decodeTelex(word), word).toBeUndefined();
  });
});

describe('VNI typed as digits', () => {
  it.each([
    ['nu7o71c', 'nước'],
    ['ma81m', 'mắm'],
    ['d9u7o7ng2', 'đường'],
    ['vie6t5', 'việt'],
    ['nuoc71', 'nước'], // keys at the end of the word
    ['kho1m', 'khóm'],
    ['tho6t1', 'thốt'],
  ])('%s → %s', (typed, decoded) => {
    expect(decodeVni(typed)).toBe(decoded);
  });

  it('leaves numbers and words without digits', () => {
    for (const word of ['500g', '2024', 'mat', 'b52']) expect(decodeVni(word), word).toBeUndefined();
  });
});

describe('letters', () => {
  it('folds tones, hats and đ; keys tones wherever they sit', () => {
    expect(fold('Đường Thốt Nốt')).toBe('duong thot not');
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('dừa')).not.toBe(toneKey('dứa'));
    expect(hasMarks('dua')).toBe(false);
    expect(hasMarks('đua')).toBe(true);
    expect(isSyllable('nuoc')).toBe(true);
    expect(isSyllable('nuocmam')).toBe(false);
  });
});

describe('sound', () => {
  it.each([
    ['lua', 'nua', 'l/n'],
    ['xoi', 'soi', 's/x'],
    ['che', 'tre', 'ch/tr'],
    ['dieu', 'rieu', 'd/r'],
    ['gio', 'ro', 'gi/r'],
    ['ruou', 'rieu', 'ươu/iêu'],
    ['sanh', 'san', 'final nh/n'],
    ['cang', 'can', 'final ng/n'],
    ['thoc', 'thot', 'final c/t'],
    ['quy', 'qui', 'i/y'],
    ['ca', 'ka', 'c/k'],
    ['pho', 'fo', 'ph/f'],
  ])('%s and %s sound alike (%s)', (a, b) => {
    expect(sound(a)).toBe(sound(b));
  });

  it('keeps apart what no dialect confuses', () => {
    expect(sound('mat')).not.toBe(sound('bat'));
    expect(sound('thom')).not.toBe(sound('khom'));
  });
});

describe('normaliseQuery', () => {
  const n = (query: string) => normaliseQuery(query, VOCABULARY);

  it('lower-cases and collapses spaces and punctuation', () => {
    expect(n('  MẬT   ONG, Bạc-Hà ')).toEqual(['mật', 'ong', 'bạc', 'hà']);
    expect(words('KhÓm CầU đÚc')).toEqual(['khóm', 'cầu', 'đúc']);
  });

  it('decodes Telex and VNI, keeps words the index holds as typed', () => {
    expect(n('nuwowcs mawms')).toEqual(['nước', 'mắm']);
    expect(n('nu7o71c ma81m')).toEqual(['nước', 'mắm']);
    expect(n('homestay bonsai tour')).toEqual(['homestay', 'bonsai', 'tour']);
    expect(n('mat ong')).toEqual(['mat', 'ong']);
  });

  it('splits words run together at the index words, Telex pieces too', () => {
    expect(n('nuocmam')).toEqual(['nuoc', 'mam']);
    expect(n('keodualadua')).toEqual(['keo', 'dua', 'la', 'dua']);
    expect(n('nuwowcsmawms')).toEqual(['nước', 'mắm']);
    expect(n('nướcmắm')).toEqual(['nước', 'mắm']);
    expect(n('duongthotnot')).toEqual(['duong', 'thot', 'not']);
  });

  it('leaves what it cannot read', () => {
    expect(n('qqqzzz')).toEqual(['qqqzzz']);
    expect(n('')).toEqual([]);
  });
});

describe('Vocabulary', () => {
  it('finds words that sound alike and words one slip away', () => {
    expect(VOCABULARY.soundAlike('tre')).toEqual(['che']);
    expect(VOCABULARY.oneSlipAway('thott')).toContain('thot');
    expect(VOCABULARY.oneSlipAway('bonsia')).toContain('bonsai');
    // Three letters: only the key beside the right one.
    expect(VOCABULARY.oneSlipAway('nam')).toEqual(['mam']);
    expect(VOCABULARY.oneSlipAway('com')).toEqual([]);
  });

  it('knows a word by its tones when typed with them', () => {
    expect(VOCABULARY.holds('dứa')).toBe(true);
    expect(VOCABULARY.holds('dựa')).toBe(false);
    expect(VOCABULARY.holds('dua')).toBe(true);
    expect(VOCABULARY.startsWord('ho')).toBe(true);
  });
});
