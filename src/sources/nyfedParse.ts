// Pure parsers for the NY Fed Markets API (data-sources.md §1.1, §1.2). No I/O: JSON in, points out.
import { z } from 'zod';
import type { IsoDate, Point, SeriesId } from '../core/types.js';
import { UpstreamFormatError } from './types.js';
import { ISO_DATE, parseUpstream } from './validate.js';

const isoDate = z.string().regex(ISO_DATE, 'expected YYYY-MM-DD');
const finite = z.number().finite();

const refRateSchema = z.object({
  effectiveDate: isoDate,
  type: z.string(),
  percentRate: finite,
  percentPercentile1: finite.nullish(),
  percentPercentile25: finite.nullish(),
  percentPercentile75: finite.nullish(),
  percentPercentile99: finite.nullish(),
  volumeInBillions: finite.nullish(),
  targetRateFrom: finite.nullish(),
  targetRateTo: finite.nullish(),
  revisionIndicator: z.string().nullish(),
});
const refRatesSchema = z.object({ refRates: z.array(refRateSchema) });

export type RateKind = 'SOFR' | 'EFFR';
export type SeriesPoints = Partial<Record<SeriesId, Point[]>>;
export type ParsedRates = { points: SeriesPoints };

type RefRate = z.output<typeof refRateSchema>;
/**
 * `since`: rows dated before it may lack the field (it did not exist then), so only rows from that
 * date on count when telling a renamed field from "no data".
 */
type Field = { id: SeriesId; pick: (r: RefRate) => number | null | undefined; since?: IsoDate };

/** The FOMC has set a target range, not a single rate, since this date (where FRED DFEDTARL/U begin). */
export const TARGET_RANGE_SINCE: IsoDate = '2008-12-16';

// Which of our series each row feeds. Volumes are billions in the API; we store US dollars.
const FIELDS: Record<RateKind, Field[]> = {
  SOFR: [
    { id: 'SOFR', pick: (r) => r.percentRate },
    { id: 'SOFR_P1', pick: (r) => r.percentPercentile1 },
    { id: 'SOFR_P25', pick: (r) => r.percentPercentile25 },
    { id: 'SOFR_P75', pick: (r) => r.percentPercentile75 },
    { id: 'SOFR_P99', pick: (r) => r.percentPercentile99 },
    { id: 'SOFR_VOLUME', pick: (r) => (r.volumeInBillions == null ? null : r.volumeInBillions * 1e9) },
  ],
  EFFR: [
    { id: 'EFFR', pick: (r) => r.percentRate },
    { id: 'EFFR_VOLUME', pick: (r) => (r.volumeInBillions == null ? null : r.volumeInBillions * 1e9) },
    // The FOMC target range in force on the row's date: EFFR rows only (§1.1).
    { id: 'TARGET_LOW', pick: (r) => r.targetRateFrom, since: TARGET_RANGE_SINCE },
    { id: 'TARGET_HIGH', pick: (r) => r.targetRateTo, since: TARGET_RANGE_SINCE },
  ],
};

export const RATE_SERIES: Record<RateKind, SeriesId[]> = {
  SOFR: FIELDS.SOFR.map((f) => f.id),
  EFFR: FIELDS.EFFR.map((f) => f.id),
};

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * A rates search answer (newest first) -> ascending points per series. A field that every row of a
 * non-empty answer lacks is treated as drift (a renamed field), not as "no data".
 */
export function parseReferenceRates(json: unknown, kind: RateKind, upstream = `NY Fed ${kind}`): ParsedRates {
  const all = parseUpstream(refRatesSchema, json, upstream, 'reference rates').refRates;
  const rows = all.filter((r) => r.type.toUpperCase() === kind);
  if (all.length > 0 && rows.length === 0) {
    throw new UpstreamFormatError(upstream, `no ${kind} rows (types seen: ${[...new Set(all.map((r) => r.type))].join(', ')})`);
  }
  // Revised rows can repeat a date; keep the last one the server lists for that date.
  const unique = new Map<string, RefRate>();
  for (const r of rows) unique.set(r.effectiveDate, r);
  const sorted = [...unique.values()].sort((a, b) => byDate({ date: a.effectiveDate }, { date: b.effectiveDate }));

  const points: SeriesPoints = {};
  for (const f of FIELDS[kind]) {
    const pts: Point[] = [];
    for (const r of sorted) {
      const v = f.pick(r);
      if (v != null) pts.push({ date: r.effectiveDate, value: v });
    }
    const expected = f.since === undefined ? sorted.length > 0 : sorted.some((r) => r.effectiveDate >= f.since!);
    if (expected && pts.length === 0) {
      throw new UpstreamFormatError(upstream, `no row carries the field for ${f.id}: the response format may have changed`);
    }
    points[f.id] = pts;
  }
  if (kind === 'EFFR') {
    const high = new Map((points.TARGET_HIGH ?? []).map((p) => [p.date, p.value]));
    for (const p of points.TARGET_LOW ?? []) {
      const h = high.get(p.date);
      if (h !== undefined && p.value > h) throw new UpstreamFormatError(upstream, `target range ${p.value}-${h} on ${p.date} is upside down`);
    }
  }
  return { points };
}

