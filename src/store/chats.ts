// The chat commands' port over the durable store: a chat's own settings (chat_settings: its language
// and time zone) and its subscriptions, in the core's types (src/core/chats.ts). Each write is one
// transaction, so a chat never holds "every alert" beside a single rule, and a language change moves
// the chat's posts with it or not at all. A chat's alert state (alert_state) lives only as long as it
// follows the rule: unsubscribing forgets it, and a rule newly followed starts armed, so a chat that
// comes back gets the next alert (never a "Cleared" without one). The same /subscribe sent twice at
// once adds one row (ON CONFLICT) and answers the second as the change it makes to it.
import type { Kysely, Transaction } from 'kysely';
import { alertRule, type AlertRuleId } from '../core/alerts.js';
import type { ChatRef, ChatSettingsPort, ChatSubscription } from '../core/chats.js';
import { LOCALES, type Locale } from '../core/locale.js';
import type { StoreSchema, Subscription } from './schema.js';

function subscriptionOf(row: Subscription): ChatSubscription {
  return {
    topic: row.topic,
    rule: row.rule ? (alertRule(row.rule)?.id ?? (row.rule as AlertRuleId)) : null,
    locale: row.locale,
    timeZone: row.time_zone,
    quiet: row.quiet_from && row.quiet_to ? { from: row.quiet_from, to: row.quiet_to } : null,
    origin: row.origin,
  };
}

const isLocale = (s: string | null): s is Locale => s !== null && (LOCALES as readonly string[]).includes(s);

/** Forgets the chat's alert state for every rule it does not follow now; with `only`, among those rules alone. */
async function forgetUnfollowedAlerts(trx: Transaction<StoreSchema>, chat: ChatRef, opts: { only?: string[] } = {}): Promise<void> {
  const followed = await trx.selectFrom('subscriptions').select('rule').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).where('topic', '=', 'alerts').execute();
  if (followed.some((r) => r.rule === '')) return; // every alert: every rule is followed
  const kept = followed.map((r) => r.rule);
  let q = trx.deleteFrom('alert_state').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId);
  if (opts.only) {
    if (!opts.only.length) return;
    q = q.where('rule', 'in', opts.only);
  }
  if (kept.length) q = q.where('rule', 'not in', kept);
  await q.execute();
}

