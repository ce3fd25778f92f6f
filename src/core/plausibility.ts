// The plausibility gate: what a freshly parsed upstream read must satisfy before it is stored and
// shown. A read that fails any rule is a failed read (the caller falls back and marks the answer
// stale); the failure names the rule and the offending row, for the log.
//
// Rules, in order: no row dated after today (US Eastern); no repeated date with two values (equal
// repeats collapse); every row inside the band its series has plausibly ever had, and when it is
// not, whether another unit would put it there (a row-by-row unit check: millions read as billions,
// basis points read as percent); every step from the previous observation inside the series' jump
// bound; and, for a read that reaches today, a newest row no older than the series' usual lag.
//
// The bounds live in BOUNDS below, one entry per series, each era with the line that justifies it.
// tests/core/plausibility.test.ts runs them over the whole bundled snapshot (no false alarm on
// 2019-09-17, March 2020, 2023's debt-ceiling TGA or 2025-10-31).
import { addDays, daysBetween } from './dates.js';
import type { IsoDate, Point, SeriesId, Unit } from './types.js';

/**
 * A step between two consecutive observations fails when
 * - |delta| > maxAbs (percentage points for rates, dollars for amounts), or
 * - both ratio bounds apply: the larger of the two values is at least `ratioFloor` and
 *   larger/smaller > maxRatio (a unit change is a factor of 100 or 1000; a real move is not).
 */
export type JumpBound = { maxAbs?: number; maxRatio?: number; ratioFloor?: number };
export type Era = { from: IsoDate; min: number; max: number; jump: JumpBound; why: string };
export type Bound = { unit: Unit; eras: Era[]; maxLagDays: number; lagWhy: string; granularity?: number };

/**
 * Every amount any of our sources publishes is a whole number of millions of dollars (NY Fed
 * operations in raw dollars rounded to $1M, volumes in whole billions, FRED RRPONTSYD to three
 * decimals of a billion, H.4.1 and the DTS in millions; checked over the whole snapshot). A row
 * that is not was read in a unit 1000 times too small: the only sign of it where the series'
 * history spans every magnitude (ON RRP went from $2M to $27B in a day, 2019-11-18).
 */
const WHOLE_MILLIONS = 1e6;

const T = 1e12;
const B = 1e9;
const START: IsoDate = '1900-01-01';

const rate = (min: number, max: number, maxAbs: number, why: string): Era[] => [{ from: START, min, max, jump: { maxAbs }, why }];

/** SRF usage (the day's repo operations, and each of its morning and afternoon operations). */
const SRF_USAGE: Bound = {
  unit: 'usd',
  granularity: WHOLE_MILLIONS,
  eras: [{ from: START, min: 0, max: 2 * T, jump: { maxAbs: 1 * T }, why: 'SRF usage: $0 most days, record $74.6B on 2025-12-31; the limit was $500B before Dec 2025' }],
  maxLagDays: 10,
  lagWhy: 'operations every business day',
};

