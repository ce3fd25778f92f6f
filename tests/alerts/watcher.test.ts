// The release watcher on a fake clock: a SOFR published at 8:00:05 ET is handed on within one poll
// (the bar: within 60 s), once; a late release is caught inside its window; nothing already
// out at start, or already handled before a restart, is handed on again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReleaseWatcher } from '../../src/alerts/watcher.js';
import type { Point, SeriesId } from '../../src/core/types.js';

/** An upstream whose newest SOFR changes at given instants. */
function upstream(schedule: [string, string][]) {
  const calls: number[] = [];
  return {
    calls,
    async latest(_id: SeriesId): Promise<Point | null> {
      calls.push(Date.now());
      const t = Date.now();
      let date: string | null = null;
      for (const [at, d] of schedule) if (t >= Date.parse(at)) date = d;
      return date ? { date, value: 3.9 } : null;
    },
  };
}

describe('release watcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands on SOFR published at 8:00:05 ET within 15 s, once, and then sleeps until the next release', async () => {
    vi.setSystemTime(new Date('2026-12-07T12:00:00Z')); // Mon 7:00 ET (EST)
    const up = upstream([
      ['2026-01-01T00:00:00Z', '2026-12-03'],
      ['2026-12-07T13:00:05Z', '2026-12-04'], // 8:00:05 ET
    ]);
    const got: { id: string; date: string; at: number }[] = [];
    const w = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, onRelease: (id, p) => void got.push({ id, date: p.date, at: Date.now() }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(w.nextCheck('SOFR')?.toISOString()).toBe('2026-12-07T13:00:00.000Z');
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ id: 'SOFR', date: '2026-12-04' });
    const lag = got[0]!.at - Date.parse('2026-12-07T13:00:05Z');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThanOrEqual(15_000);
    // Between releases it does not ask: after the hit, the next look is Tuesday 8:00 ET.
    expect(w.nextCheck('SOFR')?.toISOString()).toBe('2026-12-08T13:00:00.000Z');
    const during = up.calls.filter((t) => t > got[0]!.at).length;
    expect(during).toBe(0);
    w.stop();
  });

  it('keeps asking a late release inside its window, and gives up until the next release after it', async () => {
    vi.setSystemTime(new Date('2026-12-07T12:00:00Z'));
    const up = upstream([
      ['2026-01-01T00:00:00Z', '2026-12-03'],
      ['2026-12-07T14:10:00Z', '2026-12-04'], // 9:10 ET, 70 minutes late
      ['2026-12-08T18:00:00Z', '2026-12-07'], // Tue 13:00 ET: beyond that day's 3 h window
    ]);
    const got: string[] = [];
    const missed: string[] = [];
    const w = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, onRelease: (_id, p) => void got.push(`${p.date}@${new Date().toISOString()}`), pollMs: 30_000, onMissed: (id, at) => void missed.push(`${id}@${at.toISOString()}`) });
    await vi.advanceTimersByTimeAsync(29 * 3_600_000); // to Tue 12:00 ET
    expect(got).toEqual(['2026-12-04@2026-12-07T14:10:00.000Z']);
    // Tuesday's window (8:00-11:00 ET) closed without it: reported once, as dropped for the day.
    expect(missed).toEqual(['SOFR@2026-12-08T13:00:00.000Z']);
    // Tuesday's number came 5 h late: the watcher stopped asking at 11:00 ET and looks again Wednesday 8:00.
    expect(w.nextCheck('SOFR')?.toISOString()).toBe('2026-12-09T13:00:00.000Z');
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(got.at(-1)).toBe('2026-12-07@2026-12-09T13:00:00.000Z');
    w.stop();
  });

  it('hands on nothing that was out before it started or that a previous run already handled', async () => {
    vi.setSystemTime(new Date('2026-12-07T13:30:00Z')); // 8:30 ET: Monday's SOFR is already out
    const up = upstream([['2026-01-01T00:00:00Z', '2026-12-04']]);
    const got: string[] = [];
    const a = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, onRelease: (_id, p) => void got.push(p.date) });
    const b = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, onRelease: (_id, p) => void got.push(p.date), seen: new Map([['SOFR', '2026-12-04']]) });
    await vi.advanceTimersByTimeAsync(30 * 3_600_000);
    expect(got).toEqual([]);
    a.stop();
    b.stop();
  });

  it('hands on the same day again when its value changes (the SRF\'s afternoon operation adds to the morning total), not when it repeats', async () => {
    vi.setSystemTime(new Date('2026-12-07T13:00:00Z')); // Mon 8:00 ET
    const got: string[] = [];
    const w = startReleaseWatcher({
      series: ['SRF_VOLUME'],
      latest: async () => {
        const t = Date.now();
        if (t >= Date.parse('2026-12-07T18:46:00Z')) return { date: '2026-12-07', value: 55e9 }; // after 13:45 ET
        if (t >= Date.parse('2026-12-07T13:31:00Z')) return { date: '2026-12-07', value: 45e9 }; // after 8:30 ET
        return { date: '2026-12-04', value: 0 };
      },
      onRelease: (_id, p) => void got.push(`${p.date}=${p.value / 1e9}`),
    });
    await vi.advanceTimersByTimeAsync(12 * 3_600_000);
    expect(got).toEqual(['2026-12-07=45', '2026-12-07=55']);
    w.stop();
  });

  it('an upstream that throws does not stop the watcher; the error is reported', async () => {
    vi.setSystemTime(new Date('2026-12-07T12:59:00Z'));
    let n = 0;
    const errors: unknown[] = [];
    const got: string[] = [];
    const w = startReleaseWatcher({
      series: ['SOFR'],
      latest: async () => {
        n++;
        if (n === 2) throw new Error('502');
        return { date: n >= 3 ? '2026-12-04' : '2026-12-03', value: 3.9 };
      },
      onRelease: (_id, p) => void got.push(p.date),
      onError: (_id, e) => void errors.push(e),
    });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(errors).toHaveLength(1);
    expect(got).toEqual(['2026-12-04']);
    w.stop();
  });
});

