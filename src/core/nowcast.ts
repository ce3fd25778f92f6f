// Reserves nowcast: bank reserves between H.4.1 releases, from the daily TGA and ON RRP. Pure.
//
// Reserves are a Fed liability; on the balance sheet, when the Treasury's cash (TGA) or money
// funds' ON RRP balance rises by $1, reserves fall by $1, and when Fed assets grow by $1 they rise
// by $1 (other liabilities such as currency move slowly). So
//
//   reserves(D) ~ WRESBAL(W) - [TGA(D) - TGA(W)] - [ON RRP(D) - ON RRP(W)] + [WALCL(D) - WALCL(W)]
//
// Definitions, compared like with like:
// - WRESBAL(W) is the AVERAGE of the seven days Thursday..Wednesday W. Its base values of the TGA and
//   ON RRP are therefore their week averages over the same seven calendar days, each day taking the
//   last business day's close (a weekend holds Friday's balance, as the Fed's own averages do).
// - The estimate for a day D (the /nowcast answer) uses the latest TGA and ON RRP values on or
//   before D: it estimates the level of reserves on D, not a week average.
// - The backtest estimates a published week average, so it uses the week averages of the TGA and
//   ON RRP over the target week (seven days to Wednesday W+7) against those of the base week.
// - WALCL is a Wednesday level, published with WRESBAL in the same H.4.1, so the change in Fed
//   assets is only added when a WALCL newer than the base week is known (in the snapshot, and live
//   between releases it is not; the backtest reports both ways).
// All amounts in USD.
import { addDays } from './dates.js';
import { asOf, indexAsOf } from './indicators.js';
import type { IsoDate, Point } from './types.js';

export type NowcastInputs = {
  /** WRESBAL: week average, stamped with the Wednesday ending the week. */
  reserves: Point[];
  /** DTS TGA closing balance, business days. */
  tga: Point[];
  /** ON RRP take-up, business days. */
  rrp: Point[];
  /** WALCL, Wednesday level (optional). */
  fedAssets?: Point[];
};

/** The longest a daily series may be stale on a day before it is not used (a long weekend + a day). */
const MAX_GAP_DAYS = 5;

/** The value in force on `d` (last observation on or before it, at most MAX_GAP_DAYS old). */
function heldOn(points: Point[], d: IsoDate): number | null {
  const p = asOf(points, d);
  return p && addDays(p.date, MAX_GAP_DAYS) >= d ? p.value : null;
}

/**
 * Average of a business-day series over the seven calendar days ending `wed` (Thursday..Wednesday),
 * each day holding the last close. null when a day has no value in force.
 */
export function weekAverage(points: Point[], wed: IsoDate): number | null {
  let sum = 0;
  for (let k = 6; k >= 0; k--) {
    const v = heldOn(points, addDays(wed, -k));
    if (v === null) return null;
    sum += v;
  }
  return sum / 7;
}

export type Nowcast = {
  /** The day estimated. */
  date: IsoDate;
  /** The estimate of reserves on that day (USD). */
  value: number;
  /** The base: the last published week (Wednesday) and its week-average reserves. */
  base: Point;
  /** -(change in the TGA), from the base week's average to the latest close on or before `date`. */
  tga: number;
  tgaDate: IsoDate;
  /** -(change in ON RRP), likewise. */
  rrp: number;
  rrpDate: IsoDate;
  /** +(change in Fed assets) since the base Wednesday, when a newer WALCL is known; else null. */
  fedAssets: number | null;
  fedAssetsDate: IsoDate | null;
};

/**
 * Today's estimate: reserves on `d` from the last published week on or before `d`. null when there
 * is no published week, or the TGA or ON RRP have no value in force on `d` or over the base week.
 */
export function nowcastOn(inp: NowcastInputs, d: IsoDate): Nowcast | null {
  const base = asOf(inp.reserves, d);
  if (!base) return null;
  const tgaBase = weekAverage(inp.tga, base.date);
  const rrpBase = weekAverage(inp.rrp, base.date);
  const tgaNow = asOf(inp.tga, d);
  const rrpNow = asOf(inp.rrp, d);
  if (tgaBase === null || rrpBase === null || !tgaNow || !rrpNow) return null;
  if (addDays(tgaNow.date, MAX_GAP_DAYS) < d || addDays(rrpNow.date, MAX_GAP_DAYS) < d) return null;
  const tga = -(tgaNow.value - tgaBase);
  const rrp = -(rrpNow.value - rrpBase);
  let fedAssets: number | null = null;
  let fedAssetsDate: IsoDate | null = null;
  if (inp.fedAssets) {
    const then = asOf(inp.fedAssets, base.date);
    const now = asOf(inp.fedAssets, d);
    if (then && now && then.date === base.date && now.date > base.date) {
      fedAssets = now.value - then.value;
      fedAssetsDate = now.date;
    }
  }
  return { date: d, value: base.value + tga + rrp + (fedAssets ?? 0), base, tga, tgaDate: tgaNow.date, rrp, rrpDate: rrpNow.date, fedAssets, fedAssetsDate };
}

