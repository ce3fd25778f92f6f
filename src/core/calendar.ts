// The liquidity calendar: what moves dollar liquidity on each day of a window, with US Eastern and
// UTC times (daylight saving included). Pure: dates in, a schedule out, no I/O and no words (the
// catalog names the events). Times from data-sources.md §4, FOMC days from ./fomc.ts (§7), Fed
// holidays from ./dates.ts.
import { addDays, easternToInstant, fedHolidays, isBusinessDay, weekday, yearOf } from './dates.js';
import { FOMC_PRESS_ET, FOMC_STATEMENT_ET, isFomcDecisionDay } from './fomc.js';
import type { IsoDate } from './types.js';

export type CalendarEventKind =
  | 'holiday' // the Fed is closed: no SOFR, EFFR, ON RRP, SRF or DTS that day
  | 'monthEnd'
  | 'quarterEnd'
  | 'yearEnd'
  | 'tax' // corporate estimated tax date (15 Apr, Jun, Sep, Dec; next business day when it falls on a weekend or holiday)
  | 'sofr' // SOFR (with BGCR, TGCR) for the previous business day, ~8:00 ET
  | 'srfAm' // SRF morning operation 8:15-8:30 ET (daily since 2025-06-26)
  | 'effr' // EFFR and OBFR, ~9:00 ET
  | 'rrp' // ON RRP operation closes 13:15 ET, results shortly after
  | 'srfPm' // SRF afternoon operation 13:30-13:45 ET
  | 'fomc' // FOMC statement 14:00 ET, press conference 14:30 ET
  | 'dts' // Daily Treasury Statement (TGA), ~16:00 ET
  | 'h41'; // H.4.1 (reserves, Fed assets), Thursday ~16:30 ET, next business day after a holiday

/** A wall-clock time in ET (minutes after midnight) and the instant it is. */
export type Slot = { et: number; at: Date };

export type CalendarEvent = {
  kind: CalendarEventKind;
  /** When it happens; absent for all-day items (holidays, month-ends, tax dates). */
  from?: Slot;
  /** The end of an operation's window (SRF), or the press conference after an FOMC statement. */
  to?: Slot;
  /** A holiday's name. */
  name?: string;
  /** The day it would have been had it not moved (tax date or month-end off a weekend/holiday, H.4.1 after a holiday). */
  movedFrom?: IsoDate;
};

export type CalendarDay = {
  date: IsoDate;
  businessDay: boolean;
  /** Hours from UTC of US Eastern time at noon that day: -4 in summer (EDT), -5 in winter (EST). */
  utcOffset: -4 | -5;
  events: CalendarEvent[];
};

/** The SRF morning operation runs daily from this day (NY Fed operating policy of 2025-05-28). */
export const SRF_AM_FROM: IsoDate = '2025-06-26';

const TAX_MONTHS = [4, 6, 9, 12] as const;

function slot(d: IsoDate, minutes: number): Slot {
  return { et: minutes, at: easternToInstant(d, Math.floor(minutes / 60), minutes % 60) };
}

const at = (h: number, m = 0) => h * 60 + m;

export function utcOffsetOn(d: IsoDate): -4 | -5 {
  const noon = easternToInstant(d, 12, 0);
  return noon.getUTCHours() === 16 ? -4 : -5;
}

function rollForward(d: IsoDate): IsoDate {
  let x = d;
  while (!isBusinessDay(x)) x = addDays(x, 1);
  return x;
}

