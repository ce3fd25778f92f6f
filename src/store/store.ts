// The durable store: subscriptions, alert state and the delivery ledger, through one query layer
// (Kysely) over the embedded SQLite file (DB_PATH, the default) or PostgreSQL (DATABASE_URL).
// Migrations run when it opens. Every method is a single statement or one transaction, so two
// instances of the bot can share a PostgreSQL database.
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import { Migrator } from 'kysely/migration';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ChatSettingsPort } from '../core/chats.js';
import { createChatSettings } from './chats.js';
import { migrationProvider } from './migrations.js';
import type { AlertState, Delivery, DeliveryStatus, NewSubscription, Platform, StoreSchema, Subscription, Topic } from './schema.js';

export type StoreOptions = {
  /** postgres://... : use PostgreSQL; otherwise the SQLite file at dbPath. */
  databaseUrl?: string | undefined;
  dbPath: string;
  now?: () => Date;
  /** An idle PostgreSQL connection failed (logged by the caller; the pool replaces it). */
  onIdleError?: (e: Error) => void;
};

export type ChatRef = { platform: Platform; chatId: string };
export type Target = ChatRef & { silent?: boolean; locale?: string };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<StoreSchema>;
  readonly subscriptions: SubscriptionRepo;
  /** A chat's own settings (language, time zone) and its subscriptions, for the chat commands. */
  readonly chats: ChatSettingsPort;
  readonly alerts: AlertRepo;
  readonly ledger: Ledger;
  /**
   * Takes the named role (posting) for this process, or null when another process holds it. On
   * PostgreSQL a session advisory lock on a connection of its own, so two instances sharing the
   * store never both post (and one's restart never re-sends what the other has in flight); it is
   * released when the process or its connection dies (`lost` then resolves). On SQLite, one
   * process per file: always taken.
   */
  lead(role: string): Promise<Leadership | null>;
  close(): Promise<void>;
}

export type Leadership = { readonly lost: Promise<string>; release(): Promise<void> };

export interface SubscriptionRepo {
  /** 'added', or 'exists' when the chat already had it (nothing changes). */
  add(sub: Omit<NewSubscription, 'created_at'>): Promise<'added' | 'exists'>;
  /** Removes the chat's subscriptions to a topic (one rule, or every rule when rule is omitted); returns how many. */
  remove(chat: ChatRef, topic: Topic, rule?: string): Promise<number>;
  forChat(chat: ChatRef): Promise<Subscription[]>;
  /** Chats subscribed to a topic; for 'alerts' with a rule, those who took every rule or that one. */
  subscribers(topic: Topic, rule?: string): Promise<Subscription[]>;
  /** A Telegram group became a supergroup: its subscriptions, alert state and open posts move to the new id. */
  moveChat(platform: Platform, from: string, to: string): Promise<void>;
  /** The bot was blocked or removed: the chat's subscriptions and alert state go, its open posts become 'gone'. */
  dropChat(chat: ChatRef, reason: string): Promise<number>;
  /**
   * Makes the configuration-owned subscriptions of a platform exactly each chat's topics; others'
   * rows stay. Their language: the chat's own when the configuration names one (it then wins over
   * /language at each start), else kept for rows that exist, and for new rows the chat's /language
   * setting, else `locale`.
   */
  syncConfigured(platform: Platform, chats: { chatId: string; topics: readonly Topic[]; locale?: string }[], locale: string): Promise<{ added: number; removed: number }>;
}

export interface AlertRepo {
  get(chat: ChatRef, rule: string): Promise<AlertState | undefined>;
  put(state: Omit<AlertState, 'changed_at'>): Promise<void>;
}

export interface Ledger {
  /** Records that `eventKey` is due to every target; a target already recorded is left as it is. Returns how many are new. */
  enqueue(eventKey: string, targets: Target[]): Promise<number>;
  /** Takes a due row for sending (attempts + 1). False when it is not due (sent, taken, gone): do not send. */
  claim(eventKey: string, chat: ChatRef): Promise<boolean>;
  sent(eventKey: string, chat: ChatRef, messageId: string): Promise<void>;
  /** A failed send: back to 'due' to retry, or 'failed' for good when `final`. */
  failed(eventKey: string, chat: ChatRef, error: string, final: boolean): Promise<void>;
  gone(eventKey: string, chat: ChatRef, error: string): Promise<void>;
  /** Rows still to send, oldest first: 'due', plus 'sending' rows when `includeSending`. */
  open(opts?: { includeSending?: boolean; limit?: number }): Promise<Delivery[]>;
  /**
   * At start: rows left 'sending' by a crash go back to 'due', marked in doubt, and are returned
   * so the caller can log each one (a Telegram resend of such a row may duplicate the post).
   */
  recoverInFlight(): Promise<Delivery[]>;
  get(eventKey: string, chat: ChatRef): Promise<Delivery | undefined>;
  /** Rows per status for one event (tests, metrics, /about). */
  counts(eventKey: string): Promise<Partial<Record<DeliveryStatus, number>>>;
}

