/**
 * Decides, row by row, what the import writes, without writing: which folder each producer gets
 * (the one an earlier import recorded, else a folder whose profile names the same producer, else a
 * folder of the slug it would get, else a new one), which file each listing gets (the one recorded,
 * else a product of the same name in that folder, else a new file), and what changes in it (only
 * `ocop`, see recognition.ts). Profiles that exist are never rewritten.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../slug.ts';
import { resolveAddress } from './address.ts';
import type { CatalogState, ExistingCoop } from './catalog.ts';
import { fold } from './cells.ts';
import type { Listing } from './listing.ts';
import { readListing } from './listing.ts';
import type { Manifest } from './manifest.ts';
import { sheetOcop } from './recognition.ts';
import { coopFile, productFile } from './render.ts';
import type { SheetLine } from './rows.ts';
import type { ImportTemplateWords, ImportVocabulary, RowMessage } from './types.ts';
import { updateProduct } from './update.ts';
import type { ImportReport, NotInSheet, RowResult } from './report.ts';

/** What planning needs. */
export interface PlanInput {
  /** The catalog as found. */
  state: CatalogState;
  /** What earlier imports recorded. */
  manifest: Manifest;
  /** The rows below the header, read. */
  lines: readonly SheetLine[];
  /** The words sheets are written in. */
  vocabulary: ImportVocabulary;
  /** The words new files are written with. */
  templates: ImportTemplateWords;
  /** `YYYY-MM-DD`: the `added` day of new files, and what "expired" is measured against. */
  today: string;
  /** Province of rows that name none (`--province`, or the one `site.yaml` names). */
  province?: string | undefined;
}

/** The files to write and what the report says. */
export interface Plan extends Pick<ImportReport, 'rows' | 'notInSheet'> {
  /** Absolute path → new content. */
  writes: Map<string, string>;
  /** The manifest after this import. */
  manifest: Manifest;
}

/** A producer placed in a folder during this run. */
interface Placed {
  /** Folder under `cooperatives/`. */
  folder: string;
  /** Producer name (the first row's spelling). */
  name: string;
  /** Its profile is made by this import. */
  created: boolean;
  /** The row that placed it. */
  row: number;
  /** Its ward, for telling a second address apart. */
  wardCode?: string | undefined;
}

const SKIPS = {
  total: 'skip.total',
  section: 'skip.section',
  header: 'skip.header',
  numbering: 'skip.numbering',
  note: 'skip.note',
} as const;

