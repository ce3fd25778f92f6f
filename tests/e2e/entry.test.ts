// What users run is what we test: the built entry point (dist/src/main.js, what `npm start` and the
// Docker image run) started as a child process, once with Discord settings against the local fake
// Discord and once with Telegram settings against the local fake Bot API. A user's first
// `/sofr range:1y` must come back with the SOFR number and its chart as a PNG; a bad date with one
// line. Modules load in the entry point's own order here, unlike the in-process adapter tests
// (that difference hid a broken Discord upload: see the dispatcher tests at the end).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord, type Recorded } from '../helpers/fakeDiscord.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../helpers/fakeTelegram.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';
import { startEntry, type Entry, liveAgainst } from '../helpers/entry.js';
import { decodePng, hasPngSignature } from '../helpers/png.js';
import { parseTelegramHtml } from '../adapters/telegram/telegramHtml.js';

const DISCORD_TOKEN = 'MTE.entry-test-discord-token.never-logged';
const TELEGRAM_TOKEN = '4242:entry-test-telegram-token-never-logged';
const EPHEMERAL = 64;
/** Preloaded with --import: the process-wide undici dispatcher throws when anything uses it. */
const POISON = fileURLToPath(new URL('../helpers/poisonGlobalDispatcher.mjs', import.meta.url));

/** The newest SOFR in the bundled snapshot, as the answer prints it ("3.65%"), with its date. */
function newestSnapshotSofr(): { value: string; date: string } {
  const file = JSON.parse(readFileSync(new URL('../../data/snapshot/SOFR.json', import.meta.url), 'utf8')) as { points: [string, number][] };
  const [date, value] = file.points[file.points.length - 1]!;
  return { value: `${value.toFixed(2)}%`, date };
}

let entry: Entry | undefined;
let discord: FakeDiscord | undefined;
let telegram: FakeTelegram | undefined;
let upstream: FakeUpstream | undefined;

afterEach(async () => {
  const code = await entry?.stop();
  const out = entry?.output() ?? '';
  entry = undefined;
  await discord?.close();
  await telegram?.close();
  await upstream?.close();
  discord = telegram = upstream = undefined;
  // Whatever happened, no token reached the log, and SIGTERM is a clean exit.
  expect(out).not.toContain('never-logged');
  if (code !== undefined) expect(code).toBe(0);
});

const callbackOf = (id: string) => (r: Recorded) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`) && r.path.endsWith('/callback');
const originalOf = (token: string) => (r: Recorded) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`;

async function startDiscordEntry(extra: Record<string, string> = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord();
  discord = fake;
  entry = startEntry({ DATA_MODE: 'snapshot', LOG_LEVEL: 'info', DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, OUT_DIR: '/tmp/liquidity-entry-test', ...extra });
  await entry.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'discord', 20_000);
  await fake.ready();
  return fake;
}

async function discordSofr1y(fake: FakeDiscord): Promise<void> {
  const { value, date } = newestSnapshotSofr();
  fake.sendInteraction(interactionPayload({ id: '810000000000000001', token: 'itoken-entry-1', name: 'sofr', options: [{ name: 'range', value: '1y' }] }));
  const deferral = await fake.waitFor(callbackOf('810000000000000001'));
  expect(deferral.json).toMatchObject({ type: 5 });
  const edit = await fake.waitFor(originalOf('itoken-entry-1'), 15_000);
  const body = edit.json as { embeds: { title: string; fields?: { name: string; value: string }[]; image?: { url: string } }[] };
  const embed = body.embeds[0]!;
  expect(embed.title).toContain('SOFR');
  expect(embed.fields?.find((f) => f.name === 'SOFR')?.value).toBe(`${value} (${date})`);
  // The embed's image is the attached file, and the file is a real 1200x675 PNG.
  expect(edit.files).toHaveLength(1);
  const file = edit.files[0]!;
  expect(embed.image?.url).toBe(`attachment://${file.name}`);
  expect(hasPngSignature(file.bytes)).toBe(true);
  const png = await decodePng(file.bytes);
  expect([png.width, png.height]).toEqual([1200, 675]);
  expect(fake.unknown).toEqual([]);
}

