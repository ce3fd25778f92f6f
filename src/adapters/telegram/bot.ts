// The grammY bot: which updates it answers and how. Commands typed in private chats, groups,
// supergroups and channels go to the AnswerService; other bots and edited messages are ignored.
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Api, type Context, type Filter } from 'grammy';
import type { Message } from 'grammy/types';
import type { App } from '../../app.js';
import type { ChatContext } from '../../core/chats.js';
import type { Logger } from '../../log.js';
import { messagesFor } from '../../core/messages/index.js';
import type { FileIdStore } from './fileIds.js';
import { apiLogger, describeError } from './logging.js';
import { sendAnswer, sendText, type Target } from './send.js';

/**
 * Updates the bot asks Telegram for; edits are left out on purpose. my_chat_member: the bot was
 * removed from a chat or blocked by a user, so the chat's subscriptions go at once (not at the next
 * failed post).
 */
export const ALLOWED_UPDATES = ['message', 'channel_post', 'my_chat_member'] as const;

/** The bot's own member status in a chat that means it can no longer post there. */
const GONE_STATUSES = new Set(['left', 'kicked']);

/** Telegram shows a chat action for 5 s; it is renewed while the answer is being prepared. */
const CHAT_ACTION_EVERY_MS = 4000;

export type BotOptions = {
  token: string;
  apiRoot?: string | undefined;
  fileIds: FileIdStore;
  /** The adapter's logger (a child of the app's). */
  log?: Logger;
  /** Per-chat sequencing (long polling); a webhook gets one update per chat at a time anyway. */
  sequential: boolean;
};

/** The command word of a message, when the message starts with a command for this bot. */
export function commandOf(msg: Message, botUsername: string): { name: string; addressed: boolean } | null {
  const text = msg.text ?? '';
  const entity = msg.entities?.[0];
  if (!entity || entity.type !== 'bot_command' || entity.offset !== 0) return null;
  const word = text.slice(1, entity.length);
  const [name = '', at] = word.split('@');
  if (at !== undefined && at.toLowerCase() !== botUsername.toLowerCase()) return null; // another bot's
  return { name: name.toLowerCase(), addressed: at !== undefined };
}

/** An administrator of a group, as getChatMember reports one. */
const ADMIN_STATUSES = new Set(['creator', 'administrator']);

/**
 * Who may change the chat (its subscriptions, its language), computed only when the command is
 * a chat command (a getChatMember call in a group): in a private chat the user, in a channel
 * every post (only administrators can post there), in a group its administrators, including an
 * anonymous administrator (the message is sent as the group itself: sender_chat is the chat).
 */
export async function telegramChat(api: Api, chat: { id: number; type: string }, msg: Message, needsRole: boolean, log: Logger): Promise<ChatContext> {
  const anonymousAdmin = msg.sender_chat?.id === chat.id && chat.type !== 'channel';
  const userId = msg.from && !anonymousAdmin ? String(msg.from.id) : undefined;
  const base = { platform: 'telegram' as const, chatId: String(chat.id), ...(userId ? { userId } : {}) };
  if (chat.type === 'private') return { ...base, kind: 'private', canManage: true };
  if (chat.type === 'channel') return { ...base, kind: 'channel', canManage: true };
  let canManage = anonymousAdmin;
  if (!canManage && needsRole && msg.from) {
    try {
      canManage = ADMIN_STATUSES.has((await api.getChatMember(chat.id, msg.from.id)).status);
    } catch (err) {
      log.warn('telegram getChatMember failed; treated as not an administrator', describeError(err));
    }
  }
  return { ...base, kind: 'group', canManage };
}

export function createBot(app: App, opts: BotOptions): Bot {
  const log = opts.log ?? app.log;
  const bot = new Bot(opts.token, opts.apiRoot ? { client: { apiRoot: opts.apiRoot } } : {});
  // 429s wait `retry_after`; 5xx and network errors are retried a few times, then surface.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  bot.api.config.use(apiLogger(log));
  if (opts.sequential) bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));

  bot.on(['message:text', 'channel_post:text'], (ctx) => (app.work ? app.work.track(answer(ctx)) : answer(ctx)));

  async function answer(ctx: Filter<Context, 'message:text' | 'channel_post:text'>): Promise<void> {
    const msg = ctx.msg;
    // Other bots are ignored; an anonymous group administrator writes as the group, through a bot account.
    if (msg.from?.is_bot && msg.sender_chat?.id !== ctx.chat.id) return;
    const command = commandOf(msg, ctx.me.username);
    if (!command) return;
    const declared = app.service.commands.find((c) => c.name === command.name);
    const known = command.name === 'start' || declared !== undefined;
    // In groups and channels a command for some other bot is not ours to refuse.
    if (!known && ctx.chat.type !== 'private' && !command.addressed) return;

    let locale = msg.from?.language_code ?? 'en';
    const target: Target = {
      chatId: ctx.chat.id,
      ...(msg.is_topic_message && msg.message_thread_id !== undefined ? { threadId: msg.message_thread_id } : {}),
      ...(ctx.chat.type !== 'channel' ? { replyTo: msg.message_id } : {}),
    };
    const action = () => ctx.api.sendChatAction(target.chatId, 'upload_photo', target.threadId !== undefined ? { message_thread_id: target.threadId } : {}).catch(() => {});
    await action();
    const timer = setInterval(() => void action(), CHAT_ACTION_EVERY_MS);
    try {
      // Telegram's Start button sends /start: answer it with the command list.
      const text = command.name === 'start' ? '/help' : msg.text;
      const chat = await telegramChat(ctx.api, ctx.chat, msg, declared?.perChat === true, log);
      const r = await app.service.askText(text, locale, chat);
      // The chat's own language (/language) when it has one.
      locale = r.locale;
      if (!r.ok) await sendText(ctx.api, target, r.error);
      else await sendAnswer(ctx.api, target, r.answer, messagesFor(locale), opts.fileIds);
    } catch (err) {
      log.error('telegram reply failed', { chat: ctx.chat.type, ...describeError(err) });
      await sendText(ctx.api, target, messagesFor(locale).telegram.sendFailed).catch(() => {});
    } finally {
      clearInterval(timer);
    }
  }

  // A group that became a supergroup: its subscriptions, settings, alert state and open posts follow
  // the new id (the service message arrives in the old group).
  bot.on('message:migrate_to_chat_id', async (ctx) => {
    const from = String(ctx.chat.id);
    const to = String(ctx.msg.migrate_to_chat_id);
    if (!app.store) return;
    await app.store.subscriptions.moveChat('telegram', from, to);
    log.info('chat moved to a new id', { platform: 'telegram', from, to });
  });
  // Removed from a group or channel, or blocked in a private chat: unsubscribed now, with a log line.
  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (!GONE_STATUSES.has(status) || !app.store) return;
    const chat = { platform: 'telegram' as const, chatId: String(ctx.chat.id) };
    const removed = await app.store.subscriptions.dropChat(chat, `bot ${status} (my_chat_member)`);
    log.info('chat unsubscribed', { platform: 'telegram', chat: chat.chatId, reason: `bot ${status}`, subscriptions: removed });
  });

  bot.catch((err) => {
    log.error('telegram update failed', { update_id: err.ctx.update.update_id, ...describeError(err.error) });
  });
  return bot;
}
