// Webhook mode on the shared HTTP server: Telegram posts to /telegram/<hash of the secret>;
// grammY checks the X-Telegram-Bot-Api-Secret-Token header; the server limits the body and answers
// 404 on any other path.
import { afterEach, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { webhookPath } from '../../../src/adapters/telegram/webhook.js';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { captureLogger, sleep, startHarness, stopHarness, type Harness } from './harness.js';

let h: Harness | undefined;
let server: HttpServer | undefined;
afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
  await server?.close();
  server = undefined;
});

const SECRET = 'right_secret-1';

async function post(port: number, path: string, body: unknown, secret?: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await res.arrayBuffer();
  return res.status;
}

async function start(): Promise<{ port: number; path: string }> {
  server = createHttpServer({ port: 0, bodyLimitBytes: 4096, log: captureLogger([]) });
  h = await startHarness({ server, env: { TELEGRAM_WEBHOOK_URL: 'https://bot.example.test', TELEGRAM_WEBHOOK_SECRET: SECRET } });
  const port = await server.listen();
  return { port, path: webhookPath(SECRET) };
}

it('sets the webhook to the base URL plus a path derived from the secret (not the secret itself)', async () => {
  const { path } = await start();
  const [hook] = await h!.fake.waitFor('setWebhook');
  expect(hook!.params).toMatchObject({ url: `https://bot.example.test${path}`, secret_token: SECRET });
  expect(path).toMatch(/^\/telegram\/[0-9a-f]{32}$/);
  expect(path).not.toContain(SECRET);
  expect(h!.fake.callsOf('getUpdates')).toHaveLength(0);
});

it('answers 401 to a wrong secret without replying, and replies to the right one', async () => {
  const { port, path } = await start();
  expect(await post(port, path, { update_id: 1, ...textUpdate('/sofr 2031-02-30') }, 'wrong')).toBe(401);
  expect(await post(port, path, { update_id: 2, ...textUpdate('/sofr 2031-02-30') })).toBe(401);
  await sleep(300);
  expect(h!.fake.callsOf('sendMessage')).toHaveLength(0);
  expect(h!.fake.callsOf('sendChatAction')).toHaveLength(0);

  expect(await post(port, path, { update_id: 3, ...textUpdate('/sofr 2031-02-30') }, SECRET)).toBe(200);
  const [reply] = await h!.fake.waitFor('sendMessage', 1, 5000);
  expect(String(reply!.params.text)).toContain('not a real date');
  await sleep(200);
  expect(h!.fake.callsOf('sendMessage')).toHaveLength(1);
}, 20_000);

it('404 on any other path, 413 over the body limit, 400 on a body that is not JSON; none reach the bot', async () => {
  const { port, path } = await start();
  expect(await post(port, '/telegram', { update_id: 4, ...textUpdate('/help') }, SECRET)).toBe(404);
  expect(await post(port, `${path}x`, { update_id: 5, ...textUpdate('/help') }, SECRET)).toBe(404);
  expect(await post(port, path, { update_id: 6, ...textUpdate('/help'), pad: 'x'.repeat(5000) }, SECRET)).toBe(413);
  expect(await post(port, path, '{not json', SECRET)).toBe(400);
  await sleep(300);
  expect(h!.fake.callsOf('sendMessage')).toHaveLength(0);
}, 20_000);

it('refuses a 64 MB body with 413 before reading it, declared or streamed, and keeps serving', async () => {
  const { port, path: hookPath } = await start();
  await h!.fake.waitFor('setWebhook');
  const { request } = await import('node:http');
  // One request: returns the status and how many bytes we managed to send before the server closed.
  const send = (chunks: number, chunkSize: number, declared: boolean) =>
    new Promise<{ status: number; sent: number }>((resolve, reject) => {
      const total = chunks * chunkSize;
      const req = request({
        host: '127.0.0.1',
        port,
        path: hookPath,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'right_secret-1', ...(declared ? { 'content-length': String(total) } : {}) },
      });
      let sent = 0;
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        req.destroy();
      });
      req.on('error', (e) => (sent > 0 ? resolve({ status: -1, sent }) : reject(e)));
      const chunk = Buffer.alloc(chunkSize, 0x20);
      const pump = () => {
        while (sent < total) {
          sent += chunkSize;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
  // 64 MB declared: 413 long before it could all be sent.
  const declared = await send(1024, 65_536, true);
  expect(declared.status).toBe(413);
  expect(declared.sent).toBeLessThan(64 * 1024 * 1024);
  // 64 MB chunked (no length): cut off at the limit.
  const streamed = await send(1024, 65_536, false);
  expect(streamed.status).toBe(413);
  expect(streamed.sent).toBeLessThan(64 * 1024 * 1024);
  // A normal update still works.
  expect(await post(port, hookPath, { update_id: 9, ...textUpdate('/sofr 2031-02-30') }, SECRET)).toBe(200);
  await h!.fake.waitFor('sendMessage', 1, 5000);
}, 30_000);
