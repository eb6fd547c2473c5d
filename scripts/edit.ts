/**
 * `npm run edit`: the site and its form on this machine, for staff editing their own working copy.
 * Starts Decap's `decap-server` proxy (it reads and writes the files here) and `astro dev`, both
 * on 127.0.0.1 only, so nobody else on the office network can change the files; prints where to
 * open the form; stops both on Ctrl+C, or when either stops. Changes are then committed (or a pull
 * request opened) as usual, and `npm run check` checks them.
 *
 *   npm run edit [-- --port 4321]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { editCli as w } from '../src/i18n/admin.vi.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const HOST = '127.0.0.1';
const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
  console.log(w.usage);
  process.exit(0);
}

/** `wanted` when it is free on loopback, else any free port. */
async function port(wanted: number): Promise<number> {
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer().once('error', reject);
      server.listen(p, HOST, () => {
        const { port: got } = server.address() as { port: number };
        server.close(() => resolve(got));
      });
    });
  return listen(wanted).catch(() => listen(0));
}

const [sitePort, proxyPort] = [await port(Number(values.port)), await port(8081)];
const children: ChildProcess[] = [];
let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

function run(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  child.once('exit', (code) => {
    if (!stopping) console.error(w.stopped(path.basename(args[0] ?? ''), code));
    stop(code ?? 0);
  });
  children.push(child);
  return child;
}

// The proxy: file-system mode on this folder, loopback only (its `.env`, if any, may set more).
run(
  [path.join(ROOT, 'node_modules/decap-server/dist/index.js')],
  { PORT: String(proxyPort), BIND_HOST: HOST, GIT_REPO_DIRECTORY: ROOT, MODE: 'fs', LOG_LEVEL: 'warn' },
  true,
);
// The site: the form's integration passes /api/v1 on to the proxy (src/integrations/cms.ts).
run(
  [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
  { CMS_PROXY_URL: `http://${HOST}:${proxyPort}`, ASTRO_TELEMETRY_DISABLED: '1' },
  false,
);
console.log(w.ready(`http://${HOST}:${sitePort}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
