// Pure arithmetic on series: values as of a date, changes, moving averages, spreads, alignment,
// net liquidity, reserves/GDP, QT pace. No I/O. Amounts in USD, rates in percent.
import { addDays, addMonths, isBusinessDay, weekday } from './dates.js';
import type { Calendar, IsoDate, Point, Series } from './types.js';

/** Index of the last point with date <= d, or -1. Points are ascending. */
export function indexAsOf(points: Point[], d: IsoDate): number {
  let lo = 0;
  let hi = points.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.date <= d) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The last observation on or before `d`. */
export function asOf<T extends Point>(points: T[], d: IsoDate): T | null {
  const i = indexAsOf(points, d);
  return i >= 0 ? points[i]! : null;
}

/** The observation exactly on `d`. */
export function on<T extends Point>(points: T[], d: IsoDate): T | null {
  const p = asOf(points, d);
  return p && p.date === d ? p : null;
}

export function between<T extends Point>(points: T[], start: IsoDate, end: IsoDate): T[] {
  const hi = indexAsOf(points, end);
  const lo = indexAsOf(points, addDays(start, -1)) + 1;
  return hi >= lo ? points.slice(lo, hi + 1) : [];
}

export type Change = { from: Point; to: Point; delta: number };

export type Changes = {
  latest: Point;
  /** Since the previous observation (the previous business day, week, quarter...). */
  prev: Change | null;
  /** Since the last observation on or before 7 days earlier. */
  week: Change | null;
  /** Since the last observation on or before one calendar month earlier. */
  month: Change | null;
  /** Since the last observation of the previous year. */
  ytd: Change | null;
  /**
   * Since a year earlier: on a weekly series the week 52 weeks back (364 days, the same weekday),
   * otherwise the last observation on or before the same day a year earlier.
   */
  year: Change | null;
};

/** The point, if it is not older than `earliest` (a gap in the data must not stretch a horizon). */
function within(p: Point | null, earliest: IsoDate): Point | null {
  return p && p.date >= earliest ? p : null;
}

function change(from: Point | null, to: Point): Change | null {
  return from && from.date < to.date ? { from, to, delta: to.value - from.value } : null;
}

/** The year-ago base of `latest`: 52 weeks back on a weekly series, a calendar year otherwise. */
export function yearAgo<T extends Point>(points: T[], latest: IsoDate, calendar?: Calendar): T | null {
  if (calendar === 'weekly') {
    const p = asOf(points, addDays(latest, -364));
    return p && p.date >= addDays(latest, -370) ? p : null;
  }
  const p = asOf(points, addMonths(latest, -12));
  return p && p.date >= addMonths(addDays(latest, -7), -12) ? p : null;
}

/**
 * Changes of the observation in force on `d`, over the usual horizons. null if none by `d`.
 * `calendar` says how the series is stamped (a weekly series' year is 52 weeks).
 */
export function changesAsOf(points: Point[], d: IsoDate, calendar?: Calendar): Changes | null {
  const i = indexAsOf(points, d);
  if (i < 0) return null;
  const latest = points[i]!;
  const prior = i > 0 ? points[i - 1]! : null;
  return {
    latest,
    prev: change(prior, latest),
    week: change(within(asOf(points, addDays(latest.date, -7)), addDays(latest.date, -14)), latest),
    month: change(within(asOf(points, addMonths(latest.date, -1)), addDays(addMonths(latest.date, -1), -10)), latest),
    ytd: change(within(asOf(points, `${Number(latest.date.slice(0, 4)) - 1}-12-31`), `${Number(latest.date.slice(0, 4)) - 1}-01-01`), latest),
    year: change(yearAgo(points, latest.date, calendar), latest),
  };
}

/** Trailing moving average over the last `n` observations (not calendar days: no forward fill). */
export function movingAverage(points: Point[], n: number): Point[] {
  // Each window summed afresh: a running sum drifts (4.31 came back as 4.309999999999999), and
  // thresholds compare these values exactly. Windows are short (5 to 20 observations).
  const out: Point[] = [];
  for (let i = n - 1; i < points.length; i++) {
    let sum = 0;
    for (let j = i - n + 1; j <= i; j++) sum += points[j]!.value;
    out.push({ date: points[i]!.date, value: sum / n });
  }
  return out;
}

/** a - b in basis points on the dates both have an observation (percent inputs). */
export function spreadBp(a: Point[], b: Point[]): Point[] {
  const bm = new Map(b.map((p) => [p.date, p.value]));
  const out: Point[] = [];
  for (const p of a) {
    const v = bm.get(p.date);
    if (v !== undefined) out.push({ date: p.date, value: Math.round((p.value - v) * 10000) / 100 });
  }
  return out;
}

/** a - f(date) in basis points, for a rate against a dated function (an administered rate). */
export function spreadToBp(a: Point[], f: (d: IsoDate) => number | null): Point[] {
  const out: Point[] = [];
  for (const p of a) {
    const v = f(p.date);
    if (v !== null) out.push({ date: p.date, value: Math.round((p.value - v) * 10000) / 100 });
  }
  return out;
}

/**
 * Aligns `other` onto the dates of `base`: for each base date, the last `other` observation on or
 * before it, if no older than `maxAgeDays` (e.g. ON RRP, a business-day series, on H.4.1 Wednesdays).
 */
