/**
 * The words the index holds in names, makers and keywords, as the browser receives them: what a
 * typed word can be corrected to, and what a run of words typed without spaces is split into.
 */
import { editDistance } from '../suggest.ts';
import { decodeTelex } from './keys.ts';
import { fold, hasMarks, isSyllable, toneKey } from './letters.ts';
import { sound } from './sound.ts';

/** Words of a text: lower case, NFC, split at anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether `a` and `b` differ in one letter, typed with the key beside the right one (`nam` for `mam`). */
function neighbourSlip(a: string, b: string): boolean {
  const diff = [...a].map((_, i) => i).filter((i) => a[i] !== b[i]);
  if (diff.length !== 1) return false;
  const [x, y] = [a[diff[0]!]!, b[diff[0]!]!];
  return KEY_ROWS.some((row) => Math.abs(row.indexOf(x) - row.indexOf(y)) === 1 && row.includes(x) && row.includes(y));
}

export class Vocabulary {
  /** Folded words (`nuoc`, `mam`). */
  readonly folds: ReadonlySet<string>;
  private readonly spellingsOf = new Map<string, string[]>();
  private readonly bySound = new Map<string, string[]>();
  private readonly soundOf = new Map<string, string>();

  /** `list`: the index's words as written (lower case, with tones). */
  constructor(list: Iterable<string>) {
    for (const word of list) {
      const f = fold(word);
      const spellings = this.spellingsOf.get(f);
      if (spellings) spellings.push(word);
      else {
        this.spellingsOf.set(f, [word]);
        const key = sound(f);
        this.soundOf.set(f, key);
        this.bySound.set(key, [...(this.bySound.get(key) ?? []), f]);
      }
    }
    this.folds = new Set(this.spellingsOf.keys());
  }

  has(folded: string): boolean {
    return this.folds.has(folded);
  }

  /**
   * Whether the index holds the word as typed: with these tones if it has any (`trè` is not
   * held when the index only has `tre`), by its letters if typed without.
   */
  holds(word: string): boolean {
    const folded = fold(word);
    if (!hasMarks(word)) return this.has(folded);
    const key = toneKey(word);
    return this.spellings(folded).some((s) => toneKey(s) === key);
  }

  /** Whether some word of the index starts with `typed` (a word being typed), with its tones if it has any. */
  startsWord(typed: string): boolean {
    const marked = hasMarks(typed);
    const prefix = marked ? typed.normalize('NFC').toLowerCase() : fold(typed);
    for (const [f, spellings] of this.spellingsOf) {
      if (marked ? spellings.some((s) => s.startsWith(prefix)) : f.startsWith(prefix)) return true;
    }
    return false;
  }

  /** How the index writes a folded word (`duong` → [`đường`]). */
  spellings(folded: string): readonly string[] {
    return this.spellingsOf.get(folded) ?? [];
  }

  /** Other folded words that sound the same (`xoi` → [`soi`]). */
  soundAlike(folded: string): string[] {
    return (this.bySound.get(sound(folded)) ?? []).filter((f) => f !== folded);
  }

  /**
   * Folded words one slip away: for words of four letters or more, one letter missing, extra,
   * wrong or swapped, also by sound for longer ones (a slip and a dialect confusion in one word);
   * for three-letter words only a neighbouring key (`nam` → `mam`): there most other slips are
   * simply another word.
   */
  oneSlipAway(folded: string): string[] {
    if (folded.length < 3) return [];
    const key = sound(folded);
    const out: string[] = [];
    for (const [f, fSound] of this.soundOf) {
      if (f === folded || Math.abs(f.length - folded.length) > 1) continue;
      // A short word is another word after most slips; only a neighbouring key is a slip there.
      if (folded.length === 3) {
        if (f.length === 3 && neighbourSlip(f, folded)) out.push(f);
      } else if (editDistance(f, folded) === 1 || (key.length >= 5 && editDistance(fSound, key) === 1)) out.push(f);
    }
    return out;
  }

  /**
   * A run of words typed without spaces, split into the index's words: `nuocmam` → [`nuoc`,
   * `mam`], `nuwowcsmawms` → [`nuwowcs`, `mawms`] (pieces may be Telex). Fewest pieces win;
   * a piece that is a syllable the index lacks costs more than one it has. Undefined when the
   * run cannot be split into at least two known pieces.
   */
  split(run: string): string[] | undefined {
    const n = run.length;
    const best: Array<{ cost: number; pieces: string[]; known: number } | undefined> = [{ cost: 0, pieces: [], known: 0 }];
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - 10); start < end - 1; start++) {
        const before = best[start];
        if (!before) continue;
        const piece = run.slice(start, end);
        const cost = this.pieceCost(piece);
        if (cost === undefined) continue;
        const total = before.cost + cost;
        const current = best[end];
        if (!current || total < current.cost)
          best[end] = { cost: total, pieces: [...before.pieces, piece], known: before.known + (cost < 2 ? 1 : 0) };
      }
    }
    const result = best[n];
    return result && result.pieces.length > 1 && result.known > 0 ? result.pieces : undefined;
  }

  private pieceCost(piece: string): number | undefined {
    const f = fold(piece);
    if (this.has(f)) return 1;
    const telex = /^[a-z]+$/.test(piece) ? decodeTelex(piece) : undefined;
    if (telex && this.has(fold(telex))) return 1.2;
    return isSyllable(f) ? 3 : undefined;
  }
}
