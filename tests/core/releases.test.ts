// src/core/releases.ts: when each series is next (and was last) published, in US Eastern time with
// daylight saving, over weekends and Fed holidays (data-sources.md §4); and how long a read is kept.
import { describe, expect, it } from 'vitest';
import { easternWallTime, isBusinessDay } from '../../src/core/dates.js';
import { SERIES_IDS, type SeriesId } from '../../src/core/types.js';
import { cacheExpiry, nextRelease, previousRelease } from '../../src/core/releases.js';

const t = (s: string): Date => new Date(s);
const next = (id: SeriesId, now: string): string => nextRelease(id, t(now)).at.toISOString();
const prev = (id: SeriesId, now: string): string => previousRelease(id, t(now)).at.toISOString();
const MIN = 60_000;

describe('nextRelease: daily business-day series', () => {
  it('given Friday 2025-10-24 9:00 ET then the next SOFR is Monday 8:00 ET (EDT, 12:00Z)', () => {
    expect(next('SOFR', '2025-10-24T13:00:00Z')).toBe('2025-10-27T12:00:00.000Z');
  });

  it('given Friday 2025-10-31 9:00 ET then the next SOFR is Monday 2025-11-03 8:00 ET, after the switch to EST (13:00Z)', () => {
    const r = nextRelease('SOFR', t('2025-10-31T13:00:00Z'));
    expect(r.at.toISOString()).toBe('2025-11-03T13:00:00.000Z');
    expect(r.label).toBe('SOFR, NY Fed');
    expect(r.series).toBe('SOFR');
  });

  it('given Friday 2025-03-07 9:00 ET (EST) then the next SOFR is Monday 2025-03-10 8:00 EDT (12:00Z)', () => {
    expect(next('SOFR', '2025-03-07T14:00:00Z')).toBe('2025-03-10T12:00:00.000Z');
  });

  it('given Wednesday 2026-11-25 9:00 ET then the next SOFR skips Thanksgiving to Friday 2026-11-27 8:00 ET', () => {
    expect(next('SOFR', '2026-11-25T14:00:00Z')).toBe('2026-11-27T13:00:00.000Z');
  });

  it('given Friday 2025-01-17 9:00 ET then the next SOFR skips the weekend and MLK day to Tuesday', () => {
    expect(next('SOFR', '2025-01-17T14:00:00Z')).toBe('2025-01-21T13:00:00.000Z');
  });

  it('given 7:59 ET then the next SOFR is the same morning; given exactly 8:00 ET then it is the next business day', () => {
    expect(next('SOFR', '2025-11-04T12:59:00Z')).toBe('2025-11-04T13:00:00.000Z');
    expect(next('SOFR', '2025-11-04T13:00:00Z')).toBe('2025-11-05T13:00:00.000Z');
  });

  it('given a Saturday then the next SOFR is Monday 8:00 ET', () => {
    expect(next('SOFR', '2025-11-01T15:00:00Z')).toBe('2025-11-03T13:00:00.000Z');
  });

  it('given the other daily series then each has its own hour (§4)', () => {
    const now = '2025-10-30T11:00:00Z'; // Thursday 7:00 ET (EDT)
    expect(next('EFFR', now)).toBe('2025-10-30T13:00:00.000Z'); // 9:00
    expect(next('RRP_VOLUME', now)).toBe('2025-10-30T17:15:00.000Z'); // 13:15
    expect(next('TGA', now)).toBe('2025-10-30T20:00:00.000Z'); // 16:00
    expect(next('DGS10', now)).toBe('2025-10-30T20:15:00.000Z'); // 16:15
    expect(next('SOFR_P99', now)).toBe('2025-10-30T12:00:00.000Z'); // with SOFR
  });
});

