// What the bot posts on its own, wired end to end: the release watcher wakes at each watched
// series' release (our calendar), and a new observation becomes
// - SOFR: the morning brief (`brief:<date>`, /brief) to `brief` subscribers, and the SOFR rules;
// - SRF usage, at each of the day's two operations (SRF_AM 8:30, SRF_PM 13:45): the SRF usage rule
//   on the day's total so far; a clearing waits for the afternoon result (a morning's zero is not a
//   calm day);
// - reserves (H.4.1): the weekly digest (`h41:<week>`, /reserves) to `h41` subscribers, and the
//   reserves rule;
// each rule stepped per chat on the stored alert state (fire once, clear once, hysteresis; the
// table is src/core/alerts.ts). Every post is an Answer from the AnswerService in the row's locale,
// silent inside the row's quiet hours, recorded in the delivery ledger before it is sent.
//
// At start: configured channels are synced, the ledger's in-doubt rows are logged and everything
// due is sent again (Broadcaster.resume). Then the catch-up: a release missed while the bot was down
// is posted when it is still the latest data, that is when (1) it is the newest observation the
// upstream gives now, (2) it is as new as the calendar says it should be (the bar the commands use
// before they call data behind: the release of the last business day before today), and (3) its
// event was never broadcast (no ledger row at all), so a restart never posts it twice and a chat
// that subscribed after the broadcast does not get yesterday's news. Alert rules are stepped on the
// same observation, once per chat (the state remembers the observation it last saw).
import type { App } from '../app.js';
import type { ChannelTopic } from '../config.js';
import { ALERT_RULES, alertEventKey, stepAlert, type AlertEvent, type AlertRule, type AlertRuleId } from '../core/alerts.js';
import type { SeriesResult } from '../core/command.js';
import { addDays, easternToday, previousBusinessDay } from '../core/dates.js';
import { on } from '../core/indicators.js';
import { messagesFor } from '../core/messages/index.js';
import { inQuietHours } from '../core/quiet.js';
import type { StaleRead } from '../core/reads.js';
import { ADMINISTERED_RATES, ceilingOn, confirmedRatesOn, type PolicyTable } from '../core/rates.js';
import { expectedLatest } from '../core/releases.js';
import type { Answer, IsoDate, Point, SeriesId } from '../core/types.js';
import { livePolicy } from '../answers/policy.js';
import { childLogger, type Logger } from '../log.js';
import type { Platform, Subscription, Topic } from '../store/schema.js';
import type { ChatRef, Store, Target } from '../store/store.js';
import { Broadcaster, type PlatformSender } from './broadcaster.js';
import { startReleaseWatcher, type ReleaseWatcher, type Timers } from './watcher.js';

/** The series whose releases post something (the SRF's two operations each a release of their own). */
export const WATCHED: readonly SeriesId[] = ['SOFR', 'SRF_AM', 'SRF_PM', 'RESERVES'];

/** How often the ledger is swept for rows a passing fault left due (they are sent without waiting for a restart). */
export const SWEEP_MS = 60_000;

/** The series each rule is measured on. */
const RULE_SERIES: Record<AlertRule['measure'], SeriesId> = { sofrMinusSrfBp: 'SOFR', sofrMinusRrpBp: 'SOFR', srfUsageUsd: 'SRF_VOLUME', reservesUsd: 'RESERVES' };

/** The command whose answer (and chart) an alert carries. */
const RULE_COMMAND: Record<AlertRuleId, string> = { sofrAboveSrf: 'srf', srfUsage: 'srf', reservesLow: 'reserves', sofrRrpSpread: 'spreads' };

export type PostingOptions = {
  app: Pick<App, 'service' | 'reader' | 'log' | 'metrics'>;
  store: Store;
  senders: PlatformSender[];
  channels?: Partial<Record<Platform, { chatId: string; topics: readonly ChannelTopic[] }[]>>;
  now?: () => Date;
  timers?: Timers;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Every how long the ledger is swept (default SWEEP_MS; 0: never, for tests that sweep by hand). */
  sweepMs?: number;
};

export type Posting = {
  /** Sync, resume, catch up, then watch. Resolves once the watcher runs (deliveries go on). */
  start(): Promise<void>;
  /**
   * A new observation of a watched series (the watcher calls it; tests may too). `current: false`
   * (an older observation found late) steps the alerts but posts no digest.
   */
  onRelease(id: SeriesId, point: Point, info?: { current: boolean }): Promise<void>;
  /** Sends what a passing fault left due (run every SWEEP_MS). */
  sweep(): Promise<void>;
  /** Stops watching and waits for the sends in flight. */
  stop(): Promise<void>;
  readonly broadcaster: Broadcaster;
  /** Resolves when every broadcast started so far has finished. */
  settled(): Promise<void>;
};

