// NY Fed Markets API client (no key): reference rates and repo/reverse-repo operation results.
// Long windows are fetched one calendar year per request, sequentially, to stay polite (§1, §1.2).
import type { DateWindow, Point, Series, SeriesId } from '../core/types.js';
import { collapseRepeats } from '../core/plausibility.js';
import { SERIES_SHAPE } from './catalog.js';
import type { HttpClient } from './http.js';
import {
  parseReferenceRates,
  parseRepoOperations,
  RATE_SERIES,
  REPO_SERIES,
  yearSpans,
  type RateKind,
  type SeriesPoints,
} from './nyfedParse.js';
import { UpstreamImplausibleError } from './types.js';

export const NYFED = 'NY Fed';

export interface NyfedClient {
  /** Every series one rates search yields: SOFR with percentiles and volume; EFFR with volume and the target range. */
  fetchRates(kind: RateKind, window: DateWindow): Promise<Series[]>;
  fetchRepoOperations(window: DateWindow): Promise<Series[]>;
}

const RATE_PATH: Record<RateKind, string> = {
  SOFR: '/api/rates/secured/sofr/search.json',
  EFFR: '/api/rates/unsecured/effr/search.json',
};
const RP_PATH = '/api/rp/results/search.json';

function mergePoints(into: SeriesPoints, more: SeriesPoints): void {
  for (const [id, pts] of Object.entries(more) as [SeriesId, Point[]][]) {
    const m = new Map((into[id] ?? []).map((p) => [p.date, p.value]));
    for (const p of pts) m.set(p.date, p.value);
    into[id] = [...m].map(([date, value]) => ({ date, value })).sort((a, b) => (a.date < b.date ? -1 : 1));
  }
}

/** What Provenance.seriesId says for each series of a rates search: "SOFR", "SOFR p99", "EFFR targetRateFrom". */
function rateUpstreamId(kind: RateKind, id: SeriesId): string {
  if (id === kind) return kind;
  if (id === 'TARGET_LOW') return `${kind} targetRateFrom`;
  if (id === 'TARGET_HIGH') return `${kind} targetRateTo`;
  return `${kind} ${id.replace(`${kind}_`, '').toLowerCase()}`;
}

type Row = Record<string, unknown>;
const rowsAt = (json: unknown, path: string[]): Row[] | null => {
  let at: unknown = json;
  for (const k of path) at = at && typeof at === 'object' ? (at as Row)[k] : undefined;
  return Array.isArray(at) ? (at as Row[]) : null;
};
const withRows = (json: unknown, path: string[], rows: Row[]): unknown => {
  const [head, ...rest] = path;
  if (!head) return rows;
  return { ...(json as Row), [head]: withRows((json as Row)[head], rest, rows) };
};

/**
 * Repeated repo operations, before the parser sums them per day: one operation listed twice is one
 * operation (the ON RRP take-up is not doubled); one id with two different results is refused.
 */
export function collapseRepeatedOperations(json: unknown, upstream: string): unknown {
  const path = ['repo', 'operations'];
  const ops = rowsAt(json, path);
  if (!ops) return json; // the parser says what is wrong with the shape
  const r = collapseRepeats(ops, (op, i) => (typeof op.operationId === 'string' ? op.operationId : `row ${i}`));
  if (!r.ok) throw new UpstreamImplausibleError(upstream, `duplicate: operation ${r.key} is listed twice with different results`);
  return r.collapsed ? withRows(json, path, r.rows) : json;
}

/**
 * Repeated reference-rate rows, before the parser keeps one per date: equal repeats collapse; a
 * date listed with two different rates is refused, unless one of them is flagged as a revision
 * (`revisionIndicator`), which then replaces the other.
 */
export function collapseRepeatedRates(json: unknown, upstream: string): unknown {
  const path = ['refRates'];
  const rows = rowsAt(json, path);
  if (!rows) return json;
  // A row without a numeric rate is the parser's to reject (a renamed field), not a repeat.
  const key = (r: Row, i: number) => (typeof r.percentRate === 'number' ? `${String(r.type).toUpperCase()}|${String(r.effectiveDate)}` : `row ${i}`);
  const isRevision = (r: Row) => typeof r.revisionIndicator === 'string' && r.revisionIndicator.trim() !== '';
  const keyed = rows.map((r, i) => ({ r, k: key(r, i) }));
  const revised = new Set(keyed.filter(({ r }) => isRevision(r)).map(({ k }) => k));
  const kept = keyed.filter(({ r, k }) => !revised.has(k) || isRevision(r));
  const c = collapseRepeats(kept, (x) => x.k, (a, b) => JSON.stringify(a.r) === JSON.stringify(b.r));
  if (!c.ok) throw new UpstreamImplausibleError(upstream, `duplicate: ${c.key.replace('|', ' on ')} is listed twice with different values`);
  return c.rows.length === rows.length ? json : withRows(json, path, c.rows.map((x) => x.r));
}

export function createNyfedClient(http: HttpClient, baseUrl: string, now: () => Date = () => new Date()): NyfedClient {
  const url = (path: string, s: DateWindow) => `${baseUrl}${path}?startDate=${s.start}&endDate=${s.end}`;

  async function fetchSpans(
    path: string,
    window: DateWindow,
    upstream: string,
    parse: (json: unknown) => { points: SeriesPoints },
  ) {
    const points: SeriesPoints = {};
    for (const span of yearSpans(window.start, window.end)) {
      mergePoints(points, parse(await http.getJson(url(path, span), upstream)).points);
    }
    return { points, url: http.redact(url(path, window)) };
  }

  function toSeries(ids: SeriesId[], points: SeriesPoints, upstreamId: (id: SeriesId) => string, reqUrl: string): Series[] {
    const retrievedAt = now().toISOString();
    return ids.map((id) => ({
      id,
      ...SERIES_SHAPE[id],
      points: points[id] ?? [],
      provenance: { source: NYFED, seriesId: upstreamId(id), url: reqUrl, retrievedAt },
    }));
  }

  return {
    async fetchRates(kind, window) {
      const upstream = `${NYFED} ${kind}`;
      const r = await fetchSpans(RATE_PATH[kind], window, upstream, (j) => parseReferenceRates(collapseRepeatedRates(j, upstream), kind, upstream));
      return toSeries(RATE_SERIES[kind], r.points, (id) => rateUpstreamId(kind, id), r.url);
    },
    async fetchRepoOperations(window) {
      const upstream = `${NYFED} repo operations`;
      const r = await fetchSpans(RP_PATH, window, upstream, (j) => ({ points: parseRepoOperations(collapseRepeatedOperations(j, upstream), upstream) }));
      return toSeries(REPO_SERIES, r.points, (id) => (id === 'SRF_VOLUME' ? 'repo operations (SRF)' : 'reverse repo operations (ON RRP)'), r.url);
    },
  };
}
