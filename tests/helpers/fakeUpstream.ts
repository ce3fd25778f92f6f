// A local stand-in for the NY Fed, FRED and Fiscal Data servers: serves fixtures by path and can be
// told to fail in the ways real upstreams do (500, 429 + Retry-After, hanging, drifted JSON, HTML).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}
export function fixtureJson(name: string): unknown {
  return JSON.parse(fixture(name)) as unknown;
}

export type Reply = {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (text/plain unless `headers` say otherwise). */
  body?: string;
  headers?: Record<string, string>;
  gzip?: boolean;
  /** Never answer: the client must time out. */
  hang?: boolean;
  /** Send the headers at once, then the body one byte every `dripMs` (a server that stalls mid-body). */
  dripMs?: number;
  /** Answer after this many milliseconds (a slow upstream). */
  delayMs?: number;
};
export type Handler = (url: URL, req: IncomingMessage) => Reply;
export type Seen = { path: string; url: URL; headers: IncomingMessage['headers'] };

export type FakeUpstream = {
  /** http://127.0.0.1:port, no trailing slash. */
  base: string;
  requests: Seen[];
  /** Requests whose path starts with `prefix`. */
  count(prefix?: string): number;
  /** Sets how `path` answers: a fixed reply, a queue (the last one repeats) or a function. */
  on(path: string, reply: Reply | Reply[] | Handler): void;
  close(): Promise<void>;
};

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const routes = new Map<string, Reply[] | Handler>();
  const requests: Seen[] = [];
  const sockets = new Set<Socket>();

  function pick(url: URL, req: IncomingMessage): Reply {
    const r = routes.get(url.pathname);
    if (!r) return { status: 404, json: { error: `no route ${url.pathname}` } };
    if (typeof r === 'function') return r(url, req);
    return r.length > 1 ? r.shift()! : r[0]!;
  }

  function send(res: ServerResponse, reply: Reply): void {
    if (reply.hang) return; // the socket is destroyed on close()
    let body: Buffer = Buffer.from(reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? ''));
    const headers: Record<string, string> = {
      'content-type': reply.json !== undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      ...reply.headers,
    };
    if (reply.gzip) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(reply.status ?? 200, { ...headers, 'content-length': String(body.length) });
    if (reply.dripMs) {
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= body.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(body.subarray(i, ++i));
      }, reply.dripMs);
      timer.unref();
      return;
    }
    res.end(body);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, url, headers: req.headers });
    const reply = pick(url, req);
    if (reply.delayMs) setTimeout(() => send(res, reply), reply.delayMs);
    else send(res, reply);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    count: (prefix = '/') => requests.filter((r) => r.path.startsWith(prefix)).length,
    on(path, reply) {
      routes.set(path, typeof reply === 'function' ? reply : Array.isArray(reply) ? [...reply] : [reply]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
