// SIGTERM while an answer is being computed (the NY Fed is slow): the process stops taking work
// (/readyz 503, no more updates fetched), delivers the answer it started, closes and exits 0.
// The built entry point as a child process, the fake Bot API and a slow fake NY Fed.
import { afterEach, expect, it } from 'vitest';
import { startEntry, type Entry, liveAgainst } from '../helpers/entry.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../helpers/fakeTelegram.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';
import { freePort } from '../helpers/port.js';
import { parseTelegramHtml } from '../adapters/telegram/telegramHtml.js';

const TOKEN = '4244:shutdown-test-token-never-logged';
const SLOW_MS = 2500;

let entry: Entry | undefined;
let telegram: FakeTelegram | undefined;
let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await entry?.stop();
  await telegram?.close();
  await upstream?.close();
  entry = telegram = upstream = undefined;
});

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

it('SIGTERM during a slow answer: the answer is delivered, new work is refused, exit code 0', async () => {
  upstream = await startFakeUpstream();
  upstream.on('/api/rates/secured/sofr/search.json', { json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json'), delayMs: SLOW_MS });
  telegram = await startFakeTelegram({ token: TOKEN });
  const port = await freePort();
  entry = startEntry({
    PORT: String(port),
    ...liveAgainst(upstream.base),
    HTTP_TIMEOUT_MS: '10000',
    HTTP_RETRIES: '0',
    SHUTDOWN_GRACE_MS: '15000',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
  });
  await entry.waitForLog((l) => l.msg === 'adapter started', 20_000);
  telegram.push(textUpdate('/sofr 2024-06-06'));
  // The question reached the slow upstream: the answer is now in flight.
  await until(() => upstream!.count('/api/rates/secured/sofr/') > 0, 15_000);
  const signalled = Date.now();
  entry.child.kill('SIGTERM');
  const stopping = await entry.waitForLog((l) => l.msg === 'stopping', 5000);
  expect(stopping).toMatchObject({ why: 'SIGTERM', in_flight: 1 });

  // While it drains: unready, and an update sent now is not taken.
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { stopping: boolean }).stopping).toBe(true);
  telegram.push(textUpdate('/sofr 2024-06-05'));

  expect(await entry.exited).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(15_000);
  const photos = telegram.callsOf('sendPhoto');
  expect(photos).toHaveLength(1);
  expect(parseTelegramHtml(String(photos[0]!.params.caption))).toContain('5.33% (2024-06-06)');
  expect(entry.output()).toContain('"msg":"stopped"');
  expect(entry.output()).not.toContain('never-logged');
}, 60_000);
