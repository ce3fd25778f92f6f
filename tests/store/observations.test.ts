import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/core/types.js';
import { openDatabase } from '../../src/store/db.js';
import { createObservationStore } from '../../src/store/observations.js';

const series = (points: [string, number][], source = 'NY Fed'): Series => ({
  id: 'SOFR',
  unit: 'percent',
  calendar: 'business',
  points: points.map(([date, value]) => ({ date, value })),
  provenance: { source, seriesId: 'SOFR', url: 'http://x/y' },
});
const fetch = (start: string, end: string, at = '2024-06-07T12:00:00Z', until = '2024-06-08T12:00:00Z') => ({
  window: { start, end },
  fetchedAt: new Date(at),
  expiresAt: new Date(until),
});

describe('observation store', () => {
  it('upserts a fetched range and reads a window, with the point before it when asked', () => {
    const s = createObservationStore(openDatabase(':memory:'));
    s.saveFetched([{ series: series([['2024-06-03', 5.35], ['2024-06-04', 5.33], ['2024-06-05', 5.33]]), fetch: fetch('2024-06-01', '2024-06-07') }]);
    s.saveFetched([{ series: series([['2024-06-05', 5.34], ['2024-06-06', 5.33]]), fetch: fetch('2024-06-05', '2024-06-07') }]);
    expect(s.readWindow('SOFR', { start: '2024-06-05', end: '2024-06-06' })).toEqual([
      { date: '2024-06-05', value: 5.34 },
      { date: '2024-06-06', value: 5.33 },
    ]);
    expect(s.readWindow('SOFR', { start: '2024-06-05', end: '2024-06-06' }, { withPrevious: true })[0]).toEqual({ date: '2024-06-04', value: 5.33 });
    expect(s.newest('SOFR')).toEqual({ date: '2024-06-06', value: 5.33 });
    expect(s.newest('EFFR')).toBeNull();
  });

  it('keeps metadata, widens coverage only across touching spans, and records errors until the next good read', () => {
    const s = createObservationStore(openDatabase(':memory:'));
    s.saveFetched([{ series: series([['2024-06-03', 5.35]]), fetch: fetch('2024-06-01', '2024-06-07') }]);
    s.saveFetched([{ series: series([['2024-05-20', 5.31]]), fetch: fetch('2024-05-15', '2024-06-02') }]);
    let m = s.meta('SOFR')!;
    expect([m.coveredFrom, m.coveredTo]).toEqual(['2024-05-15', '2024-06-07']);
    expect(m.provenance).toEqual({ source: 'NY Fed', seriesId: 'SOFR', url: 'http://x/y' });
    expect(m.expiresAt).toBe('2024-06-08T12:00:00.000Z');

    s.recordError(['SOFR'], 'NY Fed: HTTP 500', new Date('2024-06-07T13:00:00Z'));
    expect(s.meta('SOFR')!.lastError).toBe('NY Fed: HTTP 500');

    s.saveFetched([{ series: series([['2020-01-02', 1.55]], 'FRED'), fetch: fetch('2020-01-01', '2020-01-31') }]);
    m = s.meta('SOFR')!;
    expect([m.coveredFrom, m.coveredTo, m.lastError, m.provenance.source]).toEqual(['2020-01-01', '2020-01-31', null, 'FRED']);
  });

  it('writes all series of one fetch or none', () => {
    const s = createObservationStore(openDatabase(':memory:'));
    // value NOT NULL makes the second series fail after the first was written inside the transaction.
    const bad: Series = { ...series([]), id: 'SOFR_P1', points: [{ date: '2024-06-03', value: null as unknown as number }] };
    expect(() => s.saveFetched([{ series: series([['2024-06-03', 5.35]]), fetch: fetch('2024-06-01', '2024-06-07') }, { series: bad, fetch: fetch('2024-06-01', '2024-06-07') }])).toThrow();
    expect(s.newest('SOFR')).toBeNull();
  });

  it('creates the folder, uses WAL and keeps data across reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liq-store-'));
    try {
      const path = join(dir, 'nested', 'bot.sqlite');
      const db = openDatabase(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      createObservationStore(db).saveFetched([{ series: series([['2024-06-03', 5.35]]), fetch: fetch('2024-06-01', '2024-06-07') }]);
      db.close();
      expect(existsSync(path)).toBe(true);
      const again = openDatabase(path);
      expect(createObservationStore(again).newest('SOFR')).toEqual({ date: '2024-06-03', value: 5.35 });
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
