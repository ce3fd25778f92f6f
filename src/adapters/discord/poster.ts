// Posting to a Discord channel on the bot's own initiative (briefs, digests, alerts) over REST: the
// same embed and attachments as a reply, with a nonce derived from the (event, channel) key and
// enforce_nonce, so a retried or re-sent post (after a crash) cannot appear twice, and the
// suppress-notifications flag in quiet hours. Discord's answers are read into what the broadcaster
// must do: a channel that is gone (or a user who closed their DMs) unsubscribes it, 429 and 5xx wait
// and retry, a permission the bot lacks (Missing Permissions, Missing Access) fails this post only.
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import { SendError, type PlatformSender } from '../../alerts/broadcaster.js';
import { answerEmbed } from './render.js';

/** Discord allows 5 messages per 5 s per channel and 50 requests a second overall. */
export const DISCORD_POST_LIMITS = { perSecond: 40, inFlight: 8 } as const;

/** MessageFlags.SuppressNotifications. */
const SUPPRESS_NOTIFICATIONS = 1 << 12;

/**
 * Discord error codes that mean the channel is gone or closed to the bot for good. Not 50001 Missing
 * Access or 50013 Missing Permissions: a channel missing Attach Files or View Channel for a while
 * keeps its subscriptions, settings and alert state (those are final for the one post).
 */
const GONE_CODES = new Set([10003 /* Unknown Channel */, 50007 /* Cannot send messages to this user */]);

export function classifyDiscordError(err: unknown): SendError {
  if (err instanceof RateLimitError) return new SendError('retry', `429: ${err.message}`, { retryAfterMs: err.retryAfter });
  if (err instanceof DiscordAPIError) {
    const description = `${err.status}: ${err.message} (${err.code})`;
    if (typeof err.code === 'number' && GONE_CODES.has(err.code)) return new SendError('gone', description);
    if (err.status === 404) return new SendError('gone', description);
    if (err.status >= 500) return new SendError('retry', description);
    return new SendError('fatal', description);
  }
  if (err instanceof HTTPError) return new SendError(err.status >= 500 ? 'retry' : 'fatal', `${err.status}: ${err.message}`);
  return new SendError('retry', err instanceof Error ? err.message : String(err));
}

export function discordSender(rest: REST, limits: { perSecond: number; inFlight: number } = DISCORD_POST_LIMITS): PlatformSender {
  return {
    platform: 'discord',
    limits,
    async send(channelId, post, opts) {
      const { embeds, files } = answerEmbed(post, opts.locale);
      try {
        const sent = (await rest.post(Routes.channelMessages(channelId), {
          body: { embeds, nonce: opts.nonce, enforce_nonce: true, ...(opts.silent ? { flags: SUPPRESS_NOTIFICATIONS } : {}) },
          files: files.map((f) => ({ name: f.name, data: f.attachment, contentType: f.name.endsWith('.png') ? 'image/png' : 'text/csv' })),
        })) as { id: string };
        return sent.id;
      } catch (err) {
        throw classifyDiscordError(err);
      }
    },
  };
}
