/**
 * One product row as a listing: product, producer, stars, the recognition's decision and date,
 * and the group, each from the row's own cells first, then from the section or title above it.
 * A row that cannot be a listing says why; what a person should check travels with the listing.
 */
import { addMonths } from '../dates.ts';
import type { AddressCells } from './address.ts';
import { readDate, readDecision, type DateReading } from './decision.ts';
import { groupNamed, proposeGroup } from './group.ts';
import { readProducer, type Producer } from './producer.ts';
import type { SheetLine } from './rows.ts';
import { readStars } from './stars.ts';
import type { ImportVocabulary, RowMessage, RowMessageKey } from './types.ts';
import type { OcopGroup } from '../../schemas/ocop-group.ts';
import { OCOP_VALID_MONTHS, type Stars } from '../../schemas/ocop-stars.ts';

/** The recognition as the sheet gives it; `issuedOn` as the schema reads it (a date, a year, or not known). */
export interface SheetRecognition {
  /** 3, 4 or 5. */
  stars: Stars;
  /** `YYYY-MM-DD`, a year, or `undefined` when the sheet does not say. */
  issuedOn: string | number | undefined;
  /** Decision number: `2497/QĐ-UBND`. */
  decision?: string | undefined;
  /** Who issued it, when written. */
  issuer?: string | undefined;
}

/** A product row read. */
export interface Listing {
  /** Sheet row number. */
  row: number;
  /** Product name as written. */
  product: string;
  /** Who makes it. */
  producer: Producer;
  /** The row's address cells (with those of the row above when it continued it). */
  address: AddressCells;
  /** The OCOP recognition. */
  recognition: SheetRecognition;
  /** The OCOP group, read or proposed. */
  group: OcopGroup;
  /** True when the group was proposed rather than read from the sheet. */
  groupGuessed: boolean;
  /** What the report says about the row so far. */
  messages: RowMessage[];
}

/** A listing, or the reason the row is none (with what was learnt before it stopped). */
export type ListingReading = { listing: Listing } | { skip: RowMessage; messages: RowMessage[] };

const msg = (key: RowMessageKey, params: Record<string, unknown> = {}): RowMessage => ({ key, params });

/** The most precise date among the readings: a day first, then a year. */
function bestDate(readings: ReadonlyArray<DateReading | undefined>): DateReading | undefined {
  const present = readings.filter((r): r is DateReading => r !== undefined);
  return present.find((r) => 'date' in r) ?? present.find((r) => 'year' in r) ?? present.find((r) => 'invalid' in r) ?? present[0];
}

function recognition(line: SheetLine, stars: Stars, vocabulary: ImportVocabulary, today: string, messages: RowMessage[]): SheetRecognition {
  const { values, context } = line;
  const own = readDecision(values.decision ?? '', vocabulary);
  const ctx = context.decision;
  const useCtx = !!ctx && (!own.decision || !ctx.value.decision || own.decision === ctx.value.decision);
  if (useCtx && !own.decision && ctx.value.decision) messages.push(msg('info.context', { field: 'decision', row: ctx.row }));
  const decision = own.decision ?? (useCtx ? ctx.value.decision : undefined);
  const issuer = values.issuer || own.issuer || (useCtx ? ctx.value.issuer : undefined);
  const cell = (text: string | undefined) => (text ? readDate(text, vocabulary) : undefined);
  const when = bestDate([cell(values.date), own.when, cell(values.year), useCtx ? ctx.value.when : undefined]);
  let issuedOn: string | number | undefined;
  if (when && 'date' in when) {
    issuedOn = when.date;
    const validUntil = addMonths(when.date, OCOP_VALID_MONTHS);
    if (validUntil < today) messages.push(msg('person.expired', { validUntil }));
  } else if (when && 'year' in when) {
    issuedOn = when.year;
    messages.push(msg('person.dateYearOnly', { year: when.year, expired: addMonths(`${when.year}-12-31`, OCOP_VALID_MONTHS) < today }));
  } else {
    if (when && 'invalid' in when) messages.push(msg('person.dateInvalid', { value: when.invalid }));
    messages.push(msg('person.dateUnknown'));
  }
  return { stars, issuedOn, decision, issuer };
}

function group(line: SheetLine, product: string, vocabulary: ImportVocabulary, messages: RowMessage[]): [OcopGroup, boolean] {
  const written = line.values.group;
  const named = written ? groupNamed(written, vocabulary) : undefined;
  if (named) return [named, false];
  if (!written && line.context.group) {
    messages.push(msg('info.context', { field: 'group', row: line.context.group.row }));
    return [line.context.group.value, false];
  }
  const proposal = (written ? proposeGroup(written, vocabulary) : undefined) ?? proposeGroup(product, vocabulary);
  const chosen = proposal?.group ?? 'thuc-pham';
  if (written) messages.push(msg('person.groupUnknown', { value: written, group: chosen }));
  else if (proposal) messages.push(msg('person.groupGuessed', { group: chosen, word: proposal.word }));
  else messages.push(msg('person.groupDefault', { group: chosen }));
  return [chosen, true];
}

/** Reads a product row. */
export function readListing(line: SheetLine, vocabulary: ImportVocabulary, today: string): ListingReading {
  const messages: RowMessage[] = [];
  const { values } = line;
  if (!values.product) return { skip: msg('skip.noProduct'), messages };
  if (!values.producer) return { skip: msg('skip.noProducer'), messages };
  const producer = readProducer(values.producer, values.type ?? '', vocabulary);
  if (!producer) return { skip: msg('skip.noName', { value: values.producer }), messages };
  if (line.filledFrom !== undefined) messages.push(msg('info.filledDown', { row: line.filledFrom }));
  if (producer.typeGuessed) messages.push(msg('person.typeUnknown', { type: producer.type }));
  let stars: Stars;
  const written = values.stars ? readStars(values.stars, vocabulary) : undefined;
  if (written && 'stars' in written) stars = written.stars;
  else if (written && 'invalid' in written) return { skip: msg('skip.badStars', { value: written.invalid }), messages };
  else if (written) return { skip: msg('skip.notRecognised', { value: written.notRecognised }), messages };
  else if (line.context.stars) {
    stars = line.context.stars.value;
    messages.push(msg('info.context', { field: 'stars', row: line.context.stars.row }));
  } else return { skip: msg('skip.noStars'), messages };
  const rec = recognition(line, stars, vocabulary, today, messages);
  const [chosen, guessed] = group(line, values.product, vocabulary, messages);
  const address = { address: values.address, commune: values.commune, district: values.district, province: values.province };
  return {
    listing: {
      row: line.row,
      product: values.product,
      producer,
      address,
      recognition: rec,
      group: chosen,
      groupGuessed: guessed,
      messages,
    },
  };
}
