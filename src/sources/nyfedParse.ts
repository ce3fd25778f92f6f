// Pure parsers for the NY Fed Markets API (data-sources.md §1.1, §1.2). No I/O: JSON in, points out.
import { z } from 'zod';
import type { IsoDate, Point, SeriesId } from '../core/types.js';
import { UpstreamFormatError } from './types.js';
import { ISO_DATE, parseUpstream } from './validate.js';

const isoDate = z.string().regex(ISO_DATE, 'expected YYYY-MM-DD');
const finite = z.number().finite();

// "NA" is what the NY Fed prints for the percentiles on a footnoted day (2019-05-31, 2021-08-05:
// footnoteId set, percentiles not published): no value, not a format change.
const notPublished = z.literal('NA').transform(() => null);
const percentile = z.union([finite, notPublished]).nullish();

const refRateSchema = z.object({
  effectiveDate: isoDate,
  type: z.string(),
  percentRate: finite,
  percentPercentile1: percentile,
  percentPercentile25: percentile,
  percentPercentile75: percentile,
  percentPercentile99: percentile,
  volumeInBillions: finite.nullish(),
  targetRateFrom: finite.nullish(),
  targetRateTo: finite.nullish(),
  revisionIndicator: z.string().nullish(),
  footnoteId: z.union([finite, z.string()]).nullish(),
});
const refRatesSchema = z.object({ refRates: z.array(refRateSchema) });
// A `type=volume` search carries volumes only (no percentRate): read with this one.
const volumeRatesSchema = z.object({ refRates: z.array(refRateSchema.extend({ percentRate: finite.nullish() })) });

export type RateKind = 'SOFR' | 'EFFR';
export type SeriesPoints = Partial<Record<SeriesId, Point[]>>;
export type ParsedRates = { points: SeriesPoints };

