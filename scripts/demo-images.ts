/**
 * `npm run demo:images`: draws every illustration the demo catalog in `content/` refers to.
 *
 * The demo has no real photographs, so each image is a flat illustration composed as SVG
 * (`demo-images/draw/`) and rasterised with sharp, labelled "ẢNH MINH HOẠ" so nobody mistakes it for
 * a photo of the product. Text is turned into SVG paths with the bundled Be Vietnam Pro font: the
 * machine running this may have no fonts at all, and Vietnamese tone marks must render the same
 * everywhere.
 *
 * What each image shows is in `demo-images/table.ts`; its caption comes from the front matter. The
 * script refuses to write anything if the table and the content disagree.
 *
 * Deterministic: no randomness other than a PRNG seeded from the file name, no dates, so every run
 * writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoImages as w } from '../src/i18n/scripts.vi.ts';
import { readContentImages } from './demo-images/content.ts';
import { planDrawings } from './demo-images/plan.ts';
import { render } from './demo-images/render.ts';
import { tableRows } from './demo-images/table.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content');

/** Reads the content, checks it against the table, then draws and writes every image. */
async function main(): Promise<void> {
  const content = readContentImages(ROOT, CONTENT);
  const { drawings, problems } = planDrawings(tableRows(), content.references);
  const all = [...content.problems, ...problems];
  if (all.length > 0) {
    for (const problem of all) console.error(w.error(problem));
    console.error(w.mismatch);
    process.exitCode = 1;
    return;
  }
  let bytes = 0;
  for (const drawing of drawings) {
    const out = path.join(CONTENT, drawing.file);
    const data = await render(drawing);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, data);
    bytes += data.length;
    console.log(w.wrote(drawing.file, (data.length / 1024).toFixed(0)));
  }
  console.log(w.done(drawings.length, (bytes / 1024 / 1024).toFixed(2)));
}

if (import.meta.main) await main();
