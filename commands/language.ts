// /language: the chat's own language (zh-Hant, zh-Hans, en), which answers in this chat use over each
// reader's client language and the chat's posts follow; `auto` gives each reader their own again.
// Only those who may manage the chat. The confirmation is in the new language.
import { chatAccess } from '../src/answers/chatKit.js';
import { rows } from '../src/core/chats.js';
import { defineCommand } from '../src/core/command.js';
import { choiceOption } from '../src/core/options.js';
import { LOCALES, resolveLocale, type Locale } from '../src/core/locale.js';
import { catalogs } from '../src/core/messages/index.js';

export default defineCommand({
  name: 'language',
  changesChat: true,
  options: { language: choiceOption([...LOCALES.filter((l) => l !== 'en'), 'en', 'auto'], { required: true }) },
  async run(o, ctx) {
    const { chat, chats } = chatAccess(ctx);
    const chosen = o.language === 'auto' ? null : (o.language as Locale);
    // With auto, posts (which have no reader's client) follow whoever chose it.
    const posts = chosen ?? resolveLocale(ctx.clientLocale ?? ctx.locale);
    const n = await chats.setLocale(chat, chosen, posts, chat.userId ?? null);
    const m = catalogs[chosen ?? resolveLocale(ctx.clientLocale ?? ctx.locale)].chats;
    return {
      title: chosen ? m.languageSet(m.languageName(chosen)) : m.languageAuto,
      summary: [m.languageFollow(rows(n), m.languageName(posts))],
      fields: [],
      asOf: [],
    };
  },
});
