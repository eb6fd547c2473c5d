#!/usr/bin/env node
/**
 * Runs one of the project's commands with a Node that can run it:
 *
 *   node scripts/run.mjs scripts/check.ts [args…]   a TypeScript CLI of this project
 *   node scripts/run.mjs astro build [args…]        a package's command (its `bin`)
 *
 * The CLIs are TypeScript run as they are (Node strips the types) and Astro 7 needs Node ≥ 22.12,
 * but the Node on a newcomer's PATH may be 20. `npm install` brings Node 24 (the `node`
 * devDependency, `node_modules/node/bin/node`). So: when this Node can strip types and meets
 * `engines.node` of package.json, the command runs in this process (the case under `npm run`,
 * whose PATH starts with node_modules/.bin); otherwise it is re-run with the project's Node, with
 * the same arguments, standard streams, signals and exit code.
 *
 * It also turns Astro's telemetry off (`ASTRO_TELEMETRY_DISABLED=1`, unless already set): the
 * project sends nothing about the cooperatives' machines, and the first build prints no notice.
 * An npm script cannot set a variable portably (`VAR=1 cmd` fails in Windows' cmd.exe); this can.
 *
 * Plain JavaScript on purpose, and nothing newer than Node 18 has: it must run on the old Node.
 * For the same reason its few messages are in English, not in src/i18n (TypeScript, which that
 * Node cannot load); they only show before `npm install` has been run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [target, ...args] = process.argv.slice(2);

if (!target) {
  console.error('Usage: node scripts/run.mjs <file.ts | package-command> [args…]');
  process.exit(2);
}

/** The file to run: a script path as given, or the `bin` a package in node_modules declares. */
function resolveTarget(name) {
  if (/\.[cm]?[jt]s$/.test(name)) return path.resolve(name);
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin?.[name.split('/').at(-1)];
  return file ? path.join(path.dirname(manifest), file) : undefined;
}

/** `major.minor.patch` of the lowest version `engines.node` allows (`>=22.12.0`), if it says one. */
function minimumNode() {
  try {
    const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const match = /^\s*>=?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(engines?.node ?? '');
    return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : [0, 0, 0];
  } catch {
    return [0, 0, 0];
  }
}

function atLeast(version, minimum) {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i];
  }
  return true;
}

/** Whether this process can run the project's code: types stripped, engines met. */
const fitting = Boolean(process.features?.typescript) && atLeast(process.versions.node, minimumNode());

/** The Node that `npm install` put into node_modules (`node.exe` on Windows). */
function projectNode() {
  const dir = path.join(root, 'node_modules', 'node', 'bin');
  const candidates = process.platform === 'win32' ? ['node.exe'] : ['node'];
  return candidates.map((file) => path.join(dir, file)).find((file) => existsSync(file));
}

const file = resolveTarget(target);
if (!file || !existsSync(file)) {
  console.error(`Cannot find ${target}. On a fresh clone, run \`npm install\` first.`);
  process.exit(1);
}

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

if (fitting) {
  // As if started as `node <file> args…`: the CLIs read process.argv (parseArgs, Astro's cli).
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
} else {
  const node = projectNode();
  if (!node) {
    console.error(
      `This needs Node.js ≥ 22.18 (found ${process.version}). Run \`npm install\` first: it installs Node 24 ` +
        `into node_modules, which this command then uses.`,
    );
    process.exit(1);
  }
  // The child sees what `npm run` would give it: node_modules/.bin first on PATH, so anything it
  // starts by the name `node` is the project's Node too.
  const bin = path.join(root, 'node_modules', '.bin');
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const env = { ...process.env, [pathKey]: [bin, process.env[pathKey]].filter(Boolean).join(path.delimiter) };
  const child = spawn(node, [file, ...args], { stdio: 'inherit', env });

  // A signal sent to this process (a terminal's Ctrl-C reaches both; `kill` reaches only this
  // one) goes to the child, and this process waits for the child to decide how to end.
  const signals = process.platform === 'win32' ? ['SIGINT', 'SIGBREAK'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);

  child.on('error', (error) => {
    console.error(`Cannot start ${node}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    // Ended by a signal: end the same way, so a shell or CI sees what happened (130 for Ctrl-C).
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
