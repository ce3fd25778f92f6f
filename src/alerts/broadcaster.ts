// Delivers one post (a brief, a digest, an alert) to every subscribed chat through the delivery
// ledger, so that nothing is lost across a crash and nothing is sent twice where the platform lets
// us prevent it:
// - every (event, chat) is recorded as due before anything is sent, claimed ('sending') just before
//   its send, and marked sent with the platform's message id after it;
// - at start, rows a crash left 'sending' go back to due marked in doubt and are logged, one line
//   each (Discord's nonce makes their resend safe; Telegram has no such key, so it may duplicate);
// - each platform's sends go through one queue at its limits (p-queue, sliding window: a rate per second and a
//   bound on sends in flight), one at a time per chat;
// - the first send of a broadcast goes alone, so a chart is uploaded once and the sender can reuse
//   the platform's file id for the rest;
// - a chat that blocked or removed the bot is unsubscribed (one log line); a group that became a
//   supergroup keeps its subscriptions under the new id and gets the post there.
// The post itself is not stored: `render` rebuilds it from the event key and the chat's locale, so
// a post missed while the bot was down is rebuilt from the data, as a typed command would be.
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import type { Answer } from '../core/types.js';
import type { Logger } from '../log.js';
import type { Platform } from '../store/schema.js';
import type { ChatRef, Store, Target } from '../store/store.js';

/** Why a send failed, as the platform adapter reads the platform's answer. */
export class SendError extends Error {
  constructor(
    readonly kind: 'retry' | 'gone' | 'migrated' | 'fatal',
    message: string,
    readonly detail: { retryAfterMs?: number; newChatId?: string } = {},
  ) {
    super(message);
    this.name = 'SendError';
  }
}

export type SendOptions = {
  /** Post without a notification (quiet hours): disable_notification on Telegram, the suppress flag on Discord. */
  silent: boolean;
  /** Up to 25 characters, the same for every attempt of one (event, chat): Discord's nonce with enforce_nonce. */
  nonce: string;
  /** The chat's language: the post was rendered in it, and the platform's own labels follow it. */
  locale: string;
};

/** One platform's way to post. `send` returns the platform's message id, or throws a SendError. */
export interface PlatformSender {
  readonly platform: Platform;
  readonly limits: { perSecond: number; inFlight: number };
  send(chatId: string, post: Answer, opts: SendOptions): Promise<string>;
}

/** Rebuilds the post of an event in a locale; null when the event is no longer worth posting (superseded). */
export type RenderPost = (eventKey: string, locale: string) => Promise<Answer | null>;

export type BroadcastResult = { sent: number; failed: number; gone: number; skipped: number; inDoubt: number };

const MAX_ATTEMPTS = 3;
/** A ledger write after a send is tried this many times (a passing store fault), STORE_RETRY_MS apart and more. */
const STORE_ATTEMPTS = 5;
const STORE_RETRY_MS = 200;

/** Discord's nonce for one (event, chat): stable across retries and restarts, at most 25 characters. */
export function deliveryNonce(eventKey: string, chat: ChatRef): string {
  return createHash('sha256').update(`${eventKey}\u0000${chat.platform}\u0000${chat.chatId}`).digest('base64url').slice(0, 25);
}

