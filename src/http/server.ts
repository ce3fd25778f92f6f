// The one HTTP server (design.md: src/http/): health, readiness, metrics, the Discord interactions
// endpoint and the Telegram webhook, on PORT. node:http and exact paths: the surface is a handful
// of routes, each with its method. Every request body is limited: a declared Content-Length over
// the limit is answered 413 before anything is read, and a body that grows past it while streaming
// is cut off with 413 too. A route that takes work (an interaction, an update) answers 503 once a
// shutdown began, so the load balancer sends it to another instance.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void;
export type Route = {
  method: 'GET' | 'POST';
  path: string;
  handle: Handler;
  /** Refused with 503 once the server stops taking new work. */
  work?: boolean;
};

export type HttpServerOptions = { port: number; host?: string; bodyLimitBytes: number; log: Logger };

export type HttpServer = {
  add(route: Route): void;
  /** Starts listening; resolves with the port (useful with port 0). */
  listen(): Promise<number>;
  /** New work is refused from now on (503); health and metrics still answer. */
  stopAccepting(): void;
  close(): Promise<void>;
};

type BodyResult = { ok: true; body: Buffer } | { ok: false };

function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false });
        return;
      }
      chunks.push(c);
    });
    req.once('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.once('error', () => {
      if (done) return;
      done = true;
      resolve({ ok: false });
    });
  });
}

function tooLarge(res: ServerResponse, limit: number): void {
  // Connection: close, so that Node does not read the rest of a large body to keep the socket.
  res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(`Request body over ${limit} bytes\n`);
}

export function createHttpServer(opts: HttpServerOptions): HttpServer {
  const routes = new Map<string, Map<string, Route>>();
  let accepting = true;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const byMethod = routes.get(path);
    if (!byMethod) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const route = byMethod.get(req.method ?? '');
    if (!route) {
      res.writeHead(405, { allow: [...byMethod.keys()].join(', ') }).end();
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > opts.bodyLimitBytes) {
      tooLarge(res, opts.bodyLimitBytes);
      return;
    }
    if (route.work && !accepting) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1', connection: 'close' }).end('Shutting down\n');
      return;
    }
    let body: Buffer = Buffer.alloc(0);
    if (route.method === 'POST') {
      const r = await readBody(req, opts.bodyLimitBytes);
      if (!r.ok) {
        tooLarge(res, opts.bodyLimitBytes);
        return;
      }
      body = r.body;
    }
    await route.handle(req, res, body);
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      opts.log.error('http request failed', { path: req.url?.split('?')[0], error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) res.writeHead(500).end();
      else if (!res.writableEnded) res.end();
    });
  });
  // Slow clients do not hold a socket for ever (a load balancer keeps its own connections warm).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    add(route) {
      const byMethod = routes.get(route.path) ?? new Map<string, Route>();
      byMethod.set(route.method, route);
      routes.set(route.path, byMethod);
    },
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port, opts.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    stopAccepting() {
      accepting = false;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}