describe('the built entry point with Discord settings (fake Discord)', () => {
  it('/sofr range:1y comes back as an embed whose image is the attached PNG chart, with the SOFR number', async () => {
    const fake = await startDiscordEntry();
    await discordSofr1y(fake);
  }, 40_000);

  it('a bad date gets one ephemeral line and no deferral', async () => {
    const fake = await startDiscordEntry();
    fake.sendInteraction(interactionPayload({ id: '810000000000000002', token: 'itoken-entry-2', name: 'sofr', options: [{ name: 'date', value: '2031-02-30' }] }));
    const reply = await fake.waitFor(callbackOf('810000000000000002'));
    const json = reply.json as { type: number; data: { content: string; flags: number } };
    expect(json.type).toBe(4);
    expect(json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(json.data.content).toBe('2031-02-30 is not a real date. Try /sofr date:2025-10-31.');
  }, 40_000);
});

async function startTelegramEntry(extra: Record<string, string> = {}, nodeOptions?: string): Promise<FakeTelegram> {
  const fake = await startFakeTelegram({ token: TELEGRAM_TOKEN });
  telegram = fake;
  entry = startEntry({ DATA_MODE: 'snapshot', LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ...extra, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) });
  await entry.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'telegram', 20_000);
  return fake;
}

describe('the built entry point with Telegram settings (fake Bot API)', () => {
  it('/sofr 1y comes back as a PNG photo whose caption holds the SOFR number; a bad date as one line', async () => {
    const { value, date } = newestSnapshotSofr();
    const fake = await startTelegramEntry();
    fake.push(textUpdate('/sofr 1y'));
    const [photo] = await fake.waitFor('sendPhoto', 1, 15_000);
    const file = Object.values(photo!.files)[0]!;
    expect(hasPngSignature(file.data)).toBe(true);
    const png = await decodePng(file.data);
    expect([png.width, png.height]).toEqual([1200, 675]);
    const caption = parseTelegramHtml(String(photo!.params.caption));
    expect(caption).toContain(`${value} (${date})`);

    // The /sofr answer outgrows one caption (percentiles, volume, the corridor note), so its rest is a
    // message too: the bad-date reply is the message that is not part of that answer.
    const overflow = caption.length > 900 ? 1 : 0;
    fake.push(textUpdate('/sofr 2031-02-30'));
    const reply = (await fake.waitFor('sendMessage', 1 + overflow, 15_000)).find((m) => /not a real date/.test(String(m.params.text)));
    expect(parseTelegramHtml(String(reply!.params.text))).toBe('2031-02-30 is not a real date. Try /sofr date:2025-10-31.');
    expect(fake.unknown).toEqual([]);
  }, 40_000);
});

// The root cause of the broken Discord uploads: the project's undici 7 installed itself as the
// process-wide undici dispatcher (Symbol.for('undici.globalDispatcher.1')) before discord.js
// loaded, and discord.js's undici 6 then wrote its multipart bodies through undici 7's client,
// which cannot read them. Node's own fetch shares that slot too. The fix gives every HTTP client
// its own dispatcher; these runs prove it by making the shared one throw on any use.
describe('no HTTP client relies on the process-wide undici dispatcher', () => {
  it('Discord: the PNG upload still goes through with the shared dispatcher poisoned', async () => {
    const fake = await startDiscordEntry({ NODE_OPTIONS: `--import ${POISON}` });
    await discordSofr1y(fake);
  }, 40_000);

  it('Telegram and the upstream sources (live mode): answered from the NY Fed with the shared dispatcher poisoned', async () => {
    upstream = await startFakeUpstream();
    upstream.on('/api/rates/secured/sofr/search.json', { json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') });
    const fake = await startTelegramEntry(
      {
        ...liveAgainst(upstream.base),
        HTTP_TIMEOUT_MS: '2000',
      },
      `--import ${POISON}`,
    );
    fake.push(textUpdate('/sofr 2024-06-06'));
    const [photo] = await fake.waitFor('sendPhoto', 1, 20_000);
    const caption = parseTelegramHtml(String(photo!.params.caption));
    expect(caption).toContain('5.33% (2024-06-06)');
    expect(caption).toMatch(/NY Fed/);
    expect(upstream.count('/api/rates/secured/sofr/')).toBeGreaterThan(0);
    expect(entry!.output()).not.toContain('process-wide undici dispatcher was used');
  }, 40_000);
});
