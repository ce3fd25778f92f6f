// Schema migrations, run at start by openStore() through Kysely's Migrator (which records what ran
// in its own table and takes a lock, so two instances starting together do not both migrate).
// Names sort in the order they run. Never edit a migration that has shipped: add the next one.
import { type Kysely, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

const migrations: Record<string, Migration> = {
  '0001_subscriptions_alerts_ledger': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
        .addColumn('time_zone', 'text')
        .addColumn('quiet_from', 'text')
        .addColumn('quiet_to', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('subscriptions_pk', ['platform', 'chat_id', 'topic', 'rule'])
        .addCheckConstraint('subscriptions_platform', sql`platform in ('telegram', 'discord')`)
        .addCheckConstraint('subscriptions_topic', sql`topic in ('brief', 'h41', 'alerts')`)
        .execute();
      await db.schema.createIndex('subscriptions_by_topic').on('subscriptions').columns(['topic', 'platform']).execute();

      await db.schema
        .createTable('alert_state')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('observed_date', 'text')
        .addColumn('observed_value', 'double precision')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alert_state_pk', ['platform', 'chat_id', 'rule'])
        .addCheckConstraint('alert_state_phase', sql`phase in ('armed', 'fired')`)
        .execute();

      await db.schema
        .createTable('deliveries')
        .addColumn('event_key', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('message_id', 'text')
        .addColumn('last_error', 'text')
        .addColumn('silent', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('in_doubt', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deliveries_pk', ['event_key', 'platform', 'chat_id'])
        .addCheckConstraint('deliveries_status', sql`status in ('due', 'sending', 'sent', 'failed', 'gone')`)
        .execute();
      await db.schema.createIndex('deliveries_open').on('deliveries').columns(['status', 'created_at']).execute();
    },
  },
  '0002_chat_settings': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('chat_settings')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .addColumn('time_zone', 'text')
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('chat_settings_pk', ['platform', 'chat_id'])
        .addCheckConstraint('chat_settings_platform', sql`platform in ('telegram', 'discord')`)
        .execute();
    },
  },
  '0003_delivery_locale': {
    async up(db: Kysely<unknown>) {
      // The language a post was queued in, so a post resumed after a restart (or by the ledger
      // sweep) goes out in the language it was broadcast in, whatever the chat's rows say since.
      await db.schema.alterTable('deliveries').addColumn('locale', 'text').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
