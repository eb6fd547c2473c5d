/**
 * `npm run bench -- --coops N --products K [--images]`: generates a synthetic catalog, builds it
 * cold and warm in a temporary folder, and reports per phase (content sync, page render, image
 * encoding, search index) wall time, pages per second, peak RSS, dist size and file count, the
 * bytes a browser downloads for a first search, and a product page's weight. Results for
 * docs/benchmarks.md.
 *
 * Side by side in the same run (`--repeat` times, best of each kept, as the machine is shared):
 * the thinnest Astro site and a minimal Hugo site over the same catalog, each with Pagefind
 * (`scripts/bench/anchors.ts`), so the project's times are printed as ratios to Astro's own
 * floor; `--compare DIR` builds another checkout of the project too (before and after a change).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { photoPath, productCount, syntheticCatalog } from '../src/lib/bench/synthetic.ts';
import { random } from '../src/lib/random.ts';
import { buildHugo, buildThinAstro, hasHugo, settleDisk, writeHugo, writeThinAstro, type AnchorTime } from './bench/anchors.ts';
import { measureSearch } from './bench/search-bytes.ts';

const { values } = parseArgs({
  options: {
    coops: { type: 'string', default: '200' },
    products: { type: 'string', default: '5' },
    /** Products in the whole catalog instead of per cooperative (the country: 17,000 for 32,000). */
    'total-products': { type: 'string' },
    images: { type: 'boolean', default: false },
    /** Builds of each kind; the best is reported. */
    repeat: { type: 'string', default: '1' },
    'no-anchors': { type: 'boolean', default: false },
    /** Another checkout of the project to build side by side (e.g. the commit before a change). */
    compare: { type: 'string' },
    'no-cards': { type: 'boolean', default: false },
    query: { type: 'string', default: 'mat ong' },
    dir: { type: 'string' },
    'no-warm': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const coops = Number(values.coops);
const perCoop = Number(values.products);
const totalProducts = values['total-products'] === undefined ? undefined : Number(values['total-products']);
const shape = { coops, productsPerCoop: perCoop, totalProducts };
const label = `${coops}x${totalProducts === undefined ? perCoop : `${totalProducts}total`}${values.images ? '-images' : ''}${values['no-cards'] ? '-nocards' : ''}`;
const repeat = Math.max(1, Number(values.repeat));
const root = process.cwd();
const compareRoot = values.compare ? path.resolve(values.compare) : undefined;
const dir = path.resolve(values.dir ?? path.join(os.tmpdir(), `htx-bench-${label}`));
const content = path.join(dir, 'content');
const dist = path.join(dir, 'dist');
const cache = path.join(dir, 'cache');

async function writePhotos(): Promise<number> {
  const started = performance.now();
  const jobs: Array<[number, number]> = [];
  for (let c = 1; c <= coops; c++) for (let p = 1; p <= productCount(shape, c); p++) jobs.push([c, p]);
  const width = 1600;
  const height = 1200;
  // Photo-like pixels: smooth gradients, a little texture and sensor grain, softened as a camera's
  // JPEG is; a flat colour would encode unrealistically fast, pure noise unrealistically slowly.
  const photo = async ([c, p]: [number, number]) => {
    const rnd = random(c * 1000 + p);
    const raw = Buffer.alloc(width * height * 3);
    const [r, g, b] = [rnd() * 200, rnd() * 200, rnd() * 200];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        const grain = rnd() * 12;
        raw[i] = (r + (x / width) * 55 + grain) & 255;
        raw[i + 1] = (g + (y / height) * 55 + grain) & 255;
        raw[i + 2] = (b + Math.sin((x + y) / 50) * 25 + grain) & 255;
      }
    }
    const file = path.join(content, photoPath(c, p));
    mkdirSync(path.dirname(file), { recursive: true });
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .blur(1.5)
      .jpeg({ quality: 85 })
      .toFile(file);
  };
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: os.availableParallelism() }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await photo(job);
    }),
  );
  return performance.now() - started;
}

