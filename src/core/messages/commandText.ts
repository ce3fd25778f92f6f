// The words of each command's declaration, per locale: its description and its options'
// descriptions, for /help, Discord's description_localizations and Telegram's per-language menu.
// The registry holds English (commands import `en`); this table finds the same words in any catalog.
// tests/core/messages.test.ts fails when a registered command or option has no entry here.
import type { Messages } from './index.js';

const COMMANDS: Record<string, (m: Messages) => string> = {
  sofr: (m) => m.sofr.description,
  effr: (m) => m.effr.description,
  rrp: (m) => m.rrp.description,
  srf: (m) => m.srf.description,
  tga: (m) => m.tga.description,
  reserves: (m) => m.reserves.description,
  balance: (m) => m.balance.description,
  netliq: (m) => m.netliq.description,
  corridor: (m) => m.corridor.description,
  yields: (m) => m.yields.description,
  spreads: (m) => m.spreads.description,
  help: (m) => m.help.description,
  about: (m) => m.about.description,
  ask: (m) => m.ask.description,
  stress: (m) => m.analysis.stress.description,
  compare: (m) => m.analysis.compare.description,
  calendar: (m) => m.reference.calendar.description,
  explain: (m) => m.reference.explain.description,
  nowcast: (m) => m.estimates.nowcast.description,
  export: (m) => m.estimates.export.description,
  subscribe: (m) => m.chats.subscribe.description,
  unsubscribe: (m) => m.chats.unsubscribe.description,
  subscriptions: (m) => m.chats.subscriptions.description,
  language: (m) => m.chats.language.description,
};

/** Options whose words differ by command; the rest are the same for every command that has them. */
const OPTIONS: Record<string, (m: Messages, command: string) => string> = {
  range: (m) => m.options.rangeDescription,
  date: (m, command) => (command === 'calendar' ? m.reference.calendar.optionDate : command === 'compare' ? m.analysis.compare.optionDate : m.options.dateDescription),
  question: (m) => m.ask.optionDescription,
  topic: (m, command) => (command === 'subscribe' ? m.chats.subscribe.optionTopic : command === 'unsubscribe' ? m.chats.unsubscribe.optionTopic : m.reference.explain.optionTopic),
  rule: (m, command) => (command === 'unsubscribe' ? m.chats.unsubscribe.optionRule : m.chats.subscribe.optionRule),
  quiet: (m) => m.chats.subscribe.optionQuiet,
  tz: (m) => m.chats.subscribe.optionTz,
  language: (m) => m.chats.language.optionLanguage,
  series: (m) => m.estimates.export.optionSeries,
};

/** A command's description in this catalog; undefined for a command the table does not know. */
export function commandDescription(m: Messages, command: string): string | undefined {
  return COMMANDS[command]?.(m);
}

/** An option's description in this catalog; undefined for an option the table does not know. */
export function optionDescription(m: Messages, command: string, option: string): string | undefined {
  return OPTIONS[option]?.(m, command);
}
