// The live reader: official APIs first, then a secondary upstream (FRED), then what was last read
// (the store), then the bundled snapshot, and says plainly in `stale` when it is not answering
// with a fresh read. Reads are kept until the next expected release and shared while in flight.
import type { Config } from '../config.js';
import type { DateWindow, IsoDate, Series, SeriesId } from '../core/types.js';
import type { ObservationStore } from '../store/observations.js';
import { addDays, isoDay, SERIES_SHAPE } from './catalog.js';
import { createFredClient, FRED, FRED_MIN_GAP_MS } from './fred.js';
import { createPacer } from './pacer.js';
import { createHttpClient, httpOptionsFromConfig, type HttpOptions, type SourceLog } from './http.js';
import { LOOKBACK_DAYS, ROUTES, type DatasetKey } from './liveRoutes.js';
import { createNyfedClient, NYFED } from './nyfed.js';
import { createSingleFlight } from './singleFlight.js';
import { createTreasuryClient, TREASURY } from './treasury.js';
import { UpstreamFormatError, type SeriesRead, type SeriesReader } from './types.js';
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
};

type Dataset = { upstream: string; fetch: (w: DateWindow) => Promise<Series[]> };
type Failure = { until: number; kind: 'unavailable' | 'format' };
type Freshness = { coveredFrom: IsoDate; expiresAt: number };

export function createLiveReader(opts: LiveReaderOptions): SeriesReader {
  const { config, store, fallback } = opts;
  const now = opts.now ?? (() => new Date());
  const log: SourceLog = opts.log ?? (() => {});
  const backoffMs = opts.failureBackoffMs ?? 60_000;
  const http = createHttpClient(httpOptionsFromConfig(config, { log, ...opts.http }));
  const nyfed = createNyfedClient(http, config.NYFED_BASE_URL, now);
  // FRED is paced (about 2 requests a second); tests that stub the HTTP sleep stub this one too.
  const fred = createFredClient(http, config, now, createPacer(FRED_MIN_GAP_MS, opts.http?.sleep));
  const treasury = createTreasuryClient(http, config.TREASURY_BASE_URL, now);

  const datasets = (key: DatasetKey): Dataset => {
    if (key === 'nyfed:sofr') return { upstream: NYFED, fetch: (w) => nyfed.fetchRates('SOFR', w) };
    if (key === 'nyfed:effr') return { upstream: NYFED, fetch: (w) => nyfed.fetchRates('EFFR', w) };
    if (key === 'nyfed:rp') return { upstream: NYFED, fetch: (w) => nyfed.fetchRepoOperations(w) };
    if (key === 'treasury:tga') return { upstream: TREASURY, fetch: async (w) => [await treasury.fetchTga(w)] };
    const fredId = key.slice('fred:'.length);
    return { upstream: FRED, fetch: async (w) => [await fred.fetchSeries(fredId, w)] };
  };

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
      const series = await ds.fetch(span);
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

  async function read(id: SeriesId, window: DateWindow): Promise<SeriesRead> {
    if (!ISO_DATE.test(window.start) || !ISO_DATE.test(window.end) || window.start > window.end) {
      throw new Error(`invalid window ${JSON.stringify(window)}`);
    }
    const f = freshness(id);
    const t = now().getTime();
    if (f && t < f.expiresAt && f.coveredFrom <= window.start) return answerFresh(id, window);

    const tried: { upstream: string; kind: Failure['kind'] }[] = [];
    const errors: string[] = [];
    for (const key of ROUTES[id]) {
      const upstream = datasets(key).upstream;
      const failed = failures.get(key);
      if (failed && t < failed.until) {
        tried.push({ upstream, kind: failed.kind });
        continue;
      }
      try {
        await fetchDataset(key, id, window);
        return answerFresh(id, window);
      } catch (err) {
        const kind = err instanceof UpstreamFormatError ? 'format' : 'unavailable';
        const message = http.redact(err instanceof Error ? err.message : String(err));
        const known = err instanceof UpstreamFormatError || (err instanceof Error && err.name === 'UpstreamUnavailableError');
        // Concurrent readers share one fetch (single flight) and all see its failure: the first
        // to get here logs it and starts the back-off; the others only note it.
        const recorded = failures.get(key);
        if (!recorded || now().getTime() >= recorded.until) {
          log(known ? 'warn' : 'error', `${key} failed: ${message}`);
          failures.set(key, { until: now().getTime() + backoffMs, kind });
        }
        errors.push(message);
        tried.push({ upstream, kind });
      }
    }
    if (errors.length) store.recordError([id], errors.join(' | '), now());
    return staleAnswer(id, window, tried);
  }

  async function staleAnswer(id: SeriesId, window: DateWindow, tried: { upstream: string; kind: Failure['kind'] }[]): Promise<SeriesRead> {
    const why = describeFailures(tried);
    const kept = fromStore(id, window);
    if (kept) return { series: kept, stale: `Data as of ${shortDate(kept.points.at(-1)!.date, now())} (${why}; retrying).` };
    const fb = await fallback.read(id, window);
    // The snapshot's sentence ends by pointing to live mode ("; live mode reads it from the NY Fed."):
    // we are live mode, so that clause is dropped.
    const snapshotSays = (fb.missing ?? `the offline snapshot has no ${id} data.`).replace(/; live mode [^.]*\./, '.');
    if (!fb.series) return { series: null, missing: `${capitalise(why)}, and ${lowerFirst(snapshotSays)}` };
    const last = fb.series.points.at(-1)?.date ?? (await fallback.newest(id))?.date;
    const asOf = last ? `Data as of ${shortDate(last, now())} from the offline snapshot` : 'Offline snapshot data';
    return { series: fb.series, stale: `${asOf} (${why}; retrying).` };
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

/** "NY Fed did not answer", "NY Fed sent data we could not read and FRED did not answer". */
export function describeFailures(tried: { upstream: string; kind: 'unavailable' | 'format' }[]): string {
  const seen = new Map<string, string>();
  for (const t of tried) if (!seen.has(t.upstream)) seen.set(t.upstream, t.kind === 'format' ? 'sent data we could not read' : 'did not answer');
  if (seen.size === 0) return 'no source answered';
  const verbs = new Set(seen.values());
  if (verbs.size === 1) return `${joinAnd([...seen.keys()])} ${[...verbs][0]}`;
  return joinAnd([...seen].map(([u, v]) => `${u} ${v}`));
}

const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** "Oct 30" in the current year, "Oct 30, 2024" otherwise. */
export function shortDate(date: IsoDate, now: Date): string {
  const d = new Date(`${date}T00:00:00Z`);
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC', ...(sameYear ? {} : { year: 'numeric' }) });
}