interface BuildResult {
  wallMs: number;
  phases: { syncMs?: number; renderMs?: number; imagesMs?: number; searchMs?: number; shareMs?: number };
  /** Link-preview cards and QR files drawn (the rest came from the cache). */
  shareMade: number;
  pages: number;
  imagesEncoded: number;
  imagesReused: number;
  peakRssMb: number;
  exitCode: number | null;
}

/** Peak resident memory of a process and its children, sampled from /proc every 100 ms. */
function trackMemory(pid: number): () => number {
  let peak = 0;
  const rss = (p: number): number => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      return kb + children.reduce((sum, child) => sum + rss(child), 0);
    } catch {
      return 0;
    }
  };
  const timer = setInterval(() => (peak = Math.max(peak, rss(pid))), 100);
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}

/** One `astro build` of the project checkout at `tree` (this one by default), `fresh` with an empty cache. */
function build(fresh: boolean, tree = root): Promise<BuildResult> {
  // Cold as on a CI runner: no cache and no site folder. Emptying the site the build before had
  // left (6,000 files at 1,000 products) had cost whichever build came second a few seconds.
  if (fresh) for (const folder of [cache, dist]) rmSync(folder, { recursive: true, force: true });
  settleDisk();
  const astro = path.join(tree, 'node_modules/.bin/astro');
  const env = {
    ...process.env,
    CATALOG_DIR: content,
    ASTRO_CACHE_DIR: cache,
    SOURCE_DATE_EPOCH: '1795323600',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const started = performance.now();
  const child = spawn(process.execPath, ['--max-old-space-size=4096', astro, 'build', '--outDir', dist], {
    cwd: tree,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopMemory = trackMemory(child.pid!);
  const marks: Record<string, number> = {};
  const result: BuildResult = {
    wallMs: 0,
    phases: {},
    pages: 0,
    imagesEncoded: 0,
    imagesReused: 0,
    shareMade: 0,
    peakRssMb: 0,
    exitCode: null,
  };
  let open: string | undefined;
  let tail = '';
  const onLine = (line: string) => {
    const now = performance.now() - started;
    if (line.includes('Syncing content')) marks['sync'] = now;
    if (line.includes('Synced content') && marks['sync'] !== undefined) result.phases.syncMs = now - marks['sync'];
    for (const [phase, text] of [
      ['render', 'generating static routes'],
      ['images', 'generating optimized images'],
    ] as const) {
      if (!line.includes(text)) continue;
      open = phase;
      marks[phase] = now;
    }
    if (line.includes('✓ Completed in') && open) {
      result.phases[open === 'render' ? 'renderMs' : 'imagesMs'] = now - marks[open]!;
      open = undefined;
    }
    if (line.includes('(reused cache entry)')) result.imagesReused++;
    else if (/▶ .*\(before: /.test(line)) result.imagesEncoded++;
    const shared = /\((\d+) files made, \d+ from cache\) in (\d+) ms/.exec(line);
    if (shared) {
      result.shareMade = Number(shared[1]);
      result.phases.shareMs = Number(shared[2]);
    }
    const indexed = /records (?:indexed|unchanged: index from cache) in (\d+) ms/.exec(line);
    if (indexed) result.phases.searchMs = Number(indexed[1]);
    const pages = /(\d+) page\(s\) built/.exec(line);
    if (pages) result.pages = Number(pages[1]);
    tail = (tail + line + '\n').slice(-4000);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    });
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      result.wallMs = performance.now() - started;
      result.peakRssMb = stopMemory();
      result.exitCode = code;
      if (code !== 0) console.error(tail);
      resolve(result);
    });
  });
}

