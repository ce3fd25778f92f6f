// /language: the chat's own language (zh-Hant, zh-Hans, en), which answers in this chat use over each
// reader's client language and the chat's posts follow; `auto` gives each reader their own again.
// Only those who may manage the chat. The confirmation is in the new language.
import { chatAccess } from '../src/answers/chatKit.js';
import type { Command } from '../src/core/command.js';
import { LOCALES, resolveLocale, type Locale } from '../src/core/locale.js';
import { en } from '../src/core/messages/en.js';
import { catalogs } from '../src/core/messages/index.js';

export default {
  name: 'language',
  description: en.chats.language.description,
  perChat: true,
  options: [{ kind: 'choice', name: 'language', description: en.chats.language.optionLanguage, choices: [...LOCALES.filter((l) => l !== 'en'), 'en', 'auto'], required: true }],
  async run(o, ctx) {
    const { chat, chats } = chatAccess(ctx, true);
    const chosen = o.language === 'auto' ? null : (o.language as Locale);
    // With auto, posts (which have no reader's client) follow whoever chose it.
    const posts = chosen ?? resolveLocale(ctx.clientLocale ?? ctx.locale);
    const n = await chats.setLocale(chat, chosen, posts, chat.userId ?? null);
    const m = catalogs[chosen ?? resolveLocale(ctx.clientLocale ?? ctx.locale)].chats;
    return {
      title: chosen ? m.languageSet(m.languageName(chosen)) : m.languageAuto,
      summary: [m.languageFollow(n, m.languageName(posts))],
      fields: [],
      asOf: [],
    };
  },
} satisfies Command;
