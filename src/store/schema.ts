// The tables that must survive a restart, typed once for Kysely: who is subscribed to what, each
// alert rule's state per chat, and the delivery ledger (one row per event and chat). The same
// schema runs on the embedded SQLite file and on PostgreSQL (migrations.ts); dates are ISO text in
// both, so a row reads the same whichever database holds it.
import type { Generated, Insertable, Selectable } from 'kysely';

export type Platform = 'telegram' | 'discord';
/** What a chat can subscribe to: the morning brief, the weekly H.4.1 digest, stress alerts. */
export type Topic = 'brief' | 'h41' | 'alerts';
/** Where a subscription came from: a member's command, or the operator's configuration. */
export type Origin = 'command' | 'config';

export interface SubscriptionTable {
  platform: Platform;
  chat_id: string;
  topic: Topic;
  /** For `alerts`: one named rule, or '' for every rule. '' for the other topics. */
  rule: string;
  /** The chat's language for posts (a catalog locale). */
  locale: string;
  /** IANA time zone for quiet hours; null = US Eastern. */
  time_zone: string | null;
  /** Quiet hours as 'HH:MM' local times; posts inside them go out silently, never dropped. */
  quiet_from: string | null;
  quiet_to: string | null;
  origin: Origin;
  created_by: string | null;
  created_at: string;
}

/** armed: waiting for the signal to cross into a worse level; fired: posted, waiting to clear. */
export type AlertPhase = 'armed' | 'fired';

export interface AlertStateTable {
  platform: Platform;
  chat_id: string;
  rule: string;
  phase: AlertPhase;
  /** The level last posted for this rule in this chat ('calm' when armed from the start). */
  level: string;
  /** The observation that moved the state last: its date and value. */
  observed_date: string | null;
  observed_value: number | null;
  changed_at: string;
}

/**
 * due: to send; sending: handed to the platform, its answer not yet recorded; sent: the platform
 * answered with a message id; failed: gave up after retries; gone: the chat blocked or removed the
 * bot. A row found `sending` at start was cut off by a crash: it goes back to `due` with `in_doubt`
 * set (Discord's nonce makes the resend safe; Telegram has no such key, so it may duplicate).
 */
export type DeliveryStatus = 'due' | 'sending' | 'sent' | 'failed' | 'gone';

export interface DeliveryTable {
  /** The event's key: `<kind>:<series or rule>:<date>[:<level>]`, e.g. `brief:2026-12-04`. */
  event_key: string;
  platform: Platform;
  chat_id: string;
  status: DeliveryStatus;
  attempts: Generated<number>;
  message_id: string | null;
  last_error: string | null;
  /** Post silently (quiet hours). 1/0 rather than a boolean: the same on both databases. */
  silent: Generated<number>;
  /** 1 when a crash cut off a send of this row (see DeliveryStatus). */
  in_doubt: Generated<number>;
  /** The catalog locale the post was queued in (null for rows queued before migration 0003). */
  locale: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per chat that set something of its own: its language (/language) and time zone. */
export interface ChatSettingsTable {
  platform: Platform;
  chat_id: string;
  /** A catalog locale set with /language; null = each reader's own client language. */
  locale: string | null;
  /** IANA time zone last given with /subscribe tz:...; null = never given. */
  time_zone: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface StoreSchema {
  subscriptions: SubscriptionTable;
  chat_settings: ChatSettingsTable;
  alert_state: AlertStateTable;
  deliveries: DeliveryTable;
}

export type Subscription = Selectable<SubscriptionTable>;
export type NewSubscription = Insertable<SubscriptionTable>;
export type AlertState = Selectable<AlertStateTable>;
export type Delivery = Selectable<DeliveryTable>;
export type ChatSettingsRow = Selectable<ChatSettingsTable>;
