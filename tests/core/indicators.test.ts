// src/core/indicators.ts: values as of a date, changes, averages, spreads, alignment, net liquidity,
// reserves/GDP and QT pace. Amounts in USD, rates in percent.
import { describe, expect, it } from 'vitest';
import type { Point, Series } from '../../src/core/types.js';
import {
  alignAsOf,
  asOf,
  between,
  changesAsOf,
  indexAsOf,
  maxPoint,
  minPoint,
  monthlyChange,
  movingAverage,
  netLiquidity,
  on,
  reservesToGdp,
  spreadBp,
  spreadToBp,
  window,
} from '../../src/core/indicators.js';

const pts = (...rows: [string, number][]): Point[] => rows.map(([date, value]) => ({ date, value }));
const dates = (p: { date: string }[]): string[] => p.map((x) => x.date);

// SOFR around the Oct 2025 month end (data-sources.md §5.2).
const sofr = pts(
  ['2025-10-27', 4.27],
  ['2025-10-28', 4.31],
  ['2025-10-29', 4.27],
  ['2025-10-30', 4.04],
  ['2025-10-31', 4.22],
  ['2025-11-03', 4.13],
  ['2025-11-04', 4.0],
  ['2025-11-05', 3.91],
);

describe('indexAsOf, asOf and on', () => {
  it('given an empty series then indexAsOf is -1 and asOf/on are null', () => {
    expect(indexAsOf([], '2025-10-31')).toBe(-1);
    expect(asOf([], '2025-10-31')).toBeNull();
    expect(on([], '2025-10-31')).toBeNull();
  });

  it('given a date before the first point then indexAsOf is -1', () => {
    expect(indexAsOf(sofr, '2025-10-26')).toBe(-1);
  });

  it('given a weekend date then asOf is the Friday and on is null', () => {
    expect(asOf(sofr, '2025-11-02')).toEqual({ date: '2025-10-31', value: 4.22 });
    expect(on(sofr, '2025-11-02')).toBeNull();
    expect(on(sofr, '2025-10-31')).toEqual({ date: '2025-10-31', value: 4.22 });
  });

  it('given each point date and a date after the last then indexAsOf finds the right index', () => {
    sofr.forEach((p, i) => expect(indexAsOf(sofr, p.date)).toBe(i));
    expect(indexAsOf(sofr, '2026-01-01')).toBe(sofr.length - 1);
  });
});

