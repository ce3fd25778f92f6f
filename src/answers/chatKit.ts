// What the chat commands (/subscribe, /unsubscribe, /subscriptions, /language) share: where they may
// run and who may change things there, and how a subscription is named. The decisions are here, in
// one place; the adapters only say who asked (ctx.chat, with canManage) and the words come from the
// catalog.
import { alertRule, ALERT_RULES, type AlertRuleId } from '../core/alerts.js';
import type { ChatContext, ChatSettingsPort, ChatSubscription, Topic } from '../core/chats.js';
import { UserError, type CommandContext } from '../core/command.js';
import type { Messages } from '../core/messages/index.js';

export type ChatAccess = { chat: ChatContext; chats: ChatSettingsPort };

/**
 * The chat and its settings, or the one sentence saying why not: asked outside a chat (the
 * terminal), or without a database. Who may change the chat is checked before a `changesChat`
 * command runs (changeRefusal, by the answer service).
 */
export function chatAccess(ctx: CommandContext): ChatAccess {
  const m = ctx.msg.chats;
  const chat = ctx.chat;
  if (!chat) throw new UserError(m.onlyInChats);
  if (!ctx.chats) throw new UserError(m.noStore);
  return { chat, chats: ctx.chats };
}

/** Why this asker may not change this chat, naming what is needed there; null when they may. */
export function changeRefusal(m: Messages, chat: ChatContext): string | null {
  if (chat.canManage) return null;
  const c = m.chats;
  return chat.platform === 'discord' && chat.kind === 'guild' ? c.needsManageChannels : chat.platform === 'telegram' && chat.kind === 'group' ? c.needsAdmin : c.needsManage;
}

/** The rule ids as a user types them, for the refusal and Discord's picker. */
export const RULE_IDS: readonly AlertRuleId[] = ALERT_RULES.map((r) => r.id);

/** A rule's name in the reader's words, with the level that fires it. */
export function ruleName(m: Messages, id: AlertRuleId): string {
  return m.chats.rule(id, alertRule(id)?.fire ?? 0);
}

/** "the morning brief", "stress alerts: SRF usage over $50.0B" (as a sentence names it) or the list label. */
export function subscriptionName(m: Messages, topic: Topic, rule: AlertRuleId | null, label = false): string {
  const name = label ? m.chats.topicLabel(topic) : m.chats.topic(topic);
  if (topic !== 'alerts') return name;
  return m.chats.withRule(name, rule ? ruleName(m, rule) : m.chats.everyRule);
}

/** "22:00-07:00 (Asia/Taipei)", or "none". */
export function quietValue(m: Messages, s: Pick<ChatSubscription, 'quiet' | 'timeZone'>): string {
  return s.quiet ? m.chats.quietValue(s.quiet.from, s.quiet.to, s.timeZone ?? m.chats.eastern) : m.chats.none;
}

/** The sentence about notifications. */
export function quietLine(m: Messages, s: Pick<ChatSubscription, 'quiet' | 'timeZone'>): string {
  return s.quiet ? m.chats.quietLine(s.quiet.from, s.quiet.to, s.timeZone ?? m.chats.eastern) : m.chats.noQuiet;
}
