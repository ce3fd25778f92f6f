// Following the FOMC past the end of the dated table, from the target range the NY Fed publishes.
import { describe, expect, it } from 'vitest';
import { ADMINISTERED_RATES, extendPolicy, ratesOn } from '../../src/core/rates.js';

const src = 'NY Fed EFFR';

describe('given target ranges seen upstream', () => {
  it('ranges equal to the table change nothing', () => {
    const { table, conflicts } = extendPolicy(
      [
        { date: '2025-12-12', low: 3.5, high: 3.75 },
        { date: '2026-08-06', low: 3.5, high: 3.75 },
      ],
      src,
    );
    expect(table).toEqual(ADMINISTERED_RATES);
    expect(conflicts).toEqual([]);
  });

  it('a new range after the table ends starts a derived row on the first day it is seen', () => {
    const { table } = extendPolicy(
      [
        { date: '2026-11-04', low: 3.75, high: 4 },
        { date: '2026-11-05', low: 3.5, high: 3.75 },
        { date: '2026-11-06', low: 3.5, high: 3.75 },
      ],
      src,
    );
    expect(table).toHaveLength(ADMINISTERED_RATES.length + 1);
    const r = ratesOn('2026-11-06', table)!;
    expect(r).toMatchObject({ effective: '2026-11-05', targetLow: 3.5, targetHigh: 3.75, iorb: 3.65, rrp: 3.5, srf: 3.75, iorbName: 'IORB', derivedFrom: src });
    expect(r.note).toMatch(/^FOMC cut to 3\.50-3\.75;/);
    expect(ratesOn('2026-11-04', table)!.iorb).toBe(3.9);
  });

  it('a published range confirms the corridor through its date; without one it stays at the table\'s', () => {
    expect(ADMINISTERED_RATES.confirmedThrough).toBe('2026-09-30');
    expect(extendPolicy([{ date: '2026-11-06', low: 3.75, high: 4 }], src).table.confirmedThrough).toBe('2026-11-06');
    expect(extendPolicy([], src).table.confirmedThrough).toBe('2026-09-30');
  });

  it('two moves in a row give two rows, a hike named as such', () => {
    const { table } = extendPolicy(
      [
        { date: '2026-11-05', low: 3.5, high: 3.75 },
        { date: '2026-12-17', low: 3.75, high: 4 },
      ],
      src,
    );
    expect(table.slice(-2).map((r) => [r.effective, r.note.split(';')[0]])).toEqual([
      ['2026-11-05', 'FOMC cut to 3.50-3.75'],
      ['2026-12-17', 'FOMC hike to 3.75-4.00'],
    ]);
  });

  it('a disagreement inside the table is reported and the table is kept', () => {
    const { table, conflicts } = extendPolicy([{ date: '2025-10-31', low: 4.0, high: 4.25 }], src);
    expect(table).toEqual(ADMINISTERED_RATES);
    expect(conflicts).toEqual([{ date: '2025-10-31', table: [3.75, 4.0], observed: [4.0, 4.25] }]);
  });
});
