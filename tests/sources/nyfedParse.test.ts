import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReferenceRates, parseRepoOperations, yearSpans } from '../../src/sources/nyfedParse.js';
import { UpstreamFormatError } from '../../src/sources/types.js';
import { fixtureJson } from '../helpers/fakeUpstream.js';

const SOFR_FIXTURE = 'nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json';
const sofr = () => fixtureJson(SOFR_FIXTURE) as { refRates: Record<string, unknown>[] };
const at = (pts: { date: string; value: number }[] | undefined, date: string) => pts?.find((p) => p.date === date)?.value;

describe('parseReferenceRates, given the recorded SOFR search', () => {
  const { points } = parseReferenceRates(sofr(), 'SOFR');

  it('reads SOFR and its percentiles on 2024-06-06', () => {
    expect(at(points.SOFR, '2024-06-06')).toBe(5.33);
    expect(at(points.SOFR_P1, '2024-06-06')).toBe(5.29);
    expect(at(points.SOFR_P25, '2024-06-06')).toBe(5.32);
    expect(at(points.SOFR_P75, '2024-06-06')).toBe(5.4);
    expect(at(points.SOFR_P99, '2024-06-06')).toBe(5.44);
  });

  it('turns volumeInBillions into US dollars', () => {
    expect(at(points.SOFR_VOLUME, '2024-06-06')).toBe(2008e9);
    expect(at(points.SOFR_VOLUME, '2024-06-03')).toBe(1912e9);
  });

  it('sorts the newest-first answer ascending', () => {
    expect(points.SOFR!.map((p) => p.date)).toEqual(['2024-06-03', '2024-06-04', '2024-06-05', '2024-06-06']);
    expect(points.SOFR![0]!.value).toBe(5.35);
  });
});