/** The first of `base`, `base-2`, `base-3` … not taken. */
function unique(base: string, taken: (slug: string) => boolean): string {
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Decides every row's outcome and the files to write. */
export function planImport(input: PlanInput): Plan {
  const { state, vocabulary, templates, today } = input;
  const manifest: Manifest = { version: 1, producers: { ...input.manifest.producers }, listings: { ...input.manifest.listings } };
  const writes = new Map<string, string>();
  const rows: RowResult[] = [];
  const placed = new Map<string, Placed>();
  const seen = new Map<string, number>();
  const claimed = new Set<string>();
  const newSlugs = new Map<string, Set<string>>();
  const rel = (file: string) => path.relative(state.contentDir, file).split(path.sep).join('/');
  const coopDir = (folder: string) => path.join(state.contentDir, 'cooperatives', folder);
  const address = (l: Listing) => resolveAddress(l.address, input.province, templates.unknownCommune);

  /** The folder of a listing's producer; undefined (with the reason pushed) when a new one cannot be made. */
  function place(l: Listing, messages: RowMessage[]): Placed | undefined {
    const { producer } = l;
    const known = placed.get(producer.key);
    if (known) {
      const other = known.created && known.wardCode ? address(l) : undefined;
      if (other?.wardCode && other.wardCode !== known.wardCode)
        messages.push({ key: 'person.otherAddress', params: { row: known.row, folder: known.folder } });
      return known;
    }
    const recorded = manifest.producers[producer.key]?.folder;
    const folder =
      (recorded && state.coops.has(recorded) ? recorded : undefined) ??
      state.byKey.get(producer.key) ??
      (state.coops.has(producer.slug) ? producer.slug : undefined);
    if (folder) {
      if (folder !== recorded) messages.push({ key: 'info.existingCoop', params: { folder } });
      const p: Placed = { folder, name: producer.name, created: false, row: l.row };
      placed.set(producer.key, p);
      return p;
    }
    const resolved = address(l);
    if (!resolved) return undefined;
    messages.push(...resolved.messages);
    const slug = unique(producer.slug, (s) => state.coops.has(s) || [...placed.values()].some((p) => p.folder === s));
    messages.push({ key: 'info.newCoop', params: { folder: slug } });
    writes.set(
      path.join(coopDir(slug), 'index.md'),
      coopFile(
        { name: producer.name, type: producer.type, address: resolved.address, tags: resolved.formerNames, added: today },
        templates,
      ),
    );
    const p: Placed = { folder: slug, name: producer.name, created: true, row: l.row, wardCode: resolved.wardCode };
    placed.set(producer.key, p);
    return p;
  }

  /** The existing file of a listing: recorded by an earlier import, else a product of that name in the folder. */
  function existingFile(key: string, l: Listing, coop: ExistingCoop | undefined, messages: RowMessage[]): string | undefined {
    const recorded = manifest.listings[key]?.file;
    const file = recorded ? path.join(state.contentDir, recorded) : undefined;
    if (file && existsSync(file) && !claimed.has(file)) return file;
    const name = fold(l.product);
    const match =
      coop?.products.find((p) => p.name === name && !claimed.has(p.file)) ??
      coop?.products.find((p) => p.slug === slugify(l.product) && !claimed.has(p.file));
    if (match) messages.push({ key: 'info.matchedByName', params: { file: match.file } });
    return match?.file;
  }

  for (const line of input.lines) {
    if (line.kind !== 'data') {
      const gives = line.gives ?? {};
      const params = { text: line.text, stars: gives.stars?.value, group: gives.group?.value, decision: gives.decision?.value.decision };
      rows.push({ row: line.row, status: 'skipped', messages: [{ key: SKIPS[line.kind], params }] });
      continue;
    }
    const reading = readListing(line, vocabulary, today);
    if ('skip' in reading) {
      rows.push({ row: line.row, status: 'skipped', messages: [...reading.messages, reading.skip] });
      continue;
    }
    const l = reading.listing;
    let messages = [...l.messages];
    const base = { row: l.row, product: l.product, producer: l.producer.name };
    const key = `${l.producer.key}/${fold(l.product)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      rows.push({ ...base, status: 'skipped', messages: [{ key: 'skip.duplicate', params: { row: earlier } }] });
      continue;
    }
    const p = place(l, messages);
    if (!p) {
      rows.push({ ...base, status: 'skipped', messages: [...messages, { key: 'skip.noProvince', params: {} }] });
      continue;
    }
    seen.set(key, l.row);
    const coop = state.coops.get(p.folder);
    // A producer found in the catalog keeps its profile's type: the sheet's guess at it is no question.
    if (!p.created) messages = messages.filter((m) => m.key !== 'person.typeUnknown');
    let file = existingFile(key, l, coop, messages);
    let status: RowResult['status'];
    if (file) {
      const update = updateProduct(file, l, messages, vocabulary.unknownDateValue);
      ({ status, messages } = update);
      if (update.text !== undefined) writes.set(file, update.text);
    } else {
      const taken = newSlugs.get(p.folder) ?? new Set(coop?.products.map((x) => x.slug) ?? []);
      newSlugs.set(p.folder, taken);
      const slug = unique(slugify(l.product), (s) => taken.has(s));
      taken.add(slug);
      file = path.join(coopDir(p.folder), 'products', `${slug}.md`);
      const ocop = sheetOcop(l.recognition, vocabulary.unknownDateValue);
      writes.set(file, productFile({ name: l.product, group: l.group, groupGuessed: l.groupGuessed, ocop, added: today }, templates));
      status = 'created';
    }
    claimed.add(file);
    manifest.listings[key] = { file: rel(file), product: l.product, producer: p.name };
    manifest.producers[l.producer.key] = { folder: p.folder, name: p.name };
    rows.push({ ...base, producer: p.name, status, file, messages });
  }

  const notInSheet: NotInSheet[] = Object.entries(input.manifest.listings)
    .filter(([key]) => !seen.has(key))
    .map(([, entry]) => {
      const file = path.join(state.contentDir, entry.file);
      return { file, product: entry.product, producer: entry.producer, exists: existsSync(file) };
    });
  return { rows, writes, manifest, notInSheet };
}
