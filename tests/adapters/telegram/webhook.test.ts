// Webhook mode: grammY's webhookCallback behind node:http checks the secret token header.
import { afterEach, expect, it } from 'vitest';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { freePort, sleep, startHarness, stopHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
});

async function post(port: number, body: unknown, secret?: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await res.arrayBuffer();
  return res.status;
}

it('answers 401 to a wrong secret without replying, and replies to the right one', async () => {
  const port = await freePort();
  h = await startHarness({ env: { TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram', TELEGRAM_WEBHOOK_SECRET: 'right_secret-1', TELEGRAM_WEBHOOK_PORT: String(port) } });
  const [hook] = await h.fake.waitFor('setWebhook');
  expect(hook!.params).toMatchObject({ url: 'https://bot.example.test/telegram', secret_token: 'right_secret-1' });
  expect(h.fake.callsOf('getUpdates')).toHaveLength(0);

  expect(await post(port, { update_id: 1, ...textUpdate('/sofr 2031-02-30') }, 'wrong')).toBe(401);
  expect(await post(port, { update_id: 2, ...textUpdate('/sofr 2031-02-30') })).toBe(401);
  await sleep(300);
  expect(h.fake.callsOf('sendMessage')).toHaveLength(0);
  expect(h.fake.callsOf('sendChatAction')).toHaveLength(0);

  expect(await post(port, { update_id: 3, ...textUpdate('/sofr 2031-02-30') }, 'right_secret-1')).toBe(200);
  const [reply] = await h.fake.waitFor('sendMessage', 1, 5000);
  expect(String(reply!.params.text)).toContain('not a real date');
  await sleep(200);
  expect(h.fake.callsOf('sendMessage')).toHaveLength(1);
}, 20_000);

it('refuses a body over HTTP_MAX_BODY_BYTES with 413 before reading it, declared or streamed, and keeps serving', async () => {
  const port = await freePort();
  h = await startHarness({
    env: { TELEGRAM_WEBHOOK_URL: 'https://bot.example.test/telegram', TELEGRAM_WEBHOOK_SECRET: 'right_secret-1', TELEGRAM_WEBHOOK_PORT: String(port), HTTP_MAX_BODY_BYTES: '4096' },
  });
  await h.fake.waitFor('setWebhook');
  const { request } = await import('node:http');
  // One request: returns the status and how many bytes we managed to send before the server closed.
  const send = (chunks: number, chunkSize: number, declared: boolean) =>
    new Promise<{ status: number; sent: number }>((resolve, reject) => {
      const total = chunks * chunkSize;
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/telegram',
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
  expect(await post(port, { update_id: 9, ...textUpdate('/sofr 2031-02-30') }, 'right_secret-1')).toBe(200);
  await h.fake.waitFor('sendMessage', 1, 5000);
}, 30_000);