type RefRate = z.output<typeof volumeRatesSchema>['refRates'][number];
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
export function parseReferenceRates(json: unknown, kind: RateKind, upstream = `NY Fed ${kind}`, only?: readonly SeriesId[]): ParsedRates {
  // `only`: the series this answer is expected to carry (a `type=rate` or `type=volume` search).
  const withRate = !only || only.includes(kind);
  const all: RefRate[] = parseUpstream(withRate ? refRatesSchema : volumeRatesSchema, json, upstream, 'reference rates').refRates;
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
    if (only && !only.includes(f.id)) continue;
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

// The real shape (../shared/fixtures/RP-SHAPE.md): rates by operation method, any of them absent on
// a tranche with nothing accepted; releaseTime absent before 2021-2023. Unknown keys are ignored.
const detailSchema = z.object({
  securityType: z.string().nullish(),
  amtAccepted: amount.nullish(),
  percentOfferingRate: amount.nullish(),
  percentAwardRate: amount.nullish(),
  percentWeightedAverageRate: amount.nullish(),
  minimumBidRate: amount.nullish(),
});
const operationSchema = z.object({
  operationId: z.string(),
  auctionStatus: z.string().nullish(),
  operationDate: isoDate,
  operationType: z.string(),
  operationMethod: z.string().nullish(),
  settlementType: z.string().nullish(),
  term: z.string().nullish(),
  termCalenderDays: finite.nullish(),
  releaseTime: z.string().nullish(),
  closeTime: z.string().nullish(),
  note: z.string().nullish(),
  totalAmtAccepted: amount,
  details: z.array(detailSchema).nullish(),
});
const rpSchema = z.object({ repo: z.object({ operations: z.array(operationSchema) }) });
type Operation = z.output<typeof operationSchema>;

/** What an operation counts for in our series. */
export type RepoRole = 'srf' | 'onrrp' | 'exercise' | 'term' | 'other';

/** One operation as our series see it (the classification is tested on every recorded response). */
export type RepoOperation = {
  id: string;
  date: IsoDate;
  kind: 'repo' | 'reverseRepo' | 'other';
  role: RepoRole;
  /** For 'exercise': which rule said so (see classify). */
  why?: string;
  /** 'am' if the operation closed before noon ET, else 'pm'; null without a close time. */
  session: 'am' | 'pm' | null;
  amount: number;
  /** Treasury tranche's accepted amount (ON RRP exercises can be MBS only). */
  treasuryAmount: number;
  /** Reverse repo: the Treasury tranche's award (else offering) rate; repo: offering or minimum bid rate. */
  rate: number | null;
};

/** The day after the SRF was established: repo operations before it were temporary open market operations. */
export const SRF_SINCE: IsoDate = '2021-07-29';

const SMALL_VALUE_NOTE = /small value exercise|\bSVE\b|operational readiness/i;
/** "Small value": every exercise seen was under $0.2B; regular operations that small are not off-schedule. */
const SMALL_VALUE_MAX_USD = 250e6;
const minutes = (hhmm: string | null | undefined): number | null => {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};
const plainNote = (note: string | null | undefined) => (note ?? '').replace(/<[^>]*>/g, ' ').replace(/\\\//g, '/');

/**
 * Small-value exercises carry no fixed marker (RP-SHAPE.md: notes vary, one is empty, operation
 * numbers like 99 are also used by regular operations). The rule chosen, first match wins:
 *  1. the note (HTML stripped) names a small value exercise / SVE / operational readiness test;
 *  2. it does not settle the same day (a forward-settling test, 2026-02-18);
 *  3. it is small (<= $0.25B accepted) AND closes in the mid-morning test window (10:00-12:00 ET),
 *     when no regular SRF (AM closes 08:30, PM 13:45) or ON RRP (13:15, late 14:00) operation closes;
 *     this catches the exercise with an empty note. Size guards the 2018-2020 regular repo
 *     operations, which closed as late as 10:00 but were tens of billions;
 *  4. a reverse repo with no Treasury tranche (an MBS-only test, 2024-10-16).
 * The operation number is not used: 99 appears on regular operations too.
 */
function exerciseRule(op: Operation, treasury: boolean): string | null {
  if (SMALL_VALUE_NOTE.test(plainNote(op.note))) return 'note';
  if (op.settlementType && !/^same day$/i.test(op.settlementType.trim())) return 'forward settlement';
  const close = minutes(op.closeTime);
  if (op.totalAmtAccepted <= SMALL_VALUE_MAX_USD && close !== null && close >= 10 * 60 && close <= 12 * 60) return 'small, mid-morning';
  if (/^reverse repo$/i.test(op.operationType.trim()) && !treasury) return 'no Treasury tranche';
  return null;
}

function classify(op: Operation): RepoOperation {
  const type = op.operationType.trim().toLowerCase();
  const kind = type === 'repo' ? 'repo' : type === 'reverse repo' ? 'reverseRepo' : 'other';
  const details = op.details ?? [];
  const tsy = details.find((d) => /^treasury$/i.test((d.securityType ?? '').trim()));
  const close = minutes(op.closeTime);
  const base = {
    id: op.operationId,
    date: op.operationDate,
    kind,
    session: close === null ? null : close < 12 * 60 ? 'am' : 'pm',
    amount: op.totalAmtAccepted,
    treasuryAmount: tsy?.amtAccepted ?? 0,
    rate:
      kind === 'reverseRepo'
        ? (tsy?.percentAwardRate ?? tsy?.percentOfferingRate ?? null)
        : (details.map((d) => d.percentOfferingRate ?? d.minimumBidRate).find((r) => r != null) ?? null),
  } satisfies Omit<RepoOperation, 'role'>;
  const why = exerciseRule(op, tsy !== undefined);
  if (why) return { ...base, role: 'exercise', why };
  // SRF and ON RRP are overnight facilities ("Overnight" even when it spans a weekend or holiday).
  if (!/^overnight$/i.test((op.term ?? '').trim())) return { ...base, role: 'term' };
  if (kind === 'reverseRepo') return { ...base, role: 'onrrp' };
  if (kind === 'repo' && !/fima/i.test(`${op.operationId} ${op.operationType}`)) return { ...base, role: 'srf' };
  return { ...base, role: 'other' };
}

/** Every result in a repo/reverse-repo search, classified; order is not relied on (RP-SHAPE.md). */
export function readRepoOperations(json: unknown, upstream = 'NY Fed repo operations'): RepoOperation[] {
  const ops = parseUpstream(rpSchema, json, upstream, 'repo operations').repo.operations;
  return ops
    .filter((op) => op.auctionStatus == null || /result/i.test(op.auctionStatus))
    .map(classify)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A repo/reverse-repo results search -> per operation date (USD, percent):
 * RRP_VOLUME (overnight reverse repo, exercises excluded), RRP_RATE (its Treasury award rate),
 * SRF_VOLUME (overnight repo, AM + PM, all collateral, exercises excluded) and its SRF_AM / SRF_PM
 * parts. A day with an operation of zero take-up is a zero, not a missing day.
 */
export function parseRepoOperations(json: unknown, upstream = 'NY Fed repo operations'): SeriesPoints {
  const rrp = new Map<string, number>();
  const rrpRate = new Map<string, number>();
  const srf = new Map<string, number>();
  const am = new Map<string, number>();
  const pm = new Map<string, number>();
  const add = (m: Map<string, number>, d: string, v: number) => m.set(d, (m.get(d) ?? 0) + v);
  for (const op of readRepoOperations(json, upstream)) {
    const d = op.date;
    if (op.role === 'onrrp') {
      add(rrp, d, op.amount);
      if (op.rate != null && !rrpRate.has(d)) rrpRate.set(d, op.rate);
    } else if (op.role === 'srf') {
      add(srf, d, op.amount);
      if (op.session === 'am') add(am, d, op.amount);
      if (op.session === 'pm') add(pm, d, op.amount);
    }
  }
  const toPoints = (m: Map<string, number>) => [...m].map(([date, value]) => ({ date, value })).sort(byDate);
  return { RRP_VOLUME: toPoints(rrp), RRP_RATE: toPoints(rrpRate), SRF_VOLUME: toPoints(srf), SRF_AM: toPoints(am), SRF_PM: toPoints(pm) };
}

export const REPO_SERIES: SeriesId[] = ['RRP_VOLUME', 'RRP_RATE', 'SRF_VOLUME', 'SRF_AM', 'SRF_PM'];

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
