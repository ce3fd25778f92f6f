// Done when (issue 13): with a fake clock and a local fake NY Fed that publishes a new SOFR at
// 8:00:05 ET, the fake Telegram and the fake Discord each receive exactly one brief per subscribed
// chat, the last within 60 simulated seconds of the publication. In process: the real app (live
// reader against the fake upstream, AnswerService, /brief), the real store, the real release
// watcher on injected timers, the real grammY and discord.js REST senders against the local fakes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createPosting, WATCHED } from '../../src/alerts/posting.js';
import type { Timers } from '../../src/alerts/watcher.js';
import { discordSender } from '../../src/adapters/discord/poster.js';
import { FileIdStore } from '../../src/adapters/telegram/fileIds.js';
import { telegramSender } from '../../src/adapters/telegram/poster.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { easternToInstant } from '../../src/core/dates.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/store.js';
import { liveAgainst } from '../helpers/entry.js';
import { startFakeDiscord } from '../helpers/fakeDiscord.js';
import { startFakeTelegram } from '../helpers/fakeTelegram.js';
import { startFakeUpstream } from '../helpers/fakeUpstream.js';
import { decodePng } from '../helpers/png.js';
import { publishSofr } from '../helpers/sofrUpstream.js';

const TOKEN = '123456:TEST-morning-brief';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Simulated time: jumps to each timer's due time, and runs at real speed in between (sends take real time). */
function simulatedClock(start: number) {
  let simAt = start;
  let realAt = Date.now();
  const pending = new Map<number, { due: number; fn: () => void }>();
  let next = 1;
  const now = () => simAt + (Date.now() - realAt);
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { due: now() + ms, fn });
      return id;
    },
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const fireNext = () => {
    const [id, t] = [...pending.entries()].sort((a, b) => a[1].due - b[1].due)[0] ?? [];
    if (id === undefined || !t) return false;
    pending.delete(id);
    if (t.due > now()) {
      simAt = t.due;
      realAt = Date.now();
    }
    t.fn();
    return true;
  };
  return { now: () => new Date(now()), timers, fireNext, pending };
}

describe('the morning brief within a minute of the SOFR release', () => {
  it('reaches every subscribed Telegram chat and Discord channel exactly once, the last within 60 simulated seconds', async () => {
    // Tue 2026-12-08: SOFR for Mon Dec 7 comes out at 8:00:05 ET; the clock starts at 7:59:00.
    const release = easternToInstant('2026-12-08', 8, 0).getTime() + 5_000;
    const clock = simulatedClock(release - 65_000);
    const upstream = await startFakeUpstream();
    cleanups.push(() => upstream.close());
    publishSofr(upstream, { from: '2026-09-01', through: '2026-12-07', now: () => clock.now().getTime(), lastAt: release });
    const tg = await startFakeTelegram({ token: TOKEN });
    const dc = await startFakeDiscord();
    cleanups.push(() => tg.close(), () => dc.close());
    const dir = mkdtempSync(join(tmpdir(), 'liq-brief-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
    cleanups.push(() => store.close());
    const config = loadConfig({ ...liveAgainst(upstream.base), HTTP_RETRIES: '0', LOG_LEVEL: 'error' });
    const app = createApp(config, { now: clock.now, log: createLogger('error', () => {}) });
    cleanups.push(() => app.close());

    const telegramChats = ['-1001000000001', '-1001000000002', '-1001000000003'];
    const discordChannels = ['555000000000000011', '555000000000000012'];
    for (const [platform, ids] of [['telegram', telegramChats], ['discord', discordChannels]] as const) {
      for (const chat_id of ids) await store.subscriptions.add({ platform, chat_id, topic: 'brief', rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: null });
    }
    const posting = createPosting({
      app,
      store,
      senders: [
        telegramSender(new Api(TOKEN, { apiRoot: tg.apiRoot }), new FileIdStore()),
        discordSender(new REST({ version: '10', api: dc.apiBase, retries: 0 }).setToken('discord-bot-token')),
      ],
      now: clock.now,
      timers: clock.timers,
    });
    cleanups.push(() => posting.stop());
    await posting.start();
    // Nothing at start: the newest SOFR (Fri Dec 4) is behind the release due this morning.
    expect(tg.callsOf('sendPhoto')).toHaveLength(0);

    const delivered = () => tg.callsOf('sendPhoto').length + dc.channelPosts.length;
    const arrivals: number[] = [];
    let seen = 0;
    const deadline = release + 5 * 60_000;
    while (delivered() < telegramChats.length + discordChannels.length && clock.now().getTime() < deadline) {
      // Idle: one timer per watched series (WATCHED). Fire the earliest, then let its poll and posts run.
      for (let i = 0; i < 500 && clock.pending.size < WATCHED.length; i++) await new Promise((r) => setTimeout(r, 10));
      expect(clock.fireNext()).toBe(true);
      for (let i = 0; i < 500 && clock.pending.size < WATCHED.length; i++) await new Promise((r) => setTimeout(r, 10));
      await posting.settled();
      for (; seen < delivered(); seen++) arrivals.push(clock.now().getTime());
    }
    const photos = tg.callsOf('sendPhoto');
    expect(photos.map((c) => String(c.params.chat_id)).sort()).toEqual([...telegramChats].sort());
    expect(dc.channelPosts.map((p) => p.channelId).sort()).toEqual([...discordChannels].sort());
    expect(Math.max(...arrivals) - release).toBeLessThanOrEqual(60_000);
    // It is the brief of Mon Dec 7, with the corridor chart.
    expect(String(photos[0]!.params.caption)).toContain('Morning brief Mon Dec 7');
    const embed = (dc.channelPosts[0]!.json as { embeds: { title: string }[] }).embeds[0]!;
    expect(embed.title).toMatch(/^Morning brief Mon Dec 7: SOFR 3\.8[78]%/);
    expect((await decodePng(dc.channelPosts[0]!.files[0]!.bytes)).width).toBe(1200);
    expect(await store.ledger.counts('brief:2026-12-07')).toEqual({ sent: 5 });
  }, 60_000);
});
