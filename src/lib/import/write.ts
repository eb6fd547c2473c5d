/**
 * Writes the planned files. Each is written to a temporary file beside it and renamed over it, so
 * a file is never half-written (a cooperative editing it, the build reading it, a power cut); a
 * file whose content is already the same is not touched, so its time stamp stays too.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `content` to `file` atomically; false when it already held exactly that. */
export function writeAtomic(file: string, content: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, file);
  return true;
}

/** Writes every file, in a stable order. */
export function writeAll(writes: ReadonlyMap<string, string>): number {
  let written = 0;
  for (const file of [...writes.keys()].sort()) if (writeAtomic(file, writes.get(file)!)) written++;
  return written;
}