function walk(dirPath: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dirPath, { withFileTypes: true })) {
    const full = path.join(dirPath, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}

/** A product page's HTML (CSS is inlined) and the scripts it loads, gzipped: what the first round trip carries. */
function productPageWeight(): number {
  // The first cooperative with a product: with --total-products some have none.
  const coop = Array.from({ length: coops }, (_, c) => c + 1).find((c) => productCount(shape, c) > 0) ?? 1;
  const page = path.join(dist, `hop-tac-xa/htx-${coop}/sp-1/index.html`);
  const html = readFileSync(page, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => readFileSync(path.join(dist, m[1]!)));
  return [Buffer.from(html), ...scripts].reduce((sum, b) => sum + gzipSync(b, { level: 6 }).length, 0);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));

rmSync(dir, { recursive: true, force: true });
const generateStart = performance.now();
for (const file of syntheticCatalog({ ...shape, images: values.images, cards: !values['no-cards'] })) {
  const target = path.join(content, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.content);
}
const photosMs = values.images ? await writePhotos() : 0;
console.log(`[bench] ${label}: catalog written to ${content} in ${s(performance.now() - generateStart)} s (photos ${s(photosMs)} s)`);

const anchors = !values['no-anchors'];
const thinDir = path.join(dir, 'thin-astro');
const hugoDir = path.join(dir, 'hugo');
if (anchors) writeThinAstro(root, thinDir);
const hugo = anchors && hasHugo();
if (anchors && !hugo) console.log('[bench] Hugo is not installed (Debian: apt-get install -y hugo): its anchor is left out');
if (hugo) writeHugo(hugoDir, content);

const best = <T extends { wallMs: number } | { totalMs: number }>(runs: T[]): T =>
  runs.reduce((a, b) => (('wallMs' in b ? b.wallMs : b.totalMs) < ('wallMs' in a ? a.wallMs : a.totalMs) ? b : a));
// `second`: the first build that finds the cache (page copies are kept from then on); `warm`: the one after it.
const runs = {
  cold: [] as BuildResult[],
  second: [] as BuildResult[],
  warm: [] as BuildResult[],
  compareCold: [] as BuildResult[],
  compareSecond: [] as BuildResult[],
  compareWarm: [] as BuildResult[],
};
const anchorRuns = { thinCold: [] as AnchorTime[], thinWarm: [] as AnchorTime[], hugo: [] as AnchorTime[] };
let size = { bytes: 0, files: 0 };
let compared: { search: Awaited<ReturnType<typeof measureSearch>>; productPageGzipBytes: number; dist: typeof size } | undefined;
// Round after round, each kind of build once, so every kind sees the machine as busy as the others.
for (let round = 1; round <= repeat; round++) {
  if (compareRoot) {
    runs.compareCold.push(await build(true, compareRoot));
    if (!values['no-warm']) runs.compareSecond.push(await build(false, compareRoot));
    if (!values['no-warm']) runs.compareWarm.push(await build(false, compareRoot));
    // What a visitor downloads from the other checkout's site, before this one overwrites it.
    compared ??= { search: await measureSearch(dist, values.query), productPageGzipBytes: productPageWeight(), dist: walk(dist) };
  }
  const cold = await build(true);
  if (cold.exitCode !== 0) process.exit(1);
  runs.cold.push(cold);
  size = walk(dist);
  if (!values['no-warm']) runs.second.push(await build(false));
  if (!values['no-warm']) runs.warm.push(await build(false));
  if (anchors) {
    anchorRuns.thinCold.push(await buildThinAstro(root, thinDir, content, true));
    anchorRuns.thinWarm.push(await buildThinAstro(root, thinDir, content, false));
    if (hugo) anchorRuns.hugo.push(await buildHugo(root, hugoDir));
  }
  console.log(`[bench] round ${round} of ${repeat} done (${os.loadavg()[0]!.toFixed(1)} load average)`);
}
const cold = best(runs.cold);
const warm = runs.warm.length > 0 ? best(runs.warm) : undefined;
const search = await measureSearch(dist, values.query);
const pageBytes = productPageWeight();
const products = Array.from({ length: coops }, (_, c) => productCount(shape, c + 1)).reduce((a, b) => a + b, 0);

