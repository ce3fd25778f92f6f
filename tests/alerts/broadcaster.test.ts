// The broadcaster over the delivery ledger, on the real SQLite store with scripted platform senders:
// once per chat, limits kept, first send alone, blocked and migrated chats, retries, and a restart
// after a crash with a send in flight.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Broadcaster, deliveryNonce, SendError, type PlatformSender, type SendOptions } from '../../src/alerts/broadcaster.js';
import type { Answer } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';
import type { Platform } from '../../src/store/schema.js';
import { openStore, type Store } from '../../src/store/store.js';

type Sent = { chatId: string; title: string; opts: SendOptions; start: number; end: number };

function fakeSender(platform: Platform, limits = { perSecond: 1000, inFlight: 8 }, script: (chatId: string, n: number) => SendError | undefined = () => undefined, ms = 5) {
  const sent: Sent[] = [];
  const tries = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const sender: PlatformSender = {
    platform,
    limits,
    async send(chatId, post, opts) {
      const n = (tries.get(chatId) ?? 0) + 1;
      tries.set(chatId, n);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const start = performance.now();
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      const err = script(chatId, n);
      if (err) throw err;
      sent.push({ chatId, title: post.title, opts, start, end: performance.now() });
      return `m-${chatId}-${n}`;
    },
  };
  return { sender, sent, tries, maxInFlight: () => maxInFlight };
}

const answer = (title: string): Answer => ({ title, summary: [], fields: [], asOf: [] });

