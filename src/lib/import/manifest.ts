/**
 * What earlier imports made, so the next one finds it again: `<catalog>/.import/manifest.json`.
 * It maps each producer's key to its folder, and each listing's key (producer key / product name,
 * folded) to its file, so a re-import finds a product the cooperative renamed, and reports the
 * listings a new sheet no longer has. Paths are relative to the catalog folder; keys are sorted
 * and nothing in it depends on the day it ran, so the same sheet twice leaves it byte-identical.
 * The folder starts with a dot: the check and the build do not read it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from './types.ts';

/** A producer an import placed. */
export interface ManifestProducer {
  /** Its folder under `cooperatives/`. */
  folder: string;
  /** Its name as the sheet gave it (legal form written out). */
  name: string;
}

/** A listing an import placed. */
export interface ManifestListing {
  /** Its file, relative to the catalog folder. */
  file: string;
  /** Product name as the sheet gave it. */
  product: string;
  /** Producer name as the sheet gave it. */
  producer: string;
}

/** The manifest file's content. */
export interface Manifest {
  /** Format version. */
  version: 1;
  /** By producer key (`htx:keo-dua-x`). */
  producers: Record<string, ManifestProducer>;
  /** By listing key (`htx:keo-dua-x/keo-dua-la-dua`). */
  listings: Record<string, ManifestListing>;
}

/** Where the manifest lives in a catalog. */
export const manifestPath = (contentDir: string) => path.join(contentDir, '.import', 'manifest.json');

/** The catalog's manifest, empty when no import ran yet. */
export function readManifest(contentDir: string): Manifest {
  const file = manifestPath(contentDir);
  if (!existsSync(file)) return { version: 1, producers: {}, listings: {} };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
    if (data.version !== 1 || typeof data.producers !== 'object' || typeof data.listings !== 'object') throw new Error('shape');
    return { version: 1, producers: { ...data.producers }, listings: { ...data.listings } };
  } catch {
    throw new ImportError('manifest.invalid', { file });
  }
}

const sorted = <T>(record: Record<string, T>) =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]!]),
  );

/** The manifest's text: keys sorted, two-space indent, as Prettier writes JSON. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify({ version: 1, producers: sorted(manifest.producers), listings: sorted(manifest.listings) }, null, 2)}\n`;
}
