// The live reader: official APIs first, then a secondary upstream (FRED), then what was last read
// (the store), then the bundled snapshot, and says plainly in `stale` when it is not answering
// with a fresh read. Reads are kept until the next expected release and shared while in flight.
//
// Every read passes the plausibility gate (src/core/plausibility.ts) before it is stored: a read
// that fails it is a failed read like a 500. An answer has one deadline (ReadOptions.signal): the
// primary source gets half of it alone, then its fallback races it; when the deadline passes the
// read answers from the store or the snapshot, marked stale, and the upstream reads go on in the
// background to fill the store for the next question.
import type { Config } from '../config.js';
import { easternToday } from '../core/dates.js';
import { checkRead, describeGateFailure, reachesToday } from '../core/plausibility.js';
import type { FailureKind, MissingRead, Tried } from '../core/reads.js';
import type { DateWindow, IsoDate, Point, Series, SeriesId } from '../core/types.js';
import type { ObservationStore } from '../store/observations.js';
import { addDays, isoDay, SERIES_SHAPE } from './catalog.js';
import { createUpstreams, type Dataset } from './datasets.js';
import type { HttpOptions, SourceLog } from './http.js';
import { LOOKBACK_DAYS, ROUTES, type DatasetKey } from './liveRoutes.js';
import { createSingleFlight } from './singleFlight.js';
import { UpstreamFormatError, UpstreamImplausibleError, UpstreamUnavailableError, type ReadOptions, type SeriesRead, type SeriesReader } from './types.js';
import { ISO_DATE } from './validate.js';

export type LiveReaderOptions = {
  config: Config;
  store: ObservationStore;
  /** The snapshot reader, used when neither an upstream nor the store can answer. */
  fallback: SeriesReader;
  /** When a read made at `fetchedAt` stops being current (the next expected release). */
  expiresAt: (id: SeriesId, fetchedAt: Date) => Date;
  now?: () => Date;
  log?: SourceLog;
  /** How long a failed upstream dataset is left alone before it is asked again. Default 60 s. */
  failureBackoffMs?: number;
  /** Test hooks for the HTTP client (sleep, backoff). */
  http?: Partial<HttpOptions>;
  /**
   * How long the primary source has alone before its fallback is asked too. Default: half of
   * ANSWER_DEADLINE_MS.
   */
  hedgeAfterMs?: number;
};

type Failure = { until: number; kind: FailureKind };
type Freshness = { coveredFrom: IsoDate; expiresAt: number };