export class Broadcaster {
  private readonly queues = new Map<Platform, PQueue>();
  private readonly chatTails = new Map<string, Promise<unknown>>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly opts: {
      store: Store;
      senders: PlatformSender[];
      render: RenderPost;
      log: Logger;
      sleep?: (ms: number) => Promise<void>;
      /** Called after each send attempt (metrics): outcome per platform. */
      onSend?: (platform: Platform, outcome: 'sent' | 'failed' | 'gone') => void;
    },
  ) {
    for (const s of opts.senders) this.queues.set(s.platform, new PQueue({ concurrency: s.limits.inFlight, intervalCap: s.limits.perSecond, interval: 1000, strict: true }));
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Records the event as due to every target (with its language), then delivers what is due for it. */
  async broadcast(eventKey: string, targets: (Target & { locale: string })[]): Promise<BroadcastResult> {
    await this.opts.store.ledger.enqueue(eventKey, targets);
    const locales = new Map(targets.map((t) => [`${t.platform}\u0000${t.chatId}`, t.locale]));
    return this.deliver(eventKey, (chat) => locales.get(`${chat.platform}\u0000${chat.chatId}`) ?? 'en');
  }

  /**
   * At start: logs and re-queues what a crash cut off, then delivers every open row. A row's
   * language is the one it was queued in; `localeOf` (the chat's subscription) serves rows queued
   * before the ledger kept it.
   */
  async resume(localeOf: (chat: ChatRef) => Promise<string> | string): Promise<BroadcastResult & { events: string[] }> {
    const doubt = await this.opts.store.ledger.recoverInFlight();
    for (const d of doubt) {
      this.opts.log.warn('post in doubt after restart: it may have been delivered before the crash; sending again', {
        event: d.event_key,
        platform: d.platform,
        chat: d.chat_id,
        duplicateSafe: d.platform === 'discord',
      });
    }
    return { ...(await this.sweep(localeOf)), inDoubt: doubt.length };
  }

  /**
   * Delivers every row still due (a store or platform fault left it, or a crash): what resume()
   * does at start, and what the posting side runs every minute, so a row left due by a passing
   * fault is sent without waiting for a restart. Rows being sent are claimed, so a sweep and a
   * broadcast never send the same row twice.
   */
  async sweep(localeOf: (chat: ChatRef) => Promise<string> | string): Promise<BroadcastResult & { events: string[] }> {
    const open = await this.opts.store.ledger.open();
    const events = [...new Set(open.map((d) => d.event_key))];
    const total: BroadcastResult = { sent: 0, failed: 0, gone: 0, skipped: 0, inDoubt: 0 };
    for (const e of events) {
      const locales = new Map<string, string>();
      for (const d of open.filter((o) => o.event_key === e)) locales.set(`${d.platform}\u0000${d.chat_id}`, d.locale ?? (await localeOf({ platform: d.platform, chatId: d.chat_id })));
      const r = await this.deliver(e, (chat) => locales.get(`${chat.platform}\u0000${chat.chatId}`) ?? 'en');
      total.sent += r.sent;
      total.failed += r.failed;
      total.gone += r.gone;
      total.skipped += r.skipped;
    }
    return { ...total, events };
  }

  /** Waits until every queued send has finished (graceful shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.onIdle()));
  }

  /** A ledger write that must not be lost to a passing store fault: retried a few times, then logged. */
  private async record(what: string, write: () => Promise<unknown>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return true;
      } catch (e) {
        if (attempt >= STORE_ATTEMPTS) {
          this.opts.log.error('delivery ledger write failed', { what, error: e instanceof Error ? e.message : String(e) });
          return false;
        }
        await this.sleep(STORE_RETRY_MS * attempt);
      }
    }
  }

  private async deliver(eventKey: string, localeOf: (chat: ChatRef) => string): Promise<BroadcastResult> {
    const result: BroadcastResult = { sent: 0, failed: 0, gone: 0, skipped: 0, inDoubt: 0 };
    const rows = (await this.opts.store.ledger.open()).filter((d) => d.event_key === eventKey);
    const posts = new Map<string, Promise<Answer | null>>();
    const postFor = (locale: string) => {
      let p = posts.get(locale);
      if (!p) posts.set(locale, (p = this.opts.render(eventKey, locale)));
      return p;
    };
    // The first row of each platform and locale goes alone: its upload gives the sender a file id for the rest.
    const firsts = new Set<string>();
    const order = [...rows].sort((a, b) => a.platform.localeCompare(b.platform) || a.chat_id.localeCompare(b.chat_id));
    const leaders = order.filter((d) => {
      const k = `${d.platform}\u0000${localeOf({ platform: d.platform, chatId: d.chat_id })}`;
      if (firsts.has(k)) return false;
      firsts.add(k);
      return true;
    });
    const one = async (d: (typeof rows)[number]) => {
      const chat = { platform: d.platform, chatId: d.chat_id };
      const locale = localeOf(chat);
      let post: Answer | null;
      try {
        post = await postFor(locale);
      } catch (e) {
        // Not rendered (the data could not be read): the row stays due for the next sweep.
        if (!posts.has(`failed:${locale}`)) {
          posts.set(`failed:${locale}`, Promise.resolve(null));
          this.opts.log.error('post not rendered; left due for the next sweep', { event: eventKey, locale, error: e instanceof Error ? e.message : String(e) });
        }
        result.skipped++;
        return;
      }
      const outcome = await this.sendOne(eventKey, chat, d.silent === 1, post, locale);
      result[outcome]++;
    };
    await Promise.all(leaders.map(one));
    await Promise.all(order.filter((d) => !leaders.includes(d)).map(one));
    return result;
  }

  /** Sends one row. Never throws: a fault it cannot get past leaves the row due (or in doubt) and is logged. */
  private async sendOne(eventKey: string, chat: ChatRef, silent: boolean, post: Answer | null, locale: string): Promise<'sent' | 'failed' | 'gone' | 'skipped'> {
    const { store, log } = this.opts;
    const sender = this.opts.senders.find((s) => s.platform === chat.platform);
    if (!sender || !post) {
      if (!post) await this.record('superseded', () => store.ledger.failed(eventKey, chat, 'superseded: no longer the latest data', true));
      return 'skipped';
    }
    const queue = this.queues.get(chat.platform)!;
    const tailKey = `${chat.platform}\u0000${chat.chatId}`;
    const run = async (): Promise<'sent' | 'failed' | 'gone' | 'skipped'> => {
      for (let attempt = 1; ; attempt++) {
        let id: string | null;
        try {
          // Claimed inside the queue, just before the send: a row is 'sending' only while its send is
          // really in flight, so what a crash leaves in doubt is at most the queue's bound.
          id = await queue.add(async () => {
            if (!(await store.ledger.claim(eventKey, chat))) return null; // not due: sent, or taken by another sweep or instance
            return sender.send(chat.chatId, post, { silent, nonce: deliveryNonce(eventKey, chat), locale });
          });
        } catch (e) {
          const err = e instanceof SendError ? e : new SendError('retry', e instanceof Error ? e.message : String(e));
          if (err.kind === 'gone') {
            await this.record('gone', () => store.subscriptions.dropChat(chat, err.message));
            log.info('chat unsubscribed: the bot was blocked or removed', { platform: chat.platform, chat: chat.chatId, reason: err.message });
            this.opts.onSend?.(chat.platform, 'gone');
            return 'gone';
          }
          if (err.kind === 'migrated' && err.detail.newChatId) {
            const to = err.detail.newChatId;
            if (!(await this.record('moved', () => store.subscriptions.moveChat(chat.platform, chat.chatId, to)))) return 'failed';
            log.info('chat moved to a new id; subscriptions follow it', { platform: chat.platform, from: chat.chatId, to });
            return this.sendOne(eventKey, { platform: chat.platform, chatId: to }, silent, post, locale);
          }
          const final = err.kind === 'fatal' || attempt >= MAX_ATTEMPTS;
          // A claim that failed (the store) leaves the row due; a failed send goes back to due, or failed for good.
          await this.record('failed', () => store.ledger.failed(eventKey, chat, err.message, final));
          if (final) {
            log.warn('post not delivered', { event: eventKey, platform: chat.platform, chat: chat.chatId, attempts: attempt, error: err.message });
            this.opts.onSend?.(chat.platform, 'failed');
            return 'failed';
          }
          await this.sleep(err.detail.retryAfterMs ?? 1000 * attempt);
          continue;
        }
        if (typeof id !== 'string') return 'skipped';
        // Delivered: never sent again from here. Recorded with retries; a record that still fails
        // leaves the row 'sending', in doubt at the next start, and logged there.
        await this.record('sent', () => store.ledger.sent(eventKey, chat, id));
        this.opts.onSend?.(chat.platform, 'sent');
        return 'sent';
      }
    };
    // One send at a time per chat, in the order they were asked for.
    const prev = this.chatTails.get(tailKey) ?? Promise.resolve();
    const mine = prev.then(run, run);
    this.chatTails.set(tailKey, mine);
    try {
      return await mine;
    } finally {
      if (this.chatTails.get(tailKey) === mine) this.chatTails.delete(tailKey);
    }
  }
}
