// One poster among instances sharing a PostgreSQL store: the posting role is a session advisory
// lock, so a second instance stands by while the first holds it, takes it when the first releases
// it or dies (its connection ends), and the holder learns when it lost it. On SQLite the role is
// always this process's (one process per file).
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postWhileLeader, POSTING_ROLE } from '../../src/alerts/leader.js';
import { createLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/store.js';
import { freshDatabase } from '../helpers/postgres.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoStores(): Promise<[Store, Store, string]> {
  const db = await freshDatabase('liq_lead');
  cleanups.push(() => db.drop());
  const a = await openStore({ databaseUrl: db.url, dbPath: ':memory:' });
  const b = await openStore({ databaseUrl: db.url, dbPath: ':memory:' });
  cleanups.push(() => a.close(), () => b.close());
  return [a, b, db.url];
}

const until = async (cond: () => boolean, what: string) => {
  const end = Date.now() + 10_000;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the posting role', () => {
  it('on PostgreSQL: one holder at a time; released, the other takes it', async () => {
    const [a, b] = await twoStores();
    const held = await a.lead(POSTING_ROLE);
    expect(held).not.toBeNull();
    expect(await b.lead(POSTING_ROLE)).toBeNull();
    await held!.release();
    const next = await b.lead(POSTING_ROLE);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it('on PostgreSQL: a holder whose connection is killed learns it lost the role, and the other takes it', async () => {
    const [a, b, url] = await twoStores();
    const held = (await a.lead(POSTING_ROLE))!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    await admin.query(`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and pid <> pg_backend_pid()`);
    expect(typeof (await held.lost)).toBe('string');
    const next = await b.lead(POSTING_ROLE);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it('postWhileLeader: the standing-by instance starts posting once the poster stops', async () => {
    const [a, b] = await twoStores();
    const events: string[] = [];
    const log = createLogger('error', () => {});
    const first = postWhileLeader({ store: a, log, start: async () => void events.push('a start'), stop: async () => void events.push('a stop'), retryMs: 50 });
    await until(() => first.leading(), 'the first to lead');
    const second = postWhileLeader({ store: b, log, start: async () => void events.push('b start'), stop: async () => void events.push('b stop'), retryMs: 50 });
    await new Promise((r) => setTimeout(r, 200));
    expect(second.leading()).toBe(false);
    await first.stop();
    await until(() => second.leading(), 'the second to take over');
    await second.stop();
    expect(events).toEqual(['a start', 'a stop', 'b start', 'b stop']);
  });

  it('on SQLite the role is always this process\'s', async () => {
    const s = await openStore({ dbPath: ':memory:' });
    cleanups.push(() => s.close());
    const r = await s.lead(POSTING_ROLE);
    expect(r).not.toBeNull();
    await r!.release();
  });
});
