// A local stand-in for the Telegram Bot API, enough for the real grammY client: POST
// /bot<token>/<method>, JSON or multipart bodies (grammY's multipart has unquoted filenames and no
// space after ';', which Response.formData() rejects, hence the lenient parser below). getUpdates
// long-polls until an update is pushed. A method it does not know is recorded in `unknown` and
// answered 404, so a test fails loudly instead of grammY retrying forever.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Part = { name: string; filename?: string; contentType?: string; data: Buffer };
export type Call = {
  method: string;
  /** JSON body, or the multipart text fields (objects JSON-decoded when they parse). */
  params: Record<string, unknown>;
  /** Multipart file parts by field name. */
  files: Record<string, Part>;
  at: number;
};
export type ApiError = { error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };

export const FAKE_BOT = { id: 4242, is_bot: true, first_name: 'Liquidity', username: 'LiquidityTestBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

const KNOWN = new Set(['getMe', 'getUpdates', 'setMyCommands', 'sendPhoto', 'sendMessage', 'sendDocument', 'sendChatAction', 'deleteWebhook', 'setWebhook', 'close', 'logOut', 'getChatMember']);

export type FakeTelegram = {
  /** http://127.0.0.1:port, no trailing slash: grammY's apiRoot. */
  apiRoot: string;
  calls: Call[];
  /** Methods the fake does not implement that the client called. */
  unknown: string[];
  callsOf(method: string): Call[];
  /** Queues an update (update_id assigned) for getUpdates. */
  push(update: Record<string, unknown>): number;
  /** The next call(s) of `method` fail with this error (a queue: one entry per call). */
  failNext(method: string, error: ApiError): void;
  /** Every call to this chat fails with this error (a chat that blocked the bot, a group that migrated); with `methods`, only calls of those methods. */
  failChat(chatId: number | string, error: ApiError, methods?: string[]): void;
  /** A user's status in a chat as getChatMember reports it ('creator', 'administrator', 'member', ...); 'member' unless set. */
  setMember(chatId: number | string, userId: number | string, status: string): void;
  /** Resolves when `method` has been called `count` times; rejects after `timeoutMs`. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<Call[]>;
  close(): Promise<void>;
};

function parseMultipart(body: Buffer, contentType: string): Part[] {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) throw new Error(`multipart without boundary: ${contentType}`);
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let chunk = body.subarray(start, next);
    if (chunk.subarray(chunk.length - 2).toString() === '\r\n') chunk = chunk.subarray(0, chunk.length - 2);
    const split = chunk.indexOf('\r\n\r\n');
    const head = chunk.subarray(0, split === -1 ? 0 : split).toString('utf8');
    const data = split === -1 ? chunk : chunk.subarray(split + 4);
    const disposition = /content-disposition:\s*([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /(?:^|;)\s*name=(?:"([^"]*)"|([^;\r\n]*))/i.exec(disposition);
    const filename = /(?:^|;)\s*filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(disposition);
    const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1];
    parts.push({
      name: (name?.[1] ?? name?.[2] ?? '').trim(),
      ...(filename ? { filename: (filename[1] ?? filename[2] ?? '').trim() } : {}),
      ...(type ? { contentType: type.trim() } : {}),
      data: Buffer.from(data),
    });
    pos = next;
  }
  return parts;
}

function decodeField(s: string): unknown {
  if (/^[[{]/.test(s)) {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return s;
    }
  }
  return s;
}

export async function startFakeTelegram(opts: { token: string; chat?: { id: number; type: string } }): Promise<FakeTelegram> {
  const calls: Call[] = [];
  const unknown: string[] = [];
  const updates: Record<string, unknown>[] = [];
  const failures = new Map<string, ApiError[]>();
  const chatFailures = new Map<string, { error: ApiError; methods?: string[] }>();
  const members = new Map<string, string>();
  const pollers = new Set<() => void>();
  const watchers = new Set<() => void>();
  let nextUpdateId = 1;
  let messageId = 100;
  let fileCounter = 0;

  const notify = () => {
    for (const w of [...watchers]) w();
  };

  function message(params: Record<string, unknown>, extra: Record<string, unknown>) {
    const chatId = Number(params.chat_id);
    return { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' }, ...extra };
  }

  function result(call: Call): unknown {
    const p = call.params;
    switch (call.method) {
      case 'getMe':
        return FAKE_BOT;
      case 'sendPhoto': {
        const photo = String(p.photo ?? '');
        const fileId = photo.startsWith('attach://') ? `photo-${++fileCounter}` : photo;
        return message(p, {
          caption: p.caption,
          photo: [
            { file_id: `${fileId}-thumb`, file_unique_id: `${fileId}-u-thumb`, width: 90, height: 60 },
            { file_id: fileId, file_unique_id: `${fileId}-u`, width: 1200, height: 800 },
          ],
        });
      }
      case 'sendDocument':
        return message(p, { document: { file_id: `doc-${++fileCounter}`, file_unique_id: `doc-u-${fileCounter}`, file_name: call.files[String(p.document ?? '').replace('attach://', '')]?.filename } });
      case 'sendMessage':
        return message(p, { text: p.text });
      case 'getChatMember': {
        const status = members.get(`${String(p.chat_id)}/${String(p.user_id)}`) ?? 'member';
        return { status, user: { id: Number(p.user_id), is_bot: false, first_name: 'Ann' }, ...(status === 'administrator' ? { can_be_edited: false, is_anonymous: false } : {}) };
      }
      default:
        return true;
    }
  }

  function send(res: ServerResponse, status: number, json: unknown) {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  }

  function answerUpdates(call: Call, res: ServerResponse) {
    const offset = Number(call.params.offset ?? 0);
    // Acknowledged updates leave the queue, as on Telegram.
    while (updates.length && Number(updates[0]!.update_id) < offset) updates.shift();
    const limit = Number(call.params.limit ?? 100);
    const ready = () => updates.slice(0, limit);
    if (ready().length || Number(call.params.timeout ?? 0) === 0) {
      send(res, 200, { ok: true, result: ready() });
      return;
    }
    const timeoutMs = Math.min(Number(call.params.timeout) * 1000, 30_000);
    const finish = () => {
      pollers.delete(wake);
      clearTimeout(timer);
      send(res, 200, { ok: true, result: ready() });
    };
    const wake = () => {
      if (ready().length) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    pollers.add(wake);
    // The client going away (runner.stop() aborts the poll) is seen on the response.
    res.on('close', () => {
      pollers.delete(wake);
      clearTimeout(timer);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!m) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== opts.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    const type = req.headers['content-type'] ?? '';
    const call: Call = { method, params: {}, files: {}, at: Date.now() };
    if (type.startsWith('multipart/form-data')) {
      for (const part of parseMultipart(body, type)) {
        if (part.filename !== undefined) call.files[part.name] = part;
        else call.params[part.name] = decodeField(part.data.toString('utf8'));
      }
    } else if (body.length) {
      call.params = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    }
    calls.push(call);
    notify();
    if (!KNOWN.has(method)) {
      unknown.push(method);
      return send(res, 404, { ok: false, error_code: 404, description: `Not Found: fake has no method ${method}` });
    }
    const chatFailure = call.params.chat_id !== undefined ? chatFailures.get(String(call.params.chat_id)) : undefined;
    if (chatFailure && (!chatFailure.methods || chatFailure.methods.includes(method))) return send(res, chatFailure.error.error_code, { ok: false, ...chatFailure.error });
    const failure = failures.get(method)?.shift();
    if (failure) return send(res, failure.error_code, { ok: false, ...failure });
    if (method === 'getUpdates') return answerUpdates(call, res);
    return send(res, 200, { ok: true, result: result(call) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { ok: false, error_code: 500, description: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    unknown,
    callsOf: (method) => calls.filter((c) => c.method === method),
    push(update) {
      const update_id = nextUpdateId++;
      updates.push({ update_id, ...update });
      for (const p of [...pollers]) p();
      return update_id;
    },
    setMember(chatId, userId, status) {
      members.set(`${String(chatId)}/${String(userId)}`, status);
    },
    failChat(chatId, error, methods) {
      chatFailures.set(String(chatId), { error, ...(methods ? { methods } : {}) });
    },
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    waitFor(method, count = 1, timeoutMs = 8000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const got = calls.filter((c) => c.method === method);
          if (got.length >= count) {
            watchers.delete(check);
            clearTimeout(timer);
            resolve(got);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`timed out waiting for ${count} ${method} call(s); saw: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        if (!check()) watchers.add(check);
      });
    },
    async close() {
      for (const p of [...pollers]) pollers.delete(p);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A text message update with its command entity, as Telegram sends it. */
export function textUpdate(
  text: string,
  o: { chatId?: number; chatType?: 'private' | 'group' | 'supergroup' | 'channel'; isBot?: boolean; languageCode?: string; kind?: 'message' | 'channel_post' | 'edited_message'; userId?: number; anonymousAdmin?: boolean } = {},
): Record<string, unknown> {
  const chatType = o.chatType ?? 'private';
  const chatId = o.chatId ?? (chatType === 'private' ? 777 : -100777);
  const command = /^\/\S+/.exec(text)?.[0];
  const kind = o.kind ?? (chatType === 'channel' ? 'channel_post' : 'message');
  const msg: Record<string, unknown> = {
    message_id: Math.floor(Math.random() * 1e6),
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: chatType, ...(chatType === 'private' ? { first_name: 'Ann' } : { title: 'Desk' }) },
    text,
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
  };
  if (kind === 'channel_post') msg.sender_chat = msg.chat;
  else if (o.anonymousAdmin) {
    // An anonymous group administrator: Telegram sends it from GroupAnonymousBot, as the group itself.
    msg.sender_chat = msg.chat;
    msg.from = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
  } else msg.from = { id: o.userId ?? (o.isBot ? 999 : 555), is_bot: !!o.isBot, first_name: 'Ann', ...(o.languageCode ? { language_code: o.languageCode } : {}) };
  if (kind === 'edited_message') msg.edit_date = msg.date;
  return { [kind]: msg };
}
