// Every secret of the configuration set at once, errors provoked on every path (an unreachable
// platform, a wrong token, a refused Bot API call whose description even quotes the token, upstream
// failures on the keyed FRED API), and none of the secrets anywhere in what the process wrote.
// The built entry point, so the real logger (pino + log.ts's one redaction) is what is tested.
import { afterEach, expect, it } from 'vitest';
import { startEntry, type Entry, liveAgainst } from '../helpers/entry.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../helpers/fakeTelegram.js';
import { startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

const SECRETS = {
  FRED_API_KEY: 'zq0secretfredkey0zq0secretfredk9',
  DISCORD_TOKEN: 'MTE.secret-discord-bot-token.ZQ9',
  TELEGRAM_BOT_TOKEN: '777001:SecretTelegramTokenHalf_ZQ9',
  TELEGRAM_WEBHOOK_SECRET: 'secret_webhook_header_ZQ9',
};
/** Each secret, and the part of the Telegram token after the colon on its own. */
const NEEDLES = [...Object.values(SECRETS), SECRETS.TELEGRAM_BOT_TOKEN.split(':')[1]!, 'ZQ9'];

let entry: Entry | undefined;
let telegram: FakeTelegram | undefined;
let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await entry?.stop();
  await telegram?.close();
  await upstream?.close();
  entry = telegram = upstream = undefined;
});

function expectNoSecret(out: string): void {
  for (const s of NEEDLES) expect(out, `the log holds ${s}`).not.toContain(s);
}

it('a platform that refuses the connection (Discord) at start: exit 2, no secret in the log', async () => {
  entry = startEntry({ ...SECRETS, LOG_LEVEL: 'debug', DATA_MODE: 'snapshot', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_BASE: 'http://127.0.0.1:9/api', TELEGRAM_BOT_TOKEN: '' });
  expect(await entry.exited).toBe(2);
  expect(entry.output()).toContain('adapter failed to start');
  expectNoSecret(entry.output());
}, 30_000);

it('a wrong Telegram token (401 on getMe): exit 2, no secret in the log', async () => {
  telegram = await startFakeTelegram({ token: '1:the-token-the-fake-expects' });
  entry = startEntry({ ...SECRETS, LOG_LEVEL: 'debug', DATA_MODE: 'snapshot', DISCORD_TOKEN: '', TELEGRAM_API_ROOT: telegram.apiRoot });
  expect(await entry.exited).toBe(2);
  expect(entry.output()).toMatch(/401|Unauthorized/);
  expectNoSecret(entry.output());
}, 30_000);

it('refused Bot API calls quoting the token and failing upstreams (keyed FRED): answered, no secret in the log', async () => {
  upstream = await startFakeUpstream();
  // Every upstream fails; FRED's error page even echoes the request URL with its api_key.
  upstream.on('/fred/series/observations', (url) => ({ status: 500, body: `internal error for ${url.href}` }));
  upstream.on('/fred/series', (url) => ({ status: 400, json: { error_message: `Bad api_key ${url.searchParams.get('api_key')}` } }));
  telegram = await startFakeTelegram({ token: SECRETS.TELEGRAM_BOT_TOKEN });
  entry = startEntry({
    ...SECRETS,
    LOG_LEVEL: 'debug',
    ...liveAgainst(upstream.base),
    HTTP_RETRIES: '0',
    DISCORD_TOKEN: '',
    TELEGRAM_API_ROOT: telegram.apiRoot,
  });
  await entry.waitForLog((l) => l.msg === 'adapter started', 20_000);
  telegram.failNext('sendPhoto', { error_code: 400, description: `Bad Request: wrong file for bot${SECRETS.TELEGRAM_BOT_TOKEN}` });
  telegram.failNext('sendMessage', { error_code: 400, description: `Bad Request: chat not found (${SECRETS.TELEGRAM_BOT_TOKEN})` });
  telegram.push(textUpdate('/reserves'));
  telegram.push(textUpdate('/sofr 2031-02-30'));
  await telegram.waitFor('sendMessage', 2, 30_000);
  await entry.waitForLog((l) => l.msg === 'telegram api call refused', 10_000);
  // The upstreams were asked with the key, and failed.
  expect(upstream.requests.some((r) => r.url.searchParams.get('api_key') === SECRETS.FRED_API_KEY)).toBe(true);
  expect(entry.output()).toMatch(/FRED[^"]*(HTTP 500|HTTP 400)/);
  expect(entry.output()).toContain('[redacted]');
  expectNoSecret(entry.output());
}, 60_000);
