/**
 * Writes `/admin/` into a built site (or a folder the dev server serves): the page, the
 * configuration generated from the schemas, the admin's script bundled from `./admin.ts`, and a
 * copy of Decap CMS from `node_modules` (never a CDN) in a folder named by its version, with the
 * chunks and WebAssembly it loads from beside itself. Nothing here is linked from a public page.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'vite';
import { adminWords } from '../../i18n/admin.vi.ts';
import { adminStyle } from './style.ts';
import { adminCsp, adminPage } from './page.ts';
import { adminFile, type AdminSettings } from './settings.ts';

const require = createRequire(import.meta.url);

/** Decap's browser bundle and the files it loads from its own folder (chunks, encoders). */
async function copyDecap(outDir: string): Promise<string> {
  const pkg = require.resolve('decap-cms/package.json');
  const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string };
  const from = path.join(path.dirname(pkg), 'dist');
  const folder = `decap-cms-${version}`;
  await mkdir(path.join(outDir, folder), { recursive: true });
  const files = (await readdir(from)).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$/.test(f));
  await Promise.all(files.map((f) => copyFile(path.join(from, f), path.join(outDir, folder, f))));
  return `${folder}/decap-cms.js`;
}

/** `./admin.ts` and what it imports (the format, the words, `yaml`) as one script for browsers. */
async function bundleAdmin(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    build: { write: false, minify: true, lib: { entry: path.join(import.meta.dirname, 'admin.ts'), formats: ['iife'], name: 'htxAdmin' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('cms: bundling src/lib/cms/admin.ts produced no script');
  return chunk.code;
}

/** Writes `outDir` (`dist/admin/`) and returns the number of files it holds. */
export async function writeAdmin(outDir: string, settings: AdminSettings): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const [decap, script] = await Promise.all([copyDecap(outDir), bundleAdmin(settings.root)]);
  const page = adminPage({
    title: adminWords.title,
    noscript: adminWords.noscript,
    csp: adminCsp(settings.backend.authUrl),
    decap,
    script: 'admin.js',
    style: 'admin.css',
  });
  await Promise.all([
    writeFile(path.join(outDir, 'index.html'), page),
    writeFile(path.join(outDir, 'admin.js'), script),
    writeFile(path.join(outDir, 'admin.css'), adminStyle),
    writeFile(path.join(outDir, 'config.json'), JSON.stringify(adminFile(settings))),
  ]);
  return (await readdir(outDir, { recursive: true })).length;
}
