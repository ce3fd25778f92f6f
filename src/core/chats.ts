// A chat as the commands that manage it see it: which chat asked, whether the asker may change its
// settings (the adapter decides from the platform's roles), and the port through which the chat's
// settings and subscriptions are read and written (implemented over the durable store). Pure: the
// types, and the parsers for what a user types into /subscribe (topic, rule, quiet hours, zone).
import { ALERT_RULES, type AlertRuleId } from './alerts.js';
import type { Locale } from './locale.js';

export type ChatPlatform = 'telegram' | 'discord';
/** private: a DM; group: a Telegram group or supergroup; channel: a Telegram channel; guild: a Discord server's channel. */
export type ChatKind = 'private' | 'group' | 'channel' | 'guild';

/** Who asked, where: computed by the adapter from the platform's update. */
export interface ChatContext {
  readonly platform: ChatPlatform;
  /** Telegram's chat id; Discord's channel id (the DM channel in a DM). */
  readonly chatId: string;
  readonly kind: ChatKind;
  readonly userId?: string;
  /**
   * May this asker change the chat's subscriptions and language: Manage Channels in a Discord guild,
   * an administrator in a Telegram group (an anonymous admin too), anyone in their own DM, and a
   * Telegram channel post (only admins can post in a channel).
   */
  readonly canManage: boolean;
}

export type ChatRef = Pick<ChatContext, 'platform' | 'chatId'>;

export const TOPICS = ['brief', 'h41', 'alerts'] as const;
export type Topic = (typeof TOPICS)[number];

/** Quiet hours in the subscription's time zone, 'HH:MM' on a 24-hour clock; may wrap midnight. */
export type QuietHours = { readonly from: string; readonly to: string };

export interface ChatSubscription {
  readonly topic: Topic;
  /** For alerts: one rule, or null for every rule. Always null for the other topics. */
  readonly rule: AlertRuleId | null;
  /** The catalog locale posts go out in. */
  readonly locale: string;
  /** IANA zone of the quiet hours; null = US Eastern. */
  readonly timeZone: string | null;
  readonly quiet: QuietHours | null;
  /** 'config': set by the operator (TELEGRAM_CHANNELS / DISCORD_CHANNELS), not by a command. */
  readonly origin: 'command' | 'config';
}

/** The chat's own settings; null fields were never set. */
export interface ChatSettings {
  /** The language set with /language; null = each reader's own client language. */
  readonly locale: Locale | null;
  /** The time zone last given with /subscribe tz:..., used for quiet hours given without one. */
  readonly timeZone: string | null;
}

export type SubscriptionRequest = {
  readonly topic: Topic;
  readonly rule: AlertRuleId | null;
  readonly locale: string;
  /**
   * A zone given with tz:, which also becomes the chat's zone; undefined: an existing subscription
   * keeps its own, a new one takes the chat's (null when the chat never gave one: US Eastern).
   */
  readonly timeZone: string | undefined;
  /** undefined: keep what an existing subscription has; null: no quiet hours. */
  readonly quiet: QuietHours | null | undefined;
  readonly createdBy: string | null;
};

/**
 * added: new; updated: it existed, its quiet hours, zone or post language changed; unchanged: it existed as asked;
 * covered: a single rule asked while the chat already takes every alert.
 */
export type SubscribeOutcome = 'added' | 'updated' | 'unchanged' | 'covered';

/** The durable store as the chat commands and the answer service use it. */
export interface ChatSettingsPort {
  settings(chat: ChatRef): Promise<ChatSettings>;
  /**
   * Sets (or with null clears) the chat's language, and moves its subscriptions' post language to
   * `postLocale` in the same transaction. Returns how many subscriptions follow.
   */
  setLocale(chat: ChatRef, locale: Locale | null, postLocale: string, by: string | null): Promise<number>;
  subscriptions(chat: ChatRef): Promise<ChatSubscription[]>;
  /**
   * Adds or updates one subscription. Every alert (rule null) replaces the chat's single-rule alert
   * subscriptions, so no chat gets one alert twice.
   */
  subscribe(chat: ChatRef, request: SubscriptionRequest): Promise<SubscribeOutcome>;
  /** Removes a topic (with `rule`: that rule only), or every subscription of the chat when topic is 'all'; returns how many. */
  unsubscribe(chat: ChatRef, topic: Topic | 'all', rule?: AlertRuleId): Promise<number>;
}

/** What the user may write for a rule, besides its id in any case or with - and _: short names. */
const RULE_ALIASES = new Map<string, AlertRuleId>([
  ['ceiling', 'sofrAboveSrf'],
  ['sofrsrf', 'sofrAboveSrf'],
  ['srf', 'srfUsage'],
  ['backstop', 'srfUsage'],
  ['reserves', 'reservesLow'],
  ['spread', 'sofrRrpSpread'],
  ['sofrrrp', 'sofrRrpSpread'],
]);

/** The rule a user named: its id ("srfUsage", "srf-usage", "SRF_USAGE") or a short name ("srf", "reserves", "spread"). */
export function parseRule(raw: string): AlertRuleId | null {
  const key = raw.normalize('NFKC').toLowerCase().replace(/[-_\s]/g, '');
  if (!key) return null;
  const byId = ALERT_RULES.find((r) => r.id.toLowerCase() === key);
  // A Map, not an object: "constructor" or "__proto__" typed by a user must not find Object's own.
  return byId ? byId.id : (RULE_ALIASES.get(key) ?? null);
}

const CLOCK = /^([01]?\d|2[0-3])(?::([0-5]\d))?$/;

function clock(s: string): string | null {
  const m = CLOCK.exec(s);
  if (!m) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}

/**
 * Quiet hours as typed: "22:00-07:00", "22-7", "off" (none). null when it is not a span of two
 * different 24-hour times.
 */
export function parseQuiet(raw: string): QuietHours | 'off' | null {
  const s = raw.normalize('NFKC').trim().toLowerCase();
  if (s === 'off' || s === 'none') return 'off';
  const m = /^([0-9:]{1,5})[-–~]([0-9:]{1,5})$/.exec(s);
  if (!m) return null;
  const from = clock(m[1]!);
  const to = clock(m[2]!);
  if (!from || !to || from === to) return null;
  return { from, to };
}

/**
 * An IANA time zone name as Intl knows it, in its canonical spelling ("asia/taipei" ->
 * "Asia/Taipei"); null for anything else. Offsets ("+08:00") and abbreviations ("CST") are refused:
 * a zone name follows daylight saving, an offset does not.
 */
export function parseTimeZone(raw: string): string | null {
  const s = raw.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(s) || s.length > 64) return null;
  if (!s.includes('/') && s.toUpperCase() !== 'UTC') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** How many rows a change touched, as the words need it: none, one, or n (> 1). The core counts; a catalog words. */
export type Rows = 'none' | 'one' | { readonly n: number };

export function rows(n: number): Rows {
  return n <= 0 ? 'none' : n === 1 ? 'one' : { n };
}
