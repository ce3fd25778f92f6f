// The chat commands' port over the store (src/store/chats.ts), the same on the embedded SQLite file
// and on the machine's PostgreSQL server: subscribing (added, updated, unchanged, covered), every
// alert replacing single rules, the chat's time zone, the chat's language moving its posts, removing,
// and a chat's settings following a group that became a supergroup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef, SubscriptionRequest } from '../../src/core/chats.js';
import { openStore, type Store, type StoreOptions } from '../../src/store/store.js';
import { freshDatabase } from '../helpers/postgres.js';

type Backend = { name: 'sqlite' | 'postgres'; options(): Promise<StoreOptions>; cleanup(): Promise<void> };

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'liq-chats-'));
  return { name: 'sqlite', options: async () => ({ dbPath: join(dir, 'store.sqlite') }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

function postgresBackend(): Backend {
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  return {
    name: 'postgres',
    async options() {
      db ??= await freshDatabase('liq_chats');
      return { databaseUrl: db.url, dbPath: '/nonexistent/unused.sqlite' };
    },
    cleanup: async () => db?.drop(),
  };
}

const req = (topic: SubscriptionRequest['topic'], extra: Partial<SubscriptionRequest> = {}): SubscriptionRequest => ({
  topic,
  rule: null,
  locale: 'en',
  timeZone: undefined,
  quiet: undefined,
  createdBy: 'u1',
  ...extra,
});

describe.each([{ make: sqliteBackend }, { make: postgresBackend }])('chat settings on $make.name', ({ make }) => {
  const backend = make();
  let store: Store;
  let n = 0;
  /** A fresh chat per test: the tests share one database. */
  const chat = (): ChatRef => ({ platform: 'telegram', chatId: `-100${backend.name.length}${++n}` });

  beforeAll(async () => {
    store = await openStore(await backend.options());
  });
  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });

  it(`runs on ${backend.name}`, () => {
    expect(store.kind).toBe(backend.name);
  });

  it('adds a subscription once; the same again is unchanged; new quiet hours update it; quiet:off clears them', async () => {
    const c = chat();
    expect(await store.chats.subscribe(c, req('brief', { quiet: { from: '22:00', to: '07:00' }, timeZone: 'Asia/Taipei' }))).toBe('added');
    expect(await store.chats.subscribe(c, req('brief'))).toBe('unchanged');
    expect(await store.chats.subscriptions(c)).toEqual([{ topic: 'brief', rule: null, locale: 'en', timeZone: 'Asia/Taipei', quiet: { from: '22:00', to: '07:00' }, origin: 'command' }]);
    expect(await store.chats.subscribe(c, req('brief', { quiet: { from: '23:00', to: '06:30' } }))).toBe('updated');
    expect((await store.chats.subscriptions(c))[0]).toMatchObject({ quiet: { from: '23:00', to: '06:30' }, timeZone: 'Asia/Taipei' });
    expect(await store.chats.subscribe(c, req('brief', { quiet: null }))).toBe('updated');
    expect((await store.chats.subscriptions(c))[0]!.quiet).toBeNull();
    // The rows the posting side reads: the same columns, 'HH:MM' local times.
    expect(await store.subscriptions.forChat(c)).toMatchObject([{ topic: 'brief', rule: '', quiet_from: null, quiet_to: null, time_zone: 'Asia/Taipei', locale: 'en', created_by: 'u1' }]);
  });

  it('a zone given once is the chat\'s: a later subscription without tz: takes it; the chat never given one gets null (US Eastern)', async () => {
    const c = chat();
    await store.chats.subscribe(c, req('h41'));
    expect((await store.chats.subscriptions(c))[0]!.timeZone).toBeNull();
    await store.chats.subscribe(c, req('brief', { timeZone: 'Europe/London', quiet: { from: '21:00', to: '06:00' } }));
    await store.chats.subscribe(c, req('alerts', { quiet: { from: '22:00', to: '07:00' } }));
    const zones = Object.fromEntries((await store.chats.subscriptions(c)).map((s) => [s.topic, s.timeZone]));
    expect(zones).toEqual({ alerts: 'Europe/London', brief: 'Europe/London', h41: null });
    expect(await store.chats.settings(c)).toEqual({ locale: null, timeZone: 'Europe/London' });
  });

  it('every alert replaces the single rules; a single rule under every alert is covered and changes nothing', async () => {
    const c = chat();
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage' }))).toBe('added');
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'reservesLow' }))).toBe('added');
    expect((await store.chats.subscriptions(c)).map((s) => s.rule)).toEqual(['reservesLow', 'srfUsage']);
    expect(await store.chats.subscribe(c, req('alerts'))).toBe('added');
    expect((await store.chats.subscriptions(c)).map((s) => s.rule)).toEqual([null]);
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'sofrAboveSrf' }))).toBe('covered');
    expect((await store.chats.subscriptions(c)).map((s) => s.rule)).toEqual([null]);
    // What the poster asks for one rule finds this chat exactly once.
    expect((await store.subscriptions.subscribers('alerts', 'srfUsage')).filter((s) => s.chat_id === c.chatId)).toHaveLength(1);
  });

  it('the chat\'s language moves its subscriptions\' post language in the same step; auto clears it', async () => {
    const c = chat();
    await store.chats.subscribe(c, req('brief'));
    await store.chats.subscribe(c, req('h41'));
    expect(await store.chats.setLocale(c, 'zh-Hant', 'zh-Hant', 'u2')).toBe(2);
    expect(await store.chats.settings(c)).toEqual({ locale: 'zh-Hant', timeZone: null });
    expect((await store.subscriptions.forChat(c)).map((s) => s.locale)).toEqual(['zh-Hant', 'zh-Hant']);
    expect(await store.chats.setLocale(c, null, 'en', 'u2')).toBe(2);
    expect(await store.chats.settings(c)).toEqual({ locale: null, timeZone: null });
    expect((await store.subscriptions.forChat(c)).map((s) => s.locale)).toEqual(['en', 'en']);
    // Another chat is untouched.
    expect(await store.chats.settings(chat())).toEqual({ locale: null, timeZone: null });
  });

  it('removes one topic, one rule, or all; says how many', async () => {
    const c = chat();
    await store.chats.subscribe(c, req('brief'));
    await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage' }));
    await store.chats.subscribe(c, req('alerts', { rule: 'reservesLow' }));
    expect(await store.chats.unsubscribe(c, 'alerts', 'srfUsage')).toBe(1);
    expect(await store.chats.unsubscribe(c, 'h41')).toBe(0);
    expect((await store.chats.subscriptions(c)).map((s) => `${s.topic}/${s.rule}`)).toEqual(['alerts/reservesLow', 'brief/null']);
    expect(await store.chats.unsubscribe(c, 'all')).toBe(2);
    expect(await store.chats.subscriptions(c)).toEqual([]);
  });

  const fired = (c: ChatRef, rule: string) =>
    store.alerts.put({ platform: c.platform, chat_id: c.chatId, rule, phase: 'fired', level: 'stress', observed_date: '2025-10-31', observed_value: 60e9 });
  const statesOf = async (c: ChatRef, rules = ['srfUsage', 'reservesLow', 'sofrAboveSrf']) => {
    const out: string[] = [];
    for (const r of rules) if (await store.alerts.get(c, r)) out.push(r);
    return out;
  };

  it('unsubscribing from alerts forgets the alert state of the rules the chat no longer follows', async () => {
    const c = chat();
    await store.chats.subscribe(c, req('brief'));
    await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage' }));
    await store.chats.subscribe(c, req('alerts', { rule: 'reservesLow' }));
    await fired(c, 'srfUsage');
    await fired(c, 'reservesLow');
    expect(await store.chats.unsubscribe(c, 'alerts', 'srfUsage')).toBe(1);
    expect(await statesOf(c)).toEqual(['reservesLow']);
    expect(await store.chats.unsubscribe(c, 'brief')).toBe(1);
    expect(await statesOf(c)).toEqual(['reservesLow']);
    expect(await store.chats.unsubscribe(c, 'alerts')).toBe(1);
    expect(await statesOf(c)).toEqual([]);
    // `all` too; and a rule still followed through every alert keeps its state.
    const d = chat();
    await store.chats.subscribe(d, req('alerts'));
    await fired(d, 'srfUsage');
    expect(await store.chats.unsubscribe(d, 'alerts', 'srfUsage')).toBe(0);
    expect(await statesOf(d)).toEqual(['srfUsage']);
    expect(await store.chats.unsubscribe(d, 'all')).toBe(1);
    expect(await statesOf(d)).toEqual([]);
    // Another chat's state is untouched.
    const other = chat();
    await store.chats.subscribe(other, req('alerts'));
    await fired(other, 'srfUsage');
    await store.chats.unsubscribe(c, 'all');
    expect(await statesOf(other)).toEqual(['srfUsage']);
  });

  it('subscribing to alerts starts the newly followed rules armed; rules already followed keep their state', async () => {
    const c = chat();
    await fired(c, 'srfUsage'); // left over from an earlier subscription
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage' }))).toBe('added');
    expect(await statesOf(c)).toEqual([]);
    await fired(c, 'srfUsage');
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage' }))).toBe('unchanged');
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'srfUsage', quiet: { from: '22:00', to: '07:00' } }))).toBe('updated');
    expect(await statesOf(c)).toEqual(['srfUsage']);
    await fired(c, 'reservesLow'); // stale: not followed
    expect(await store.chats.subscribe(c, req('alerts'))).toBe('added');
    expect(await statesOf(c)).toEqual(['srfUsage']);
    expect(await store.chats.subscribe(c, req('alerts', { rule: 'reservesLow' }))).toBe('covered');
    expect(await statesOf(c)).toEqual(['srfUsage']);
  });

  it('the same /subscribe twice at once adds the subscription once and answers both', async () => {
    for (let i = 0; i < 6; i++) {
      const c = chat();
      const second = i % 2 ? req('brief', { quiet: { from: '22:00', to: '07:00' } }) : req('brief');
      const outcomes = await Promise.all([store.chats.subscribe(c, req('brief')), store.chats.subscribe(c, second)]);
      // A plain request keeps the quiet hours the other set: whichever went first, they are set.
      if (i % 2) expect([['added', 'updated'], ['added', 'unchanged']]).toContainEqual(outcomes.sort());
      else expect(outcomes.sort()).toEqual(['added', 'unchanged']);
      expect(await store.subscriptions.forChat(c)).toMatchObject([{ topic: 'brief', ...(i % 2 ? { quiet_from: '22:00', quiet_to: '07:00' } : { quiet_from: null }) }]);
    }
  });

  it('a group that became a supergroup keeps its language; a chat that removed the bot loses it', async () => {
    const old = chat();
    const now = chat();
    await store.chats.subscribe(old, req('brief', { timeZone: 'Asia/Hong_Kong' }));
    await store.chats.setLocale(old, 'zh-Hans', 'zh-Hans', 'u1');
    await store.subscriptions.moveChat('telegram', old.chatId, now.chatId);
    expect(await store.chats.settings(now)).toEqual({ locale: 'zh-Hans', timeZone: 'Asia/Hong_Kong' });
    expect(await store.chats.settings(old)).toEqual({ locale: null, timeZone: null });
    await store.subscriptions.dropChat(now, 'blocked');
    expect(await store.chats.settings(now)).toEqual({ locale: null, timeZone: null });
  });
});
