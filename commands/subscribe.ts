// /subscribe: have the bot post in this chat on its own (the morning brief, the weekly H.4.1 digest,
// stress alerts: every rule or one), optionally silent in quiet hours of a time zone. Only those who
// may manage the chat; bad input is one sentence and changes nothing.
import { chatAccess, quietLine, quietValue, RULE_IDS, ruleName, subscriptionName } from '../src/answers/chatKit.js';
import type { AlertRuleId } from '../src/core/alerts.js';
import { parseQuiet, parseRule, parseTimeZone, TOPICS, type QuietHours, type Topic } from '../src/core/chats.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { resolveLocale } from '../src/core/locale.js';
import { choiceOption, quote, wordOption } from '../src/core/options.js';

/** What the user typed, shortened and made harmless, without the quotes (for `quiet:…`, `tz:…`). */
const shown = (s: string) => quote(s).slice(1, -1);

export default defineCommand({
  name: 'subscribe',
  changesChat: true,
  options: {
    topic: choiceOption(TOPICS, { required: true }),
    rule: wordOption(RULE_IDS),
    quiet: wordOption(),
    tz: wordOption(),
  },
  async run(o, ctx) {
    const m = ctx.msg.chats;
    const { chat, chats } = chatAccess(ctx);
    const topic = o.topic as Topic;
    // Everything is checked before anything is written.
    let rule: AlertRuleId | null = null;
    if (o.rule !== undefined) {
      if (topic !== 'alerts') throw new UserError(m.ruleOnlyForAlerts('subscribe', topic));
      rule = parseRule(o.rule);
      if (!rule) throw new UserError(m.unknownRule(quote(o.rule), RULE_IDS));
    }
    let quiet: QuietHours | null | undefined;
    if (o.quiet !== undefined) {
      const q = parseQuiet(o.quiet);
      if (!q) throw new UserError(m.badQuiet(shown(o.quiet)));
      quiet = q === 'off' ? null : q;
    }
    let timeZone: string | undefined;
    if (o.tz !== undefined) {
      timeZone = parseTimeZone(o.tz) ?? undefined;
      if (!timeZone) throw new UserError(m.badZone(shown(o.tz)));
    }
    // Posts go out in the language this answer is in: the chat's own, else the asker's.
    const locale = resolveLocale(ctx.locale);
    const outcome = await chats.subscribe(chat, { topic, rule, locale, timeZone, quiet, createdBy: chat.userId ?? null });
    if (outcome === 'covered') return { title: m.covered(ruleName(ctx.msg, rule!)), summary: [], fields: [], asOf: [] };
    const now = (await chats.subscriptions(chat)).find((s) => s.topic === topic && s.rule === rule);
    const held = now ?? { quiet: quiet ?? null, timeZone: timeZone ?? null, locale };
    const language = m.languageName(resolveLocale(held.locale));
    return {
      title: m[outcome](subscriptionName(ctx.msg, topic, rule)),
      summary: [m.when(topic), quietLine(ctx.msg, held), m.postsIn(language)],
      fields: [
        { label: m.labels.quiet, value: quietValue(ctx.msg, held) },
        { label: m.labels.language, value: language },
      ],
      asOf: [],
    };
  },
});
