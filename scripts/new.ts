/**
 * `npm run new`: creates a cooperative folder or a product file from a template with every field
 * explained in Vietnamese. Asks for what it needs, or takes flags:
 *
 *   npm run new -- cooperative --name "Hợp tác xã Mật ong Bạc Hà"
 *   npm run new -- product --coop htx-mat-ong-bac-ha --name "Mật ong bạc hà" --group thuc-pham
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { newWords as w } from '../src/i18n/new.vi.ts';
import { cooperativeTemplate, productTemplate } from '../src/i18n/templates.vi.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildDate } from '../src/lib/dates.ts';
import { cooperativeSlug, slugify } from '../src/lib/slug.ts';
import { urls } from '../src/lib/urls.ts';
import { OCOP_GROUPS } from '../src/schemas/ocop-group.ts';

const { values, positionals } = parseArgs({
  options: {
    name: { type: 'string' },
    coop: { type: 'string' },
    group: { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

if (values.help) {
  console.log(w.usage);
  process.exit(0);
}

const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return given.trim();
  if (!rl) fail(w.missingFlag(question));
  return (await rl.question(`${question} `)).trim();
}
function fail(message: string): never {
  console.error(message);
  rl?.close();
  process.exit(1);
}

/**
 * The cooperative's `images/`, where every photo goes (the one answer the guide, the templates and
 * the check give). Git keeps no empty folder, so a `.gitkeep` (hidden, the check skips it) keeps
 * it in the repository: a cooperative uploading photos on GitHub finds the folder there.
 */
function makeImagesFolder(coopDir: string): void {
  const images = path.join(coopDir, 'images');
  mkdirSync(images, { recursive: true });
  if (readdirSync(images).length === 0) writeFileSync(path.join(images, '.gitkeep'), '');
}

const base = path.resolve(contentDir(), 'cooperatives');
const today = buildDate();
/** What to make, as typed on the command line or answered to the question (Enter: a cooperative). */
const KINDS: Readonly<Record<string, 'cooperative' | 'product'>> = {
  cooperative: 'cooperative',
  product: 'product',
  '1': 'cooperative',
  '2': 'product',
  '': 'cooperative',
};
const typedKind = positionals[0] ?? (await ask(w.askKind, undefined));
// A typo (`cooprative`) is refused, never taken for a cooperative.
const kind = KINDS[typedKind.trim()] ?? fail(w.unknownKind(typedKind));

if (kind === 'cooperative') {
  const name = await ask(w.askCoopName, values.name);
  const slug = values.slug ? slugify(values.slug) : cooperativeSlug(name);
  if (!name || !slug) fail(w.emptyName);
  const dir = path.join(base, slug);
  if (existsSync(dir)) fail(w.exists(path.relative(process.cwd(), dir)));
  mkdirSync(path.join(dir, 'products'), { recursive: true });
  makeImagesFolder(dir);
  writeFileSync(path.join(dir, 'index.md'), cooperativeTemplate({ name, today }));
  console.log(w.createdCoop(path.relative(process.cwd(), path.join(dir, 'index.md')), urls.cooperative(slug)));
} else {
  const coops = existsSync(base) ? readdirSync(base).filter((d) => existsSync(path.join(base, d, 'index.md'))) : [];
  const coop = slugify(await ask(w.askCoop(coops), values.coop));
  const folder = coops.find((d) => slugify(d) === coop);
  if (!folder) fail(w.noSuchCoop(coop, coops));
  const name = await ask(w.askProductName, values.name);
  const slug = slugify(values.slug ?? name);
  if (!name || !slug) fail(w.emptyName);
  const groupAnswer = await ask(w.askGroup, values.group);
  const group = /^[1-6]$/.test(groupAnswer) ? OCOP_GROUPS[Number(groupAnswer) - 1] : slugify(groupAnswer) || undefined;
  const file = path.join(base, folder, 'products', `${slug}.md`);
  if (existsSync(file) || existsSync(path.join(base, folder, 'products', slug))) fail(w.exists(path.relative(process.cwd(), file)));
  mkdirSync(path.dirname(file), { recursive: true });
  makeImagesFolder(path.join(base, folder));
  writeFileSync(file, productTemplate({ name, group, today }));
  console.log(w.createdProduct(path.relative(process.cwd(), file), urls.product(coop, slug)));
}
rl?.close();
