/**
 * The form as `npm run edit` runs it, for tests and screenshots: Decap's `decap-server` proxy on a
 * copy of a catalog (`GIT_REPO_DIRECTORY`), and the built site on one origin with `/api/v1` passed
 * to that proxy, as the dev server does (`src/integrations/cms.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { OUTPUT_DIR, REPO_ROOT } from './fixture.ts';
import { startStaticServer, stopStaticServer, type StaticServer } from './static-server.ts';

export interface CmsSite {
  /** The site's address; the form is at `${url}/admin/`. */
  url: string;
  /** The repository copy the form writes into. */
  repo: string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Copies `catalog` (a folder of the repository) to the same place in a fresh folder under tests/.output. */
export function copyCatalog(catalog: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const repo = mkdtempSync(path.join(OUTPUT_DIR, 'cms-'));
  cpSync(path.join(REPO_ROOT, catalog), path.join(repo, catalog), { recursive: true });
  return repo;
}

/** Starts `decap-server` in file-system mode on `repo`, on loopback only. */
async function startProxy(repo: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/decap-server/dist/index.js')], {
    // The proxy reads a `.env` from its working folder: the copy has none.
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${output}`)));
  });
  return { port, child };
}

/** Serves the built site `dist` with the form writing into `repo`. */
export async function startCmsSite(dist: string, repo: string): Promise<CmsSite> {
  const proxy = await startProxy(repo);
  const files: StaticServer = await startStaticServer(dist);
  const forward = (port: number, req: IncomingMessage, res: ServerResponse) => {
    const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  };
  const front: Server = createServer((req, res) => forward(req.url?.startsWith('/api/v1') ? proxy.port : files.port, req, res));
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    repo,
    async stop() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await stopStaticServer(files);
      proxy.child.kill();
    },
  };
}
