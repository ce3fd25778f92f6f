// src/core/nowcast.ts: reserves between H.4.1 releases from the daily TGA and ON RRP, and its backtest.
import { describe, expect, it } from 'vitest';
import { BACKTEST_WINDOW, backtest, nowcastLine, nowcastOn, weekAverage, type NowcastInputs } from '../../src/core/nowcast.js';
import type { Point, SeriesId } from '../../src/core/types.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';

const B = 1e9;
/** Business days (Mon-Fri) from `start` to `end` with value f(date). */
function businessDays(start: string, end: string, f: (d: string) => number): Point[] {
  const out: Point[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86400000) {
    const d = new Date(t).toISOString().slice(0, 10);
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push({ date: d, value: f(d) });
  }
  return out;
}

describe('weekAverage', () => {
  it('averages the seven calendar days Thursday..Wednesday, weekends holding Friday', () => {
    // Thu 2025-10-23 .. Wed 2025-10-29: Thu 100, Fri 200 (held Sat, Sun), Mon-Wed 300.
    const pts = businessDays('2025-10-23', '2025-10-29', (d) => (d === '2025-10-23' ? 100 : d === '2025-10-24' ? 200 : 300));
    expect(weekAverage(pts, '2025-10-29')).toBeCloseTo((100 + 200 * 3 + 300 * 3) / 7, 9);
    expect(weekAverage(pts, '2025-11-05')).toBeNull(); // no values in force that week
  });
});

describe('nowcastOn, on hand-made data', () => {
  // Base week to Wed 2025-10-29: reserves 2,850B; TGA flat 900B and ON RRP flat 50B that week.
  // Afterwards (from Thu 10-30) the TGA is 930B and ON RRP 40B; WALCL -5B by Wed 11-05.
  const inp: NowcastInputs = {
    reserves: [{ date: '2025-10-29', value: 2850 * B }],
    tga: businessDays('2025-10-20', '2025-11-05', (d) => (d <= '2025-10-29' ? 900 * B : 930 * B)),
    rrp: businessDays('2025-10-20', '2025-11-05', (d) => (d <= '2025-10-29' ? 50 * B : 40 * B)),
    fedAssets: [{ date: '2025-10-29', value: 6600 * B }, { date: '2025-11-05', value: 6595 * B }],
  };

  it('subtracts the TGA rise, adds the ON RRP fall, from the base week averages', () => {
    const n = nowcastOn(inp, '2025-10-31')!;
    expect(n.base).toEqual({ date: '2025-10-29', value: 2850 * B });
    expect(n.tga).toBeCloseTo(-30 * B, 0);
    expect(n.rrp).toBeCloseTo(10 * B, 0);
    expect(n.fedAssets).toBeNull(); // no WALCL newer than the base week yet
    expect(n.value).toBeCloseTo(2830 * B, 0);
  });

  it('adds the change in Fed assets once a newer WALCL is known', () => {
    const n = nowcastOn(inp, '2025-11-05')!;
    expect(n.fedAssets).toBeCloseTo(-5 * B, 0);
    expect(n.value).toBeCloseTo(2825 * B, 0);
  });

  it('is null without a published week, and the line starts after the base week', () => {
    expect(nowcastOn(inp, '2025-10-28')).toBeNull();
    const line = nowcastLine(inp, '2025-10-20', '2025-11-04');
    expect(line.map((p) => p.date)).toEqual(['2025-10-30', '2025-10-31', '2025-11-03', '2025-11-04']);
  });

  it('backtests week averages: a perfect TGA drain is predicted exactly, the naive forecast misses it', () => {
    // Two weeks: reserves fall by exactly the rise in the TGA's week average.
    const tga = businessDays('2025-10-13', '2025-11-05', (d) => (d <= '2025-10-29' ? 900 * B : 930 * B));
    const rrp = businessDays('2025-10-13', '2025-11-05', () => 50 * B);
    const tgaDelta = weekAverage(tga, '2025-11-05')! - weekAverage(tga, '2025-10-29')!;
    const reserves = [{ date: '2025-10-29', value: 2850 * B }, { date: '2025-11-05', value: 2850 * B - tgaDelta }];
    const bt = backtest({ reserves, tga, rrp }, '2025-01-01', '2025-12-31');
    expect(bt.weeks).toHaveLength(1);
    expect(bt.nowcast.mae).toBeCloseTo(0, 0);
    expect(bt.nowcast.hitRate).toBe(1);
    expect(bt.naive.mae).toBeCloseTo(tgaDelta, 0);
    expect(bt.naive.hitRate).toBe(0);
  });
});

describe('the backtest on the snapshot, 2022-2026', () => {
  it('beats the naive forecast (no change) on mean absolute error and direction', async () => {
    const reader = createSnapshotReader();
    const read = async (id: SeriesId) => (await reader.read(id, { start: '2015-01-01', end: '2026-12-31' })).series!.points;
    const bt = backtest(
      { reserves: await read('RESERVES'), tga: await read('TGA'), rrp: await read('RRP_VOLUME'), fedAssets: await read('FED_ASSETS') },
      BACKTEST_WINDOW.from,
      BACKTEST_WINDOW.to,
    );
    const f = (s: { mae: number; hitRate: number; weeks: number }) => `MAE $${(s.mae / B).toFixed(1)}B, direction ${(s.hitRate * 100).toFixed(1)}% (${s.weeks} weeks)`;
    console.log(`nowcast: ${f(bt.nowcast)}; with WALCL: ${f(bt.withFedAssets!)}; naive: ${f(bt.naive)}`);
    expect(bt.nowcast.weeks).toBeGreaterThan(200);
    expect(bt.nowcast.mae).toBeLessThan(bt.naive.mae);
    expect(bt.nowcast.hitRate).toBeGreaterThan(bt.naive.hitRate);
    expect(bt.nowcast.hitRate).toBeGreaterThan(0.75);
  });
});
