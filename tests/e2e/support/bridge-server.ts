/**
 * The loopback bridge for browser tests (never shipped): serves the production renderer build
 * and answers `window.workbench` calls by handing them to the real dispatcher over HTTP on
 * 127.0.0.1, guarded by a random token. It plays the part of Electron's IPC, nothing more:
 * every request reaches the same handlers and the same encrypted vault the app uses.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { productionCsp } from '../../../src/main/security/csp';
import type { Workbench } from '../../../src/main/workbench';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface Bridge {
  url: string;
  token: string;
  /** Requests that reached the bridge for anything other than its own origin (should stay 0). */
  close(): Promise<void>;
}

export async function startBridge(workbench: Workbench, staticDir: string): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  const streams = new Set<ServerResponse>();
  const unsubscribe = workbench.events.subscribe((event, payload) => {
    for (const res of streams) res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST' || req.headers['x-workbench-token'] !== token) {
        res.writeHead(403).end();
        return;
      }
      const body = await readBody(req);
      let input: unknown;
      if (body === null) {
        return sendJson(res, {
          ok: false,
          error: { code: 'invalid_input', message: 'That request is too large.' },
        });
      }
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, {
          ok: false,
          error: { code: 'invalid_input', message: 'That request is not valid.' },
        });
      }
      return sendJson(res, await workbench.dispatch(decodeURIComponent(url.pathname.slice(5)), input));
    }
    if (url.pathname === '/events') {
      if (url.searchParams.get('token') !== token) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(staticDir, relative));
    if (!file.startsWith(normalize(staticDir) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': productionCsp,
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: async () => {
      unsubscribe();
      for (const res of streams) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}
