/**
 * What is searched for a typed query and how the lists are merged: exact tones first, then the
 * same folded, synonyms, sounds and slips; when nothing matches, the nearest names.
 */
import { describe, expect, it } from 'vitest';
import { synonymReplacements, usefulGroups } from '../../src/lib/search/dictionary.ts';
import { mergeResults } from '../../src/lib/search/merge.ts';
import { nearestNames } from '../../src/lib/search/nearest.ts';
import { planSearch, type SearchPlan } from '../../src/lib/search/plan.ts';
import { Vocabulary } from '../../src/lib/search/vocabulary.ts';

const VOCABULARY = new Vocabulary(
  'kẹo dừa lá dứa đậu phộng khóm cầu đúc chè shan tuyết trà xanh rượu ngô men xôi gấc mắm nước năm hòa'.split(' '),
);
const GROUPS = [
  ['khóm', 'thơm', 'dứa'],
  ['đậu phộng', 'lạc'],
  ['trà', 'chè'],
  ['bắp', 'ngô'],
  ['heo', 'lợn'],
];
const plan = (query: string) => planSearch(query, VOCABULARY, GROUPS);
const queries = (p: SearchPlan) => p.steps.map((s) => `${s.kind}:${s.query}`);

describe('synonyms', () => {
  it('swaps a phrase for the others of its group that the index holds', () => {
    expect(synonymReplacements(['kẹo', 'dừa', 'lạc'], GROUPS, VOCABULARY)).toEqual([{ start: 2, length: 1, words: ['đậu', 'phộng'] }]);
    expect(synonymReplacements(['thơm'], GROUPS, VOCABULARY).map((r) => r.words.join(' '))).toEqual(['khóm', 'dứa']);
  });

  it('matches by tones when typed with them, by letters when typed without', () => {
    // dừa (coconut) is not dứa (pineapple); dua may be either.
    expect(synonymReplacements(['dừa'], GROUPS, VOCABULARY)).toEqual([]);
    expect(synonymReplacements(['dua'], GROUPS, VOCABULARY).map((r) => r.words.join(' '))).toEqual(['khóm']);
  });

  it('ships only the groups the index can use', () => {
    expect(usefulGroups(GROUPS, VOCABULARY)).toEqual([
      ['khóm', 'thơm', 'dứa'],
      ['đậu phộng', 'lạc'],
      ['trà', 'chè'],
      ['bắp', 'ngô'],
    ]);
  });
});

