// The liquidity calendar across both daylight-saving switches, holiday weeks, tax dates and FOMC days.
import { describe, expect, it } from 'vitest';
import { buildCalendar, h41Release, monthEnd, taxDate, utcClock, type CalendarDay, type CalendarEventKind } from '../../src/core/calendar.js';
import { FOMC_DECISIONS } from '../../src/core/fomc.js';

const dayOf = (days: CalendarDay[], d: string) => {
  const x = days.find((y) => y.date === d);
  if (!x) throw new Error(`no ${d}`);
  return x;
};
const kinds = (x: CalendarDay) => x.events.map((e) => e.kind);
const utcOf = (x: CalendarDay, k: CalendarEventKind) => {
  const e = x.events.find((y) => y.kind === k);
  if (!e?.from) throw new Error(`no ${k} on ${x.date}`);
  return utcClock(e.from.at);
};

describe('buildCalendar', () => {
  it('gives 14 consecutive days from the start day', () => {
    const days = buildCalendar('2026-11-23');
    expect(days).toHaveLength(14);
    expect(days[0]!.date).toBe('2026-11-23');
    expect(days[13]!.date).toBe('2026-12-06');
  });

  it('spring forward (Sun 2026-03-08): SOFR 8:00 ET is 13:00 UTC on Fri Mar 6 and 12:00 UTC on Mon Mar 9', () => {
    const days = buildCalendar('2026-03-02');
    expect(utcOf(dayOf(days, '2026-03-06'), 'sofr')).toBe('13:00');
    expect(dayOf(days, '2026-03-06').utcOffset).toBe(-5);
    expect(utcOf(dayOf(days, '2026-03-09'), 'sofr')).toBe('12:00');
    expect(dayOf(days, '2026-03-09').utcOffset).toBe(-4);
    expect(utcOf(dayOf(days, '2026-03-09'), 'rrp')).toBe('17:15');
    expect(utcOf(dayOf(days, '2026-03-12'), 'h41')).toBe('20:30');
    expect(utcOf(dayOf(days, '2026-03-05'), 'h41')).toBe('21:30');
    // The week ends on a Sunday with nothing on it.
    expect(dayOf(days, '2026-03-08').events).toEqual([]);
  });

  it('fall back (Sun 2026-11-01): SOFR 8:00 ET is 12:00 UTC on Fri Oct 30 and 13:00 UTC on Mon Nov 2', () => {
    const days = buildCalendar('2026-10-26');
    expect(utcOf(dayOf(days, '2026-10-30'), 'sofr')).toBe('12:00');
    expect(utcOf(dayOf(days, '2026-11-02'), 'sofr')).toBe('13:00');
    expect(utcOf(dayOf(days, '2026-11-02'), 'dts')).toBe('21:00');
    expect(utcOf(dayOf(days, '2026-11-02'), 'effr')).toBe('14:00');
    const srf = dayOf(days, '2026-11-02').events.find((e) => e.kind === 'srfPm')!;
    expect([utcClock(srf.from!.at), utcClock(srf.to!.at)]).toEqual(['18:30', '18:45']);
    // Oct 31 is a Saturday: the month-end lands on Fri Oct 30 and says so.
    expect(dayOf(days, '2026-10-30').events.find((e) => e.kind === 'monthEnd')).toEqual({ kind: 'monthEnd', movedFrom: '2026-10-31' });
    // FOMC Oct 28: statement 2:00 pm EDT = 18:00 UTC.
    expect(utcOf(dayOf(days, '2026-10-28'), 'fomc')).toBe('18:00');
  });

  it('Thanksgiving week 2026: no SOFR or DTS on Thu Nov 26, H.4.1 on Fri Nov 27 at 16:30 ET', () => {
    const days = buildCalendar('2026-11-23');
    const thu = dayOf(days, '2026-11-26');
    expect(thu.businessDay).toBe(false);
    expect(kinds(thu)).toEqual(['holiday']);
    expect(thu.events[0]!.name).toBe('Thanksgiving Day');
    const fri = dayOf(days, '2026-11-27');
    expect(kinds(fri)).toContain('sofr');
    const h41 = fri.events.find((e) => e.kind === 'h41')!;
    expect(h41.movedFrom).toBe('2026-11-26');
    expect(h41.from!.et).toBe(16 * 60 + 30);
    expect(utcClock(h41.from!.at)).toBe('21:30');
    expect(days.filter((x) => x.events.some((e) => e.kind === 'h41')).map((x) => x.date)).toEqual(['2026-11-27', '2026-12-03']);
    // Nov 30 (Mon) is the month-end.
    expect(kinds(dayOf(days, '2026-11-30'))[0]).toBe('monthEnd');
  });

  it('lists FOMC 2026-12-09 with the 2:00 pm ET statement at 19:00 UTC (winter) and the press conference at 2:30', () => {
    const days = buildCalendar('2026-12-01');
    const fomc = dayOf(days, '2026-12-09').events.find((e) => e.kind === 'fomc')!;
    expect(fomc.from!.et).toBe(14 * 60);
    expect(utcClock(fomc.from!.at)).toBe('19:00');
    expect(utcClock(fomc.to!.at)).toBe('19:30');
    expect(days.flatMap((x) => x.events.filter((e) => e.kind === 'fomc').map(() => x.date))).toEqual(['2026-12-09']);
  });

  it('Christmas week 2026: Fri Dec 25 closed, H.4.1 on Thu Dec 24, tax date Tue Dec 15, year-end Thu Dec 31', () => {
    const days = buildCalendar('2026-12-14');
    expect(kinds(dayOf(days, '2026-12-25'))).toEqual(['holiday']);
    expect(dayOf(days, '2026-12-25').events[0]!.name).toBe('Christmas Day');
    expect(kinds(dayOf(days, '2026-12-24'))).toContain('h41');
    expect(kinds(dayOf(days, '2026-12-15'))[0]).toBe('tax');
    const tail = buildCalendar('2026-12-28');
    expect(kinds(dayOf(tail, '2026-12-31'))[0]).toBe('yearEnd');
    // Jan 1 2027 is a Friday holiday: no H.4.1 moves (Thursday Dec 31 is open).
    expect(kinds(dayOf(tail, '2027-01-01'))).toEqual(['holiday']);
    expect(kinds(dayOf(tail, '2026-12-31'))).toContain('h41');
  });

  it('tax dates: 2026-06-15 (Mon) is one, 2026-03-15 is not; weekend dates move to the next business day and say so', () => {
    expect(kinds(dayOf(buildCalendar('2026-06-08'), '2026-06-15'))).toContain('tax');
    expect(buildCalendar('2026-03-09').some((x) => x.events.some((e) => e.kind === 'tax'))).toBe(false);
    expect(taxDate(2026, 6)).toEqual({ date: '2026-06-15' });
    expect(taxDate(2025, 6)).toEqual({ date: '2025-06-16', movedFrom: '2025-06-15' }); // a Sunday
    expect(taxDate(2027, 5 + 4)).toEqual({ date: '2027-09-15' });
    expect(taxDate(2029, 4)).toEqual({ date: '2029-04-16', movedFrom: '2029-04-15' });
    const moved = dayOf(buildCalendar('2025-06-10'), '2025-06-16').events.find((e) => e.kind === 'tax');
    expect(moved).toEqual({ kind: 'tax', movedFrom: '2025-06-15' });
  });

  it('quarter-ends and H.4.1 after holidays', () => {
    expect(monthEnd(2026, 3)).toEqual({ date: '2026-03-31' });
    expect(monthEnd(2026, 5)).toEqual({ date: '2026-05-29', movedFrom: '2026-05-31' });
    expect(kinds(dayOf(buildCalendar('2026-09-21'), '2026-09-30'))[0]).toBe('quarterEnd');
    // Thursday Jun 19 2025 (Juneteenth): H.4.1 on Friday Jun 20.
    expect(h41Release('2025-06-19')).toEqual({ date: '2025-06-20', movedFrom: '2025-06-19' });
    expect(h41Release('2026-11-19')).toEqual({ date: '2026-11-19' });
  });

  it('a business day lists the releases in time order, the SRF morning operation only from 2025-06-26', () => {
    expect(kinds(dayOf(buildCalendar('2026-11-23'), '2026-11-24'))).toEqual(['sofr', 'srfAm', 'effr', 'rrp', 'srfPm', 'dts']);
    expect(kinds(dayOf(buildCalendar('2025-06-23'), '2025-06-25'))).toEqual(['sofr', 'effr', 'rrp', 'srfPm', 'dts']);
    expect(kinds(dayOf(buildCalendar('2025-06-23'), '2025-06-26'))).toEqual(['sofr', 'srfAm', 'effr', 'rrp', 'srfPm', 'h41', 'dts'].sort((a, b) => order(a) - order(b)));
  });

  it('holds the 2025-2027 FOMC schedule of data-sources §7 (8 decisions a year, all Wednesdays)', () => {
    for (const y of ['2025', '2026', '2027']) expect(FOMC_DECISIONS.filter((d) => d.startsWith(y))).toHaveLength(8);
    for (const d of FOMC_DECISIONS) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(3);
  });
});

function order(k: string): number {
  return ['sofr', 'srfAm', 'effr', 'rrp', 'srfPm', 'dts', 'h41'].indexOf(k);
}