describe('parseReferenceRates, given an EFFR search', () => {
  const r = parseReferenceRates(fixtureJson('nyfed/effr_search_2023-06-05_2023-06-06.json'), 'EFFR');
  it('reads EFFR, its volume and the target range per date', () => {
    expect(at(r.points.EFFR, '2023-06-06')).toBe(5.08);
    expect(at(r.points.EFFR_VOLUME, '2023-06-06')).toBe(144e9);
    expect(r.points.TARGET_LOW).toEqual([
      { date: '2023-06-05', value: 5 },
      { date: '2023-06-06', value: 5 },
    ]);
    expect(r.points.TARGET_HIGH).toEqual([
      { date: '2023-06-05', value: 5.25 },
      { date: '2023-06-06', value: 5.25 },
    ]);
  });

  it('never reads a target range from SOFR rows', () => {
    const p = parseReferenceRates(fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json'), 'SOFR').points;
    expect(p.TARGET_LOW).toBeUndefined();
    expect(p.TARGET_HIGH).toBeUndefined();
  });
});

describe('parseReferenceRates, the target range fields', () => {
  const effr = () => fixtureJson('nyfed/effr_search_2023-06-05_2023-06-06.json') as { refRates: Record<string, unknown>[] };

  it('treats targetRateFrom missing from every recent row as drift', () => {
    const j = effr();
    j.refRates = j.refRates.map(({ targetRateFrom, ...rest }) => ({ ...rest, targetFrom: targetRateFrom }));
    expect(() => parseReferenceRates(j, 'EFFR')).toThrow(UpstreamFormatError);
    expect(() => parseReferenceRates(j, 'EFFR')).toThrow(/TARGET_LOW/);
  });

  it('does not fail EFFR before 2008-12-16, when there was no target range, for rows without it', () => {
    const j = effr();
    j.refRates = j.refRates.map(({ targetRateFrom: _f, targetRateTo: _t, ...rest }, i) => ({ ...rest, effectiveDate: `2008-11-2${i}` }));
    const p = parseReferenceRates(j, 'EFFR').points;
    expect(p.EFFR).toHaveLength(2);
    expect(p.TARGET_LOW).toEqual([]);
    expect(p.TARGET_HIGH).toEqual([]);
  });

  it('keeps a date whose row lacks the range out of the range, not zero', () => {
    const j = effr();
    j.refRates[0] = { ...j.refRates[0], targetRateFrom: null, targetRateTo: null };
    const p = parseReferenceRates(j, 'EFFR').points;
    expect(p.TARGET_LOW).toEqual([{ date: '2023-06-05', value: 5 }]);
    expect(p.EFFR).toHaveLength(2);
  });

  it('rejects an upside-down range', () => {
    const j = effr();
    j.refRates[0] = { ...j.refRates[0], targetRateFrom: 5.25, targetRateTo: 5 };
    expect(() => parseReferenceRates(j, 'EFFR')).toThrow(/upside down/);
  });
});

describe('parseReferenceRates, given drifted answers', () => {
  it('names a renamed percentRate instead of returning numbers', () => {
    const j = sofr();
    j.refRates = j.refRates.map(({ percentRate, ...rest }) => ({ ...rest, rate: percentRate }));
    expect(() => parseReferenceRates(j, 'SOFR')).toThrow(UpstreamFormatError);
    expect(() => parseReferenceRates(j, 'SOFR')).toThrow(/refRates\[0\]\.percentRate/);
  });

  it('treats a percentile missing from every row as drift', () => {
    const j = sofr();
    j.refRates = j.refRates.map(({ percentPercentile1, ...rest }) => ({ ...rest, pct1: percentPercentile1 }));
    expect(() => parseReferenceRates(j, 'SOFR')).toThrow(/SOFR_P1/);
  });

  it('rejects rates written as strings', () => {
    const j = sofr();
    j.refRates[0]!.percentRate = '5.33';
    expect(() => parseReferenceRates(j, 'SOFR')).toThrow(/percentRate/);
  });

  it('rejects an answer of another rate type', () => {
    expect(() => parseReferenceRates(sofr(), 'EFFR')).toThrow(/no EFFR rows.*SOFR/);
  });

  it('rejects an HTML-ish or empty-object answer', () => {
    expect(() => parseReferenceRates({ message: 'Internal server error' }, 'SOFR')).toThrow(/refRates/);
  });

  it('accepts an empty refRates as no data', () => {
    expect(parseReferenceRates({ refRates: [] }, 'SOFR').points.SOFR).toEqual([]);
  });
});

describe('parseRepoOperations, given the hand-made 2025-10-31 results', () => {
  const p = parseRepoOperations(fixtureJson('nyfed_rp_2025-10-31.json'));

  it('sums AM and PM repo operations into SRF usage, without the small value exercise or FIMA', () => {
    expect(p.SRF_VOLUME).toEqual([{ date: '2025-10-31', value: 50.35e9 }]);
  });

  it('reads ON RRP take-up in dollars, excluding small value exercises', () => {
    expect(at(p.RRP_VOLUME, '2025-10-31')).toBe(51_802_000_000);
    expect(at(p.RRP_VOLUME, '2025-10-30')).toBe(19_166_000_000);
    expect(p.RRP_VOLUME!.map((x) => x.date)).toEqual(['2025-10-30', '2025-10-31', '2025-11-03']);
  });

  it('reads the ON RRP award rate from details[0]', () => {
    expect(at(p.RRP_RATE, '2025-10-31')).toBe(3.75);
  });

  it('falls back to the offering rate when no award rate is given', () => {
    const j = { repo: { operations: [{ operationId: 'RP 1', operationDate: '2025-10-31', operationType: 'Reverse Repo', term: 'Overnight', totalAmtAccepted: 5, details: [{ securityType: 'Treasury', percentOfferingRate: 3.8 }] }] } };
    expect(parseRepoOperations(j).RRP_RATE).toEqual([{ date: '2025-10-31', value: 3.8 }]);
  });

  it('names a renamed totalAmtAccepted', () => {
    const j = fixtureJson('nyfed_rp_2025-10-31.json') as { repo: { operations: Record<string, unknown>[] } };
    j.repo.operations = j.repo.operations.map(({ totalAmtAccepted, ...rest }) => ({ ...rest, totalAcceptedAmount: totalAmtAccepted }));
    expect(() => parseRepoOperations(j)).toThrow(/operations\[0\]\.totalAmtAccepted/);
  });
});

describe('yearSpans', () => {
  it('splits a long window into spans of at most a year', () => {
    expect(yearSpans('2023-03-01', '2025-06-30')).toEqual([
      { start: '2023-03-01', end: '2024-02-29' },
      { start: '2024-03-01', end: '2025-02-28' },
      { start: '2025-03-01', end: '2025-06-30' },
    ]);
    expect(yearSpans('2025-10-30', '2025-10-30')).toEqual([{ start: '2025-10-30', end: '2025-10-30' }]);
  });
});

describe('parseReferenceRates, given the recorded 2018-2026 SOFR rate and volume searches', () => {
  const shared = (f: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/fixtures/nyfed/${f}`, import.meta.url)), 'utf8')) as unknown;
  const rate = parseReferenceRates(shared('rates_secured_sofr_search_2018-04-03_2026-10-09_rate.json'), 'SOFR', 'NY Fed SOFR', ['SOFR', 'SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99']).points;
  const volume = parseReferenceRates(shared('rates_secured_sofr_search_2018-04-03_2026-10-09_volume.json'), 'SOFR', 'NY Fed SOFR', ['SOFR_VOLUME']).points;

  it('reads 2,128 days to 2026-10-08 with its percentiles', () => {
    expect(rate.SOFR).toHaveLength(2128);
    expect(rate.SOFR!.at(-1)).toEqual({ date: '2026-10-08', value: 3.87 });
    expect(at(rate.SOFR_P1, '2026-10-08')).toBe(3.83);
    expect(at(rate.SOFR_P99, '2026-10-08')).toBe(3.95);
    expect(at(rate.SOFR, '2019-09-17')).toBe(5.25);
  });

  it('keeps a footnoted day\'s rate but has no percentile where the NY Fed printed "NA"', () => {
    for (const d of ['2019-05-31', '2021-08-05']) {
      expect(at(rate.SOFR, d)).toBeDefined();
      for (const id of ['SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99'] as const) expect(at(rate[id], d), `${id} ${d}`).toBeUndefined();
    }
    expect(at(rate.SOFR, '2021-08-05')).toBe(0.05);
    expect(rate.SOFR_P1).toHaveLength(2126);
  });

  it('accepts negative percentiles (February 2022)', () => {
    expect(rate.SOFR_P1!.some((p) => p.value < 0 && p.date.startsWith('2022-02'))).toBe(true);
  });

  it('reads volumes from a volume-only answer, footnoted days included', () => {
    expect(volume.SOFR_VOLUME).toHaveLength(2128);
    expect(at(volume.SOFR_VOLUME, '2026-10-08')).toBe(2963e9);
    expect(at(volume.SOFR_VOLUME, '2021-08-05')).toBe(901e9);
    expect(volume.SOFR).toBeUndefined();
  });

  it('still treats any other string in a percentile as a format change', () => {
    const j = shared('rates_secured_sofr_search_2018-04-03_2026-10-09_rate.json') as { refRates: Record<string, unknown>[] };
    j.refRates[0]!.percentPercentile1 = 'n/a';
    expect(() => parseReferenceRates(j, 'SOFR')).toThrow(/percentPercentile1/);
  });
});