describe('planSearch', () => {
  it('searches the exact tones first, then the same folded, then synonyms', () => {
    const p = plan('thơm');
    expect(queries(p).slice(0, 4)).toEqual(['exact:thơm', 'folded:thơm', 'synonym:khóm', 'synonym:dứa']);
    expect(p.steps[0]).toMatchObject({ exactDiacritics: true, weight: 1 });
    expect(p.steps.slice(1).every((s) => s.weight < 1)).toBe(true);
    // Typed with tones, synonyms are searched with theirs: dứa (pineapple), never dừa (coconut).
    expect(p.steps.filter((s) => s.exactDiacritics).map((s) => s.query)).toEqual(['thơm', 'khóm', 'dứa']);
    expect(plan('thom').steps.some((s) => s.exactDiacritics)).toBe(false);
  });

  it('searches a query typed without tones once, as Pagefind folds tones itself', () => {
    expect(queries(plan('keo dua'))).toEqual(['exact:keo dua', 'synonym:keo khóm']);
    expect(plan('keo dua').steps[0]!.exactDiacritics).toBe(false);
  });

  it('respells words the index lacks: by sound, then one slip away', () => {
    expect(queries(plan('sôi gấc'))).toContain('sound:xôi gấc');
    expect(queries(plan('trè xanh'))).toContain('sound:chè xanh');
    expect(queries(plan('ruoou ngo'))).toContain('slip:rượu ngo');
    // With tones, a word is held only with those tones: nắm is not năm.
    expect(queries(plan('nước nắm'))).toContain('slip:nước mắm');
  });

  it('respells words the index holds only when nothing else is found', () => {
    const p = plan('nuoc nam');
    expect(queries(p)).not.toContain('slip:nuoc mắm');
    expect(p.fallbacks[0]!.map((s) => s.query)).toContain('nuoc mắm');
    // Then one word left out, the last resort.
    expect(p.fallbacks.at(-1)!.map((s) => `${s.kind}:${s.query}`)).toEqual(['relaxed:nam', 'relaxed:nuoc']);
  });

  it('leaves out only a word nobody wrote, and guesses nothing when two are unknown', () => {
    const relaxed = (q: string) =>
      plan(q)
        .fallbacks.flat()
        .filter((s) => s.kind === 'relaxed')
        .map((s) => s.query);
    expect(relaxed('nuoc mam qqqq')).toEqual(['nuoc mam']);
    expect(relaxed('nuoc mam qqqq zzzz')).toEqual([]);
  });

  it('reads Telex, VNI and runs before planning, and says so in its words', () => {
    expect(plan('nuwowcs mawms').words).toEqual(['nước', 'mắm']);
    expect(plan('keoduadauphong').words).toEqual(['keo', 'dua', 'dau', 'phong']);
    expect(plan('hoà').words).toEqual(['hòa']); // the index's spelling of the same tone
  });

  it('does not respell the last word while it may be cut short', () => {
    expect(queries(plan('kẹo dừa đậu p'))).toEqual(['exact:kẹo dừa đậu p', 'folded:kẹo dừa đậu p']);
    expect(plan('').steps).toEqual([]);
  });
});

describe('mergeResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('keeps exact matches first, ranks by best weighted score per word', () => {
    const merged = mergeResults([
      { weight: 1, kind: 'exact', terms: 1, results: [r('keo-la-dua', 30)] },
      { weight: 0.7, kind: 'folded', terms: 1, results: [r('keo-la-dua', 30), r('dau-dua', 16)] },
      { weight: 0.67, kind: 'synonym', terms: 1, results: [r('khom', 25)] },
    ]);
    expect(merged.map((m) => `${m.result.id}:${m.kind}`)).toEqual(['keo-la-dua:exact', 'khom:synonym', 'dau-dua:folded']);
  });

  it('lets a synonym in a name pass a word found only in a description', () => {
    const merged = mergeResults([
      { weight: 1, kind: 'exact', terms: 1, results: [r('body-only', 4)] },
      { weight: 0.67, kind: 'synonym', terms: 1, results: [r('in-name', 25)] },
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['in-name', 'body-only']);
  });

  it('ranks at half a result that has an earlier word only inside a longer one', () => {
    const merged = mergeResults([
      { weight: 1, kind: 'exact', terms: 2, results: [r('cheo', 14), r('che', 12)], partial: new Set(['cheo']) },
    ]);
    expect(merged.map((m) => m.result.id)).toEqual(['che', 'cheo']);
  });
});

describe('nearestNames', () => {
  const pages = ['Mật ong bạc hà', 'Khóm Cầu Đúc', 'Kẹo dừa lá dứa', 'Rượu ngô men lá'].map((name) => ({ name, url: `/${name}/` }));

  it('offers the names nearest by sound and spelling', () => {
    expect(nearestNames(['mâtt', 'ông'], pages).map((p) => p.name)).toEqual(['Mật ong bạc hà']);
    expect(nearestNames(['rieu', 'ngo'], pages)[0]!.name).toBe('Rượu ngô men lá');
  });

  it('ignores gibberish words, and offers nothing for gibberish alone', () => {
    expect(nearestNames(['khom', 'qqqq'], pages)[0]!.name).toBe('Khóm Cầu Đúc');
    expect(nearestNames(['qqqq', 'zzzz'], pages)).toEqual([]);
  });
});