// Repo amounts are raw dollars as JSON numbers; accept numeric strings too, as SOMA uses strings.
const amount = z.union([finite, z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

const detailSchema = z.object({
  securityType: z.string().nullish(),
  amtAccepted: amount.nullish(),
  percentOfferingRate: amount.nullish(),
  percentAwardRate: amount.nullish(),
});
const operationSchema = z.object({
  operationId: z.string(),
  auctionStatus: z.string().nullish(),
  operationDate: isoDate,
  operationType: z.string(),
  operationMethod: z.string().nullish(),
  term: z.string().nullish(),
  note: z.string().nullish(),
  totalAmtAccepted: amount,
  details: z.array(detailSchema).nullish(),
});
const rpSchema = z.object({ repo: z.object({ operations: z.array(operationSchema) }) });
type Operation = z.output<typeof operationSchema>;

const isSmallValue = (op: Operation) => /small value exercise/i.test(op.note ?? '');
const isResult = (op: Operation) => op.auctionStatus == null || /result/i.test(op.auctionStatus);

/**
 * A repo/reverse-repo results search -> RRP_VOLUME, RRP_RATE and SRF_VOLUME per operation date (USD,
 * percent). Small-value test operations are excluded everywhere, FIMA repo from SRF (§1.2, §6.5-6).
 */
export function parseRepoOperations(json: unknown, upstream = 'NY Fed repo operations'): SeriesPoints {
  const ops = parseUpstream(rpSchema, json, upstream, 'repo operations').repo.operations.filter((op) => isResult(op) && !isSmallValue(op));
  const rrp = new Map<string, number>();
  const rrpRate = new Map<string, number>();
  const srf = new Map<string, number>();
  for (const op of ops) {
    const type = op.operationType.trim().toLowerCase();
    const d = op.operationDate;
    if (type === 'reverse repo' && (op.term ?? '').toLowerCase() === 'overnight') {
      rrp.set(d, (rrp.get(d) ?? 0) + op.totalAmtAccepted);
      const first = op.details?.[0];
      const rate = first?.percentAwardRate ?? first?.percentOfferingRate;
      if (rate != null && !rrpRate.has(d)) rrpRate.set(d, rate);
    } else if (type === 'repo' && !/^fima/i.test(op.operationId.trim())) {
      srf.set(d, (srf.get(d) ?? 0) + op.totalAmtAccepted);
    }
  }
  const toPoints = (m: Map<string, number>) => [...m].map(([date, value]) => ({ date, value })).sort(byDate);
  return { RRP_VOLUME: toPoints(rrp), RRP_RATE: toPoints(rrpRate), SRF_VOLUME: toPoints(srf) };
}

export const REPO_SERIES: SeriesId[] = ['RRP_VOLUME', 'RRP_RATE', 'SRF_VOLUME'];

/** Splits a window into spans of at most one calendar year, as public clients do for history. */
export function yearSpans(start: IsoDate, end: IsoDate): { start: IsoDate; end: IsoDate }[] {
  const out: { start: IsoDate; end: IsoDate }[] = [];
  let s = start;
  while (s <= end) {
    const next = new Date(`${s}T00:00:00Z`);
    next.setUTCFullYear(next.getUTCFullYear() + 1);
    next.setUTCDate(next.getUTCDate() - 1);
    const e = next.toISOString().slice(0, 10);
    const spanEnd = e < end ? e : end;
    out.push({ start: s, end: spanEnd });
    const after = new Date(`${spanEnd}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    s = after.toISOString().slice(0, 10);
  }
  return out;
}
