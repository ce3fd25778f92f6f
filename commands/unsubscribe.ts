// /unsubscribe: stop a topic the bot posts in this chat (alerts: every rule, or one), or `all`.
// Only those who may manage the chat.
import { chatAccess, RULE_IDS, ruleName, subscriptionName } from '../src/answers/chatKit.js';
import type { AlertRuleId } from '../src/core/alerts.js';
import { parseRule, rows, TOPICS, type Topic } from '../src/core/chats.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { choiceOption, quote, wordOption } from '../src/core/options.js';

export default defineCommand({
  name: 'unsubscribe',
  changesChat: true,
  options: {
    topic: choiceOption([...TOPICS, 'all'], { required: true }),
    rule: wordOption(RULE_IDS),
  },
  async run(o, ctx) {
    const m = ctx.msg.chats;
    const { chat, chats } = chatAccess(ctx);
    const topic = o.topic as Topic | 'all';
    let rule: AlertRuleId | null = null;
    if (o.rule !== undefined) {
      if (topic !== 'alerts') throw new UserError(m.ruleOnlyForAlerts('unsubscribe', topic));
      rule = parseRule(o.rule);
      if (!rule) throw new UserError(m.unknownRule(quote(o.rule), RULE_IDS));
    }
    const before = await chats.subscriptions(chat);
    const going = before.filter((s) => topic === 'all' || (s.topic === topic && (rule === null || s.rule === rule)));
    const note = going.some((s) => s.origin === 'config') ? [m.fromConfig] : [];
    const answer = (title: string, summary: string[] = []) => ({ title, summary, fields: [], asOf: [] });
    if (topic === 'all') {
      if (!before.length) return answer(m.nothingHere);
      return answer(m.removedAll(await chats.unsubscribe(chat, 'all')), note);
    }
    // One rule of a chat that takes every alert: nothing to remove, say how to stop them.
    if (rule && before.some((s) => s.topic === 'alerts' && s.rule === null)) return answer(m.everyAlertTaken(ruleName(ctx.msg, rule)));
    const what = topic === 'alerts' && !rule ? m.topic('alerts') : subscriptionName(ctx.msg, topic, rule);
    if (!going.length) return answer(m.notSubscribed(what));
    const n = await chats.unsubscribe(chat, topic, rule ?? undefined);
    return answer(m.removed(rows(n), what), note);
  },
});