const report = {
  label,
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  products,
  cold,
  warm,
  runs,
  anchors: anchorRuns,
  compared,
  pagesPerSecond: cold.pages / ((cold.phases.renderMs ?? cold.wallMs) / 1000),
  dist: { megabytes: Number(mb(size.bytes)), files: size.files },
  search,
  productPageGzipBytes: pageBytes,
};
if (values.json) console.log(JSON.stringify(report, null, 2));
console.log(`
| catalog | pages | cold build | sync | render (pages/s) | images (encoded) | search index | cards + QR (drawn) | warm build (encoded + drawn) | peak RSS | dist | first search | product page (gzip) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| ${coops} coops, ${products} products${values.images ? ', 1 photo each' : ''} | ${cold.pages} | ${s(cold.wallMs)} s | ${s(cold.phases.syncMs)} s | ${s(cold.phases.renderMs)} s (${Math.round(report.pagesPerSecond)}) | ${s(cold.phases.imagesMs)} s (${cold.imagesEncoded}) | ${s(cold.phases.searchMs)} s | ${s(cold.phases.shareMs)} s (${cold.shareMade}) | ${warm ? `${s(warm.wallMs)} s (${warm.imagesEncoded + warm.shareMade})` : '–'} | ${Math.round(Math.max(cold.peakRssMb, warm?.peakRssMb ?? 0))} MB | ${mb(size.bytes)} MB, ${size.files} files | ${(search.bytes / 1024).toFixed(0)} KB (${search.requests} requests, ${search.results} results) | ${(pageBytes / 1024).toFixed(1)} KB |
`);
if (anchors || compareRoot) {
  const thinCold = anchors ? best(anchorRuns.thinCold) : undefined;
  const thinWarm = anchors ? best(anchorRuns.thinWarm) : undefined;
  const ratio = (ms: number | undefined, anchor: AnchorTime | undefined) =>
    ms === undefined || !anchor ? '–' : `${(ms / anchor.totalMs).toFixed(2)}×`;
  const time = (ms: number | undefined) => (ms === undefined ? '–' : `${s(ms)} s`);
  const row = (name: string, c: number | undefined, second: number | undefined, w: number | undefined) =>
    `| ${name} | ${time(c)} | ${time(second)} | ${time(w)} | ${ratio(c, thinCold)} | ${ratio(w, thinWarm)} | ${ratio(w, thinCold)} |`;
  const of = (list: BuildResult[]) => (list.length > 0 ? best(list).wallMs : undefined);
  const anchorTime = (list: AnchorTime[]) => (list.length > 0 ? best(list).totalMs : undefined);
  if (compared)
    console.log(
      `Compared checkout: product page ${(compared.productPageGzipBytes / 1024).toFixed(1)} KB (gzip), first search ${(compared.search.bytes / 1024).toFixed(0)} KB (${compared.search.requests} requests), dist ${mb(compared.dist.bytes)} MB, ${compared.dist.files} files.\n`,
    );
  console.log(`Best of ${repeat} per build, ${os.loadavg()[0]!.toFixed(1)} load average at the end. Anchors include Pagefind's CLI over their pages.

| build (best of ${repeat}) | cold | second build | warm | cold ÷ thin Astro cold | warm ÷ thin Astro warm | warm ÷ thin Astro cold |
|---|---|---|---|---|---|---|
${[
  row('this project', cold.wallMs, of(runs.second), warm?.wallMs),
  ...(compareRoot ? [row(`compared: ${compareRoot}`, of(runs.compareCold), of(runs.compareSecond), of(runs.compareWarm))] : []),
  ...(anchors
    ? [row(`thin Astro + Pagefind (${thinCold!.pages} pages)`, anchorTime(anchorRuns.thinCold), undefined, anchorTime(anchorRuns.thinWarm))]
    : []),
  ...(hugo ? [row(`Hugo + Pagefind (${best(anchorRuns.hugo).pages} pages)`, anchorTime(anchorRuns.hugo), undefined, undefined)] : []),
].join('\n')}
`);
}
