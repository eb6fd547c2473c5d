/**
 * Who makes a listed product, from the name the list gives: its type from the legal form the name
 * starts with (`HTX`, `Hợp tác xã`, `Tổ hợp tác`, `Công ty TNHH`, `DNTN`, `Hộ kinh doanh`, `Cơ sở`…),
 * its name with the abbreviated form written out (`HTX NN Tân Phú` → `Hợp tác xã Nông nghiệp Tân
 * Phú`), and a key that is the same for every way one producer is written: the type and the name
 * without its legal form, folded (`htx:keo-dua-x` for `HTX Kẹo dừa X` and `Hợp tác xã kẹo dừa X`).
 *
 * Without a legal form, a type column says the type; else a name like a person's (a family name and
 * two to four words, each capitalised) is a household business, and anything else a production
 * establishment (`cs`), which the report asks a person to confirm.
 */
import { cooperativeSlug, slugify } from '../slug.ts';
import { fold, toned } from './cells.ts';
import type { ImportVocabulary, LegalForm } from './types.ts';
import { isCooperative, PRODUCER_TYPE_ALIASES, PRODUCER_TYPES, type ProducerType } from '../../schemas/producer-type.ts';

/** A producer as the import understands it. */
export interface Producer {
  /** The name as the sheet writes it (cleaned). */
  written: string;
  /** The name with its legal form written out: the cooperative's `name`. */
  name: string;
  /** Its type. */
  type: ProducerType;
  /** True when nothing in the sheet said the type (no legal form, no type column). */
  typeGuessed: boolean;
  /** The same for each spelling of one producer: `htx:keo-dua-x`. */
  key: string;
  /** Folder name for a new folder: `htx-keo-dua-x`, `cong-ty-tnhh-sao-mai`. */
  slug: string;
}

/** A word as legal forms are compared: dots and hyphens dropped (`H.T.X` is `HTX`, `C.ty` is `Cty`), folded and with tones. */
interface Word {
  folded: string;
  toned: string;
}
const word = (text: string): Word => ({ folded: fold(text).replace(/-/g, ''), toned: toned(text).replace(/-/g, '') });

/** Each legal form's written forms as words, computed once per list of forms. */
const formWords = new WeakMap<readonly LegalForm[], Array<{ form: LegalForm; words: Word[] }>>();
function wordsOf(forms: readonly LegalForm[]) {
  let list = formWords.get(forms);
  if (!list) {
    list = forms.flatMap((form) => form.written.map((written) => ({ form, words: written.split(/\s+/).map(word) })));
    formWords.set(forms, list);
  }
  return list;
}

/**
 * The longest legal form the tokens start with, and how many tokens it takes. A token written with
 * tones is compared with them (`Hồ` is a family name, not `Hộ`), one written without, folded.
 */
function legalForm(tokens: readonly string[], forms: readonly LegalForm[]): { form: LegalForm; length: number } | undefined {
  const written = tokens.slice(0, 8).map(word);
  const same = (w: Word | undefined, f: Word) => !!w && (w.folded === w.toned ? w.folded === f.folded : w.toned === f.toned);
  let best: { form: LegalForm; length: number } | undefined;
  for (const { form, words } of wordsOf(forms)) {
    if (words.every((f, i) => same(written[i], f)) && (!best || words.length > best.length)) best = { form, length: words.length };
  }
  return best;
}

/** The type a type column's cell says (`HTX`, `Doanh nghiệp`, `dn`). */
function typeOf(cell: string, forms: readonly LegalForm[]): ProducerType | undefined {
  const key = fold(cell);
  if (!key) return undefined;
  if ((PRODUCER_TYPES as readonly string[]).includes(key)) return key as ProducerType;
  return PRODUCER_TYPE_ALIASES[key] ?? legalForm(cell.split(/\s+/), forms)?.form.type;
}

/** Whether a name reads as a person's: `Nguyễn Văn An`. */
function personName(tokens: readonly string[], vocabulary: ImportVocabulary): boolean {
  const surnames = new Set(vocabulary.surnames.map(fold));
  return (
    tokens.length >= 2 && tokens.length <= 5 && surnames.has(fold(tokens[0]!)) && tokens.every((t) => /^\p{Lu}/u.test(t) && !/\d/.test(t))
  );
}

/** Reads a producer's name (and the type column, if the sheet has one); undefined when no name is left. */
export function readProducer(written: string, typeCell: string, vocabulary: ImportVocabulary): Producer | undefined {
  const tokens = written.split(/\s+/).filter(Boolean);
  const found = legalForm(tokens, vocabulary.legalForms);
  let rest = found ? tokens.slice(found.length) : tokens;
  if (found) {
    // Abbreviations right after the legal form: `HTX DV NN` → `Hợp tác xã Dịch vụ Nông nghiệp`.
    const expanded: string[] = [];
    let i = 0;
    for (; i < rest.length; i++) {
      const token = rest[i]!;
      const long = /^\p{Lu}+$/u.test(token) ? vocabulary.abbreviations[token] : undefined;
      if (!long) break;
      expanded.push(long);
    }
    rest = [...expanded, ...rest.slice(i)];
  }
  const restKey = fold(rest.join(' '));
  if (!restKey) return undefined;
  const type = found?.form.type ?? typeOf(typeCell, vocabulary.legalForms) ?? (personName(tokens, vocabulary) ? 'ho' : 'cs');
  const typeGuessed = !found && typeOf(typeCell, vocabulary.legalForms) === undefined;
  const lead = found ? (found.form.canonical ?? tokens.slice(0, found.length).join(' ')) : undefined;
  const name = [lead, ...rest].filter(Boolean).join(' ');
  return {
    written,
    name,
    type,
    typeGuessed,
    key: `${type}:${restKey}`,
    slug: isCooperative(type) ? cooperativeSlug(name) : slugify(name),
  };
}