export const BOUNDS: Record<SeriesId, Bound> = {
  SOFR: {
    unit: 'percent',
    eras: rate(-1, 15, 3.5, 'SOFR since 2018-04: 0.01%..5.40% (snapshot); largest daily step +2.82 pp on 2019-09-17 (2.43 -> 5.25), so 3.5 pp; 15% leaves room for a spike above any past one, basis points (300+) do not fit'),
    maxLagDays: 10,
    lagWhy: 'published each business day at 8 am ET for the day before; 10 days covers the longest holiday stretch',
  },
  SOFR_P1: { unit: 'percent', eras: rate(-1, 15, 3.5, 'the 1st percentile: -0.05%..5.30% (snapshot since 2018-04), largest daily step -0.86 pp (2020-03-16); bounds as SOFR'), maxLagDays: 10, lagWhy: 'as SOFR' },
  SOFR_P25: { unit: 'percent', eras: rate(-1, 15, 3.5, 'the 25th percentile: -0.01%..5.35% (snapshot), largest daily step +2.58 pp (2019-09-17); bounds as SOFR'), maxLagDays: 10, lagWhy: 'as SOFR' },
  SOFR_P75: { unit: 'percent', eras: rate(-1, 20, 5, 'the 75th percentile: 0.01%..5.85% (snapshot), largest daily step +3.30 pp (2019-09-17), so 5 pp'), maxLagDays: 10, lagWhy: 'as SOFR' },
  SOFR_P99: { unit: 'percent', eras: rate(-1, 25, 8, 'the 99th percentile: 0.12%..9.00% (2019-09-17, snapshot), largest daily step +4.40 pp that day; 8 pp step and 25% band leave room, basis points do not fit'), maxLagDays: 10, lagWhy: 'as SOFR' },
  SOFR_VOLUME: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 1e11, max: 2e13, jump: { maxRatio: 3, ratioFloor: 0 }, why: 'SOFR volume: $0.70T (2018-06-29) to $3.51T (2026-01-02) (snapshot), largest daily ratio x1.25 (2023-01-03); a day does not triple or fall to a third' }],
    maxLagDays: 10,
    lagWhy: 'as SOFR',
  },
  EFFR: {
    unit: 'percent',
    eras: rate(-1, 25, 3.5, 'fed funds: up to 22% in 1981 (FRED DFF); snapshot since 2015 0.04%..5.33%, largest step 0.85 pp (2020-03-16); 3.5 pp for the Sept 2001 swings'),
    maxLagDays: 10,
    lagWhy: 'published each business day at 9 am ET for the day before',
  },
  EFFR_VOLUME: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 1e10, max: 2e12, jump: { maxRatio: 4, ratioFloor: 0 }, why: 'fed funds volume: $34B (2020-12-31) to $144B (2023-06-06) (snapshot since 2018-10), largest daily ratio x0.51 (2023-03-13); room either side' }],
    maxLagDays: 10,
    lagWhy: 'as EFFR',
  },
  RRP_VOLUME: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [
      {
        from: START,
        min: 0,
        max: 5 * T,
        jump: { maxAbs: 1 * T },
        why: 'ON RRP take-up: $0 (2020) to $2.55T (2022-12-30, snapshot); largest daily step $365B (2023-01-03); no ratio bound: it moved x13528 on 2019-11-18 ($2M -> $27B)',
      },
    ],
    maxLagDays: 10,
    lagWhy: 'operations every business day, results the same afternoon',
  },
  RRP_RATE: { unit: 'percent', eras: rate(-1, 10, 1.5, 'ON RRP rate: 0%..5.30% (snapshot since 2013), largest step 1.00 pp (2020-03-16)'), maxLagDays: 10, lagWhy: 'as ON RRP' },
  SRF_VOLUME: SRF_USAGE,
  // The morning and afternoon operations: each within the day's total, under the same bounds.
  SRF_AM: SRF_USAGE,
  SRF_PM: SRF_USAGE,
  TGA: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [
      {
        from: START,
        min: 1 * B,
        max: 3 * T,
        jump: { maxRatio: 10, ratioFloor: 0 },
        why: 'DTS closing balance: $22.9B (2023-06-01, debt ceiling) to $1.04T (snapshot since 2021); about $5B before 2008; largest daily change x3.05 (2023-06-05), so 10',
      },
    ],
    maxLagDays: 10,
    lagWhy: 'the DTS is published the next business day at 4 pm ET',
  },
  TGA_WEEKLY: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 1 * B, max: 3 * T, jump: { maxRatio: 10, ratioFloor: 0 }, why: 'WTREGEN week average: $3.7B (2000s) to $1.82T (snapshot since 2002); largest weekly change x5.23 (2011-12-21)' }],
    maxLagDays: 21,
    lagWhy: 'H.4.1 every Thursday for the week to Wednesday; 21 days covers a skipped release',
  },
  RESERVES: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [
      { from: START, min: 1 * B, max: 200 * B, jump: { maxRatio: 8, ratioFloor: 0 }, why: 'reserve balances before the 2008 crisis: $2.8B to $24B (snapshot from 2002-12-18), swinging week to week by x0.22 (2006-03-08) to x5.43 (2006-03-15)' },
      { from: '2008-09-01', min: 1 * B, max: 3 * T, jump: { maxRatio: 8, ratioFloor: 0 }, why: 'autumn 2008: reserves rose from $9B to $800B within months, x5.21 in the week to 2008-09-17 (snapshot)' },
      { from: '2010-01-01', min: 500 * B, max: 15 * T, jump: { maxRatio: 1.6, ratioFloor: 0 }, why: 'since 2010 above $1T; snapshot since 2015: $1.39T (2019-09-18) to $4.28T, weekly steps x0.91..x1.16; reserves do not halve or grow by 60% in a week' },
    ],
    maxLagDays: 21,
    lagWhy: 'as WTREGEN',
  },
  FED_ASSETS: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 500 * B, max: 20 * T, jump: { maxRatio: 1.5, ratioFloor: 0 }, why: 'WALCL: $0.71T (2002) to $8.97T (2022), snapshot; largest weekly step x1.24 (2008-10-01)' }],
    maxLagDays: 21,
    lagWhy: 'as WTREGEN',
  },
  TREASURIES: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 300 * B, max: 15 * T, jump: { maxRatio: 1.5, ratioFloor: 0 }, why: 'TREAST: $0.47T (2008) to $5.8T (2022); snapshot weekly steps x0.93..x1.13' }],
    maxLagDays: 21,
    lagWhy: 'as WTREGEN',
  },
  IORB: { unit: 'percent', eras: rate(-1, 10, 1.5, 'IORB/IOER: 0.10%..5.40% since 2008; largest step 1.00 pp (2020-03-16), snapshot max 0.75 pp'), maxLagDays: 10, lagWhy: 'FRED posts IORB daily' },
  TARGET_LOW: { unit: 'percent', eras: rate(-1, 25, 1.5, 'target range: 0%..5.25% since 2008 (snapshot); largest step 1.00 pp (2020-03-15)'), maxLagDays: 10, lagWhy: 'with the EFFR rows' },
  TARGET_HIGH: { unit: 'percent', eras: rate(-1, 25, 1.5, 'as TARGET_LOW: 0.25%..5.50%'), maxLagDays: 10, lagWhy: 'with the EFFR rows' },
  DGS10: { unit: 'percent', eras: rate(-1, 20, 1.5, '10-year yield since 1962: 0.52%..15.84% (snapshot); largest daily step 0.75 pp (1987-10-20)'), maxLagDays: 10, lagWhy: 'each business day' },
  GDP: {
    unit: 'usd',
    granularity: WHOLE_MILLIONS,
    eras: [{ from: START, min: 100 * B, max: 100 * T, jump: { maxRatio: 1.3, ratioFloor: 0 }, why: 'nominal GDP SAAR: $2.8T (1980) to $31.1T (2025), snapshot; largest quarterly step x0.918 (2020-Q2)' }],
    maxLagDays: 250,
    lagWhy: 'a quarter is first published about 30 days after it ends and is dated its first day: up to about 7 months',
  },
};