export function createPosting(opts: PostingOptions): Posting {
  const { app, store } = opts;
  const log: Logger = childLogger(app.log, { component: 'posting' });
  const now = opts.now ?? (() => new Date());
  const platforms = new Set(opts.senders.map((s) => s.platform));
  const running = new Set<Promise<unknown>>();
  let watcher: ReleaseWatcher | undefined;

  const readSeries = async (id: SeriesId, start: IsoDate, end: IsoDate, fresh = false): Promise<SeriesResult & { stale?: StaleRead }> => {
    const r = await app.reader.read(id, { start, end }, { fresh });
    // Why there is no data comes from the sources as an identifier; worded here for the policy reader's log only.
    const missing = messagesFor('en').common.missing(r.missing ?? { reason: 'notInSnapshot', series: id }, Number(easternToday(now()).slice(0, 4)));
    return r.series ? { series: r.series, ...(r.stale ? { stale: r.stale } : {}) } : { series: null, missing };
  };
  const policy = async (): Promise<PolicyTable> =>
    app.reader.mode === 'live' ? livePolicy((id, w) => readSeries(id, w.start, w.end), easternToday(now()), (c) => log.warn('policy conflict', { detail: c })) : ADMINISTERED_RATES;

  /** The newest observation upstream now; null when the read failed (stale) or there is none. */
  const latest = async (id: SeriesId): Promise<Point | null> => {
    const today = easternToday(now());
    const r = await readSeries(id, addDays(today, -40), today, true);
    if (!r.series || r.stale) return null;
    return r.series.points.at(-1) ?? null;
  };

  /** The value a rule measures on the observation of `id` dated `date`; null when it cannot be judged. */
  const measure = async (rule: AlertRule, point: Point, table: PolicyTable): Promise<number | null> => {
    if (rule.measure === 'srfUsageUsd' || rule.measure === 'reservesUsd') return point.value;
    const rates = confirmedRatesOn(point.date, table);
    if (!rates) return null;
    return (point.value - (rule.measure === 'sofrMinusSrfBp' ? ceilingOn(rates).value : rates.rrp)) * 100;
  };

  const localeOf = async (chat: ChatRef): Promise<string> => (await store.subscriptions.forChat(chat))[0]?.locale ?? 'en';

  const targetOf = (s: Subscription, at: Date): Target & { locale: string } => ({
    platform: s.platform,
    chatId: s.chat_id,
    silent: inQuietHours(at, s.quiet_from, s.quiet_to, s.time_zone),
    locale: s.locale,
  });
  /** One target per chat (a chat may hold a row for every rule and one for a named rule). */
  const targetsFor = async (topic: Topic, rule?: string) => {
    const at = now();
    const seen = new Map<string, Target & { locale: string }>();
    for (const s of await store.subscriptions.subscribers(topic, rule)) {
      if (!platforms.has(s.platform)) continue;
      const k = `${s.platform}\u0000${s.chat_id}`;
      if (!seen.has(k)) seen.set(k, targetOf(s, at));
    }
    return [...seen.values()];
  };

  const askFor = async (command: string, locale: string): Promise<Answer | null> => {
    const r = await app.service.ask(command, [], locale);
    if (r.ok) return r.answer;
    if (r.kind === 'internal') throw new Error(`/${command} failed for a post (ref ${r.ref ?? '-'})`);
    log.warn('post not rendered: the command refused', { command, error: r.error });
    return null;
  };

  /** Rebuilds a post from its event key, in a locale (Broadcaster's RenderPost). */
  const render = async (eventKey: string, locale: string): Promise<Answer | null> => {
    const [kind, ...rest] = eventKey.split(':');
    const msg = messagesFor(locale);
    if (kind === 'brief') {
      const a = await askFor('brief', locale);
      // A newer SOFR is out: this brief is superseded by the one that release posts.
      if (a && (a.asOf[0]?.date ?? '') > (rest[0] ?? '')) return null;
      return a;
    }
    if (kind === 'h41') {
      const a = await askFor('reserves', locale);
      return a ? { ...a, title: msg.posts.h41Title(a.title, rest[0] ?? '') } : null;
    }
    if (kind === 'alert') {
      const [ruleId, date, event] = rest as [AlertRuleId, IsoDate, AlertEvent];
      const rule = ALERT_RULES.find((r) => r.id === ruleId);
      if (!rule || !date) return null;
      const id = RULE_SERIES[rule.measure];
      const r = await readSeries(id, addDays(date, -10), date);
      const p = r.series ? on(r.series.points, date) : null;
      const v = p ? await measure(rule, p, await policy()) : null;
      const a = await askFor(RULE_COMMAND[rule.id], locale);
      if (!a) return null;
      const value = v === null ? '?' : rule.measure.endsWith('Bp') ? msg.posts.value.bp(v) : msg.posts.value.usd(v);
      return { ...a, title: msg.posts.alertTitle(rule.id, event, value, msg.common.day(date)), summary: [msg.posts.context(a.title), ...a.summary] };
    }
    return null;
  };

  const broadcaster = new Broadcaster({
    store,
    senders: opts.senders,
    render,
    log,
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
    onSend: (platform, outcome) => {
      if (outcome === 'sent') app.metrics?.postsSent.labels(platform).inc();
      else if (outcome === 'failed') app.metrics?.postsFailed.labels(platform).inc();
    },
  });

  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => {});
    return p;
  };

  const post = async (eventKey: string, targets: (Target & { locale: string })[]) => {
    if (!targets.length) return;
    const started = now().getTime();
    const r = await broadcaster.broadcast(eventKey, targets);
    log.info('broadcast finished', { event: eventKey, ...r, ms: now().getTime() - started });
  };

  /** Steps every rule measured on `id` for every chat that follows it; posts what fired or cleared. */
  /**
   * What the rules measure for a release: the release's own point, except the SRF's operations,
   * whose rule measures the day's total (SRF_VOLUME) so far; `partial` until the afternoon
   * operation's result for that day is out.
   */
  const measured = async (id: SeriesId, point: Point): Promise<{ id: SeriesId; point: Point; partial: boolean } | null> => {
    if (id !== 'SRF_AM' && id !== 'SRF_PM') return { id, point, partial: false };
    const [total, pm] = await Promise.all([readSeries('SRF_VOLUME', addDays(point.date, -10), point.date), readSeries('SRF_PM', addDays(point.date, -10), point.date)]);
    const day = total.series ? on(total.series.points, point.date) : null;
    if (!day) return null;
    return { id: 'SRF_VOLUME', point: day, partial: !(pm.series && on(pm.series.points, point.date)) };
  };

  const evaluate = async (id: SeriesId, point: Point, partial = false) => {
    const rules = ALERT_RULES.filter((r) => RULE_SERIES[r.measure] === id);
    if (!rules.length) return;
    const table = await policy();
    for (const rule of rules) {
      const value = await measure(rule, point, table);
      if (value === null) continue;
      const byEvent: Record<AlertEvent, (Target & { locale: string })[]> = { fire: [], clear: [] };
      const states: { chat: ChatRef; phase: 'armed' | 'fired' }[] = [];
      for (const t of await targetsFor('alerts', rule.id)) {
        const state = await store.alerts.get(t, rule.id);
        // Already stepped on this observation (a later one, or this one with this value; the same
        // day's new value, such as the SRF's afternoon total, is stepped again).
        if (state?.observed_date && (state.observed_date > point.date || (state.observed_date === point.date && state.observed_value === value))) continue;
        const step = stepAlert(rule, state?.phase ?? 'armed', value);
        // A day's total so far only grows: it may fire, but a clearing waits for the whole day (a
        // morning operation with no take-up is not a calm day after a stressed one).
        if (step.event === 'clear' && partial) continue;
        if (step.event) byEvent[step.event].push(t);
        states.push({ chat: t, phase: step.phase });
      }
      // The posts are in the ledger before the state moves: a crash in between posts them at restart.
      for (const event of ['fire', 'clear'] as const) if (byEvent[event].length) await store.ledger.enqueue(alertEventKey(rule.id, point.date, event), byEvent[event]);
      for (const s of states) {
        await store.alerts.put({ platform: s.chat.platform, chat_id: s.chat.chatId, rule: rule.id, phase: s.phase, level: s.phase === 'fired' ? 'stress' : 'calm', observed_date: point.date, observed_value: value });
      }
      for (const event of ['fire', 'clear'] as const) {
        if (byEvent[event].length) {
          log.info(event === 'fire' ? 'alert fired' : 'alert cleared', { rule: rule.id, date: point.date, value, chats: byEvent[event].length });
          await post(alertEventKey(rule.id, point.date, event), byEvent[event]);
        }
      }
    }
  };

  /** The digest a release posts, if any, and whether it was ever broadcast. */
  const digestOf = (id: SeriesId, date: IsoDate): { key: string; topic: Topic } | null =>
    id === 'SOFR' ? { key: `brief:${date}`, topic: 'brief' } : id === 'RESERVES' ? { key: `h41:${date}`, topic: 'h41' } : null;

  const onRelease = async (id: SeriesId, point: Point, info: { current: boolean } = { current: true }): Promise<void> => {
    log.info('release', { series: id, date: point.date, value: point.value, ...(info.current ? {} : { late: true }) });
    const failed = (what: string) => (e: unknown) => log.error(`${what} failed; what was queued is sent by the next sweep`, { series: id, date: point.date, error: e instanceof Error ? e.message : String(e) });
    const work = async () => {
      // A late observation (an older one found at a later release) steps the alerts, but its digest is yesterday's news.
      const digest = info.current ? digestOf(id, point.date) : null;
      if (digest) {
        await (async () => {
          if (Object.keys(await store.ledger.counts(digest.key)).length === 0) await post(digest.key, await targetsFor(digest.topic));
        })().catch(failed('digest'));
      }
      await (async () => {
        const m = await measured(id, point);
        if (m) await evaluate(m.id, m.point, m.partial);
      })().catch(failed('alert evaluation'));
    };
    await track(work());
  };

  let sweeping = false;
  const sweep = async (): Promise<void> => {
    if (sweeping) return;
    sweeping = true;
    try {
      const r = await track(broadcaster.sweep(localeOf));
      if (r.sent || r.failed || r.gone) log.info('ledger swept', r);
    } catch (e) {
      log.error('ledger sweep failed; trying again at the next', { error: e instanceof Error ? e.message : String(e) });
    } finally {
      sweeping = false;
    }
  };
  let sweeper: NodeJS.Timeout | undefined;

  return {
    broadcaster,
    onRelease,
    sweep,
    async start() {
      // Each step on its own: a store or upstream fault in one is logged and the rest still run, and
      // the watcher and the sweep always start (a bot that failed its catch-up still posts tomorrow).
      const step = async (what: string, fn: () => Promise<void>) => {
        try {
          await fn();
        } catch (e) {
          log.error(`posting start: ${what} failed; going on`, { error: e instanceof Error ? e.message : String(e) });
        }
      };
      await step('configured channels', async () => {
        for (const [platform, chats] of Object.entries(opts.channels ?? {}) as [Platform, { chatId: string; topics: readonly Topic[]; locale?: string }[]][]) {
          const r = await store.subscriptions.syncConfigured(platform, chats, 'en');
          if (r.added || r.removed) log.info('configured channels synced', { platform, ...r });
        }
      });
      await step('resume', async () => {
        const resumed = await track(broadcaster.resume(localeOf));
        if (resumed.events.length || resumed.inDoubt) log.info('posts resumed after restart', resumed);
      });
      // The catch-up: what is out now, if it is still the latest data (see the head of this file).
      const seen = new Map<SeriesId, Point>();
      const today = easternToday(now());
      for (const id of WATCHED) {
        await step(`catch-up of ${id}`, async () => {
          const p = await latest(id);
          if (!p) return;
          seen.set(id, p);
          if (p.date >= expectedLatest(id, previousBusinessDay(today))) await onRelease(id, p);
        });
      }
      const every = opts.sweepMs ?? SWEEP_MS;
      if (every > 0) sweeper = setInterval(() => void sweep(), every).unref();
      if (app.reader.mode !== 'live') return; // nothing new arrives in snapshot mode
      watcher = startReleaseWatcher({
        series: WATCHED,
        latest,
        onRelease,
        seen,
        ...(opts.now ? { now: opts.now } : {}),
        ...(opts.timers ? { timers: opts.timers } : {}),
        ...(opts.pollMs ? { pollMs: opts.pollMs } : {}),
        onError: (id, e) => log.error('release handling failed', { series: id, error: e instanceof Error ? e.message : String(e) }),
        onMissed: (id, at) => log.warn('release did not come within its window; dropped for the day', { series: id, expected_at: at.toISOString() }),
      });
    },
    async stop() {
      watcher?.stop();
      if (sweeper) clearInterval(sweeper);
      await Promise.allSettled([...running]);
      await broadcaster.idle();
    },
    async settled() {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
