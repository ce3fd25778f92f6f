// The durable store's contract, run the same way on the embedded SQLite file and on the machine's
// PostgreSQL server (a fresh schema per run): migrations, subscriptions, alert state, the ledger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewSubscription } from '../../src/store/schema.js';
import { openStore, type Store, type StoreOptions } from '../../src/store/store.js';
import pg from 'pg';
import { freshDatabase, TEST_DATABASE_URL } from '../helpers/postgres.js';

type Backend = { name: 'sqlite' | 'postgres'; options(): Promise<StoreOptions>; cleanup(): Promise<void> };

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'liq-store-'));
  return {
    name: 'sqlite',
    options: async () => ({ dbPath: join(dir, 'nested', 'store.sqlite') }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresBackend(): Backend {
  let schema: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  return {
    name: 'postgres',
    async options() {
      schema ??= await freshDatabase();
      return { databaseUrl: schema.url, dbPath: '/nonexistent/unused.sqlite' };
    },
    cleanup: async () => schema?.drop(),
  };
}

const sub = (chat: string, topic: NewSubscription['topic'], extra: Partial<NewSubscription> = {}): Omit<NewSubscription, 'created_at'> => ({
  platform: 'telegram',
  chat_id: chat,
  topic,
  rule: '',
  locale: 'en',
  time_zone: null,
  quiet_from: null,
  quiet_to: null,
  origin: 'command',
  created_by: 'u1',
  ...extra,
});

describe.each([
  { db: 'sqlite', make: sqliteBackend },
  { db: 'postgres', make: postgresBackend },
])('store on $db', ({ make }) => {
  const backend = make();
  let store: Store;
  let clock = new Date('2026-12-04T13:00:00Z');

  beforeAll(async () => {
    store = await openStore({ ...(await backend.options()), now: () => clock });
  });
  afterAll(async () => {
    await store?.close();
    await backend.cleanup();
  });

  it(`opens the ${backend.name} database and migrates it once; a second open (a restart, or a second instance) finds it current`, async () => {
    expect(store.kind).toBe(backend.name);
    const again = await Promise.all([openStore(await backend.options()), openStore(await backend.options())]);
    const ran = await sql<{ n: number | string }>`select count(*) as n from kysely_migration`.execute(store.db);
    expect(Number(ran.rows[0]!.n)).toBe(1);
    for (const s of again) await s.close();
  });

  it('adds a subscription once, lists it by chat and by topic, and removes it', async () => {
    expect(await store.subscriptions.add(sub('100', 'brief'))).toBe('added');
    expect(await store.subscriptions.add(sub('100', 'brief', { created_by: 'someone else' }))).toBe('exists');
    await store.subscriptions.add(sub('100', 'alerts', { rule: 'srf_usage' }));
    await store.subscriptions.add(sub('200', 'alerts'));
    await store.subscriptions.add(sub('300', 'alerts', { rule: 'reserves' }));
    const mine = await store.subscriptions.forChat({ platform: 'telegram', chatId: '100' });
    expect(mine.map((s) => `${s.topic}/${s.rule}/${s.created_by}`)).toEqual(['alerts/srf_usage/u1', 'brief//u1']);
    expect(mine[1]!.created_at).toBe('2026-12-04T13:00:00.000Z');
    // An SRF alert goes to the chat that took every rule and to the one that took this rule, not to the reserves-only chat.
    expect((await store.subscriptions.subscribers('alerts', 'srf_usage')).map((s) => s.chat_id)).toEqual(['100', '200']);
    expect((await store.subscriptions.subscribers('alerts')).map((s) => s.chat_id)).toEqual(['100', '200', '300']);
    expect(await store.subscriptions.remove({ platform: 'telegram', chatId: '100' }, 'alerts')).toBe(1);
    expect(await store.subscriptions.remove({ platform: 'telegram', chatId: '100' }, 'alerts')).toBe(0);
    // The same chat id on the other platform is another chat.
    expect(await store.subscriptions.forChat({ platform: 'discord', chatId: '100' })).toEqual([]);
  });

  it('refuses rows outside the schema (a topic or status that does not exist)', async () => {
    await expect(store.subscriptions.add(sub('1', 'weather' as never))).rejects.toThrow();
    await expect(
      store.db.insertInto('deliveries').values({ event_key: 'x', platform: 'telegram', chat_id: '1', status: 'lost' as never, created_at: 'a', updated_at: 'a' }).execute(),
    ).rejects.toThrow();
  });

  it('keeps one alert state per rule and chat, updated in place', async () => {
    const chat = { platform: 'discord' as const, chatId: '9000' };
    expect(await store.alerts.get(chat, 'srf_usage')).toBeUndefined();
    await store.alerts.put({ platform: 'discord', chat_id: '9000', rule: 'srf_usage', phase: 'fired', level: 'stress', observed_date: '2026-10-31', observed_value: 51 });
    clock = new Date('2026-12-04T14:00:00Z');
    await store.alerts.put({ platform: 'discord', chat_id: '9000', rule: 'srf_usage', phase: 'armed', level: 'calm', observed_date: '2026-11-03', observed_value: 30 });
    const s = await store.alerts.get(chat, 'srf_usage');
    expect(s).toMatchObject({ phase: 'armed', level: 'calm', observed_date: '2026-11-03', observed_value: 30, changed_at: '2026-12-04T14:00:00.000Z' });
  });

  it('records a post once per event and chat, lets only one sender claim it, and retries a failed send', async () => {
    const key = 'brief:2026-12-04';
    const targets = [
      { platform: 'telegram' as const, chatId: '1' },
      { platform: 'telegram' as const, chatId: '2', silent: true },
      { platform: 'discord' as const, chatId: '1' },
    ];
    expect(await store.ledger.enqueue(key, targets)).toBe(3);
    expect(await store.ledger.enqueue(key, targets)).toBe(0);
    expect((await store.ledger.get(key, targets[1]!))?.silent).toBe(1);

    const claims = await Promise.all(Array.from({ length: 10 }, () => store.ledger.claim(key, targets[0]!)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.ledger.sent(key, targets[0]!, 'm-1');
    expect(await store.ledger.claim(key, targets[0]!)).toBe(false);

    expect(await store.ledger.claim(key, targets[1]!)).toBe(true);
    await store.ledger.failed(key, targets[1]!, '502 Bad Gateway', false);
    expect(await store.ledger.claim(key, targets[1]!)).toBe(true);
    await store.ledger.failed(key, targets[1]!, '400 Bad Request: chat not found', true);
    expect(await store.ledger.get(key, targets[1]!)).toMatchObject({ status: 'failed', attempts: 2, last_error: '400 Bad Request: chat not found' });

    expect(await store.ledger.counts(key)).toEqual({ sent: 1, failed: 1, due: 1 });
    expect((await store.ledger.open()).filter((d) => d.event_key === key).map((d) => `${d.platform}:${d.chat_id}`)).toEqual(['discord:1']);
  });

  it('after a crash, sends cut off in flight go back to due, marked in doubt, and are handed back for the log', async () => {
    const key = 'alert:srf_usage:2026-12-03:stress';
    const chats = ['11', '12', '13'].map((chatId) => ({ platform: 'telegram' as const, chatId }));
    await store.ledger.enqueue(key, chats);
    await store.ledger.claim(key, chats[0]!);
    await store.ledger.sent(key, chats[0]!, 'm-11');
    await store.ledger.claim(key, chats[1]!); // the process dies here, before the platform's answer
    const doubt = await store.ledger.recoverInFlight();
    expect(doubt.map((d) => `${d.event_key}/${d.chat_id}`)).toEqual([`${key}/12`]);
    expect(await store.ledger.get(key, chats[1]!)).toMatchObject({ status: 'due', in_doubt: 1, attempts: 1 });
    expect(await store.ledger.get(key, chats[0]!)).toMatchObject({ status: 'sent', in_doubt: 0 });
    expect(await store.ledger.recoverInFlight()).toEqual([]);
  });

  it('enqueues a broadcast to 1,000 chats in batches', async () => {
    const chats = Array.from({ length: 1000 }, (_, i) => ({ platform: 'telegram' as const, chatId: String(-1_000_000_000_000 - i) }));
    expect(await store.ledger.enqueue('h41:2026-12-03', chats)).toBe(1000);
    expect(await store.ledger.counts('h41:2026-12-03')).toEqual({ due: 1000 });
    expect(await store.ledger.enqueue('h41:2026-12-03', chats)).toBe(0);
  });

  it('moves a group that became a supergroup, with its subscriptions, alert state and open posts', async () => {
    const [from, to] = ['-4001', '-1004001'];
    await store.subscriptions.add(sub(from, 'brief'));
    await store.subscriptions.add(sub(from, 'alerts'));
    await store.alerts.put({ platform: 'telegram', chat_id: from, rule: 'sofr_srf', phase: 'fired', level: 'stress', observed_date: '2026-12-03', observed_value: 4.2 });
    await store.ledger.enqueue('brief:2026-12-05', [{ platform: 'telegram', chatId: from }]);
    await store.ledger.enqueue('brief:2026-12-04', [{ platform: 'telegram', chatId: from }]);
    await store.ledger.claim('brief:2026-12-04', { platform: 'telegram', chatId: from });
    await store.ledger.sent('brief:2026-12-04', { platform: 'telegram', chatId: from }, 'm');

    await store.subscriptions.moveChat('telegram', from, to);

    expect(await store.subscriptions.forChat({ platform: 'telegram', chatId: from })).toEqual([]);
    expect((await store.subscriptions.forChat({ platform: 'telegram', chatId: to })).map((s) => s.topic)).toEqual(['alerts', 'brief']);
    expect(await store.alerts.get({ platform: 'telegram', chatId: to }, 'sofr_srf')).toMatchObject({ phase: 'fired' });
    expect(await store.ledger.get('brief:2026-12-05', { platform: 'telegram', chatId: to })).toMatchObject({ status: 'due' });
    expect(await store.ledger.get('brief:2026-12-05', { platform: 'telegram', chatId: from })).toMatchObject({ status: 'gone', last_error: `moved to ${to}` });
    // What was already sent stays on record under the old id.
    expect(await store.ledger.get('brief:2026-12-04', { platform: 'telegram', chatId: from })).toMatchObject({ status: 'sent' });
  });

  it('drops a chat that blocked the bot: subscriptions and alert state go, open posts are marked gone', async () => {
    const chat = { platform: 'telegram' as const, chatId: '777' };
    await store.subscriptions.add(sub('777', 'brief'));
    await store.subscriptions.add(sub('777', 'h41'));
    await store.alerts.put({ platform: 'telegram', chat_id: '777', rule: 'reserves', phase: 'armed', level: 'calm', observed_date: null, observed_value: null });
    await store.ledger.enqueue('brief:2026-12-07', [chat]);
    expect(await store.subscriptions.dropChat(chat, '403 Forbidden: bot was blocked by the user')).toBe(2);
    expect(await store.subscriptions.forChat(chat)).toEqual([]);
    expect(await store.alerts.get(chat, 'reserves')).toBeUndefined();
    expect(await store.ledger.get('brief:2026-12-07', chat)).toMatchObject({ status: 'gone', last_error: '403 Forbidden: bot was blocked by the user' });
  });

  it('makes the configured channels exactly what the configuration lists, leaving members’ own subscriptions alone', async () => {
    await store.subscriptions.add(sub('@desk', 'alerts', { platform: 'discord', rule: 'reserves' }));
    expect(await store.subscriptions.syncConfigured('discord', [{ chatId: '@desk', topics: ['brief', 'alerts'] }, { chatId: '@news', topics: ['brief', 'alerts'] }], 'en')).toEqual({ added: 4, removed: 0 });
    expect(await store.subscriptions.syncConfigured('discord', [{ chatId: '@desk', topics: ['brief', 'alerts'] }, { chatId: '@news', topics: ['brief', 'alerts'] }], 'en')).toEqual({ added: 0, removed: 0 });
    expect(await store.subscriptions.syncConfigured('discord', [{ chatId: '@desk', topics: ['brief'] }], 'en')).toEqual({ added: 0, removed: 3 });
    const desk = await store.subscriptions.forChat({ platform: 'discord', chatId: '@desk' });
    expect(desk.map((s) => `${s.topic}/${s.rule}/${s.origin}`)).toEqual(['alerts/reserves/command', 'brief//config']);
    expect(await store.subscriptions.forChat({ platform: 'discord', chatId: '@news' })).toEqual([]);
  });
});

describe('the SQLite store across a restart', () => {
  it('keeps subscriptions and the ledger in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liq-store-'));
    try {
      const dbPath = join(dir, 'bot.sqlite');
      const first = await openStore({ dbPath });
      await first.subscriptions.add(sub('42', 'brief'));
      await first.ledger.enqueue('brief:2026-12-04', [{ platform: 'telegram', chatId: '42' }]);
      await first.ledger.claim('brief:2026-12-04', { platform: 'telegram', chatId: '42' });
      await first.close();
      const second = await openStore({ dbPath });
      expect((await second.subscriptions.forChat({ platform: 'telegram', chatId: '42' })).map((s) => s.topic)).toEqual(['brief']);
      expect((await second.ledger.recoverInFlight()).map((d) => d.chat_id)).toEqual(['42']);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the database and the cause when PostgreSQL cannot be reached', async () => {
    await expect(openStore({ databaseUrl: 'postgres://root@127.0.0.1:1/none', dbPath: 'unused' })).rejects.toThrow(/migration|ECONNREFUSED|connect/i);
  });
});

describe('the PostgreSQL store when the server drops its connections', () => {
  it('reports the idle connection’s error instead of crashing, and the next query opens a new connection', async () => {
    const dbx = await freshDatabase();
    const errors: string[] = [];
    const store = await openStore({ databaseUrl: dbx.url, dbPath: 'unused', onIdleError: (e) => errors.push(e.message) });
    try {
      await store.subscriptions.add(sub('1', 'brief'));
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [dbx.name]);
      await admin.end();
      await expect.poll(() => errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/terminat/i);
      expect((await store.subscriptions.forChat({ platform: 'telegram', chatId: '1' })).map((s) => s.topic)).toEqual(['brief']);
    } finally {
      await store.close();
      await dbx.drop();
    }
  });
});
