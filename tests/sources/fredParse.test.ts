import { describe, expect, it } from 'vitest';
import { csvScale } from '../../src/sources/fred.js';
import { FRED_ID_OF, FRED_SERIES, parseFredObservations, parseFredUnits } from '../../src/sources/fredParse.js';
import { SERIES_IDS } from '../../src/core/types.js';
import { UpstreamFormatError } from '../../src/sources/types.js';
import { fixtureJson } from '../helpers/fakeUpstream.js';

describe('parseFredObservations, given recorded answers', () => {
  it('reads SOFR 5.35 on 2024-06-03', () => {
    const pts = parseFredObservations(fixtureJson('fred/series_observations_SOFR_2024-06-01_2024-06-06.json'), 'SOFR');
    expect(pts[0]).toEqual({ date: '2024-06-03', value: 5.35 });
    expect(pts).toHaveLength(4);
  });

  it('reads SOFRVOL "2008.0" as 2008 (billions, scaled later)', () => {
    const pts = parseFredObservations(fixtureJson('fred/series_observations_SOFRVOL_2024-06-01_2024-06-06.json'), 'SOFRVOL');
    expect(pts.find((p) => p.date === '2024-06-06')?.value).toBe(2008);
  });

  it('drops "." (missing) and rejects other non-numbers', () => {
    const obs = (value: string) => ({ observations: [{ date: '2024-01-01', value }, { date: '2024-01-02', value: '1.5' }] });
    expect(parseFredObservations(obs('.'), 'X')).toEqual([{ date: '2024-01-02', value: 1.5 }]);
    expect(() => parseFredObservations(obs('n/a'), 'X')).toThrow(UpstreamFormatError);
  });

  it('rejects numbers where FRED writes strings (drift)', () => {
    expect(() => parseFredObservations({ observations: [{ date: '2024-01-01', value: 5.3 }] }, 'SOFR')).toThrow(/observations\[0\]\.value/);
  });
});

describe('parseFredUnits', () => {
  it("reads SOFR75's unit of measure from seriess[0].units", () => {
    expect(parseFredUnits(fixtureJson('fred/series_SOFR75_recorded-2024-06-27.json'), 'SOFR75')).toBe('Percent');
  });
  it('rejects metadata for another series and an empty seriess', () => {
    expect(() => parseFredUnits(fixtureJson('fred/series_SOFR75_recorded-2024-06-27.json'), 'SOFR99')).toThrow(/SOFR75/);
    expect(() => parseFredUnits({ seriess: [] }, 'SOFR')).toThrow(UpstreamFormatError);
  });
});

describe('csvScale (keyless CSV, no metadata)', () => {
  it('tells WRESBAL in millions from WRESBAL in billions', () => {
    expect(csvScale('WRESBAL', [{ date: '2026-06-17', value: 3_033_444 }])).toEqual({ unit: 'usd', factor: 1e6 });
    expect(csvScale('WRESBAL', [{ date: '2025-07-30', value: 3347.41 }])).toEqual({ unit: 'usd', factor: 1e9 });
  });
  it('keeps billions for small ON RRP and SRF amounts, and factor 1 for rates', () => {
    expect(csvScale('RRPONTSYD', [{ date: '2026-07-31', value: 2.151 }]).factor).toBe(1e9);
    expect(csvScale('RPONTTLD', [{ date: '2025-10-31', value: 50.35 }]).factor).toBe(1e9);
    expect(csvScale('GDP', [{ date: '2025-07-01', value: 31095.089 }]).factor).toBe(1e9);
    expect(csvScale('WALCL', [{ date: '2025-10-29', value: 6_587_034 }]).factor).toBe(1e6);
    expect(csvScale('DGS10', [{ date: '2026-07-30', value: 4.68 }])).toEqual({ unit: 'percent', factor: 1 });
  });
});

describe('FRED id map', () => {
  it('maps back and forth without collisions', () => {
    for (const [fredId, { id }] of Object.entries(FRED_SERIES)) expect(FRED_ID_OF[id]).toBe(fredId);
    expect(Object.keys(FRED_ID_OF).every((id) => (SERIES_IDS as readonly string[]).includes(id))).toBe(true);
    expect(FRED_ID_OF.SRF_VOLUME).toBe('RPONTTLD');
    expect(FRED_ID_OF.SOFR_P75).toBe('SOFR75');
  });
});