describe('release watcher after a restart or a late day', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('started at 8:00:02 ET before the print, it still hands on that morning\'s SOFR, and each later morning its own', async () => {
    vi.setSystemTime(new Date('2026-12-07T13:00:02Z')); // Mon 8:00:02 ET
    const up = upstream([
      ['2026-01-01T00:00:00Z', '2026-12-03'],
      ['2026-12-07T13:00:30Z', '2026-12-04'],
      ['2026-12-08T13:00:05Z', '2026-12-07'],
      ['2026-12-09T13:00:05Z', '2026-12-08'],
    ]);
    const got: string[] = [];
    const w = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, seen: new Map([['SOFR', { date: '2026-12-03', value: 3.9 }]]), onRelease: (_i, p, info) => void got.push(`${p.date}${info.current ? '' : ' (late)'} at ${new Date().toISOString().slice(0, 16)}`) });
    await vi.advanceTimersByTimeAsync(3 * 24 * 3_600_000);
    w.stop();
    expect(got).toEqual(['2026-12-04 at 2026-12-07T13:00', '2026-12-07 at 2026-12-08T13:00', '2026-12-08 at 2026-12-09T13:00']);
  });

  it('a number that came after its window is handed on as late at the next release, which still waits for its own', async () => {
    vi.setSystemTime(new Date('2026-12-07T12:00:00Z'));
    const up = upstream([
      ['2026-01-01T00:00:00Z', '2026-12-04'],
      ['2026-12-08T18:00:00Z', '2026-12-07'], // Tue 13:00 ET: past Tuesday's 8:00-11:00 window
      ['2026-12-09T13:00:05Z', '2026-12-08'], // Wed 8:00:05 ET: Wednesday's own
    ]);
    const got: string[] = [];
    const w = startReleaseWatcher({ series: ['SOFR'], latest: up.latest, onRelease: (_i, p, info) => void got.push(`${p.date}${info.current ? '' : ' (late)'} at ${new Date().toISOString().slice(0, 19)}`) });
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000 + 6 * 3_600_000);
    w.stop();
    expect(got).toEqual(['2026-12-07 (late) at 2026-12-09T13:00:00', '2026-12-08 at 2026-12-09T13:00:10']);
  });
});
