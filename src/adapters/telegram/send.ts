// An Answer delivered to one chat: the chart as a photo with its caption (by file_id when the same
// PNG was uploaded before), the rest of the text as messages, files (CSV) as documents.
import { GrammyError, InputFile, type Api } from 'grammy';
import type { Messages } from '../../core/messages/index.js';
import type { Answer } from '../../core/types.js';
import { photoLayout, plainMessage, postLayout, textLayout } from './caption.js';
import { pngKey, type FileIdStore } from './fileIds.js';

/** Where a reply goes: the chat, the forum topic, and the message it answers. */
export type Target = { chatId: number | string; threadId?: number; replyTo?: number; /** Post without a notification (quiet hours). */ silent?: boolean };

function where(t: Target) {
  return {
    ...(t.silent ? { disable_notification: true } : {}),
    ...(t.threadId !== undefined ? { message_thread_id: t.threadId } : {}),
    ...(t.replyTo !== undefined ? { reply_parameters: { message_id: t.replyTo, allow_sending_without_reply: true } } : {}),
  };
}

async function sendHtml(api: Api, t: Target, html: string, first: boolean): Promise<number> {
  const sent = await api.sendMessage(t.chatId, html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...where(first ? t : { ...t, replyTo: undefined }),
  });
  return sent.message_id;
}

export async function sendText(api: Api, t: Target, text: string): Promise<void> {
  await sendHtml(api, t, plainMessage(text), true);
}

async function sendChart(api: Api, t: Target, chart: NonNullable<Answer['chart']>, caption: string, fileIds: FileIdStore): Promise<number> {
  const key = pngKey(chart.png);
  const options = { caption, parse_mode: 'HTML' as const, ...where(t) };
  const known = fileIds.get(key);
  if (known) {
    try {
      return (await api.sendPhoto(t.chatId, known, options)).message_id;
    } catch (err) {
      // A file_id Telegram no longer honours: forget it and upload again (not when the chat refuses photos).
      if (!(err instanceof GrammyError && err.error_code === 400) || isPhotoRightsError(err)) throw err;
      fileIds.forget(key);
    }
  }
  const sent = await api.sendPhoto(t.chatId, new InputFile(chart.png, chart.name), options);
  const largest = sent.photo?.[sent.photo.length - 1];
  if (largest) fileIds.set(key, largest.file_id);
  return sent.message_id;
}

/** Telegram's refusal to post a photo (or any media) in a chat that only allows some kinds of message. */
export function isPhotoRightsError(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /not enough rights to send photos|CHAT_SEND_PHOTOS_FORBIDDEN|CHAT_SEND_MEDIA_FORBIDDEN/i.test(err.description);
}

export type SendAnswerOptions = {
  /**
   * Once the first message is out, a later part that fails (the rest of a long caption, a file) is
   * reported here and the parts after it are skipped, instead of throwing: the answer counts as
   * delivered with its first message, so a caller that retries on errors never sends the photo twice.
   * Without it, such a failure throws (replies).
   */
  onFollowUpError?: (err: unknown) => void;
  /** A post to subscribers rather than a reply: one message when it can be (caption.ts postLayout). */
  post?: boolean;
};

/** Sends the answer; returns the id of its first message. */
export async function sendAnswer(api: Api, t: Target, a: Answer, m: Messages, fileIds: FileIdStore, opts: SendAnswerOptions = {}): Promise<number | undefined> {
  /** Each part, told whether it is the first message (replies to the question) or a follow-up. */
  const parts: ((isFirst: boolean) => Promise<number>)[] = [];
  if (a.chart) {
    const { caption, rest } = opts.post ? postLayout(a, m) : photoLayout(a, m);
    const chart = a.chart;
    parts.push(() => sendChart(api, t, chart, caption, fileIds));
    for (const html of rest) parts.push(() => sendHtml(api, t, html, false));
  } else {
    for (const html of textLayout(a, m)) parts.push((isFirst) => sendHtml(api, t, html, isFirst));
  }
  for (const f of a.files ?? []) {
    parts.push(async (isFirst) => (await api.sendDocument(t.chatId, new InputFile(f.bytes, f.name), where(isFirst ? t : { ...t, replyTo: undefined }))).message_id);
  }
  let first: number | undefined;
  for (const part of parts) {
    try {
      const id = await part(first === undefined);
      first ??= id;
    } catch (err) {
      if (first === undefined || !opts.onFollowUpError) throw err;
      opts.onFollowUpError(err);
      break;
    }
  }
  return first;
}
