// Posting to a Telegram chat or channel on the bot's own initiative (briefs, digests, alerts): the
// same layout as a reply (photo with caption, the rest as messages), sent silently in quiet hours,
// with Telegram's answers read into what the broadcaster must do: a blocked bot or a chat that is
// gone unsubscribes it, a group that became a supergroup moves it, a 429 waits its retry_after,
// other refusals (a group that withholds a right from the bot) are final for this post only. A group
// that forbids photos gets the post as text. Once the first message is out the post counts as sent:
// the rest of a long caption is best-effort, so a retry never posts the photo twice. Charts go by
// file_id once uploaded (the FileIdStore the replies use).
import { GrammyError, HttpError, type Api } from 'grammy';
import PQueue from 'p-queue';
import { SendError, type PlatformSender } from '../../alerts/broadcaster.js';
import { messagesFor } from '../../core/messages/index.js';
import type { FileIdStore } from './fileIds.js';
import type { Logger } from '../../log.js';
import { isPhotoRightsError, sendAnswer } from './send.js';

/** Telegram's broadcast limit is about 30 messages a second: 28 leaves room for replies going out at the same time. */
export const TELEGRAM_POST_LIMITS = { perSecond: 28, inFlight: 8 } as const;

/** What a refused call means for a post. */
export function classifyTelegramError(err: unknown): SendError {
  if (err instanceof GrammyError) {
    const description = `${err.error_code}: ${err.description}`;
    const params = err.parameters ?? {};
    if (params.migrate_to_chat_id !== undefined) return new SendError('migrated', description, { newChatId: String(params.migrate_to_chat_id) });
    if (err.error_code === 429) return new SendError('retry', description, { retryAfterMs: (params.retry_after ?? 1) * 1000 });
    // A right the bot lacks in a chat it is still in (photos, messages): this post fails, the chat stays subscribed.
    if (/not enough rights|have no rights|CHAT_WRITE_FORBIDDEN|CHAT_SEND_\w+_FORBIDDEN|CHAT_RESTRICTED/i.test(err.description)) return new SendError('fatal', description);
    if (err.error_code === 403) return new SendError('gone', description); // blocked, kicked, deactivated
    if (err.error_code === 400 && /chat not found|group chat was deleted/i.test(err.description)) return new SendError('gone', description);
    if (err.error_code >= 500) return new SendError('retry', description);
    return new SendError('fatal', description);
  }
  if (err instanceof HttpError) return new SendError('retry', `network: ${err.message}`);
  return new SendError('retry', err instanceof Error ? err.message : String(err));
}

/** The Bot API methods that put a message in a chat: what Telegram's ~30 a second counts. */
const MESSAGE_METHODS = /^(send|copyMessage|forwardMessage)/;

export function telegramSender(api: Api, fileIds: FileIdStore, limits: { perSecond: number; inFlight: number } = TELEGRAM_POST_LIMITS, log?: Logger): PlatformSender {
  // The broadcaster paces posts; a post can be more than one message (a long caption's rest), so
  // every message this sender's Api sends also goes through one limiter at the same rate: a
  // broadcast of two-message posts runs at half the posts a second, never past Telegram's limit.
  const messages = new PQueue({ intervalCap: limits.perSecond, interval: 1000, strict: true });
  api.config.use((prev, method, payload, signal) => (MESSAGE_METHODS.test(method) ? (messages.add(() => prev(method, payload, signal)) as ReturnType<typeof prev>) : prev(method, payload, signal)));
  return {
    platform: 'telegram',
    limits,
    async send(chatId, post, opts) {
      const target = { chatId, silent: opts.silent };
      const m = messagesFor(opts.locale);
      const onFollowUpError = (err: unknown) =>
        log?.warn('post follow-up not delivered; the post counts as sent', { platform: 'telegram', chat: chatId, error: classifyTelegramError(err).message });
      try {
        let id: number | undefined;
        try {
          id = await sendAnswer(api, target, post, m, fileIds, { onFollowUpError, post: true });
        } catch (err) {
          // A group that forbids photos: the same post as text, without the chart.
          if (!post.chart || !isPhotoRightsError(err)) throw err;
          log?.info('chat refuses photos; posting as text', { platform: 'telegram', chat: chatId });
          id = await sendAnswer(api, target, { ...post, chart: undefined }, m, fileIds, { onFollowUpError, post: true });
        }
        return String(id ?? '');
      } catch (err) {
        throw classifyTelegramError(err);
      }
    },
  };
}
