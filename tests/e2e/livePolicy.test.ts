// A rate change after the dated table ends: the local NY Fed publishes EFFR rows whose target range
// moves to 3.25-3.50 on 2026-11-05 (after the table's last row, 3.75-4.00 from 2026-09-17); /sofr and /corridor must use the new walls, say they are
// derived, and the SOFR print above the new ceiling must read as such.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { loadConfig } from '../../src/config.js';
import { addDays, isBusinessDay } from '../../src/core/dates.js';
import { createLiveReader } from '../../src/sources/live.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { openDatabase } from '../../src/store/db.js';
import { createObservationStore } from '../../src/store/observations.js';
import { startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

let fake: FakeUpstream | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const CUT = '2026-11-05';

const LAST_PUBLISHED = '2026-11-18'; // at 10 am ET on Nov 19, Nov 18 is the newest fixing

function businessDays(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end && d <= LAST_PUBLISHED; d = addDays(d, 1)) if (isBusinessDay(d)) out.push(d);
  return out.reverse(); // the NY Fed answers newest first
}

describe('given the FOMC moved after the dated rate table ends', () => {
  it('the corridor follows the NY Fed target range, with derived walls named as such', async () => {
    fake = await startFakeUpstream();
    fake.on('/api/rates/unsecured/effr/search.json', (url) => ({
      json: {
        refRates: businessDays(url.searchParams.get('startDate')!, url.searchParams.get('endDate')!).map((d) => {
          const [lo, hi] = d >= CUT ? [3.25, 3.5] : d >= '2026-09-17' ? [3.75, 4.0] : d >= '2025-12-11' ? [3.5, 3.75] : [3.75, 4.0];
          return { effectiveDate: d, type: 'EFFR', percentRate: lo + 0.08, percentPercentile1: lo + 0.05, percentPercentile25: lo + 0.07, percentPercentile75: lo + 0.09, percentPercentile99: lo + 0.2, targetRateFrom: lo, targetRateTo: hi, volumeInBillions: 100, revisionIndicator: '' };
        }),
      },
    }));
    fake.on('/api/rates/secured/sofr/search.json', (url) => ({
      json: {
        refRates: businessDays(url.searchParams.get('startDate')!, url.searchParams.get('endDate')!).map((d) => {
          const v = d === LAST_PUBLISHED ? 3.6 : d >= CUT ? 3.33 : 3.6;
          return { effectiveDate: d, type: 'SOFR', percentRate: v, percentPercentile1: v - 0.05, percentPercentile25: v - 0.01, percentPercentile75: v + 0.02, percentPercentile99: v + 0.1, volumeInBillions: 2500, revisionIndicator: '' };
        }),
      },
    }));
    const now = new Date('2026-11-19T14:00:00Z');
    const config = loadConfig({ DATA_MODE: 'live', NYFED_BASE_URL: fake.base, FRED_BASE_URL: fake.base, FRED_GRAPH_BASE_URL: fake.base, TREASURY_BASE_URL: fake.base, DB_PATH: ':memory:' });
    const reader = createLiveReader({
      config,
      store: createObservationStore(openDatabase(':memory:')),
      fallback: createSnapshotReader(),
      expiresAt: (_id, at) => new Date(at.getTime() + 3_600_000),
      now: () => now,
      http: { sleep: async () => {}, backoffMs: () => 0 },
    });
    const warnings: string[] = [];
    const svc = new AnswerService({ commands, reader, render: async () => new Uint8Array([1]), theme: 'dark', now: () => now, log: { warn: (m) => warnings.push(m), error: () => {} } });

    const sofr = await svc.askText('/sofr');
    expect(sofr.ok).toBe(true);
    if (!sofr.ok) return;
    expect(sofr.answer.stale).toBeUndefined();
    expect(sofr.answer.fields[0]).toEqual({ label: 'SOFR', value: `3.60% (${LAST_PUBLISHED})` });
    // New walls: ON RRP 3.25, IORB 3.40, SRF 3.50; SOFR 3.60 is 10 bp through the ceiling.
    expect(sofr.answer.title).toBe('SOFR 3.60%, 10 bp above the SRF rate');
    const policy = sofr.answer.asOf.find((a) => a.date === CUT)!;
    expect(policy.series).toMatch(/FOMC cut to 3\.25-3\.50/);
    expect(policy.source).toMatch(/target range; IORB, ON RRP and SRF rates derived/);

    const corridor = await svc.askText('/corridor');
    expect(corridor.ok && corridor.answer.fields.find((f) => f.label === 'IORB')?.value).toBe('3.40%');
    expect(corridor.ok && corridor.answer.fields.find((f) => f.label === 'Target range')?.value).toBe('3.25% - 3.50%');
    expect(warnings).toEqual([]);
  });

  it('a published range that disagrees with the dated table is logged once, and the table is used', async () => {
    fake = await startFakeUpstream();
    fake.on('/api/rates/unsecured/effr/search.json', (url) => ({
      json: {
        refRates: businessDays(url.searchParams.get('startDate')!, url.searchParams.get('endDate')!).map((d) => ({
          // 3.75-4.00 from 2026-09-18: one day later than the table's last row (2026-09-17, read off the NY Fed operation results).
          effectiveDate: d, type: 'EFFR', percentRate: 3.58, percentPercentile1: 3.55, percentPercentile25: 3.57, percentPercentile75: 3.59, percentPercentile99: 3.7, targetRateFrom: d >= '2026-09-18' ? 3.75 : 3.5, targetRateTo: d >= '2026-09-18' ? 4 : 3.75, volumeInBillions: 100, revisionIndicator: '',
        })),
      },
    }));
    const now = new Date('2026-10-01T14:00:00Z');
    const config = loadConfig({ DATA_MODE: 'live', NYFED_BASE_URL: fake.base, FRED_BASE_URL: fake.base, FRED_GRAPH_BASE_URL: fake.base, TREASURY_BASE_URL: fake.base, DB_PATH: ':memory:' });
    const reader = createLiveReader({ config, store: createObservationStore(openDatabase(':memory:')), fallback: createSnapshotReader(), expiresAt: (_id, at) => new Date(at.getTime() + 3_600_000), now: () => now, http: { sleep: async () => {}, backoffMs: () => 0 } });
    const warnings: { msg: string; extra?: object }[] = [];
    const svc = new AnswerService({ commands, reader, render: async () => new Uint8Array([1]), theme: 'dark', now: () => now, log: { warn: (msg, extra) => warnings.push({ msg, extra }), error: () => {} } });
    const r = await svc.askText('/effr');
    await svc.askText('/effr range:1y');
    expect(r.ok && r.answer.fields.find((f) => f.label === 'Target range')?.value).toBe('3.75% - 4.00%');
    // On 2026-09-17 the table has 3.75-4.00, upstream still 3.50-3.75: logged once, the table kept.
    expect(warnings).toEqual([{ msg: 'The NY Fed target range disagrees with the dated rate table; the table is used', extra: { detail: '2026-09-17: table 3.75-4, upstream 3.5-3.75' } }]);
  });
});
