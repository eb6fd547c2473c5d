/**
 * The benchmark's two anchors, built from the same synthetic catalog as the project: the thinnest
 * Astro site over the same content (an `h1` and the Markdown body per page, Astro's glob loader,
 * no integration) and a minimal Hugo site, each followed by Pagefind's CLI over its output. They
 * say what Astro itself, and a static generator without a JavaScript toolchain, cost for these
 * pages on this machine in the same run, so the project's times can be read as ratios.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Wall time of one anchor build, its Pagefind run included. */
export interface AnchorTime {
  buildMs: number;
  pagefindMs: number;
  totalMs: number;
  pages: number;
}

const THIN_CONFIG = `export default { cacheDir: './cache', outDir: './dist', devToolbar: { enabled: false } };\n`;
const THIN_CONTENT = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  pages: defineCollection({ loader: glob({ base: process.env.CATALOG_DIR + '/cooperatives', pattern: '**/*.md' }) }),
};
`;
const THIN_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({
    params: { slug: 'hop-tac-xa/' + entry.id.replace('/products/', '/').replace(/\\/index$/, '') },
    props: { entry },
  }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8" /><title>{entry.data.name}</title></head>
<body><h1>{entry.data.name}</h1><Content /></body></html>
`;

/**
 * Waits until the disk has done what earlier deletions left it (`sync`), so a build is not timed
 * while the kernel frees the files of the build before it: deleting the previous build's cache
 * just before starting the next build can slow the build timed next.
 */
export function settleDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** Runs a command to completion; rejects with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

const countPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countPages(path.join(dir, e.name)) : e.name === 'index.html' ? 1 : 0),
    0,
  );

async function pagefind(root: string, site: string): Promise<number> {
  return run(
    process.execPath,
    [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site, '--force-language', 'vi'],
    root,
  );
}

/** The thin Astro site, written to `dir` (node_modules linked from the project). */
export function writeThinAstro(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'astro.config.mjs'), THIN_CONFIG);
  writeFileSync(path.join(dir, 'src/content.config.ts'), THIN_CONTENT);
  writeFileSync(path.join(dir, 'src/pages/[...slug].astro'), THIN_PAGE);
}

/** Builds the thin Astro site (cold: `fresh` empties its cache first), then runs Pagefind over it. */
export async function buildThinAstro(root: string, dir: string, content: string, fresh: boolean): Promise<AnchorTime> {
  if (fresh) for (const folder of ['cache', 'dist']) rmSync(path.join(dir, folder), { recursive: true, force: true });
  rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
  settleDisk();
  const env = { ...process.env, CATALOG_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const started = performance.now();
  const buildMs = await run(process.execPath, [path.join(root, 'node_modules/.bin/astro'), 'build'], dir, env);
  const pagefindMs = await pagefind(root, path.join(dir, 'dist'));
  return { buildMs, pagefindMs, totalMs: performance.now() - started, pages: countPages(path.join(dir, 'dist')) };
}

/** Whether Hugo is installed (Debian: `apt-get install -y hugo`). */
export function hasHugo(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/** A minimal Hugo site over the same Markdown: the name as title, the body as content. */
export function writeHugo(dir: string, content: string): void {
  rmSync(dir, { recursive: true, force: true });
  const layouts = path.join(dir, 'layouts/_default');
  mkdirSync(layouts, { recursive: true });
  writeFileSync(
    path.join(dir, 'hugo.toml'),
    `baseURL = 'https://bench.example.vn/'\nlanguageCode = 'vi'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n`,
  );
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n`;
  writeFileSync(path.join(layouts, 'single.html'), page);
  writeFileSync(path.join(layouts, 'list.html'), page);
  const coops = path.join(content, 'cooperatives');
  for (const coop of readdirSync(coops)) {
    const files = [
      ['_index.md', path.join(coops, coop, 'index.md')],
      ...(existsSync(path.join(coops, coop, 'products')) ? readdirSync(path.join(coops, coop, 'products')) : []).map((f) => [
        f,
        path.join(coops, coop, 'products', f),
      ]),
    ];
    const target = path.join(dir, 'content/hop-tac-xa', coop);
    mkdirSync(target, { recursive: true });
    for (const [name, file] of files) {
      const text = readFileSync(file!, 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const title = /^name: (.*)$/m.exec(front)?.[1] ?? coop;
      writeFileSync(path.join(target, name!), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
    }
  }
}

/** Builds the Hugo site, then runs Pagefind over it. */
export async function buildHugo(root: string, dir: string): Promise<AnchorTime> {
  rmSync(path.join(dir, 'public'), { recursive: true, force: true });
  settleDisk();
  const started = performance.now();
  const buildMs = await run('hugo', ['--quiet'], dir);
  const pagefindMs = await pagefind(root, path.join(dir, 'public'));
  return { buildMs, pagefindMs, totalMs: performance.now() - started, pages: countPages(path.join(dir, 'public')) };
}