/**
 * The daily nowcast line: one estimate per TGA business day after the last published week on or
 * before each day, from `start` to `end`. Only days newer than their base week are estimated (on a
 * published Wednesday the published figure stands).
 */
export function nowcastLine(inp: NowcastInputs, start: IsoDate, end: IsoDate): Point[] {
  const out: Point[] = [];
  const from = indexAsOf(inp.tga, addDays(start, -1)) + 1;
  const to = indexAsOf(inp.tga, end);
  for (let i = from; i <= to; i++) {
    const d = inp.tga[i]!.date;
    const n = nowcastOn(inp, d);
    if (n && n.base.date < d) out.push({ date: d, value: n.value });
  }
  return out;
}

export type BacktestWeek = {
  /** The week estimated (its Wednesday), its published figure, the base figure a week earlier. */
  date: IsoDate;
  actual: number;
  base: number;
  /** Nowcast with the TGA and ON RRP only (all that is known before the H.4.1). */
  nowcast: number;
  /** Nowcast adding the change in WALCL (published in the same H.4.1: hindsight), null without it. */
  withFedAssets: number | null;
};

export type Score = { mae: number; hitRate: number; weeks: number };

export type Backtest = {
  from: IsoDate;
  to: IsoDate;
  weeks: BacktestWeek[];
  nowcast: Score;
  withFedAssets: Score | null;
  /** The naive forecast: no change from the base week. */
  naive: Score;
};

/**
 * For each published week W in [from, to] whose previous week W-7 is published too: estimate W's
 * week-average reserves from W-7's figure minus the change in the week-average TGA and ON RRP
 * (plus the change in WALCL for the second variant), and compare with W's published figure.
 * Direction: the sign of the estimated change against the sign of the published change (a week
 * with no published change counts as a hit only for an estimate of no change).
 */
export function backtest(inp: NowcastInputs, from: IsoDate, to: IsoDate): Backtest {
  const weeks: BacktestWeek[] = [];
  const fed = inp.fedAssets ? new Map(inp.fedAssets.map((p) => [p.date, p.value])) : null;
  for (let i = 1; i < inp.reserves.length; i++) {
    const w = inp.reserves[i]!;
    const b = inp.reserves[i - 1]!;
    if (w.date < from || w.date > to || addDays(b.date, 7) !== w.date) continue;
    const t1 = weekAverage(inp.tga, w.date);
    const t0 = weekAverage(inp.tga, b.date);
    const r1 = weekAverage(inp.rrp, w.date);
    const r0 = weekAverage(inp.rrp, b.date);
    if (t1 === null || t0 === null || r1 === null || r0 === null) continue;
    const nowcast = b.value - (t1 - t0) - (r1 - r0);
    const a1 = fed?.get(w.date);
    const a0 = fed?.get(b.date);
    const withFedAssets = a1 !== undefined && a0 !== undefined ? nowcast + (a1 - a0) : null;
    weeks.push({ date: w.date, actual: w.value, base: b.value, nowcast, withFedAssets });
  }
  const score = (pick: (w: BacktestWeek) => number | null): Score | null => {
    const used = weeks.filter((w) => pick(w) !== null);
    if (!used.length) return null;
    let err = 0;
    let hits = 0;
    for (const w of used) {
      const est = pick(w)!;
      err += Math.abs(est - w.actual);
      if (Math.sign(est - w.base) === Math.sign(w.actual - w.base)) hits++;
    }
    return { mae: err / used.length, hitRate: hits / used.length, weeks: used.length };
  };
  const empty: Score = { mae: NaN, hitRate: NaN, weeks: 0 };
  return {
    from,
    to,
    weeks,
    nowcast: score((w) => w.nowcast) ?? empty,
    withFedAssets: score((w) => w.withFedAssets),
    naive: score((w) => w.base) ?? empty,
  };
}

/** The backtest's window over the snapshot: 2022 to 2026 (issue 5). */
export const BACKTEST_WINDOW = { from: '2022-01-01', to: '2026-12-31' } as const;
