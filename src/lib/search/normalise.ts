/**
 * What a visitor typed, as the words to search: lower case, single spaces, Telex or VNI keys
 * decoded (`nuwowcs` → nước, `ma81m` → mắm), and words run together split at the index's words
 * (`nuocmam` → nuoc mam). Pure: the index's words are passed in, no word is written here.
 */
import { decodeTelex, decodeVni } from './keys.ts';
import { fold, isSyllable } from './letters.ts';
import { words, type Vocabulary } from './vocabulary.ts';

/** One typed word as one or more words to search. */
export function decodeWord(typed: string, vocabulary: Vocabulary): string[] {
  if (/^\d+$/.test(typed)) return [typed];
  const vni = decodeVni(typed);
  if (vni) return [vni];
  const folded = fold(typed);
  // A word the index holds is taken as typed, even if it also reads as Telex (`homestay`).
  if (vocabulary.has(folded)) return [typed];
  const telex = decodeTelex(typed);
  if (telex && telex !== typed) return [telex];
  if (isSyllable(folded) || folded.length !== typed.length) return [typed];
  const pieces = vocabulary.split(folded);
  if (!pieces) return [typed];
  // Cut the word as typed (tones kept) where its folded form was cut: each letter folds to one.
  let at = 0;
  return pieces.flatMap((piece) => {
    const part = typed.slice(at, (at += piece.length));
    // A piece is a known word, a Telex word or a syllable: decoding it never splits it again.
    return /^[a-z]+$/.test(part) ? decodeWord(part, vocabulary) : [part];
  });
}

/** The words to search for `query`, in order. */
export function normaliseQuery(query: string, vocabulary: Vocabulary): string[] {
  return words(query).flatMap((word) => decodeWord(word, vocabulary));
}
