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