describe('nextRelease and previousRelease: SRF has two operations a day', () => {
  it('given Friday 2025-10-31 before 8:30 ET then the next SRF result is the 8:30 morning operation', () => {
    expect(next('SRF_VOLUME', '2025-10-31T12:00:00Z')).toBe('2025-10-31T12:30:00.000Z');
  });

  it('given the same day at 9:00 ET then the next SRF result is the 13:45 afternoon operation', () => {
    expect(next('SRF_VOLUME', '2025-10-31T13:00:00Z')).toBe('2025-10-31T17:45:00.000Z');
    expect(prev('SRF_VOLUME', '2025-10-31T13:00:00Z')).toBe('2025-10-31T12:30:00.000Z');
  });

  it('given the same day at 14:00 ET then the next is Monday 8:30 EST and the previous was 13:45', () => {
    expect(next('SRF_VOLUME', '2025-10-31T18:00:00Z')).toBe('2025-11-03T13:30:00.000Z');
    expect(prev('SRF_VOLUME', '2025-10-31T18:00:00Z')).toBe('2025-10-31T17:45:00.000Z');
  });
});

describe('nextRelease and previousRelease: H.4.1 on Thursdays at 16:30 ET', () => {
  it('given Monday 2025-10-27 then reserves come on Thursday 2025-10-30 16:30 EDT (20:30Z)', () => {
    const r = nextRelease('RESERVES', t('2025-10-27T15:00:00Z'));
    expect(r.at.toISOString()).toBe('2025-10-30T20:30:00.000Z');
    expect(r.label).toBe('H.4.1');
  });

  it('given the Thursday after the switch to EST then 16:30 ET is 21:30Z', () => {
    expect(next('FED_ASSETS', '2025-11-03T15:00:00Z')).toBe('2025-11-06T21:30:00.000Z');
  });

  it('given Thanksgiving week 2025 then H.4.1 moves to Friday 2025-11-28', () => {
    expect(next('RESERVES', '2025-11-24T15:00:00Z')).toBe('2025-11-28T21:30:00.000Z');
    expect(next('RESERVES', '2025-11-27T22:00:00Z')).toBe('2025-11-28T21:30:00.000Z'); // Thanksgiving evening
  });

  it('given Thanksgiving week 2026 then H.4.1 moves to Friday 2026-11-27', () => {
    expect(next('TGA_WEEKLY', '2026-11-23T15:00:00Z')).toBe('2026-11-27T21:30:00.000Z');
  });

  it('given Christmas 2025 on a Thursday then H.4.1 is on Friday 2025-12-26', () => {
    expect(next('TREASURIES', '2025-12-22T15:00:00Z')).toBe('2025-12-26T21:30:00.000Z');
  });

  it('given the Friday evening after a moved release then the next is the following Thursday', () => {
    expect(next('RESERVES', '2025-11-28T23:00:00Z')).toBe('2025-12-04T21:30:00.000Z');
    expect(prev('RESERVES', '2025-11-28T23:00:00Z')).toBe('2025-11-28T21:30:00.000Z');
  });

  it('given a Wednesday after a moved release then the previous one was that Friday', () => {
    expect(prev('RESERVES', '2025-12-03T15:00:00Z')).toBe('2025-11-28T21:30:00.000Z');
  });

  it('given exactly Thursday 16:30 ET then that release is the previous one and the next is a week later', () => {
    expect(prev('RESERVES', '2025-10-30T20:30:00Z')).toBe('2025-10-30T20:30:00.000Z');
    expect(next('RESERVES', '2025-10-30T20:30:00Z')).toBe('2025-11-06T21:30:00.000Z');
  });
});

describe('nextRelease and previousRelease: GDP, approximately quarterly', () => {
  it('given mid-October 2025 then the next GDP slot is the last business day of October at 8:30 ET', () => {
    expect(next('GDP', '2025-10-15T12:00:00Z')).toBe('2025-10-31T12:30:00.000Z');
  });

  it('given mid-December 2025 then the next GDP slot is in late January 2026 (EST)', () => {
    expect(next('GDP', '2025-12-15T12:00:00Z')).toBe('2026-01-30T13:30:00.000Z');
  });

  it('given mid-January 2025 then the previous GDP slot was in late October 2024', () => {
    expect(prev('GDP', '2025-01-15T12:00:00Z')).toBe('2024-10-31T12:30:00.000Z');
  });
});

