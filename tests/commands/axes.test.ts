// Issue 11, "axes fit the data", "labels sit on what they label", "no gaps drawn as dots": through
// the answer service on the snapshot, the y axes of real answers, the /netliq panels and the FOMC
// labels of years with cuts close together.
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../src/charts/render.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { toSeries } from '../../src/charts/series.js';
import { chartOf } from './support.js';

function dataRange(spec: ChartSpec): { lo: number; hi: number } {
  const values = [...spec.lines.flatMap((l) => l.points), ...(spec.bands ?? []).flatMap((b) => [...b.lower, ...b.upper])]
    .map((p) => p.value)
    .filter(Number.isFinite);
  return { lo: Math.min(...values), hi: Math.max(...values) };
}

describe('y axes fit the data', () => {
  // Rates: never below zero when the data is not, and never far under the lowest value.
  it.each(['/sofr range:max', '/effr range:max', '/srf range:max', '/sofr date:2025-10-31 range:6m', '/corridor date:2019-09-30 range:3m', '/yields'])(
    '%s: a rate axis starts at or just under the lowest rate, never below zero',
    async (q) => {
      const { spec } = await chartOf(q);
      const { lo, hi } = dataRange(spec);
      const { yAxis } = chartGeometry(spec, 'dark');
      // Never below zero unless the data is (the SOFR 1st percentile printed -0.05% in 2021): then at the dip.
      expect(yAxis.min).toBeGreaterThanOrEqual((lo < 0 ? lo : Math.max(0, lo - 0.1 * (hi - lo))) - 1e-9);
      expect(yAxis.min).toBeLessThanOrEqual(lo);
      expect(yAxis.max).toBeLessThanOrEqual(hi + 0.1 * (hi - lo) + 1e-9);
    },
  );

  // Levels in $T far from zero: the axis fits them (reserves $2.5-3.4T were drawn from $0).
  it.each(['/reserves', '/reserves range:5y', '/balance', '/export reserves'])('%s: a level in trillions far from zero does not start at zero', async (q) => {
    const { spec } = await chartOf(q);
    const { lo, hi } = dataRange(spec);
    const { yAxis } = chartGeometry(spec, 'dark');
    expect(lo).toBeGreaterThan(0.3 * hi); // the premise: zero is far away
    expect(yAxis.min).toBeGreaterThan(0);
    expect(yAxis.min).toBeGreaterThanOrEqual(lo - 0.1 * (hi - lo));
  });

  // Where zero matters (an ON RRP near zero, the TGA's lows), the axis still starts at $0.
  it.each(['/rrp', '/rrp range:max', '/tga range:max'])('%s: an amount that comes near zero is drawn from zero', async (q) => {
    const { spec } = await chartOf(q);
    expect(chartGeometry(spec, 'dark').yAxis.min).toBe(0);
  });
});

describe('/netliq: parts 100-fold apart each get their own axis', () => {
  it.each(['/netliq', '/netliq range:max', '/netliq date:2022-06-15 range:5y'])('%s: panels for the level, the TGA and ON RRP', async (q) => {
    const { spec } = await chartOf(q);
    const panels = spec.panels ?? [];
    expect(panels.map((p) => p.lines.map((l) => l.label))).toEqual([['Net liquidity', 'Fed total assets'], ['TGA'], ['ON RRP']]);
    expect(panels.map((p) => p.yFormat)).toEqual(['trillions', 'billions', 'billions']);
  });

  it.each(['/netliq range:max', '/netliq date:2012-06-13 range:5y', '/netliq date:2010-01-06 range:2y'])(
    '%s: Fed assets and the TGA are whole lines where ON RRP is missing (no scattered dots)',
    async (q) => {
      const { spec } = await chartOf(q);
      for (const label of ['Fed total assets', 'TGA']) {
        const line = spec.lines.find((l) => l.label === label)!;
        const s = toSeries(line.points, false);
        expect(s.isolated, label).toEqual([]);
        // Weekly points with no hole longer than two weeks, from the window's start.
        const gaps = s.data.slice(1).map((p, i) => p.x - s.data[i]!.x);
        expect(Math.max(...gaps), label).toBeLessThanOrEqual(14);
      }
    },
  );
});

describe('event labels sit on what they label', () => {
  // 2025: cuts on Sep 18, Oct 30 and Dec 11, six weeks apart; 2019: Aug 1, Sep 19 and Oct 31.
  it.each(['/sofr date:2025-12-31 range:1y', '/effr date:2025-12-31 range:1y', '/sofr date:2019-12-31 range:1y', '/corridor date:2025-12-31 range:6m'])(
    '%s: every label touches its own line and crosses no other',
    async (q) => {
      const { spec } = await chartOf(q);
      const g = chartGeometry(spec, 'dark');
      const events = (spec.events ?? []).filter((e) => g.x(e.date) >= g.area.left && g.x(e.date) <= g.area.right);
      expect(events.length).toBeGreaterThanOrEqual(3); // the premise: close cuts in the window
      expect(g.eventLabels.length).toBe(events.length); // each labelled, at least by its first word
      const lines = events.map((e) => g.x(e.date));
      for (const box of g.eventLabels) {
        const own = events.find((e) => e.label === box.label || e.label.split(' ')[0] === box.label);
        expect(own, box.label).toBeDefined();
        // Beside a line: its left edge just right of a line, or its right edge just left of one.
        const mine = lines.filter((px) => Math.abs(box.left - px) <= 8 || Math.abs(box.right - px) <= 8);
        expect(mine.length, box.label).toBeGreaterThan(0);
        const crossed = lines.filter((px) => px > box.left + 1 && px < box.right - 1);
        expect(crossed, box.label).toEqual([]);
      }
    },
  );
});