describe('Broadcaster', () => {
  let dir: string;
  let store: Store;
  let logs: string[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liq-bc-'));
    store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
    logs = [];
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const log = () => createLogger('info', (l) => logs.push(l));
  const tg = (ids: string[], locale = 'en') => ids.map((chatId) => ({ platform: 'telegram' as const, chatId, locale }));

  it('posts once to every chat, renders once per locale, and a second broadcast of the same event sends nothing', async () => {
    const t = fakeSender('telegram');
    const d = fakeSender('discord');
    const renders: string[] = [];
    const b = new Broadcaster({ store, senders: [t.sender, d.sender], log: log(), render: async (key, locale) => (renders.push(`${key}/${locale}`), answer(`${key} in ${locale}`)) });
    const targets = [...tg(['1', '2', '3']), ...tg(['4'], 'zh-Hant'), { platform: 'discord' as const, chatId: '900', locale: 'en' }];
    expect(await b.broadcast('brief:2026-12-04', targets)).toEqual({ sent: 5, failed: 0, gone: 0, skipped: 0, inDoubt: 0 });
    expect(t.sent.map((s) => `${s.chatId}:${s.title}`).sort()).toEqual(['1:brief:2026-12-04 in en', '2:brief:2026-12-04 in en', '3:brief:2026-12-04 in en', '4:brief:2026-12-04 in zh-Hant']);
    expect(d.sent.map((s) => s.opts.nonce)).toEqual([deliveryNonce('brief:2026-12-04', { platform: 'discord', chatId: '900' })]);
    expect(renders.sort()).toEqual(['brief:2026-12-04/en', 'brief:2026-12-04/zh-Hant']);
    expect(await store.ledger.counts('brief:2026-12-04')).toEqual({ sent: 5 });

    expect(await b.broadcast('brief:2026-12-04', targets)).toEqual({ sent: 0, failed: 0, gone: 0, skipped: 0, inDoubt: 0 });
    expect(t.sent).toHaveLength(4);
  });

  it('sends the first post of a broadcast alone (its chart upload gives a file id for the rest), then in parallel within the limit', async () => {
    const t = fakeSender('telegram', { perSecond: 1000, inFlight: 4 });
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x') });
    await b.broadcast('brief:2026-12-04', tg(Array.from({ length: 20 }, (_, i) => String(100 + i))));
    const first = [...t.sent].sort((a, c) => a.start - c.start)[0]!;
    expect(t.sent.filter((s) => s !== first).every((s) => s.start >= first.end)).toBe(true);
    expect(t.maxInFlight()).toBe(4);
  });

  it('keeps to the platform rate: no more than perSecond sends start in any one second', async () => {
    const t = fakeSender('telegram', { perSecond: 20, inFlight: 20 }, undefined, 1);
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x') });
    await b.broadcast('brief:2026-12-04', tg(Array.from({ length: 45 }, (_, i) => String(i))));
    const starts = t.sent.map((s) => s.start).sort((a, c) => a - c);
    expect(starts).toHaveLength(45);
    for (let i = 0; i + 20 < starts.length; i++) expect(starts[i + 20]! - starts[i]!).toBeGreaterThanOrEqual(990);
  });

  it('unsubscribes a chat that blocked the bot, with one log line, and the others still get the post', async () => {
    for (const c of ['1', '2']) await store.subscriptions.add({ platform: 'telegram', chat_id: c, topic: 'brief', rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: null });
    const t = fakeSender('telegram', undefined, (chat) => (chat === '2' ? new SendError('gone', '403: Forbidden: bot was blocked by the user') : undefined));
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x') });
    expect(await b.broadcast('brief:2026-12-04', tg(['1', '2']))).toMatchObject({ sent: 1, gone: 1 });
    expect(await store.subscriptions.forChat({ platform: 'telegram', chatId: '2' })).toEqual([]);
    expect(logs.filter((l) => l.includes('chat unsubscribed'))).toHaveLength(1);
  });

  it('follows a group that became a supergroup and posts there', async () => {
    await store.subscriptions.add({ platform: 'telegram', chat_id: '-55', topic: 'brief', rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: null });
    const t = fakeSender('telegram', undefined, (chat) => (chat === '-55' ? new SendError('migrated', '400: group chat was upgraded to a supergroup chat', { newChatId: '-10055' }) : undefined));
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x') });
    expect(await b.broadcast('brief:2026-12-04', tg(['-55']))).toMatchObject({ sent: 1 });
    expect(t.sent.map((s) => s.chatId)).toEqual(['-10055']);
    expect((await store.subscriptions.forChat({ platform: 'telegram', chatId: '-10055' })).map((s) => s.topic)).toEqual(['brief']);
  });

  it('retries a transient failure after the time the platform asked for, and gives up after three attempts', async () => {
    const t = fakeSender('telegram', undefined, (chat, n) => (chat === 'flaky' && n === 1 ? new SendError('retry', '429', { retryAfterMs: 20 }) : chat === 'down' ? new SendError('retry', '502 Bad Gateway') : undefined));
    const waits: number[] = [];
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x'), sleep: async (ms) => void waits.push(ms) });
    expect(await b.broadcast('brief:2026-12-04', tg(['flaky', 'down']))).toMatchObject({ sent: 1, failed: 1 });
    expect(await store.ledger.get('brief:2026-12-04', { platform: 'telegram', chatId: 'flaky' })).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await store.ledger.get('brief:2026-12-04', { platform: 'telegram', chatId: 'down' })).toMatchObject({ status: 'failed', attempts: 3, last_error: '502 Bad Gateway' });
    expect(waits).toContain(20);
  });

  it('sends one post at a time to a chat, in order, even when two events go out together', async () => {
    const t = fakeSender('telegram', { perSecond: 1000, inFlight: 8 }, undefined, 15);
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async (key) => answer(key) });
    await Promise.all([b.broadcast('brief:2026-12-04', tg(['7'])), b.broadcast('alert:srfUsage:2026-12-04:fire', tg(['7']))]);
    const [a, c] = t.sent;
    expect(t.sent).toHaveLength(2);
    expect(c!.start).toBeGreaterThanOrEqual(a!.end);
  });

  it('after a crash: sends everything still due, logs each send that was in flight as in doubt, and sends nothing twice that was recorded', async () => {
    const key = 'brief:2026-12-04';
    await store.ledger.enqueue(key, tg(['1', '2', '3', '4']));
    await store.ledger.claim(key, { platform: 'telegram', chatId: '1' });
    await store.ledger.sent(key, { platform: 'telegram', chatId: '1' }, 'm-1');
    await store.ledger.claim(key, { platform: 'telegram', chatId: '2' }); // in flight when the process died
    const t = fakeSender('telegram');
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => answer('x') });
    const r = await b.resume(() => 'en');
    expect(r).toMatchObject({ sent: 3, inDoubt: 1, events: [key] });
    expect(t.sent.map((s) => s.chatId).sort()).toEqual(['2', '3', '4']);
    const doubt = logs.filter((l) => l.includes('in doubt')).map((l) => JSON.parse(l));
    expect(doubt).toEqual([expect.objectContaining({ event: key, platform: 'telegram', chat: '2', duplicateSafe: false })]);
  });

  it('does not post an event that is no longer the latest data (render says so), and records why', async () => {
    await store.ledger.enqueue('brief:2026-12-01', tg(['1']));
    const t = fakeSender('telegram');
    const b = new Broadcaster({ store, senders: [t.sender], log: log(), render: async () => null });
    expect(await b.resume(() => 'en')).toMatchObject({ skipped: 1, sent: 0 });
    expect(t.sent).toEqual([]);
    expect(await store.ledger.get('brief:2026-12-01', { platform: 'telegram', chatId: '1' })).toMatchObject({ status: 'failed', last_error: 'superseded: no longer the latest data' });
  });
});
