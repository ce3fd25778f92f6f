// A local fake Discord for driving the real discord.js: REST on http://127.0.0.1:PORT/api and a
// gateway (the `ws` protocol) on the same port, the URL `GET /gateway/bot` returns. It records every
// request so tests can assert what the bot sent; anything it does not know is answered 404 and kept
// in `unknown` so a test fails instead of hanging on retries.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '111111111111111111';
export const BOT_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const USER_ID = '333333333333333333';
export const CHANNEL_ID = '444444444444444444';

export type FilePart = { field: string; name: string; type: string; bytes: Uint8Array };
export type Recorded = {
  at: number;
  method: string;
  path: string;
  query: string;
  json: unknown;
  files: FilePart[];
  auth: string | undefined;
};

type Waiter = { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void };

/** A message the bot created in a channel (POST /channels/{id}/messages); re-sent nonces are not here twice. */
export type ChannelPost = { channelId: string; nonce: string | undefined; message: { id: string }; json: unknown; files: FilePart[] };

export type FakeDiscord = {
  /** Messages created in channels, in order. */
  channelPosts: ChannelPost[];
  /** Every later post to this channel fails with this status and Discord error code. */
  refuseChannel(channelId: string, refusal: { status: number; code: number; message: string }): void;
  /** The REST base for DISCORD_API_BASE: http://127.0.0.1:PORT/api */
  apiBase: string;
  requests: Recorded[];
  unknown: Recorded[];
  /** Registered commands by route (`applications/:app/commands` or `.../guilds/:g/commands`). */
  commands: Map<string, unknown[]>;
  /** Resolves when the gateway has sent READY to an identified client. */
  ready(): Promise<void>;
  /** Sends an INTERACTION_CREATE; returns the moment it was written. */
  sendInteraction(d: object): number;
  /** The next request (already recorded or future) matching. */
  waitFor(match: (r: Recorded) => boolean, timeoutMs?: number): Promise<Recorded>;
  close(): Promise<void>;
};

/** `permissions`: the guild member's permission bit string in the channel (default: no Manage Channels, no Administrator). */
export function interactionPayload(o: { id: string; token: string; name: string; options?: { name: string; value: string }[]; dm?: boolean; userId?: string; locale?: string; type?: number; focused?: string; permissions?: string }): object {
  const user = { id: o.userId ?? USER_ID, username: 'trader', discriminator: '0', global_name: 'Trader', avatar: null };
  const base = {
    id: o.id,
    application_id: APP_ID,
    type: o.type ?? 2,
    token: o.token,
    version: 1,
    locale: o.locale ?? 'en-US',
    app_permissions: '0',
    entitlements: [],
    data: {
      id: '555555555555555555',
      name: o.name,
      type: 1,
      options: (o.options ?? []).map((x) => ({ name: x.name, type: 3, value: x.value, ...(o.focused === x.name ? { focused: true } : {}) })),
    },
  };
  if (o.dm) {
    return {
      ...base,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 1, recipients: [user] },
      user,
      context: 1,
      authorizing_integration_owners: { '0': BOT_ID },
    };
  }
  return {
    ...base,
    guild_id: GUILD_ID,
    guild_locale: 'en-US',
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'desk', position: 0, permission_overwrites: [] },
    member: { user, roles: [], permissions: o.permissions ?? '2248473465835073', joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    context: 0,
    authorizing_integration_owners: { '0': GUILD_ID },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parse(req: IncomingMessage, body: Buffer): Promise<{ json: unknown; files: FilePart[] }> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    let json: unknown = null;
    const files: FilePart[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
      }
    }
    return { json, files };
  }
  if (!body.length) return { json: null, files: [] };
  return { json: JSON.parse(body.toString('utf8')), files: [] };
}