export function createLiveReader(opts: LiveReaderOptions): SeriesReader {
  const { config, store, fallback } = opts;
  const now = opts.now ?? (() => new Date());
  const log: SourceLog = opts.log ?? (() => {});
  const backoffMs = opts.failureBackoffMs ?? 60_000;
  const hedgeAfterMs = opts.hedgeAfterMs ?? Math.floor(config.ANSWER_DEADLINE_MS / 2);
  const upstreams = createUpstreams(config, { now, log, ...(opts.http ? { http: opts.http } : {}) });
  const http = upstreams.http;
  const datasets = (key: DatasetKey): Dataset => upstreams.dataset(key);

  const fresh = new Map<SeriesId, Freshness>();
  const failures = new Map<DatasetKey, Failure>();
  const flights = createSingleFlight<IsoDate, void>();

  function freshness(id: SeriesId): Freshness | null {
    let f = fresh.get(id);
    if (!f) {
      // After a restart, what the store kept is as good as it was when it was read.
      const m = store.meta(id);
      if (!m?.coveredFrom || !m.expiresAt) return null;
      f = { coveredFrom: m.coveredFrom, expiresAt: Date.parse(m.expiresAt) };
      fresh.set(id, f);
    }
    return f;
  }

  function fromStore(id: SeriesId, window: DateWindow): Series | null {
    const meta = store.meta(id);
    const points = store.readWindow(id, window, { withPrevious: true });
    if (!meta || points.length === 0) return null;
    return { id, unit: meta.unit, calendar: meta.calendar, points, provenance: meta.provenance };
  }

  function answerFresh(id: SeriesId, window: DateWindow): SeriesRead {
    const meta = store.meta(id);
    const points = store.readWindow(id, window, { withPrevious: true });
    const provenance = meta?.provenance ?? { source: 'unknown', seriesId: id };
    // The calendar of the upstream that answered: a FRED fallback may stamp 7-day where the NY Fed has business days.
    const calendar = meta?.calendar ?? SERIES_SHAPE[id].calendar;
    return { series: { id, unit: SERIES_SHAPE[id].unit, calendar, points, provenance } };
  }

  async function fetchDataset(key: DatasetKey, id: SeriesId, window: DateWindow): Promise<void> {
    const start = addDays(window.start, -LOOKBACK_DAYS[SERIES_SHAPE[id].calendar]);
    const today = isoDay(now());
    const span = { start, end: window.end > today ? window.end : today };
    await flights.run(key, start, (inFlight) => inFlight <= start, async () => {
      const ds = datasets(key);
      const series = gate(ds.upstream, key, await ds.fetch(span), span);
      const fetchedAt = now();
      const items = series.map((s) => ({ series: s, fetch: { window: span, fetchedAt, expiresAt: opts.expiresAt(s.id, fetchedAt) } }));
      store.saveFetched(items);
      for (const it of items) {
        const m = store.meta(it.series.id);
        fresh.set(it.series.id, { coveredFrom: m?.coveredFrom ?? span.start, expiresAt: it.fetch.expiresAt.getTime() });
      }
      failures.delete(key);
      log('debug', `${ds.upstream}: read ${key} ${span.start}..${span.end} (${series.map((s) => `${s.id} ${s.points.length}`).join(', ')})`);
    });
  }

  /**
   * The plausibility gate, per series of one upstream answer: rows from the future, repeated dates
   * with two values, units, bands and jumps (against the last stored point before the read), and
   * an empty or short answer. Throws UpstreamImplausibleError naming the rule and the row.
   */
  function gate(upstream: string, key: DatasetKey, series: Series[], span: DateWindow): Series[] {
    const today = easternToday(now());
    if (series.every((s) => s.points.length === 0)) {
      throw new UpstreamImplausibleError(upstream, `empty: no rows for ${span.start}..${span.end} (${key})`);
    }
    return series.map((s) => {
      const first = s.points.reduce<Point | undefined>((m, p) => (!m || p.date < m.date ? p : m), undefined);
      const last = s.points.reduce<Point | undefined>((m, p) => (!m || p.date > m.date ? p : m), undefined);
      const before = first ? store.readWindow(s.id, { start: first.date, end: first.date }, { withPrevious: true }).find((p) => p.date < first.date) : undefined;
      const within = first && last ? store.readWindow(s.id, { start: first.date, end: last.date }) : [];
      const r = checkRead(s.id, s.points, { before: before ?? null, within }, { today, reachesToday: reachesToday(span.end, today) });
      if (!r.ok) throw new UpstreamImplausibleError(upstream, `implausible read (${key}): ${describeGateFailure(r.failure)}${r.failure.previous ? ` (previous ${r.failure.previous.date} = ${r.failure.previous.value})` : ''}`);
      return { ...s, points: r.points };
    });
  }

  function noteFailure(key: DatasetKey, err: unknown): Tried {
    const kind: FailureKind = err instanceof UpstreamImplausibleError ? 'implausible' : err instanceof UpstreamFormatError ? 'format' : 'unavailable';
    const message = http.redact(err instanceof Error ? err.message : String(err));
    const known = err instanceof UpstreamFormatError || err instanceof UpstreamImplausibleError || (err instanceof Error && err.name === 'UpstreamUnavailableError');
    // A Retry-After we did not wait for says when to ask again.
    const wait = err instanceof UpstreamUnavailableError && err.retryAfterMs ? Math.max(backoffMs, err.retryAfterMs) : backoffMs;
    // Concurrent readers share one fetch (single flight) and all see its failure: the first
    // to get here logs it and starts the back-off; the others only note it.
    const recorded = failures.get(key);
    if (!recorded || now().getTime() >= recorded.until) {
      log(known ? 'warn' : 'error', `${key} failed: ${message}`);
      failures.set(key, { until: now().getTime() + wait, kind });
    }
    return { upstream: datasets(key).upstream, kind };
  }

  /**
   * Asks the routes of `id` in order; once one has run `hedgeAfterMs` without an answer, the next
   * one is asked too (the primary and its fallback race). Settles on the first success, or when
   * every route has failed. Never rejects.
   */
  function fetchChain(id: SeriesId, window: DateWindow, keys: DatasetKey[]): Promise<{ ok: true } | { ok: false; tried: Tried[]; errors: string[] }> {
    return new Promise((resolve) => {
      const tried: Tried[] = [];
      const errors: string[] = [];
      let next = 0;
      let pending = 0;
      let done = false;
      const finish = (r: { ok: true } | { ok: false; tried: Tried[]; errors: string[] }) => {
        if (done) return;
        done = true;
        resolve(r);
      };
      const launch = (): boolean => {
        const key = keys[next++];
        if (key === undefined) return false;
        pending++;
        const hedge = setTimeout(() => {
          if (!done) launch();
        }, hedgeAfterMs);
        hedge.unref?.();
        fetchDataset(key, id, window).then(
          () => {
            clearTimeout(hedge);
            pending--;
            finish({ ok: true });
          },
          (err: unknown) => {
            clearTimeout(hedge);
            pending--;
            tried.push(noteFailure(key, err));
            errors.push(http.redact(err instanceof Error ? err.message : String(err)));
            if (done) return;
            if (!launch() && pending === 0) finish({ ok: false, tried, errors });
          },
        );
        return true;
      };
      if (!launch()) finish({ ok: false, tried, errors });
    });
  }

  async function read(id: SeriesId, window: DateWindow, ro: ReadOptions = {}): Promise<SeriesRead> {
    if (!ISO_DATE.test(window.start) || !ISO_DATE.test(window.end) || window.start > window.end) {
      throw new Error(`invalid window ${JSON.stringify(window)}`);
    }
    const f = freshness(id);
    const t = now().getTime();
    if (!ro.fresh && f && t < f.expiresAt && f.coveredFrom <= window.start) return answerFresh(id, window);

    const skipped: Tried[] = [];
    const keys: DatasetKey[] = [];
    for (const key of ROUTES[id]) {
      const failed = failures.get(key);
      if (failed && t < failed.until) skipped.push({ upstream: datasets(key).upstream, kind: failed.kind });
      else keys.push(key);
    }
    if (keys.length === 0) return staleAnswer(id, window, skipped);
    const chain = fetchChain(id, window, keys).then((r) => {
      if (!r.ok && r.errors.length) store.recordError([id], r.errors.join(' | '), now());
      return r;
    });
    const signal = ro.signal;
    const late = signal
      ? new Promise<'late'>((resolve) => {
          if (signal.aborted) resolve('late');
          else signal.addEventListener('abort', () => resolve('late'), { once: true });
        })
      : null;
    const r = late ? await Promise.race([chain, late]) : await chain;
    if (r === 'late') {
      // Past the deadline: answer with what is in hand; the reads go on and fill the store.
      log('info', `${id}: answer deadline passed while reading ${keys.join(', ')}; answering stale, reads continue`);
      return staleAnswer(id, window, [...skipped, ...keys.map((k) => ({ upstream: datasets(k).upstream, kind: 'slow' as const }))]);
    }
    if (r.ok) return answerFresh(id, window);
    return staleAnswer(id, window, [...skipped, ...r.tried]);
  }

  /** What is in hand when the upstreams failed: the store's data, else the snapshot's, marked stale; else why there is none. */
  async function staleAnswer(id: SeriesId, window: DateWindow, tried: Tried[]): Promise<SeriesRead> {
    const kept = fromStore(id, window);
    if (kept) return { series: kept, stale: { reason: 'upstreamsFailed', tried, from: 'store', asOf: kept.points.at(-1)!.date } };
    const fb = await fallback.read(id, window);
    if (!fb.series) {
      const snapshot: MissingRead = fb.missing ?? { reason: 'notInSnapshot', series: id };
      return { series: null, missing: { reason: 'upstreamsFailed', series: id, tried, snapshot } };
    }
    const last = fb.series.points.at(-1)?.date ?? (await fallback.newest(id))?.date ?? null;
    return { series: fb.series, stale: { reason: 'upstreamsFailed', tried, from: 'snapshot', asOf: last } };
  }

  return {
    mode: 'live',
    read,
    async newest(id) {
      const p = store.newest(id);
      const snap = await fallback.newest(id);
      if (p && (!snap || p.date >= snap.date)) return { date: p.date, source: store.meta(id)?.provenance.source ?? 'store' };
      return snap;
    },
  };
}

