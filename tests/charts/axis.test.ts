import { describe, expect, it } from 'vitest';
import { decimate } from '../../src/charts/decimate.js';
import { formatTick, formatValue } from '../../src/charts/format.js';
import { dayNumber, timeTicks } from '../../src/charts/timeAxis.js';

describe('timeTicks', () => {
  const end = dayNumber('2025-10-31');
  it.each([10, 30, 79, 92, 183, 365, 730, 1826, 3650, 9000])('a %i-day window has 2-9 ticks inside it', (span) => {
    const t = timeTicks(end - span, end);
    expect(t.values.length).toBeGreaterThanOrEqual(span >= 30 ? 2 : 1);
    expect(t.values.length).toBeLessThanOrEqual(9);
    for (const v of t.values) expect(v >= end - span && v <= end).toBe(true);
  });

  it('labels months, with the year on January and the first tick', () => {
    const t = timeTicks(dayNumber('2024-11-15'), dayNumber('2025-04-30'));
    expect(t.values.map(t.label)).toEqual(['Dec 2024', 'Jan 2025', 'Feb', 'Mar', 'Apr']);
  });

  it('labels years for long windows', () => {
    const t = timeTicks(dayNumber('2020-11-02'), end);
    expect(t.values.map(t.label)).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('labels Mondays for a month-long window', () => {
    const t = timeTicks(dayNumber('2025-10-01'), end);
    expect(t.values.map(t.label)).toEqual(['Oct 6', 'Oct 13', 'Oct 20', 'Oct 27']);
  });

  it('rejects a date that is not ISO', () => {
    expect(() => dayNumber('10/31/2025')).toThrow(/bad date/);
  });
});

describe('formatting', () => {
  it('writes ticks in the house units', () => {
    expect(formatTick(4.25, 'percent', 0.05)).toBe('4.25%');
    expect(formatTick(50, 'billions', 50)).toBe('$50B');
    expect(formatTick(2.9, 'trillions', 0.1)).toBe('$2.9T');
    expect(formatTick(2.95, 'trillions', 0.05)).toBe('$2.95T');
  });

  it('writes end labels exactly', () => {
    expect(formatValue(4.2199, 'percent')).toBe('4.22%');
    expect(formatValue(21.6, 'bp')).toBe('+22 bp');
    expect(formatTick(-10, 'bp', 10)).toBe('-10 bp');
    expect(formatValue(926.34, 'billions')).toBe('$926.3B');
    expect(formatValue(2.8512, 'trillions')).toBe('$2.85T');
    expect(formatValue(-16.7, 'billions')).toBe('-$16.7B');
    expect(formatValue(-0.001, 'billions')).toBe('$0.0B');
  });
});

describe('decimate', () => {
  it('keeps long series to the target with first and last points exact', () => {
    const pts = Array.from({ length: 1300 }, (_, i) => ({ x: i, y: Math.sin(i / 20) + (i === 700 ? 5 : 0) }));
    const out = decimate(pts, 800);
    expect(out).toHaveLength(800);
    expect(out[0]).toEqual(pts[0]);
    expect(out[799]).toEqual(pts[1299]);
    expect(out.some((p) => p.x === 700)).toBe(true); // the spike survives
    for (let i = 1; i < out.length; i++) expect(out[i]!.x).toBeGreaterThan(out[i - 1]!.x);
  });

  it('leaves short series alone', () => {
    const pts = [{ x: 1, y: 1 }, { x: 2, y: 2 }];
    expect(decimate(pts, 800)).toBe(pts);
  });
});
