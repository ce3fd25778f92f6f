// Posting on the bot's own initiative through the real grammY and discord.js REST clients, against
// the local fake Bot API and fake Discord, over the delivery ledger on the real SQLite store: one
// chart upload per broadcast, silent posts in quiet hours, blocked and migrated chats, and Discord's
// nonce keeping a post sent again after a crash from appearing twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Broadcaster } from '../../src/alerts/broadcaster.js';
import { discordSender } from '../../src/adapters/discord/poster.js';
import { FileIdStore } from '../../src/adapters/telegram/fileIds.js';
import { telegramSender } from '../../src/adapters/telegram/poster.js';
import type { Answer } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/store.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord.js';
import { startFakeTelegram, type FakeTelegram } from '../helpers/fakeTelegram.js';
import { snapshotService } from '../commands/support.js';

const TOKEN = '123456:TEST-token-for-posting';
const svc = snapshotService();
let brief: Answer;

describe('posting through the platforms', () => {
  let dir: string;
  let store: Store;
  let tg: FakeTelegram;
  let dc: FakeDiscord;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liq-post-'));
    store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
    tg = await startFakeTelegram({ token: TOKEN });
    dc = await startFakeDiscord();
    logs.length = 0;
    if (!brief) {
      const r = await svc.askText('/sofr range:1y');
      if (!r.ok) throw new Error(r.error);
      brief = r.answer;
    }
  });
  afterEach(async () => {
    await store.close();
    await tg.close();
    await dc.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const broadcaster = (limits = { perSecond: 1000, inFlight: 8 }, sleep?: (ms: number) => Promise<void>) =>
    new Broadcaster({
      store,
      ...(sleep ? { sleep } : {}),
      senders: [
        telegramSender(new Api(TOKEN, { apiRoot: tg.apiRoot }), new FileIdStore(), limits),
        discordSender(new REST({ version: '10', api: dc.apiBase, retries: 0 }).setToken('discord-bot-token'), limits),
      ],
      render: async () => brief,
      log: createLogger('info', (l) => logs.push(l)),
    });
  const subscribeTo = (platform: 'telegram' | 'discord', chatId: string, topic: 'brief' | 'alerts') =>
    store.subscriptions.add({ platform, chat_id: chatId, topic, rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: null });

  it('uploads the chart once per broadcast and sends it by file_id to every other Telegram chat', async () => {
    const chats = Array.from({ length: 12 }, (_, i) => ({ platform: 'telegram' as const, chatId: String(-1001000 - i), locale: 'en' }));
    expect(await broadcaster().broadcast('brief:2026-10-08', chats)).toMatchObject({ sent: 12, failed: 0 });
    const photos = tg.callsOf('sendPhoto');
    expect(photos).toHaveLength(12);
    const uploads = photos.filter((c) => String(c.params.photo).startsWith('attach://'));
    expect(uploads).toHaveLength(1);
    const png = Object.values(uploads[0]!.files)[0]!.data;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new Set(photos.map((c) => c.params.chat_id)).size).toBe(12);
    expect(String(photos[0]!.params.caption)).toContain(brief.title.split(' ')[0]!);
  });

  it('posts silently when the row says so (quiet hours), on both platforms', async () => {
    const b = broadcaster();
    await store.ledger.enqueue('alert:srfUsage:2026-10-08:fire', [
      { platform: 'telegram', chatId: '-1002001', silent: true },
      { platform: 'discord', chatId: '555555555555555555', silent: true },
    ]);
    await b.resume(() => 'en');
    expect(String(tg.callsOf('sendPhoto')[0]!.params.disable_notification)).toBe('true'); // a multipart field
    expect((dc.channelPosts[0]!.json as { flags?: number }).flags).toBe(1 << 12);
  });

  it('unsubscribes a Telegram chat that blocked the bot and follows a group that became a supergroup', async () => {
    for (const c of ['-4001', '777']) await store.subscriptions.add({ platform: 'telegram', chat_id: c, topic: 'brief', rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: null });
    tg.failChat('777', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    tg.failChat('-4001', { error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -1004001 } });
    const r = await broadcaster().broadcast('brief:2026-10-08', [
      { platform: 'telegram', chatId: '-4001', locale: 'en' },
      { platform: 'telegram', chatId: '777', locale: 'en' },
    ]);
    expect(r).toMatchObject({ sent: 1, gone: 1 });
    expect(await store.subscriptions.forChat({ platform: 'telegram', chatId: '777' })).toEqual([]);
    expect((await store.subscriptions.forChat({ platform: 'telegram', chatId: '-1004001' })).map((s) => s.topic)).toEqual(['brief']);
    const delivered = tg.callsOf('sendPhoto').filter((c) => !String(c.params.chat_id).match(/^(777|-4001)$/));
    expect(delivered.map((c) => String(c.params.chat_id))).toEqual(['-1004001']);
    expect(logs.some((l) => l.includes('chat unsubscribed') && l.includes('blocked'))).toBe(true);
  });

  it('posts to Discord channels with the embed, the PNG and a nonce; a post sent again after a crash does not appear twice', async () => {
    const channels = ['555555555555555551', '555555555555555552', '555555555555555553'].map((chatId) => ({ platform: 'discord' as const, chatId, locale: 'en' }));
    const key = 'brief:2026-10-08';
    await store.ledger.enqueue(key, channels);
    // The first channel's post went out, then the process died before the ledger heard back.
    const first = channels[0]!;
    await store.ledger.claim(key, first);
    const sender = discordSender(new REST({ version: '10', api: dc.apiBase, retries: 0 }).setToken('discord-bot-token'));
    const { deliveryNonce } = await import('../../src/alerts/broadcaster.js');
    await sender.send(first.chatId, brief, { silent: false, nonce: deliveryNonce(key, first), locale: 'en' });
    expect(dc.channelPosts).toHaveLength(1);

    const r = await broadcaster().resume(() => 'en');
    expect(r).toMatchObject({ sent: 3, inDoubt: 1 });
    // Three channels, three messages: the resend of the first carried the same nonce and was not created again.
    expect(dc.channelPosts.map((p) => p.channelId).sort()).toEqual(channels.map((c) => c.chatId).sort());
    const posted = dc.requests.filter((q) => q.method === 'POST' && q.path.startsWith('/api/v10/channels/'));
    expect(posted).toHaveLength(4);
    for (const p of dc.channelPosts) {
      const body = p.json as { embeds: { title: string; image?: { url: string } }[]; nonce: string; enforce_nonce: boolean };
      expect(body.enforce_nonce).toBe(true);
      expect(body.nonce).toHaveLength(25);
      expect(body.embeds[0]!.title).toBe(brief.title);
      expect(body.embeds[0]!.image?.url).toMatch(/^attachment:\/\/.+\.png$/);
      expect([...p.files[0]!.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
    expect(logs.filter((l) => l.includes('in doubt'))).toHaveLength(1);
  });

  it('unsubscribes a Discord channel that is gone (Unknown Channel)', async () => {
    await subscribeTo('discord', '555555555555555559', 'alerts');
    dc.refuseChannel('555555555555555559', { status: 404, code: 10003, message: 'Unknown Channel' });
    const r = await broadcaster().broadcast('alert:srfUsage:2026-10-08:fire', [{ platform: 'discord', chatId: '555555555555555559', locale: 'en' }]);
    expect(r).toMatchObject({ gone: 1, sent: 0 });
    expect(await store.subscriptions.forChat({ platform: 'discord', chatId: '555555555555555559' })).toEqual([]);
  });

  it('a Discord channel missing a permission (Missing Permissions, Missing Access) keeps its subscriptions: the post is not delivered, once', async () => {
    for (const [i, refusal] of [
      { status: 403, code: 50013, message: 'Missing Permissions' },
      { status: 403, code: 50001, message: 'Missing Access' },
    ].entries()) {
      const channel = `55555555555555556${i}`;
      await subscribeTo('discord', channel, 'alerts');
      dc.refuseChannel(channel, refusal);
      const r = await broadcaster().broadcast(`alert:srfUsage:2026-10-0${i + 1}:fire`, [{ platform: 'discord', chatId: channel, locale: 'en' }]);
      expect(r).toMatchObject({ gone: 0, sent: 0, failed: 1 });
      expect((await store.subscriptions.forChat({ platform: 'discord', chatId: channel })).map((s) => s.topic)).toEqual(['alerts']);
      expect(dc.requests.filter((q) => q.method === 'POST' && q.path.includes(channel))).toHaveLength(1); // final: not retried
      expect(logs.some((l) => l.includes('post not delivered') && l.includes(refusal.message))).toBe(true);
    }
  });

  it('a Telegram group that only forbids photos gets the post as text and keeps its subscriptions', async () => {
    await subscribeTo('telegram', '-1003001', 'brief');
    tg.failChat('-1003001', { error_code: 400, description: 'Bad Request: not enough rights to send photos to the chat' }, ['sendPhoto']);
    const r = await broadcaster().broadcast('brief:2026-10-08', [{ platform: 'telegram', chatId: '-1003001', locale: 'en' }]);
    expect(r).toMatchObject({ sent: 1, gone: 0, failed: 0 });
    expect((await store.subscriptions.forChat({ platform: 'telegram', chatId: '-1003001' })).map((s) => s.topic)).toEqual(['brief']);
    const texts = tg.callsOf('sendMessage').filter((c) => String(c.params.chat_id) === '-1003001');
    expect(texts.length).toBeGreaterThan(0);
    expect(String(texts[0]!.params.text)).toContain(brief.title.split(' ')[0]!);
    expect(String(texts.map((c) => c.params.text).join('\n'))).toContain(brief.fields[0]!.value);
  });

  it('a Telegram chat where the bot may not write keeps its subscriptions: the post is not delivered, once', async () => {
    for (const [i, description] of ['Bad Request: have no rights to send a message', 'Bad Request: CHAT_WRITE_FORBIDDEN', 'Bad Request: not enough rights to send text messages to the chat'].entries()) {
      const chatId = `-100310${i}`;
      await subscribeTo('telegram', chatId, 'alerts');
      tg.failChat(chatId, { error_code: 400, description });
      const r = await broadcaster().broadcast(`alert:srfUsage:2026-10-0${i + 1}:fire`, [{ platform: 'telegram', chatId, locale: 'en' }]);
      expect(r).toMatchObject({ gone: 0, sent: 0, failed: 1 });
      expect((await store.subscriptions.forChat({ platform: 'telegram', chatId })).map((s) => s.topic)).toEqual(['alerts']);
      expect(logs.some((l) => l.includes('post not delivered') && l.includes(description.replace('Bad Request: ', '')))).toBe(true);
    }
  });

  it('a Telegram chat that is gone (chat not found, deleted group, blocked) is unsubscribed', async () => {
    for (const [i, error] of [
      { error_code: 400, description: 'Bad Request: chat not found' },
      { error_code: 400, description: 'Bad Request: group chat was deleted' },
      { error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' },
    ].entries()) {
      const chatId = `-100320${i}`;
      await subscribeTo('telegram', chatId, 'alerts');
      tg.failChat(chatId, error);
      const r = await broadcaster().broadcast(`alert:srfUsage:2026-10-0${i + 1}:fire`, [{ platform: 'telegram', chatId, locale: 'en' }]);
      expect(r).toMatchObject({ gone: 1, sent: 0 });
      expect(await store.subscriptions.forChat({ platform: 'telegram', chatId })).toEqual([]);
    }
  });

  it('a long post whose follow-up text fails after the photo went out counts as sent, with the photo once', async () => {
    const long: Answer = { ...brief, summary: [...brief.summary, 'Reserve balances and the facility usage in detail. '.repeat(40)] };
    const b = new Broadcaster({
      store,
      senders: [telegramSender(new Api(TOKEN, { apiRoot: tg.apiRoot }), new FileIdStore(), { perSecond: 1000, inFlight: 8 }, createLogger('info', (l) => logs.push(l)))],
      render: async () => long,
      log: createLogger('info', (l) => logs.push(l)),
      sleep: async () => {},
    });
    await subscribeTo('telegram', '-1003301', 'brief');
    tg.failChat('-1003301', { error_code: 502, description: 'Bad Gateway' }, ['sendMessage']);
    const r = await b.broadcast('brief:2026-10-08', [{ platform: 'telegram', chatId: '-1003301', locale: 'en' }]);
    expect(r).toMatchObject({ sent: 1, failed: 0 });
    const photos = tg.callsOf('sendPhoto');
    expect(photos).toHaveLength(1);
    expect(tg.callsOf('sendMessage')).toHaveLength(1); // tried once, not again with the whole post
    const row = await store.ledger.get('brief:2026-10-08', { platform: 'telegram', chatId: '-1003301' });
    expect(row).toMatchObject({ status: 'sent', message_id: expect.stringMatching(/^\d+$/) });
    expect(logs.some((l) => l.includes('follow-up') && l.includes('Bad Gateway'))).toBe(true);
  });
});

describe('Telegram posting keeps to its message rate when posts are two messages', () => {
  it('a broadcast of long posts (photo plus the caption\'s rest) sends at most the limit of messages in any second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liq-post-rate-'));
    const store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
    const tg = await startFakeTelegram({ token: TOKEN });
    try {
      const r0 = await svc.askText('/sofr range:1y');
      if (!r0.ok) throw new Error(r0.error);
      const long: Answer = { ...r0.answer, summary: [...r0.answer.summary, 'Reserve balances and the facility usage in detail. '.repeat(40)] };
      const limits = { perSecond: 10, inFlight: 4 };
      const b = new Broadcaster({
        store,
        senders: [telegramSender(new Api(TOKEN, { apiRoot: tg.apiRoot }), new FileIdStore(), limits)],
        render: async () => long,
        log: createLogger('error', () => {}),
      });
      const chats = Array.from({ length: 12 }, (_, i) => ({ platform: 'telegram' as const, chatId: String(-1004000 - i), locale: 'en' }));
      expect(await b.broadcast('brief:2026-10-08', chats)).toMatchObject({ sent: 12 });
      const sends = [...tg.callsOf('sendPhoto'), ...tg.callsOf('sendMessage')].map((c) => c.at).sort((a, z) => a - z);
      expect(sends.length).toBe(24); // every post is two messages
      // Sliding one-second windows: never more than the limit (a little slack for the fake's clock).
      for (let i = 0; i < sends.length; i++) expect(sends.filter((t) => t >= sends[i]! && t < sends[i]! + 950).length).toBeLessThanOrEqual(limits.perSecond);
    } finally {
      await store.close();
      await tg.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
