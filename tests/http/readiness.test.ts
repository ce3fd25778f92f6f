// /readyz's source check: a source is overdue once the observation after its newest one should
// have been published (release calendar, US Eastern) plus a 3 h grace, and not before.
import { describe, expect, it } from 'vitest';
import { checkReadiness, isOverdue, nextObservationDue } from '../../src/http/readiness.js';
import type { SeriesReader } from '../../src/sources/types.js';

describe('given the release calendar', () => {
  it('SOFR for Friday 2025-10-31 is followed by Monday 11-03, published Tue 11-04 8:00 ET (13:00 UTC)', () => {
    expect(nextObservationDue('SOFR', '2025-10-31').toISOString()).toBe('2025-11-04T13:00:00.000Z');
    expect(isOverdue('SOFR', '2025-10-31', new Date('2025-11-04T15:59:00Z'))).toBe(false);
    expect(isOverdue('SOFR', '2025-10-31', new Date('2025-11-04T16:01:00Z'))).toBe(true);
  });

  it('H.4.1 reserves for the week to Wed 2025-10-29 (published 10-30) are followed by 11-05, due Thu 11-06 4:30 pm ET', () => {
    expect(nextObservationDue('RESERVES', '2025-10-29').toISOString()).toBe('2025-11-06T21:30:00.000Z');
    expect(isOverdue('RESERVES', '2025-10-29', new Date('2025-11-07T00:00:00Z'))).toBe(false);
    expect(isOverdue('RESERVES', '2025-10-29', new Date('2025-11-07T01:00:00Z'))).toBe(true);
  });

  it('no data at all is overdue', () => {
    expect(isOverdue('TGA', null, new Date('2025-11-04T12:00:00Z'))).toBe(true);
  });
});

function reader(mode: 'live' | 'snapshot', newest: Record<string, string>, reads: string[] = []): SeriesReader {
  return {
    mode,
    async read(id) {
      reads.push(id);
      return { series: null, missing: { reason: 'notInSnapshot', series: id } };
    },
    async newest(id) {
      return newest[id] ? { date: newest[id]!, source: 'test' } : null;
    },
  };
}

const FRESH = { SOFR: '2025-11-03', EFFR: '2025-11-03', RRP_VOLUME: '2025-11-04', TGA: '2025-11-03', RESERVES: '2025-10-29' };
const NOW = () => new Date('2025-11-04T18:00:00Z');

describe('given a live reader', () => {
  it('is ready when every watched source is current and every adapter connected', async () => {
    const r = await checkReadiness({ reader: reader('live', FRESH), adapters: () => [{ name: 'telegram', connected: true }], stopping: () => false, now: NOW });
    expect(r.ready).toBe(true);
    expect(r.sources.map((s) => s.overdue)).toEqual([false, false, false, false, false]);
  });

  it('turns unready when a source is overdue, names it, and tried one refresh read first', async () => {
    const reads: string[] = [];
    const r = await checkReadiness({ reader: reader('live', { ...FRESH, SOFR: '2025-10-30' }, reads), adapters: () => [], stopping: () => false, now: NOW });
    expect(r.ready).toBe(false);
    expect(r.sources.filter((s) => s.overdue).map((s) => s.series)).toEqual(['SOFR']);
    expect(reads).toEqual(['SOFR']);
  });

  it('turns unready when an adapter is not connected, or a shutdown began', async () => {
    const down = await checkReadiness({ reader: reader('live', FRESH), adapters: () => [{ name: 'discord', connected: false }], stopping: () => false, now: NOW });
    expect(down.ready).toBe(false);
    const stopping = await checkReadiness({ reader: reader('live', FRESH), adapters: () => [], stopping: () => true, now: NOW });
    expect(stopping.ready).toBe(false);
  });
});

it('a snapshot reader is ready however old its data: the snapshot is frozen on purpose', async () => {
  const r = await checkReadiness({ reader: reader('snapshot', { SOFR: '2020-01-02' }), adapters: () => [], stopping: () => false, now: NOW });
  expect(r.ready).toBe(true);
  expect(r.sources[0]).toMatchObject({ series: 'SOFR', newest: '2020-01-02', overdue: false });
});
