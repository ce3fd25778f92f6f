// /subscriptions: what the bot posts in this chat (topic, rule, quiet hours, language) and the chat's
// language. Anyone in the chat may read it.
import { chatAccess, quietValue, subscriptionName } from '../src/answers/chatKit.js';
import { defineCommand } from '../src/core/command.js';
import { resolveLocale } from '../src/core/locale.js';

export default defineCommand({
  name: 'subscriptions',
  perChat: true,
  options: {},
  async run(_o, ctx) {
    const m = ctx.msg.chats;
    const { chat, chats } = chatAccess(ctx);
    const [subs, settings] = await Promise.all([chats.subscriptions(chat), chats.settings(chat)]);
    return {
      title: subs.length ? m.listTitle(subs.length) : m.listEmpty,
      summary: [settings.locale ? m.chatLanguage(m.languageName(settings.locale)) : m.chatLanguageAuto, m.listHint],
      fields: subs.map((s) => {
        const value = m.listValue(quietValue(ctx.msg, s), m.languageName(resolveLocale(s.locale)));
        return { label: subscriptionName(ctx.msg, s.topic, s.rule, true), value: s.origin === 'config' ? `${value} · ${m.labels.origin}: ${m.byOperator}` : value };
      }),
      asOf: [],
    };
  },
});
