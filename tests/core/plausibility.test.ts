// The plausibility table against the whole bundled history (no false alarm), and each rule against
// the faults it is there for, with the row it names.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOUNDS, checkSeries, collapseRepeats, describeGateFailure } from '../../src/core/plausibility.js';
import type { Point, SeriesId } from '../../src/core/types.js';

const DIR = new URL('../../data/snapshot/', import.meta.url);
const snapshot = readdirSync(DIR)
  .filter((f) => f !== 'manifest.json')
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { id: SeriesId; points: [string, number][] })
  .map((s) => ({ id: s.id, points: s.points.map(([date, value]) => ({ date, value })) }));
const series = (id: SeriesId) => snapshot.find((s) => s.id === id)!.points;
const TODAY = '2026-12-04';

describe('the plausibility table over the whole snapshot', () => {
  it('covers every series the snapshot has, with a reason for every bound', () => {
    expect(snapshot.length).toBeGreaterThanOrEqual(14);
    for (const b of Object.values(BOUNDS)) for (const e of b.eras) expect(e.why.length).toBeGreaterThan(20);
  });

  for (const s of snapshot) {
    it(`passes all ${s.id} history without a false alarm`, () => {
      const r = checkSeries(s.id, s.points, { today: TODAY });
      expect(r.ok ? 'ok' : describeGateFailure(r.failure)).toBe('ok');
    });
  }

  it('keeps the days that look like faults but were real: 2019-09-17, March 2020, 2025-10-31', () => {
    const sofr = series('SOFR');
    expect(sofr.find((p) => p.date === '2019-09-17')?.value).toBe(5.25);
    const at = (id: SeriesId, from: string, to: string) => series(id).filter((p) => p.date >= from && p.date <= to);
    for (const [id, from, to] of [
      ['SOFR', '2019-09-10', '2019-09-24'],
      ['EFFR', '2020-03-01', '2020-03-31'],
      ['RESERVES', '2020-03-01', '2020-04-30'],
      ['FED_ASSETS', '2020-03-01', '2020-04-30'],
      ['RRP_VOLUME', '2025-10-27', '2025-11-07'],
      ['SOFR', '2025-10-27', '2025-11-07'],
    ] as const) {
      const pts = at(id, from, to);
      expect(pts.length).toBeGreaterThan(3);
      expect(checkSeries(id, pts, { today: TODAY }).ok).toBe(true);
    }
  });
});

describe('each rule, with the row it names', () => {
  const reserves = series('RESERVES').slice(-8);
  const fail = (id: SeriesId, pts: Point[], ctx: Partial<Parameters<typeof checkSeries>[2]> = {}) => {
    const r = checkSeries(id, pts, { today: TODAY, ...ctx });
    if (r.ok) throw new Error('expected a failure');
    return r.failure;
  };

  it('a whole read in billions where millions were declared: unit, on the first row', () => {
    const f = fail('RESERVES', reserves.map((p) => ({ ...p, value: p.value * 1000 })));
    expect(f.rule).toBe('unit');
    expect(f.row).toEqual({ date: reserves[0]!.date, value: reserves[0]!.value * 1000 });
  });

  it('only the newest rows in another unit: caught on the first changed row (jump or unit)', () => {
    const pts = reserves.map((p, i) => (i >= 6 ? { ...p, value: p.value / 1000 } : p));
    const f = fail('RESERVES', pts);
    expect(['unit', 'jump']).toContain(f.rule);
    expect(f.row?.date).toBe(reserves[6]!.date);
  });

  it('only the oldest rows in another unit, within the band: the jump to the first good row fails', () => {
    const tga = series('TGA_WEEKLY').filter((p) => p.date >= '2025-01-01');
    const pts = tga.map((p, i) => (i < 3 ? { ...p, value: p.value * 1000 } : p));
    const f = fail('TGA_WEEKLY', pts);
    expect(['unit', 'band', 'jump']).toContain(f.rule);
  });

  it('basis points read as percent: unit', () => {
    const f = fail('SOFR', [{ date: '2025-10-31', value: 422 }]);
    expect(f.rule).toBe('unit');
    expect(describeGateFailure(f)).toMatch(/basis points.*2025-10-31 = 422/);
  });

  it('SOFR moving 400 bp in a day: jump, also against the stored point before the read', () => {
    expect(fail('SOFR', [{ date: '2025-10-30', value: 4.04 }, { date: '2025-10-31', value: 8.22 }]).rule).toBe('jump');
    expect(fail('SOFR', [{ date: '2025-10-31', value: 8.22 }], { previous: { date: '2025-10-30', value: 4.04 } }).rule).toBe('jump');
  });

  it('reserves halving in a week: jump', () => {
    const f = fail('RESERVES', [{ date: '2025-10-22', value: 2.9e12 }, { date: '2025-10-29', value: 1.4e12 }]);
    expect(f.rule).toBe('jump');
  });

  it('an amount of ON RRP that is not whole millions: a unit 1000 times smaller', () => {
    expect(fail('RRP_VOLUME', [{ date: '2025-10-31', value: 51_802_000 }]).rule).toBe('unit');
    expect(checkSeries('RRP_VOLUME', [{ date: '2025-10-31', value: 51_802_000_000 }], { today: TODAY }).ok).toBe(true);
  });

  it('a repeated date: equal values collapse, different values fail', () => {
    const same = checkSeries('SOFR', [{ date: '2025-10-31', value: 4.22 }, { date: '2025-10-31', value: 4.22 }], { today: TODAY });
    expect(same).toEqual({ ok: true, points: [{ date: '2025-10-31', value: 4.22 }] });
    expect(fail('SOFR', [{ date: '2025-10-31', value: 4.22 }, { date: '2025-10-31', value: 4.31 }]).rule).toBe('duplicate');
  });

  it('a row after today (US Eastern): future', () => {
    expect(fail('SOFR', [{ date: '2026-12-05', value: 3.6 }]).rule).toBe('future');
  });

  it('a read up to today whose newest row is weeks old: short', () => {
    expect(fail('SOFR', [{ date: '2026-10-01', value: 3.6 }], { reachesToday: true }).rule).toBe('short');
    expect(checkSeries('SOFR', [{ date: '2026-10-01', value: 3.6 }], { today: TODAY }).ok).toBe(true);
  });

  it('repeats by operation id: equal ones collapse, different ones fail', () => {
    const op = { operationId: 'RP 103125 2', totalAmtAccepted: 51_802_000_000 };
    expect(collapseRepeats([op, { ...op }], (o) => o.operationId)).toMatchObject({ ok: true, collapsed: 1 });
    expect(collapseRepeats([op, { ...op, totalAmtAccepted: 1 }], (o) => o.operationId)).toMatchObject({ ok: false, key: 'RP 103125 2' });
  });
});

describe('a date read again', () => {
  it('may be revised a little, not rescaled', async () => {
    const { checkRevisions } = await import('../../src/core/plausibility.js');
    const stored = [{ date: '2025-11-04', value: 4.0 }];
    expect(checkRevisions('SOFR', stored, [{ date: '2025-11-04', value: 4.01 }]).ok).toBe(true);
    const r = checkRevisions('SOFR', stored, [{ date: '2025-11-04', value: 0.004 }]);
    expect(r.ok ? null : r.failure.rule).toBe('revision');
  });
});