let messageSeq = 900000000000000000n;
function message(json: unknown, files: FilePart[]): object {
  const j = (json ?? {}) as Record<string, unknown>;
  messageSeq += 1n;
  return {
    id: String(messageSeq),
    channel_id: CHANNEL_ID,
    type: 20,
    content: j.content ?? '',
    embeds: j.embeds ?? [],
    attachments: files.map((f, n) => ({ id: String(n), filename: f.name, size: f.bytes.length, url: `https://cdn.invalid/${f.name}`, proxy_url: `https://cdn.invalid/${f.name}` })),
    author: { id: BOT_ID, username: 'liqbot', discriminator: '0', bot: true, avatar: null },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: j.flags ?? 0,
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    components: [],
    webhook_id: APP_ID,
    application_id: APP_ID,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: Recorded[] = [];
  const unknown: Recorded[] = [];
  const commands = new Map<string, unknown[]>();
  const channelPosts: ChannelPost[] = [];
  const channelRefusals = new Map<string, { status: number; code: number; message: string }>();
  const waiters: Waiter[] = [];
  const sockets = new Set<WebSocket>();
  let identified: WebSocket | null = null;
  let seq = 0;
  let readyResolve: () => void = () => {};
  let readyPromise = new Promise<void>((r) => (readyResolve = r));
  let port = 0;

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  };

  const route = (r: Recorded, res: ServerResponse) => {
    const p = r.path;
    if (r.method === 'GET' && p === '/api/v10/gateway/bot') {
      return send(res, 200, {
        url: `ws://127.0.0.1:${port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return send(res, 204);
    let m = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(p);
    if (m && r.method === 'PATCH') return send(res, 200, message(r.json, r.files));
    if (m && r.method === 'DELETE') return send(res, 204);
    if (r.method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(p)) return send(res, 200, message(r.json, r.files));
    m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(p);
    if (m && r.method === 'POST') {
      const channel = m[1]!;
      const refusal = channelRefusals.get(channel);
      if (refusal) return send(res, refusal.status, { message: refusal.message, code: refusal.code });
      const j = (r.json ?? {}) as { nonce?: string; enforce_nonce?: boolean };
      // enforce_nonce: a message with this nonce from the bot in the last few minutes is returned, not created again.
      const earlier = j.enforce_nonce && j.nonce ? channelPosts.find((x) => x.channelId === channel && x.nonce === j.nonce) : undefined;
      if (earlier) return send(res, 200, earlier.message);
      const msg = { ...(message(r.json, r.files) as { id: string }), channel_id: channel };
      channelPosts.push({ channelId: channel, nonce: j.nonce, message: msg, json: r.json, files: r.files });
      return send(res, 200, msg);
    }
    m = /^\/api\/v10\/(applications\/\d+(?:\/guilds\/\d+)?\/commands)$/.exec(p);
    if (m) {
      const key = m[1]!;
      if (r.method === 'GET') return send(res, 200, commands.get(key) ?? []);
      if (r.method === 'PUT') {
        // Discord answers with what it stored: ids, versions and defaults added.
        const stored = ((r.json as Record<string, unknown>[]) ?? []).map((c, n) => ({
          id: String(700000000000000000n + BigInt(n)),
          application_id: APP_ID,
          version: '1',
          default_member_permissions: null,
          nsfw: false,
          ...(key.includes('/guilds/') ? { guild_id: key.split('/')[3] } : {}),
          ...c,
          options: ((c.options as Record<string, unknown>[]) ?? []).map((o) => (o.required ? o : (({ required: _r, ...rest }) => rest)(o))),
        }));
        commands.set(key, stored);
        return send(res, 200, stored);
      }
    }
    unknown.push(r);
    return send(res, 404, { message: 'Unknown route in fake Discord', code: 0 });
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = await readBody(req);
      const { json, files } = await parse(req, body);
      const r: Recorded = {
        at: performance.now(),
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.search,
        json,
        files,
        auth: req.headers.authorization,
      };
      requests.push(r);
      for (const w of [...waiters]) {
        if (w.match(r)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(r);
        }
      }
      route(r, res);
    })().catch((e) => send(res, 500, { message: String(e) }));
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  wss.on('connection', (ws: WebSocket) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const p = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (p.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (p.op === 2) {
        identified = ws;
        seq += 1;
        ws.send(
          JSON.stringify({
            op: 0,
            s: seq,
            t: 'READY',
            d: {
              v: 10,
              user: { id: BOT_ID, username: 'liqbot', discriminator: '0', bot: true, avatar: null, flags: 0 },
              guilds: [],
              session_id: 'fake-session',
              resume_gateway_url: `ws://127.0.0.1:${port}`,
              application: { id: APP_ID, flags: 0 },
              private_channels: [],
            },
          }),
        );
        readyResolve();
      }
    });
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    channelPosts,
    refuseChannel: (channelId, refusal) => void channelRefusals.set(channelId, refusal),
    requests,
    unknown,
    commands,
    ready: () => readyPromise,
    sendInteraction(d) {
      if (!identified) throw new Error('no identified gateway client');
      seq += 1;
      identified.send(JSON.stringify({ op: 0, s: seq, t: 'INTERACTION_CREATE', d }));
      return performance.now();
    },
    waitFor(match, timeoutMs = 10_000) {
      const done = requests.find(match);
      if (done) return Promise.resolve(done);
      return new Promise<Recorded>((resolve, reject) => {
        const w: Waiter = {
          match,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      readyPromise = new Promise<void>((r) => (readyResolve = r));
    },
  };
}
