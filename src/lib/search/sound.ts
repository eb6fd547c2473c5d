/**
 * The "sound" of a folded word: two spellings people confuse because their dialect says them
 * alike get the same key. Applied the same way to what is typed and to the catalog's words, so
 * `sôi gấc` meets `xôi gấc` and `trè xanh` meets `chè xanh`.
 *
 * - initials: l/n (north), s/x and ch/tr (north and south), d/gi/r (north says all three /z/),
 *   c/k and g/gh, ng/ngh (spelling rules people get wrong), ph/f (typed without an input method);
 * - finals: n/ng/nh and t/c/ch (the south says them alike);
 * - rhymes: i/y (`quý`/`quí`), ưu/iu and ươu/iêu (the south);
 * - tones and hats are already gone in the folded word: hỏi/ngã and every other wrong tone.
 */

const INITIAL = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdfghjklmnprstvxz])?(.*)$/;
const SAME_INITIAL: Readonly<Record<string, string>> = {
  l: 'n',
  s: 'x',
  tr: 'ch',
  gi: 'd',
  r: 'd',
  z: 'd',
  j: 'd',
  c: 'k',
  gh: 'g',
  ngh: 'ng',
  ph: 'f',
};

/** The sound key of one folded word (`trang` → `chan`, `giong` → `don`, `quy` → `qui`). */
export function sound(folded: string): string {
  const m = INITIAL.exec(folded)!;
  let initial = m[1] ?? '';
  let rhyme = m[2]!;
  // `gi` before a consonant or at the end is g + i (`gin`, `gi`), as in the spelling.
  if (initial === 'gi' && !/^[aeiouy]/.test(rhyme)) {
    initial = 'g';
    rhyme = `i${rhyme}`;
  }
  rhyme = rhyme
    .replace(/^y$/, 'i')
    .replace(/uou$/, 'ieu')
    .replace(/^uu$/, 'iu')
    .replace(/(ng|nh)$/, 'n')
    .replace(/(ch|c)$/, 't');
  return (SAME_INITIAL[initial] ?? initial) + rhyme;
}