describe('between and window', () => {
  it('given both ends on observations then both ends are included', () => {
    expect(dates(between(sofr, '2025-10-28', '2025-10-31'))).toEqual(['2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31']);
  });

  it('given ends on a weekend then only the observations inside are returned', () => {
    expect(dates(between(sofr, '2025-11-01', '2025-11-03'))).toEqual(['2025-11-03']);
    expect(dates(between(sofr, '2025-11-01', '2025-11-02'))).toEqual([]);
  });

  it('given a single day or a reversed window then it is that point or nothing', () => {
    expect(dates(between(sofr, '2025-10-31', '2025-10-31'))).toEqual(['2025-10-31']);
    expect(between(sofr, '2025-11-04', '2025-10-28')).toEqual([]);
    expect(between([], '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('given a series then window keeps its metadata and cuts its points', () => {
    const s: Series = { id: 'SOFR', unit: 'percent', calendar: 'business', points: sofr, provenance: { source: 'FRED', seriesId: 'SOFR' } };
    const w = window(s, '2025-10-30', '2025-11-03');
    expect(dates(w.points)).toEqual(['2025-10-30', '2025-10-31', '2025-11-03']);
    expect(w.provenance).toEqual(s.provenance);
    expect(w.id).toBe('SOFR');
  });
});

describe('changesAsOf', () => {
  it('given a date with no observation yet then it is null', () => {
    expect(changesAsOf(sofr, '2025-10-26')).toBeNull();
    expect(changesAsOf([], '2025-10-26')).toBeNull();
  });

  it('given Friday 2025-10-31 then the change since the previous observation is +18 bp', () => {
    const c = changesAsOf(sofr, '2025-10-31')!;
    expect(c.latest).toEqual({ date: '2025-10-31', value: 4.22 });
    expect(c.prev!.from.date).toBe('2025-10-30');
    expect(c.prev!.delta).toBeCloseTo(0.18, 10);
  });

  it('given a Sunday then the latest is the Friday and the previous the Thursday', () => {
    const c = changesAsOf(sofr, '2025-11-02')!;
    expect(c.latest.date).toBe('2025-10-31');
    expect(c.prev!.from.date).toBe('2025-10-30');
  });

  it('given a week later then the 1w change is from the last observation on or before 7 days earlier', () => {
    const c = changesAsOf(sofr, '2025-11-04')!;
    expect(c.week!.from).toEqual({ date: '2025-10-28', value: 4.31 });
    expect(c.week!.delta).toBeCloseTo(-0.31, 10);
    // 2025-11-03 - 7 days = 2025-10-27, an observation.
    expect(changesAsOf(sofr, '2025-11-03')!.week!.from.date).toBe('2025-10-27');
  });

  it('given too little history then the 1w, 1m, ytd and 1y changes are null', () => {
    const c = changesAsOf(sofr, '2025-10-31')!;
    expect(c.week).toBeNull();
    expect(c.month).toBeNull();
    expect(c.ytd).toBeNull();
    expect(c.year).toBeNull();
  });

  it('given the first observation then there is no previous change', () => {
    expect(changesAsOf(sofr, '2025-10-27')!.prev).toBeNull();
  });

  it('given month-end history then 1m uses the clamped month (2025-03-31 -> 2025-02-28)', () => {
    const s = pts(['2025-02-27', 4.3], ['2025-02-28', 4.39], ['2025-03-03', 4.33], ['2025-03-31', 4.41]);
    const c = changesAsOf(s, '2025-03-31')!;
    expect(c.month!.from).toEqual({ date: '2025-02-28', value: 4.39 });
    expect(c.month!.delta).toBeCloseTo(0.02, 10);
  });

  it('given history across a year boundary then ytd is from the last observation of the previous year', () => {
    const s = pts(['2024-12-30', 4.4], ['2024-12-31', 4.49], ['2025-01-02', 4.4], ['2025-01-15', 4.3]);
    expect(changesAsOf(s, '2025-01-15')!.ytd!.from).toEqual({ date: '2024-12-31', value: 4.49 });
    expect(changesAsOf(s, '2025-01-02')!.ytd!.delta).toBeCloseTo(-0.09, 10);
    // On the last day of the year itself there is no ytd (the base is the year before).
    expect(changesAsOf(s, '2024-12-31')!.ytd).toBeNull();
  });

  it('given one year of history then the 1y change is from the same day a year earlier', () => {
    const s = pts(['2024-10-30', 4.85], ['2024-10-31', 4.9], ['2025-10-31', 4.22]);
    const c = changesAsOf(s, '2025-10-31')!;
    expect(c.year!.from.date).toBe('2024-10-31');
    expect(c.year!.delta).toBeCloseTo(-0.68, 10);
    expect(c.ytd!.from.date).toBe('2024-10-31'); // the last observation of 2024
  });
});

describe('movingAverage', () => {
  it('given 3 observations per window then each average is the mean of the last 3 observations', () => {
    const ma = movingAverage(pts(['2025-01-01', 1], ['2025-01-02', 2], ['2025-01-03', 3], ['2025-01-06', 4], ['2025-01-07', 8]), 3);
    expect(dates(ma)).toEqual(['2025-01-03', '2025-01-06', '2025-01-07']);
    expect(ma.map((p) => p.value)).toEqual([2, 3, 5]);
  });

  it('given fewer observations than the window then it is empty', () => {
    expect(movingAverage(pts(['2025-01-01', 1], ['2025-01-02', 2]), 3)).toEqual([]);
  });

  it('given a window of 1 then it is the series itself (to float precision)', () => {
    const ma = movingAverage(sofr, 1);
    expect(dates(ma)).toEqual(dates(sofr));
    ma.forEach((p, i) => expect(p.value).toBeCloseTo(sofr[i]!.value, 12));
  });

  it('given a long series of rates then the running sum does not drift', () => {
    const long = Array.from({ length: 2000 }, (_, i) => ({ date: `d${String(i).padStart(5, '0')}`, value: i % 2 ? 4.31 : 4.27 }));
    const ma = movingAverage(long, 2);
    expect(ma.at(-1)!.value).toBeCloseTo(4.29, 9);
  });
});

describe('spreadBp and spreadToBp', () => {
  it('given two series then the spread is in bp and only on the dates both have', () => {
    const iorb = pts(['2025-10-28', 4.15], ['2025-10-29', 4.15], ['2025-10-30', 3.9], ['2025-11-01', 3.9]);
    const s = spreadBp(sofr, iorb);
    expect(s).toEqual(pts(['2025-10-28', 16], ['2025-10-29', 12], ['2025-10-30', 14]));
  });

  it('given rates whose float difference is inexact then the spread is a clean number of bp', () => {
    expect(spreadBp(pts(['2025-10-31', 4.22]), pts(['2025-10-31', 4.0]))[0]!.value).toBe(22);
    expect(spreadBp(pts(['2025-11-05', 3.91]), pts(['2025-11-05', 3.9]))[0]!.value).toBe(1);
  });

  it('given no common dates then the spread is empty', () => {
    expect(spreadBp(sofr, pts(['2025-11-01', 3.9]))).toEqual([]);
  });

  it('given a dated function then the spread is taken against it, skipping dates where it is null', () => {
    const srf = (d: string): number | null => (d >= '2025-10-30' ? 4.0 : null);
    expect(spreadToBp(sofr.slice(2, 5), srf)).toEqual(pts(['2025-10-30', 4], ['2025-10-31', 22]));
  });
});

describe('alignAsOf', () => {
  const wednesdays = pts(['2025-10-22', 0], ['2025-10-29', 0], ['2025-11-05', 0], ['2025-11-12', 0]);
  const rrp = pts(['2025-10-22', 1], ['2025-10-28', 2], ['2025-11-04', 3]);

  it('given a daily series on weekly dates then each date gets the last value within the maximum age', () => {
    const a = alignAsOf(wednesdays, rrp, 4);
    expect(a.map((p) => p?.date ?? null)).toEqual(['2025-10-22', '2025-10-28', '2025-11-04', null]);
  });

  it('given a maximum age of 0 then only exact dates align', () => {
    expect(alignAsOf(wednesdays, rrp, 0).map((p) => p?.date ?? null)).toEqual(['2025-10-22', null, null, null]);
  });

  it('given an observation exactly maxAge days old then it is kept, one day older then it is not', () => {
    expect(alignAsOf(pts(['2025-11-12', 0]), rrp, 8)[0]?.date).toBe('2025-11-04');
    expect(alignAsOf(pts(['2025-11-12', 0]), rrp, 7)[0]).toBeNull();
  });

  it('given nothing before a base date then it is null', () => {
    expect(alignAsOf(pts(['2025-10-01', 0]), rrp, 30)).toEqual([null]);
  });
});

describe('netLiquidity', () => {
  it('given the 2025-10-29 H.4.1 then WALCL - WTREGEN - ON RRP = 5,609,540 $M (data-sources.md §2.6)', () => {
    const out = netLiquidity(pts(['2025-10-29', 6_587_034e6]), pts(['2025-10-29', 957_990e6]), pts(['2025-10-28', 14.096e9], ['2025-10-29', 19.504e9]));
    expect(out).toEqual([
      { date: '2025-10-29', value: 5_609_540e6, fedAssets: 6_587_034e6, tga: 957_990e6, rrp: 19.504e9, rrpDate: '2025-10-29' },
    ]);
  });

  it('given no ON RRP on the Wednesday then the last business day within 4 days is used, and named', () => {
    const out = netLiquidity(pts(['2025-11-26', 100]), pts(['2025-11-26', 10]), pts(['2025-11-24', 3], ['2025-11-25', 5]));
    expect(out).toEqual([{ date: '2025-11-26', value: 85, fedAssets: 100, tga: 10, rrp: 5, rrpDate: '2025-11-25' }]);
  });

  it('given an ON RRP older than 4 days or a missing TGA week then that Wednesday is left out', () => {
    const walcl = pts(['2025-11-05', 100], ['2025-11-12', 100], ['2025-11-19', 100]);
    const tga = pts(['2025-11-05', 10], ['2025-11-12', 10]);
    const rrp = pts(['2025-11-05', 1], ['2025-11-07', 2], ['2025-11-19', 3]);
    expect(dates(netLiquidity(walcl, tga, rrp))).toEqual(['2025-11-05']); // 11-12: RRP 5 days old; 11-19: no TGA
  });
});

describe('reservesToGdp', () => {
  const gdp = pts(['2025-01-01', 30e12], ['2025-04-01', 30.5e12]);

  it('given reserves and the newest GDP quarter published by then, the ratio is a percentage and names the quarter', () => {
    const out = reservesToGdp(pts(['2025-05-07', 3.3e12], ['2025-10-29', 2_848_021e6]), gdp);
    expect(out[0]).toEqual({ date: '2025-05-07', value: 11, gdpDate: '2025-01-01' });
    expect(out[1]!.gdpDate).toBe('2025-04-01');
    expect(out[1]!.value).toBeCloseTo((2_848_021e6 / 30.5e12) * 100, 10);
  });

  it('given a quarter not yet published on the date (no look-ahead), it is not used', () => {
    // Q1 2025 (stamped 2025-01-01) is first published at the end of April: mid-April has no GDP here.
    expect(reservesToGdp(pts(['2025-04-15', 3e12]), gdp)).toEqual([]);
    // Mid-July still uses Q1: Q2 (2025-04-01) comes out at the end of July.
    expect(reservesToGdp(pts(['2025-07-16', 3e12]), gdp)[0]!.gdpDate).toBe('2025-01-01');
  });

  it('given reserves before any GDP or with GDP older than 400 days then they are left out', () => {
    expect(reservesToGdp(pts(['2024-12-25', 3e12]), gdp)).toEqual([]);
    expect(dates(reservesToGdp(pts(['2026-05-06', 3e12], ['2026-05-07', 3e12]), gdp))).toEqual(['2026-05-06']); // 04-01 + 400 d = 2026-05-06
  });
});

describe('monthlyChange', () => {
  it('given weekly Wednesdays then each point is the change from four weeks earlier', () => {
    const walcl = pts(['2025-10-01', 6_600e9], ['2025-10-08', 6_590e9], ['2025-10-15', 6_585e9], ['2025-10-22', 6_590e9], ['2025-10-29', 6_587.034e9]);
    const out = monthlyChange(walcl);
    expect(dates(out)).toEqual(['2025-10-29']);
    expect(out[0]!.value).toBeCloseTo(-12.966e9, 0);
  });

  it('given no week exactly four weeks back then an earlier one within 31 days is used, else nothing', () => {
    expect(monthlyChange(pts(['2025-10-02', 10], ['2025-10-29', 4]))).toEqual([]); // 27 days back: too recent
    expect(monthlyChange(pts(['2025-09-29', 10], ['2025-10-29', 4]))).toEqual([{ date: '2025-10-29', value: -6 }]); // 30 days back
    expect(monthlyChange(pts(['2025-09-27', 10], ['2025-10-29', 4]))).toEqual([]); // 32 days back
  });
});

describe('maxPoint and minPoint', () => {
  it('given SOFR around the month end then the max is 4.31 on 10-28 and the min 3.91 on 11-05', () => {
    expect(maxPoint(sofr)).toEqual({ date: '2025-10-28', value: 4.31 });
    expect(minPoint(sofr)).toEqual({ date: '2025-11-05', value: 3.91 });
  });

  it('given ties then the first is kept; given nothing then null', () => {
    expect(maxPoint(pts(['2025-10-27', 4.27], ['2025-10-29', 4.27]))!.date).toBe('2025-10-27');
    expect(maxPoint([])).toBeNull();
    expect(minPoint([])).toBeNull();
  });
});
