// Done when (issue 13): the built bot as a child process with 200 Telegram chats and 50 Discord
// channels subscribed (TELEGRAM_CHANNELS, DISCORD_CHANNELS) starts, finds this morning's SOFR not yet
// posted (the catch-up at start), broadcasts the brief, is killed with SIGKILL in the middle, and is
// started again: every chat gets the post, Discord shows no duplicate (nonce), and Telegram's
// duplicates are at most the sends in flight at the kill, each one logged as in doubt. On SQLite
// (a DB_PATH file) and on PostgreSQL (DATABASE_URL).
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TELEGRAM_POST_LIMITS } from '../../src/adapters/telegram/poster.js';
import { addDays, easternToday, previousBusinessDay } from '../../src/core/dates.js';
import { expectedLatest } from '../../src/core/releases.js';
import { liveAgainst, startEntry, type Entry } from '../helpers/entry.js';
import { APP_ID, startFakeDiscord } from '../helpers/fakeDiscord.js';
import { startFakeTelegram } from '../helpers/fakeTelegram.js';
import { startFakeUpstream } from '../helpers/fakeUpstream.js';
import { freePort } from '../helpers/port.js';
import { freshDatabase } from '../helpers/postgres.js';
import { publishSofr } from '../helpers/sofrUpstream.js';

const TOKEN = '123456:TEST-crash';
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const until = async (cond: () => boolean, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

async function crashAndRestart(database: (dir: string) => Promise<Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), 'liq-crash-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const upstream = await startFakeUpstream();
  const tg = await startFakeTelegram({ token: TOKEN });
  const dc = await startFakeDiscord();
  cleanups.push(() => upstream.close(), () => tg.close(), () => dc.close());
  // The newest SOFR the calendar expects by now is out and was never posted: the catch-up posts it.
  const date = expectedLatest('SOFR', previousBusinessDay(easternToday(new Date())));
  publishSofr(upstream, { from: addDays(date, -100), through: date, now: () => Date.now(), lastAt: 0 });

  const telegram = Array.from({ length: 200 }, (_, i) => String(-1002000000000 - i));
  const discord = Array.from({ length: 50 }, (_, i) => String(666000000000000000n + BigInt(i)));
  const publicKey = Buffer.from(generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const env = async () => ({
    ...liveAgainst(upstream.base),
    DB_PATH: join(dir, 'observations.sqlite'),
    ...(await database(dir)),
    HTTP_RETRIES: '0',
    LOG_LEVEL: 'info',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    TELEGRAM_CHANNELS: telegram.map((c) => `${c}:brief`).join(','),
    PORT: String(await freePort()),
    DISCORD_PUBLIC_KEY: publicKey,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_TOKEN: 'discord-bot-token',
    DISCORD_API_BASE: dc.apiBase,
    DISCORD_CHANNELS: discord.map((c) => `${c}:brief+alerts`).join(','),
  });
  const dbEnv = await env();
  const photos = () => tg.callsOf('sendPhoto');

  const first: Entry = startEntry(dbEnv);
  cleanups.push(() => first.stop(1000));
  await until(() => photos().length >= 30, 'the broadcast to be under way', 60_000);
  first.child.kill('SIGKILL');
  expect(await first.exited).toBe('SIGKILL');
  const atKill = photos().length;
  expect(atKill).toBeLessThan(telegram.length);

  const second = startEntry(dbEnv);
  cleanups.push(() => second.stop());
  await until(() => new Set(photos().map((c) => String(c.params.chat_id))).size === telegram.length && new Set(dc.channelPosts.map((p) => p.channelId)).size === discord.length, 'every chat to get the post', 90_000);
  await second.waitForLog((l) => l.msg === 'broadcast finished' || l.msg === 'posts resumed after restart');
  expect(await second.stop()).toBe(0);

  // Every chat got the brief of that day.
  expect(String(photos().at(-1)!.params.caption)).toContain('Morning brief');
  const perChat = new Map<string, number>();
  for (const c of photos()) perChat.set(String(c.params.chat_id), (perChat.get(String(c.params.chat_id)) ?? 0) + 1);
  expect([...perChat.keys()].sort()).toEqual([...telegram].sort());
  // Discord: one message per channel, whatever was sent again.
  expect(dc.channelPosts).toHaveLength(discord.length);
  // Telegram: duplicates only among the rows logged in doubt, at most the sends in flight at the kill.
  const logged = second
    .output()
    .split('\n')
    .filter((l) => l.includes('post in doubt'))
    .map((l) => JSON.parse(l) as { platform: string; chat: string; event: string });
  const doubtful = new Set(logged.filter((l) => l.platform === 'telegram').map((l) => l.chat));
  const duplicates = [...perChat.entries()].filter(([, n]) => n > 1).map(([c]) => c);
  expect(doubtful.size).toBeLessThanOrEqual(TELEGRAM_POST_LIMITS.inFlight);
  expect(duplicates.length).toBeLessThanOrEqual(doubtful.size);
  for (const d of duplicates) expect(doubtful.has(d)).toBe(true);
  for (const l of logged) expect(l.event).toBe(`brief:${date}`);
  // The first process logged nothing in doubt (nothing was cut off before it).
  expect(first.output()).not.toContain('post in doubt');
}

describe('a crash in the middle of a broadcast', () => {
  it('on SQLite: every chat gets the post, Discord no duplicate, Telegram duplicates only in doubt', async () => {
    await crashAndRestart(async (dir) => ({ DB_PATH: join(dir, 'bot.sqlite') }));
  }, 180_000);

  it('on PostgreSQL: the same', async () => {
    const db = await freshDatabase('liq_crash');
    cleanups.push(() => db.drop());
    await crashAndRestart(async () => ({ DATABASE_URL: db.url }));
  }, 180_000);
});