function rollBack(d: IsoDate): IsoDate {
  let x = d;
  while (!isBusinessDay(x)) x = addDays(x, -1);
  return x;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Corporate tax dates: the 15th of April, June, September and December, moved to the next business day. */
export function taxDate(year: number, month: number): { date: IsoDate; movedFrom?: IsoDate } {
  const nominal = `${year}-${pad(month)}-15`;
  const date = rollForward(nominal);
  return date === nominal ? { date } : { date, movedFrom: nominal };
}

/** The month's last business day: where month-end (quarter-end, year-end) funding pressure lands. */
export function monthEnd(year: number, month: number): { date: IsoDate; movedFrom?: IsoDate } {
  const nominal = lastDayOfMonth(year, month);
  const date = rollBack(nominal);
  return date === nominal ? { date } : { date, movedFrom: nominal };
}

/** The H.4.1 of the week of `thursday`: that Thursday, or the next business day when it is a holiday. */
export function h41Release(thursday: IsoDate): { date: IsoDate; movedFrom?: IsoDate } {
  const date = rollForward(thursday);
  return date === thursday ? { date } : { date, movedFrom: thursday };
}

const ALL_DAY_ORDER: CalendarEventKind[] = ['holiday', 'yearEnd', 'quarterEnd', 'monthEnd', 'tax'];

/** `days` consecutive days from `start` (included), each with its events in time order. */
export function buildCalendar(start: IsoDate, days = 14): CalendarDay[] {
  const end = addDays(start, days - 1);
  const extra = new Map<IsoDate, CalendarEvent[]>();
  const add = (d: IsoDate, e: CalendarEvent) => {
    if (d < start || d > end) return;
    extra.set(d, [...(extra.get(d) ?? []), e]);
  };

  // Month-ends, tax dates and H.4.1 can move across the window's edges: look a little beyond it.
  for (let y = yearOf(addDays(start, -31)); y <= yearOf(addDays(end, 31)); y++) {
    for (let m = 1; m <= 12; m++) {
      const me = monthEnd(y, m);
      add(me.date, { kind: m === 12 ? 'yearEnd' : m % 3 === 0 ? 'quarterEnd' : 'monthEnd', ...(me.movedFrom ? { movedFrom: me.movedFrom } : {}) });
    }
    for (const m of TAX_MONTHS) {
      const t = taxDate(y, m);
      add(t.date, { kind: 'tax', ...(t.movedFrom ? { movedFrom: t.movedFrom } : {}) });
    }
  }
  const firstThursday = addDays(start, -7 - ((weekday(start) - 4 + 7) % 7));
  for (let th = firstThursday; th <= end; th = addDays(th, 7)) {
    const r = h41Release(th);
    add(r.date, { kind: 'h41', from: slot(r.date, at(16, 30)), ...(r.movedFrom ? { movedFrom: r.movedFrom } : {}) });
  }

  const out: CalendarDay[] = [];
  for (let i = 0; i < days; i++) {
    const d = addDays(start, i);
    const business = isBusinessDay(d);
    const events: CalendarEvent[] = [];
    const holiday = fedHolidays(yearOf(d)).get(d);
    if (holiday) events.push({ kind: 'holiday', name: holiday });
    events.push(...(extra.get(d) ?? []));
    if (business) {
      events.push({ kind: 'sofr', from: slot(d, at(8)) });
      if (d >= SRF_AM_FROM) events.push({ kind: 'srfAm', from: slot(d, at(8, 15)), to: slot(d, at(8, 30)) });
      events.push({ kind: 'effr', from: slot(d, at(9)) });
      events.push({ kind: 'rrp', from: slot(d, at(13, 15)) });
      events.push({ kind: 'srfPm', from: slot(d, at(13, 30)), to: slot(d, at(13, 45)) });
      events.push({ kind: 'dts', from: slot(d, at(16)) });
    }
    if (isFomcDecisionDay(d)) events.push({ kind: 'fomc', from: slot(d, FOMC_STATEMENT_ET), to: slot(d, FOMC_PRESS_ET) });
    events.sort((a, b) => {
      if (!a.from || !b.from) return a.from ? 1 : b.from ? -1 : ALL_DAY_ORDER.indexOf(a.kind) - ALL_DAY_ORDER.indexOf(b.kind);
      return a.from.et - b.from.et;
    });
    out.push({ date: d, businessDay: business, utcOffset: utcOffsetOn(d), events });
  }
  return out;
}

/** "HH:MM" of an instant in UTC. */
export function utcClock(t: Date): string {
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** "H:MM" of ET minutes after midnight (24-hour clock). */
export function etClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

/** Why a day is not a business day: 'Saturday', 'Sunday', or the Fed holiday's name (null when it is one). */
export function whyClosed(d: IsoDate): string | null {
  const dow = weekday(d);
  if (dow === 6) return 'Saturday';
  if (dow === 0) return 'Sunday';
  return fedHolidays(yearOf(d)).get(d) ?? null;
}