export function createChatSettings(db: Kysely<StoreSchema>, now: () => string): ChatSettingsPort {
  const ofChat = (chat: ChatRef) => ({ platform: chat.platform, chat_id: chat.chatId });

  return {
    async settings(chat) {
      const row = await db.selectFrom('chat_settings').select(['locale', 'time_zone']).where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst();
      return { locale: row && isLocale(row.locale) ? row.locale : null, timeZone: row?.time_zone ?? null };
    },

    async setLocale(chat, locale, postLocale, by) {
      return db.transaction().execute(async (trx) => {
        const at = now();
        await trx
          .insertInto('chat_settings')
          .values({ ...ofChat(chat), locale, time_zone: null, updated_by: by, updated_at: at })
          .onConflict((oc) => oc.columns(['platform', 'chat_id']).doUpdateSet({ locale, updated_by: by, updated_at: at }))
          .execute();
        const r = await trx.updateTable('subscriptions').set({ locale: postLocale }).where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst();
        return Number(r.numUpdatedRows);
      });
    },

    async subscriptions(chat) {
      const rows = await db.selectFrom('subscriptions').selectAll().where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).orderBy('topic').orderBy('rule').execute();
      return rows.map(subscriptionOf);
    },

    async subscribe(chat, req) {
      return db.transaction().execute(async (trx) => {
        const mine = trx.selectFrom('subscriptions').selectAll().where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).where('topic', '=', req.topic);
        const rule = req.rule ?? '';
        if (req.topic === 'alerts' && rule !== '') {
          const every = await mine.where('rule', '=', '').executeTakeFirst();
          if (every) return 'covered';
        }
        const at = now();
        if (req.timeZone !== undefined) {
          await trx
            .insertInto('chat_settings')
            .values({ ...ofChat(chat), locale: null, time_zone: req.timeZone, updated_by: req.createdBy, updated_at: at })
            .onConflict((oc) => oc.columns(['platform', 'chat_id']).doUpdateSet({ time_zone: req.timeZone ?? null, updated_by: req.createdBy, updated_at: at }))
            .execute();
        }
        const update = async (existing: Subscription): Promise<'updated' | 'unchanged'> => {
          const quiet = req.quiet === undefined ? { quiet_from: existing.quiet_from, quiet_to: existing.quiet_to } : { quiet_from: req.quiet?.from ?? null, quiet_to: req.quiet?.to ?? null };
          const next = { ...quiet, time_zone: req.timeZone ?? existing.time_zone, locale: req.locale };
          if (next.quiet_from === existing.quiet_from && next.quiet_to === existing.quiet_to && next.time_zone === existing.time_zone && next.locale === existing.locale) return 'unchanged';
          await trx
            .updateTable('subscriptions')
            .set(next)
            .where('platform', '=', chat.platform)
            .where('chat_id', '=', chat.chatId)
            .where('topic', '=', req.topic)
            .where('rule', '=', rule)
            .execute();
          return 'updated';
        };
        const existing = await mine.where('rule', '=', rule).executeTakeFirst();
        if (existing) return update(existing);
        // The single rules the chat followed before (every alert keeps their state).
        const before = req.topic === 'alerts' ? (await mine.select('rule').execute()).map((r) => r.rule) : [];
        const chatZone = req.timeZone ?? (await trx.selectFrom('chat_settings').select('time_zone').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).executeTakeFirst())?.time_zone ?? null;
        const inserted = await trx
          .insertInto('subscriptions')
          .values({
            ...ofChat(chat),
            topic: req.topic,
            rule,
            locale: req.locale,
            time_zone: chatZone,
            quiet_from: req.quiet?.from ?? null,
            quiet_to: req.quiet?.to ?? null,
            origin: 'command',
            created_by: req.createdBy,
            created_at: at,
          })
          // The same request committed by another instance (or a double tap) since the read above
          // (PostgreSQL, READ COMMITTED): not an error; this request then changes that row or not.
          .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic', 'rule']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
          const theirs = await mine.where('rule', '=', rule).executeTakeFirst();
          if (theirs) return update(theirs);
          throw new Error(`subscription ${req.topic}/${rule} neither inserted nor found`);
        }
        if (req.topic === 'alerts') {
          // Every alert replaces the single rules the chat had: one post per alert, never two.
          if (rule === '') await trx.deleteFrom('subscriptions').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId).where('topic', '=', 'alerts').where('rule', '!=', '').execute();
          // A rule newly followed starts armed: any state left from an earlier subscription goes.
          const stale = trx.deleteFrom('alert_state').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId);
          if (rule !== '') await stale.where('rule', '=', rule).execute();
          else if (before.length) await stale.where('rule', 'not in', before).execute();
          else await stale.execute();
        }
        return 'added';
      });
    },

    async unsubscribe(chat, topic, rule) {
      return db.transaction().execute(async (trx) => {
        let q = trx.deleteFrom('subscriptions').where('platform', '=', chat.platform).where('chat_id', '=', chat.chatId);
        if (topic !== 'all') q = q.where('topic', '=', topic);
        if (topic !== 'all' && rule !== undefined) q = q.where('rule', '=', rule);
        const r = await q.executeTakeFirst();
        // The state of the rules the chat no longer follows: a later subscription starts armed.
        if (topic === 'all' || topic === 'alerts') await forgetUnfollowedAlerts(trx, chat, rule !== undefined && topic === 'alerts' ? { only: [rule] } : {});
        return Number(r.numDeletedRows);
      });
    },
  };
}
