// English for the chat commands: /subscribe, /unsubscribe, /subscriptions and /language. What a
// channel owner reads when they set the bot to post on its own, and the one-sentence refusals.
import type { AlertRuleId } from '../../alerts.js';
import type { Topic } from '../../chats.js';
import { usd } from '../../format.js';
import type { Rows } from '../../chats.js';
import { count } from './words.js';
import type { Locale } from '../../locale.js';

const topicNames: Record<Topic, string> = { brief: 'the morning brief', h41: 'the weekly H.4.1 digest', alerts: 'stress alerts' };

export const chats = {
  /** A topic as a sentence names it. */
  topic: (t: Topic) => topicNames[t],
  /** A topic as a list label names it. */
  topicLabel: (t: Topic) => (t === 'brief' ? 'Morning brief' : t === 'h41' ? 'Weekly H.4.1 digest' : 'Stress alerts'),
  /** An alert rule, with the level that fires it (from the rule table). */
  rule: (id: AlertRuleId, fire: number) =>
    id === 'sofrAboveSrf'
      ? 'SOFR above the SRF rate'
      : id === 'srfUsage'
        ? `SRF usage over ${usd(fire, 'B')}`
        : id === 'reservesLow'
          ? `reserves under ${usd(fire, 'T')}`
          : `SOFR more than ${fire} bp over the ON RRP rate`,
  everyRule: 'every rule',
  /** "stress alerts (SRF usage over $50.0B)". */
  withRule: (topic: string, rule: string) => `${topic} (${rule})`,
  languageName: (l: Locale) => (l === 'en' ? 'English' : l === 'zh-Hant' ? '繁體中文' : '简体中文'),
  /** When each topic is posted. */
  when: (t: Topic) =>
    t === 'brief'
      ? 'It is posted here on business days, within a minute of the morning releases.'
      : t === 'h41'
        ? 'It is posted here when the Fed publishes the H.4.1, usually Thursdays at 16:30 ET.'
        : 'An alert is posted here once when a signal crosses its threshold, and once when it clears.',

  added: (what: string) => `Subscribed: ${what}`,
  updated: (what: string) => `Updated: ${what}`,
  unchanged: (what: string) => `Already subscribed: ${what}`,
  covered: (rule: string) => `This chat already gets every alert, ${rule} included. /unsubscribe alerts first to keep one rule only.`,
  quietLine: (from: string, to: string, zone: string) => `Between ${from} and ${to} (${zone}) posts arrive without a notification.`,
  noQuiet: 'Posts arrive with a notification at any hour.',
  /** The zone when none was given. */
  eastern: 'US Eastern',
  labels: { quiet: 'Quiet hours', language: 'Language', origin: 'Set by' },
  quietValue: (from: string, to: string, zone: string) => `${from}-${to} (${zone})`,
  none: 'none',
  postsIn: (language: string) => `Posts here are in ${language}.`,
  byOperator: 'the operator (configuration)',

  listTitle: (n: number) => `This chat has ${count(n, 'subscription', 'subscriptions')}`,
  listEmpty: 'This chat has no subscriptions',
  listHint: 'Administrators change them with /subscribe and /unsubscribe, e.g. /subscribe brief quiet:22:00-07:00 tz:Asia/Taipei.',
  listValue: (quiet: string, language: string) => `quiet ${quiet} · ${language}`,
  chatLanguage: (language: string) => `Answers and posts in this chat are in ${language} (/language auto gives each reader their own).`,
  chatLanguageAuto: 'Answers here follow each reader\'s own language; set one for the chat with /language zh-Hant, zh-Hans or en.',

  /** `rows`: how many subscriptions went (a topic with several rules is several). */
  removed: (rows: Rows, what: string) => (typeof rows === 'object' ? `Unsubscribed: ${what} (${count(rows.n, 'subscription', 'subscriptions')})` : `Unsubscribed: ${what}`),
  removedAll: (n: number) => `Unsubscribed from everything (${count(n, 'subscription', 'subscriptions')})`,
  notSubscribed: (what: string) => `This chat was not subscribed to ${what}; /subscriptions lists what it has.`,
  nothingHere: 'This chat has no subscriptions; nothing changed.',
  everyAlertTaken: (rule: string) => `This chat gets every alert, not ${rule} alone: /unsubscribe alerts stops them all.`,
  fromConfig: 'Some came from the operator\'s configuration and come back at the next restart unless it changes.',

  languageSet: (language: string) => `This chat now answers in ${language}`,
  languageAuto: 'This chat now answers each reader in their own language',
  /** `rows`: the chat's subscriptions that moved to the language ('none' when it has none yet). */
  languageFollow: (rows: Rows, language: string) => (rows === 'none' ? `Posts here will be in ${language}.` : `Posts here (${count(rows === 'one' ? 1 : rows.n, 'subscription', 'subscriptions')}) are now in ${language}.`),

  // Refusals: one sentence each, saying what would work.
  onlyInChats: 'Subscriptions live in Telegram and Discord chats: type /subscribe brief in a chat or channel where the bot is.',
  needsAdmin: 'Only the group\'s administrators can change what the bot posts here.',
  needsManageChannels: 'Changing what the bot posts in this channel needs the Manage Channels permission.',
  needsManage: 'Only the chat\'s administrators can change what the bot posts here.',
  noStore: 'Subscriptions are not available right now (the bot has no database); please try again later.',
  unknownRule: (q: string, names: readonly string[]) => `${q} is not an alert rule; use one of ${names.join(', ')}, e.g. /subscribe alerts rule:srfUsage.`,
  ruleOnlyForAlerts: (command: string, topic: string) => `Only alerts take a rule; type /${command} ${topic} without one.`,
  badQuiet: (q: string) => `quiet:${q} is not a span of hours; write it as quiet:22:00-07:00 (24-hour clock, local time) or quiet:off.`,
  badZone: (q: string) => `tz:${q} is not a time zone; use a name such as tz:Asia/Taipei or tz:America/New_York.`,
};