export type GateRule = 'future' | 'duplicate' | 'unit' | 'band' | 'jump' | 'revision' | 'empty' | 'short';
export type GateFailure = { rule: GateRule; series: SeriesId; row?: Point; previous?: Point; detail: string };
export type GateResult = { ok: true; points: Point[] } | { ok: false; failure: GateFailure };

function eraOn(bound: Bound, date: IsoDate): Era {
  let e = bound.eras[0]!;
  for (const x of bound.eras) if (x.from <= date) e = x;
  return e;
}

const ALTERNATIVES: Record<Unit, { factor: number; name: string }[]> = {
  percent: [
    { factor: 0.01, name: 'basis points' },
    { factor: 100, name: 'a fraction' },
  ],
  usd: [
    { factor: 1e-3, name: 'a unit 1000 times smaller (e.g. millions read as billions)' },
    { factor: 1e3, name: 'a unit 1000 times larger (e.g. billions read as millions)' },
    { factor: 1e-6, name: 'a unit a million times smaller' },
    { factor: 1e6, name: 'a unit a million times larger' },
  ],
};

function stepFails(j: JumpBound, a: number, b: number): string | null {
  const delta = b - a;
  if (j.maxAbs !== undefined && Math.abs(delta) > j.maxAbs) return `step ${fmt(delta)} exceeds ${fmt(j.maxAbs)}`;
  if (j.maxRatio !== undefined) {
    const hi = Math.max(Math.abs(a), Math.abs(b));
    const lo = Math.min(Math.abs(a), Math.abs(b));
    // From or to zero (ON RRP in 2020, SRF most days) a ratio says nothing.
    if (lo > 0 && hi >= (j.ratioFloor ?? 0) && hi / lo > j.maxRatio) return `step x${(b / a).toPrecision(3)} beyond x${j.maxRatio}`;
  }
  return null;
}

const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(3) : String(Math.round(n * 10_000) / 10_000));

/**
 * Checks one series as parsed (dates ascending or not). `previous`: the last stored observation
 * before the first row, so the first step is checked too. `today`: US Eastern date.
 * `reachesToday`: the read asked for data up to today, so its newest row must be recent.
 */