export function alignAsOf(base: Point[], other: Point[], maxAgeDays: number): (Point | null)[] {
  return base.map((p) => {
    const o = asOf(other, p.date);
    return o && addDays(o.date, maxAgeDays) >= p.date ? o : null;
  });
}

export type NetLiquidityPoint = {
  date: IsoDate; // the H.4.1 Wednesday
  value: number;
  fedAssets: number;
  tga: number;
  rrp: number;
  rrpDate: IsoDate;
};

/**
 * Net liquidity = Fed total assets - TGA - ON RRP, on the H.4.1 Wednesdays (data-sources.md §2.6):
 * WALCL (Wednesday level) - WTREGEN (week average) - ON RRP on that Wednesday (or the last business
 * day before it, at most 4 days back). All in USD.
 */
export function netLiquidity(fedAssets: Point[], tgaWeekly: Point[], rrp: Point[]): NetLiquidityPoint[] {
  const tgaMap = new Map(tgaWeekly.map((p) => [p.date, p.value]));
  const rrpAligned = alignAsOf(fedAssets, rrp, 4);
  const out: NetLiquidityPoint[] = [];
  fedAssets.forEach((a, i) => {
    const tga = tgaMap.get(a.date);
    const r = rrpAligned[i];
    if (tga === undefined || !r) return;
    out.push({ date: a.date, value: a.value - tga - r.value, fedAssets: a.value, tga, rrp: r.value, rrpDate: r.date });
  });
  return out;
}

/** Reserves as a share of nominal GDP (percent), with the GDP quarter in force on each date. */
export function reservesToGdp(reserves: Point[], gdp: Point[]): (Point & { gdpDate: IsoDate })[] {
  const out: (Point & { gdpDate: IsoDate })[] = [];
  for (const r of reserves) {
    // GDP is stamped with the quarter's first day and first published about a month after the
    // quarter ends: on a date, the newest quarter known is the one that started 4 months before.
    // (The value used is today's vintage of that quarter, not the first estimate.)
    const g = asOf(gdp, addMonths(r.date, -4));
    if (g && addDays(g.date, 400) >= r.date) out.push({ date: r.date, value: (r.value / g.value) * 100, gdpDate: g.date });
  }
  return out;
}

/**
 * QT pace: the change in Fed total assets over the last ~4 weeks (the weekly point 28 days earlier),
 * in USD per month; negative means the balance sheet shrinks.
 */
export function monthlyChange(weekly: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of weekly) {
    const then = asOf(weekly, addDays(p.date, -28));
    if (then && then.date >= addDays(p.date, -31)) out.push({ date: p.date, value: p.value - then.value });
  }
  return out;
}

/** The series' points restricted to `[start, end]` keeping the series metadata. */
export function window(series: Series, start: IsoDate, end: IsoDate): Series {
  return { ...series, points: between(series.points, start, end) };
}

export function maxPoint(points: Point[]): Point | null {
  return points.reduce<Point | null>((m, p) => (m === null || p.value > m.value ? p : m), null);
}

export function minPoint(points: Point[]): Point | null {
  return points.reduce<Point | null>((m, p) => (m === null || p.value < m.value ? p : m), null);
}

/**
 * H.4.1-style week averages (weeks ending Wednesday, seven calendar days, a weekend or holiday
 * counting the last business day's close) from a business-day series: the daily DTS TGA averaged
 * this way reproduces FRED WTREGEN to within its $1M rounding (229 weeks checked, 2021-2025). A week
 * is derived only when every one of its days has its close: the series must reach its last business day.
 */
export function weekAveragesFromDaily(daily: Point[]): Point[] {
  const out: Point[] = [];
  if (!daily.length) return out;
  const first = daily[0]!.date;
  const lastDate = daily[daily.length - 1]!.date;
  let w = addDays(first, 6 + ((3 - weekday(addDays(first, 6)) + 7) % 7));
  for (; w <= addDays(lastDate, 6); w = addDays(w, 7)) {
    let lastBusiness = w;
    while (!isBusinessDay(lastBusiness)) lastBusiness = addDays(lastBusiness, -1);
    if (lastBusiness > lastDate) break;
    let sum = 0;
    let ok = true;
    for (let i = 6; i >= 0; i--) {
      const p = asOf(daily, addDays(w, -i));
      if (!p || p.date < addDays(w, -i - 5)) {
        ok = false;
        break;
      }
      sum += p.value;
    }
    if (ok) out.push({ date: w, value: sum / 7 });
  }
  return out;
}

/**
 * The TGA week average: FRED WTREGEN where it is published, then the weeks derived from the daily
 * DTS (weekAveragesFromDaily) after its last week. `derivedFrom` is the first derived week, if any.
 */
export function tgaWeekAverages(weekly: Point[], daily: Point[]): { points: Point[]; derivedFrom: IsoDate | null } {
  const lastWeekly = weekly[weekly.length - 1]?.date ?? '';
  const derived = weekAveragesFromDaily(daily).filter((p) => p.date > lastWeekly);
  return { points: [...weekly, ...derived], derivedFrom: derived[0]?.date ?? null };
}