describe('nextRelease and previousRelease for every series', () => {
  const instants = ['2025-03-09T07:30:00Z', '2025-06-19T16:00:00Z', '2025-11-02T06:30:00Z', '2025-12-31T23:59:00Z', '2026-07-03T20:00:00Z'];

  it('given any series and instant then previous <= now < next, and both fall on a Fed business day', () => {
    for (const id of SERIES_IDS) {
      for (const now of instants) {
        const n = nextRelease(id, t(now)).at;
        const p = previousRelease(id, t(now)).at;
        expect(p.getTime(), `${id} ${now}`).toBeLessThanOrEqual(t(now).getTime());
        expect(n.getTime(), `${id} ${now}`).toBeGreaterThan(t(now).getTime());
        for (const d of [n, p]) expect(isBusinessDay(easternWallTime(d).date), `${id} ${d.toISOString()}`).toBe(true);
      }
    }
  });

  it('given the instant of a release then previousRelease returns exactly it and nextRelease the one after', () => {
    for (const id of SERIES_IDS) {
      const r = nextRelease(id, t('2025-10-29T12:00:00Z')).at;
      expect(previousRelease(id, r).at.getTime(), id).toBe(r.getTime());
      expect(nextRelease(id, r).at.getTime(), id).toBeGreaterThan(r.getTime());
    }
  });
});

describe('cacheExpiry', () => {
  it('given a SOFR read 10 minutes after the 8:00 ET release then it is rechecked 15 minutes later', () => {
    const at = t('2025-10-31T12:10:00Z');
    expect(cacheExpiry('SOFR', at).getTime()).toBe(at.getTime() + 15 * MIN);
  });

  it('given a read exactly at the release then it is rechecked 15 minutes later', () => {
    const at = t('2025-10-31T12:00:00Z');
    expect(cacheExpiry('SOFR', at).getTime()).toBe(at.getTime() + 15 * MIN);
  });

  it('given a read 2 h 59 min after the release then it is still rechecked in 15 minutes', () => {
    const at = t('2025-10-31T14:59:00Z');
    expect(cacheExpiry('SOFR', at).getTime()).toBe(at.getTime() + 15 * MIN);
  });

  it('given a read 3 h or more after the release then it is kept until the next release (Monday 8:00 EST)', () => {
    expect(cacheExpiry('SOFR', t('2025-10-31T15:00:00Z')).toISOString()).toBe('2025-11-03T13:00:00.000Z');
    expect(cacheExpiry('SOFR', t('2025-11-01T10:00:00Z')).toISOString()).toBe('2025-11-03T13:00:00.000Z');
  });

  it('given a reserves read on Friday after the Thanksgiving H.4.1 then the late window follows the moved release', () => {
    const at = t('2025-11-28T22:00:00Z'); // 30 min after Friday 16:30 EST
    expect(cacheExpiry('RESERVES', at).getTime()).toBe(at.getTime() + 15 * MIN);
    expect(cacheExpiry('RESERVES', t('2025-11-29T15:00:00Z')).toISOString()).toBe('2025-12-04T21:30:00.000Z');
  });

  it('given any series and instant then the expiry lies after the read and no later than the next release', () => {
    for (const id of SERIES_IDS) {
      for (let h = 0; h < 72; h += 5) {
        const at = new Date(Date.parse('2025-11-26T00:00:00Z') + h * 3_600_000);
        const e = cacheExpiry(id, at).getTime();
        expect(e, `${id} ${at.toISOString()}`).toBeGreaterThan(at.getTime());
        expect(e, `${id} ${at.toISOString()}`).toBeLessThanOrEqual(nextRelease(id, at).at.getTime());
      }
    }
  });
});