const BATCH = 400; // rows per INSERT: well under SQLite's 32,766 bound variables and PostgreSQL's 65,535

function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

type PgPool = import('pg').Pool;

async function createDb(opts: StoreOptions): Promise<{ db: Kysely<StoreSchema>; kind: Store['kind']; pool?: PgPool }> {
  if (isPostgresUrl(opts.databaseUrl)) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 5 });
    // An idle client's error (the server restarted, a network cut) must not crash the process: the
    // pool drops that client and the next query opens a new one.
    pool.on('error', (e) => opts.onIdleError?.(e));
    return { db: new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres', pool };
  }
  const Database = (await import('better-sqlite3')).default;
  if (opts.dbPath !== ':memory:') mkdirSync(dirname(opts.dbPath), { recursive: true });
  const database = new Database(opts.dbPath);
  if (opts.dbPath !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  return { db: new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) }), kind: 'sqlite' };
}

/** Opens the store and brings its schema up to date; throws (naming the migration) when one fails. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  const { db, kind, pool } = await createDb(opts);
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    await db.destroy();
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const chatIs = (chat: ChatRef) => ({ platform: chat.platform, chat_id: chat.chatId });

  const subscriptions: SubscriptionRepo = {
    async add(sub) {
      const r = await db
        .insertInto('subscriptions')
        .values({ ...sub, created_at: now() })
        .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic', 'rule']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0 ? 'added' : 'exists';
    },
    async remove(chat, topic, rule) {
      let q = db.deleteFrom('subscriptions').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).where('topic', '=', topic);
      if (rule !== undefined) q = q.where('rule', '=', rule);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    forChat: (chat) =>
      db.selectFrom('subscriptions').selectAll().where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).orderBy('topic').orderBy('rule').execute(),
    subscribers(topic, rule) {
      let q = db.selectFrom('subscriptions').selectAll().where('topic', '=', topic);
      if (rule !== undefined) q = q.where((eb) => eb.or([eb('rule', '=', ''), eb('rule', '=', rule)]));
      return q.orderBy('platform').orderBy('chat_id').orderBy('rule').execute();
    },
    async moveChat(platform, from, to) {
      await db.transaction().execute(async (trx) => {
        const subs = await trx.selectFrom('subscriptions').selectAll().where('platform', '=', platform).where('chat_id', '=', from).execute();
        if (subs.length) {
          await trx
            .insertInto('subscriptions')
            .values(subs.map((s) => ({ ...s, chat_id: to })))
            .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic', 'rule']).doNothing())
            .execute();
        }
        await trx.deleteFrom('subscriptions').where('platform', '=', platform).where('chat_id', '=', from).execute();
        const states = await trx.selectFrom('alert_state').selectAll().where('platform', '=', platform).where('chat_id', '=', from).execute();
        if (states.length) {
          await trx
            .insertInto('alert_state')
            .values(states.map((s) => ({ ...s, chat_id: to })))
            .onConflict((oc) => oc.columns(['platform', 'chat_id', 'rule']).doNothing())
            .execute();
        }
        await trx.deleteFrom('alert_state').where('platform', '=', platform).where('chat_id', '=', from).execute();
        const settings = await trx.selectFrom('chat_settings').selectAll().where('platform', '=', platform).where('chat_id', '=', from).executeTakeFirst();
        if (settings) {
          await trx
            .insertInto('chat_settings')
            .values({ ...settings, chat_id: to })
            .onConflict((oc) => oc.columns(['platform', 'chat_id']).doNothing())
            .execute();
          await trx.deleteFrom('chat_settings').where('platform', '=', platform).where('chat_id', '=', from).execute();
        }
        await moveOpenDeliveries(trx, platform, from, to, now());
      });
    },
    async dropChat(chat, reason) {
      return db.transaction().execute(async (trx) => {
        const r = await trx.deleteFrom('subscriptions').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst();
        await trx.deleteFrom('alert_state').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).execute();
        await trx.deleteFrom('chat_settings').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).execute();
        await trx
          .updateTable('deliveries')
          .set({ status: 'gone', last_error: reason, updated_at: now() })
          .where('platform', '=', chat.platform)
          .where('chat_id', '=', chat.chatId)
          .where('status', 'in', ['due', 'sending'])
          .execute();
        return Number(r.numDeletedRows);
      });
    },
    async syncConfigured(platform, chats, locale) {
      return db.transaction().execute(async (trx) => {
        const want = new Set(chats.flatMap((c) => c.topics.map((t) => `${c.chatId}\u0000${t}`)));
        const have = await trx.selectFrom('subscriptions').select(['chat_id', 'topic', 'rule']).where('platform', '=', platform).where('origin', '=', 'config').execute();
        let removed = 0;
        for (const h of have) {
          if (h.rule === '' && want.has(`${h.chat_id}\u0000${h.topic}`)) continue;
          const r = await trx
            .deleteFrom('subscriptions')
            .where('platform', '=', platform)
            .where('chat_id', '=', h.chat_id)
            .where('topic', '=', h.topic)
            .where('rule', '=', h.rule)
            .where('origin', '=', 'config')
            .executeTakeFirst();
          removed += Number(r.numDeletedRows);
        }
        const settings = new Map<string, string | null>();
        const ids = chats.map((c) => c.chatId);
        for (let i = 0; i < ids.length; i += BATCH) {
          const part = await trx.selectFrom('chat_settings').select(['chat_id', 'locale']).where('platform', '=', platform).where('chat_id', 'in', ids.slice(i, i + BATCH)).execute();
          for (const r of part) settings.set(r.chat_id, r.locale);
        }
        const named = new Map(chats.flatMap((c) => (c.locale ? [[c.chatId, c.locale] as const] : [])));
        for (const [chat_id, l] of named) {
          await trx.updateTable('subscriptions').set({ locale: l }).where('platform', '=', platform).where('chat_id', '=', chat_id).where('origin', '=', 'config').where('locale', '!=', l).execute();
        }
        const rows = [...want].map((k) => {
          const [chat_id, topic] = k.split('\u0000') as [string, Topic];
          const l = named.get(chat_id) ?? settings.get(chat_id) ?? locale;
          return { platform, chat_id, topic, rule: '', locale: l, time_zone: null, quiet_from: null, quiet_to: null, origin: 'config' as const, created_by: null, created_at: now() };
        });
        let added = 0;
        for (let i = 0; i < rows.length; i += BATCH) {
          const r = await trx
            .insertInto('subscriptions')
            .values(rows.slice(i, i + BATCH))
            .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic', 'rule']).doNothing())
            .executeTakeFirst();
          added += Number(r.numInsertedOrUpdatedRows ?? 0);
        }
        return { added, removed };
      });
    },
  };

  const alerts: AlertRepo = {
    get: (chat, rule) =>
      db.selectFrom('alert_state').selectAll().where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).where('rule', '=', rule).executeTakeFirst(),
    async put(state) {
      const row = { ...state, changed_at: now() };
      await db
        .insertInto('alert_state')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['platform', 'chat_id', 'rule']).doUpdateSet({
            phase: row.phase,
            level: row.level,
            observed_date: row.observed_date,
            observed_value: row.observed_value,
            changed_at: row.changed_at,
          }),
        )
        .execute();
    },
  };

  const rowOf = (eventKey: string, chat: ChatRef) => ({ event_key: eventKey, ...chatIs(chat) });
  const setRow = (eventKey: string, chat: ChatRef) =>
    db.updateTable('deliveries').where('event_key', '=', eventKey).where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId);

  const ledger: Ledger = {
    async enqueue(eventKey, targets) {
      const at = now();
      let added = 0;
      for (let i = 0; i < targets.length; i += BATCH) {
        const values = targets.slice(i, i + BATCH).map((t) => ({ ...rowOf(eventKey, t), status: 'due' as const, silent: t.silent ? 1 : 0, locale: t.locale ?? null, created_at: at, updated_at: at }));
        const r = await db
          .insertInto('deliveries')
          .values(values)
          .onConflict((oc) => oc.columns(['event_key', 'platform', 'chat_id']).doNothing())
          .executeTakeFirst();
        added += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
      return added;
    },
    async claim(eventKey, chat) {
      const r = await setRow(eventKey, chat)
        .where('status', '=', 'due')
        .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now() }))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async sent(eventKey, chat, messageId) {
      await setRow(eventKey, chat).set({ status: 'sent', message_id: messageId, last_error: null, updated_at: now() }).execute();
    },
    async failed(eventKey, chat, error, final) {
      await setRow(eventKey, chat).set({ status: final ? 'failed' : 'due', last_error: error, updated_at: now() }).execute();
    },
    async gone(eventKey, chat, error) {
      await setRow(eventKey, chat).set({ status: 'gone', last_error: error, updated_at: now() }).execute();
    },
    async open(opts = {}) {
      const statuses: DeliveryStatus[] = opts.includeSending ? ['due', 'sending'] : ['due'];
      let q = db.selectFrom('deliveries').selectAll().where('status', 'in', statuses).orderBy('created_at').orderBy('event_key').orderBy('platform').orderBy('chat_id');
      if (opts.limit !== undefined) q = q.limit(opts.limit);
      return q.execute();
    },
    async recoverInFlight() {
      return db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom('deliveries').selectAll().where('status', '=', 'sending').orderBy('created_at').orderBy('chat_id').execute();
        if (rows.length) {
          await trx.updateTable('deliveries').set({ status: 'due', in_doubt: 1, updated_at: now() }).where('status', '=', 'sending').execute();
        }
        return rows;
      });
    },
    get: (eventKey, chat) =>
      db.selectFrom('deliveries').selectAll().where('event_key', '=', eventKey).where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst(),
    async counts(eventKey) {
      const rows = await db
        .selectFrom('deliveries')
        .select(['status', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
        .where('event_key', '=', eventKey)
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };

  return {
    kind,
    db,
    subscriptions,
    chats: createChatSettings(db, now),
    alerts,
    ledger,
    lead: (role) => (pool ? leadOnPostgres(pool, role) : Promise.resolve({ lost: new Promise<string>(() => {}), release: async () => {} })),
    close: () => db.destroy(),
  };
}

/** A session advisory lock held on a client taken out of the pool for as long as the role is held. */
async function leadOnPostgres(pool: PgPool, role: string): Promise<Leadership | null> {
  const client = await pool.connect();
  let held = false;
  try {
    const r = await client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [role]);
    held = r.rows[0]?.ok === true;
  } finally {
    if (!held) client.release();
  }
  if (!held) return null;
  let done = false;
  let lose: (why: string) => void = () => {};
  const lost = new Promise<string>((resolve) => (lose = resolve));
  const onError = (e: Error) => {
    if (done) return;
    done = true;
    lose(e.message);
    client.release(e); // a broken client is not returned to the pool
  };
  client.on('error', onError);
  // A lock's session can end without an error event (the server terminated it quietly): look every 30 s.
  const check = setInterval(() => {
    client.query('select 1').catch((e: unknown) => onError(e instanceof Error ? e : new Error(String(e))));
  }, 30_000).unref();
  return {
    lost,
    async release() {
      clearInterval(check);
      if (done) return;
      done = true;
      client.off('error', onError);
      try {
        await client.query('select pg_advisory_unlock(hashtext($1))', [role]);
        client.release();
      } catch (e) {
        client.release(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}

/** Open posts to a chat follow it to its new id (a post already recorded for the new id stays as it is). */
async function moveOpenDeliveries(trx: Transaction<StoreSchema>, platform: Platform, from: string, to: string, at: string): Promise<void> {
  const open = await trx.selectFrom('deliveries').selectAll().where('platform', '=', platform).where('chat_id', '=', from).where('status', 'in', ['due', 'sending']).execute();
  if (open.length) {
    await trx
      .insertInto('deliveries')
      .values(open.map((d) => ({ ...d, chat_id: to, status: 'due' as const, updated_at: at })))
      .onConflict((oc) => oc.columns(['event_key', 'platform', 'chat_id']).doNothing())
      .execute();
  }
  await trx
    .updateTable('deliveries')
    .set({ status: 'gone', last_error: sql<string>`'moved to ' || ${to}`, updated_at: at })
    .where('platform', '=', platform)
    .where('chat_id', '=', from)
    .where('status', 'in', ['due', 'sending'])
    .execute();
}