export function checkSeries(
  id: SeriesId,
  points: readonly Point[],
  ctx: { today: IsoDate; previous?: Point | null; reachesToday?: boolean },
): GateResult {
  const bound = BOUNDS[id];
  const fail = (rule: GateRule, detail: string, row?: Point, previous?: Point): GateResult => ({
    ok: false,
    failure: { rule, series: id, detail, ...(row ? { row } : {}), ...(previous ? { previous } : {}) },
  });
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: Point[] = [];
  for (const p of sorted) {
    if (p.date > ctx.today) return fail('future', `dated after today (${ctx.today})`, p);
    if (!Number.isFinite(p.value)) return fail('band', 'not a finite number', p);
    const last = out[out.length - 1];
    if (last && last.date === p.date) {
      if (last.value === p.value) continue; // a repeated row: collapsed
      return fail('duplicate', `repeated date with two values (${last.value} and ${p.value})`, p, last);
    }
    out.push(p);
  }
  for (const p of out) {
    const era = eraOn(bound, p.date);
    if (p.value >= era.min && p.value <= era.max) continue;
    const alt = ALTERNATIVES[bound.unit].find((a) => {
      const v = p.value * a.factor;
      return v >= era.min && v <= era.max;
    });
    if (alt) return fail('unit', `${fmt(p.value)} ${bound.unit} is outside ${fmt(era.min)}..${fmt(era.max)}; the row looks like ${alt.name}`, p);
    return fail('band', `${fmt(p.value)} ${bound.unit} is outside ${fmt(era.min)}..${fmt(era.max)}`, p);
  }
  if (bound.granularity) {
    const g = bound.granularity;
    const odd = out.find((p) => Math.abs(p.value / g - Math.round(p.value / g)) > 1e-6);
    if (odd) return fail('unit', `${fmt(odd.value)} is not a whole multiple of ${fmt(g)} dollars: the row looks like a unit 1000 times smaller`, odd);
  }
  let prev = ctx.previous && out[0] && ctx.previous.date < out[0].date ? ctx.previous : null;
  for (const p of out) {
    if (prev) {
      const why = stepFails(eraOn(bound, p.date).jump, prev.value, p.value);
      if (why) return fail('jump', `${why} from ${prev.date}`, p, prev);
    }
    prev = p;
  }
  if (ctx.reachesToday && out.length > 0) {
    const newest = out[out.length - 1]!;
    if (daysBetween(newest.date, ctx.today) > bound.maxLagDays) {
      return fail('short', `newest row is ${daysBetween(newest.date, ctx.today)} days old, more than ${bound.maxLagDays} (${bound.lagWhy})`, newest);
    }
  }
  return { ok: true, points: out };
}

/**
 * A date read again with a value that differs from the stored one by more than the series' jump
 * bound is not a revision but a unit or a source gone wrong (a whole answer rescaled stays inside
 * its band and has no step inside it: only the stored values show it).
 */
export function checkRevisions(id: SeriesId, stored: readonly Point[], fresh: readonly Point[]): GateResult {
  const kept = new Map(stored.map((p) => [p.date, p.value]));
  for (const p of fresh) {
    const before = kept.get(p.date);
    if (before === undefined) continue;
    const why = stepFails(eraOn(BOUNDS[id], p.date).jump, before, p.value);
    if (why) return { ok: false, failure: { rule: 'revision', series: id, row: p, previous: { date: p.date, value: before }, detail: `differs from the stored value: ${why}` } };
  }
  return { ok: true, points: [...fresh] };
}

/**
 * The whole gate for one series as read from an upstream: its rows on their own and against the
 * last stored point before them (checkSeries), then against what is stored for the same dates
 * (checkRevisions). Used by the live reader before storing and by refresh-snapshot before writing.
 */
export function checkRead(
  id: SeriesId,
  fresh: readonly Point[],
  stored: { before: Point | null; within: readonly Point[] },
  ctx: { today: IsoDate; reachesToday?: boolean },
): GateResult {
  const checked = checkSeries(id, fresh, { today: ctx.today, previous: stored.before, ...(ctx.reachesToday !== undefined ? { reachesToday: ctx.reachesToday } : {}) });
  return checked.ok ? checkRevisions(id, stored.within, checked.points) : checked;
}

/** One line for the log: "RESERVES: jump: step x1000 beyond x1.6 from 2025-10-22 at 2025-10-29 = 2.848e+15". */
export function describeGateFailure(f: GateFailure): string {
  const row = f.row ? ` at ${f.row.date} = ${fmt(f.row.value)}` : '';
  return `${f.series}: ${f.rule}: ${f.detail}${row}`;
}

/**
 * Upstream rows keyed by an identifier the source gives them (a repo operation id, a date and
 * type): equal repeats collapse to one, two different rows under one key fail. `same` decides
 * equality (by default the rows' JSON).
 */
export function collapseRepeats<T>(
  rows: readonly T[],
  key: (r: T, index: number) => string,
  same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): { ok: true; rows: T[]; collapsed: number } | { ok: false; key: string; first: T; second: T } {
  const seen = new Map<string, T>();
  const out: T[] = [];
  for (const [i, r] of rows.entries()) {
    const k = key(r, i);
    const before = seen.get(k);
    if (before === undefined) {
      seen.set(k, r);
      out.push(r);
    } else if (!same(before, r)) {
      return { ok: false, key: k, first: before, second: r };
    }
  }
  return { ok: true, rows: out, collapsed: rows.length - out.length };
}

/** The window a live read covers is "up to today" when it ends within a few days of today. */
export function reachesToday(end: IsoDate, today: IsoDate): boolean {
  return end >= addDays(today, -1);
}
