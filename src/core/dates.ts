// Calendar arithmetic on ISO dates (UTC-based, no time of day) and US Eastern wall time.
import type { IsoDate } from './types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Strict: '2031-02-30' is not a date. Returns null for anything that is not a real calendar day. */
export function parseIsoDate(s: string): IsoDate | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function toDayNumber(d: IsoDate): number {
  return Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Same day n months later (or earlier), clamped to the month's last day: 2025-03-31 - 1m = 2025-02-28. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return new Date(`${d}T00:00:00Z`).getUTCDay();
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

// ---- Federal Reserve holidays -------------------------------------------------------------

function nthWeekday(year: number, month: number, dow: number, n: number): IsoDate {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((dow - first + 7) % 7) + (n - 1) * 7;
  return fromDayNumber(Math.floor(Date.UTC(year, month - 1, day) / DAY_MS));
}

function lastWeekday(year: number, month: number, dow: number): IsoDate {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const diff = (lastDay.getUTCDay() - dow + 7) % 7;
  return fromDayNumber(Math.floor(lastDay.getTime() / DAY_MS) - diff);
}

function fixed(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Map<IsoDate, string>>();

/**
 * The Federal Reserve's holidays for a year, with their names. A holiday on a Sunday is observed
 * on the Monday; one on a Saturday is not moved (the Fed is open the Friday before).
 */
export function fedHolidays(year: number): Map<IsoDate, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const list: [IsoDate, string][] = [
    [fixed(year, 1, 1), "New Year's Day"],
    [nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day'],
    [nthWeekday(year, 2, 1, 3), "Washington's Birthday"],
    [lastWeekday(year, 5, 1), 'Memorial Day'],
    ...(year >= 2022 ? ([[fixed(year, 6, 19), 'Juneteenth']] as [IsoDate, string][]) : []),
    [fixed(year, 7, 4), 'Independence Day'],
    [nthWeekday(year, 9, 1, 1), 'Labor Day'],
    [nthWeekday(year, 10, 1, 2), 'Columbus Day'],
    [fixed(year, 11, 11), 'Veterans Day'],
    [nthWeekday(year, 11, 4, 4), 'Thanksgiving Day'],
    [fixed(year, 12, 25), 'Christmas Day'],
  ];
  const out = new Map<IsoDate, string>();
  for (const [d, name] of list) {
    const dow = weekday(d);
    if (dow === 0) out.set(addDays(d, 1), `${name} (observed)`);
    else if (dow !== 6) out.set(d, name);
  }
  holidayCache.set(year, out);
  return out;
}

export function isBusinessDay(d: IsoDate): boolean {
  const dow = weekday(d);
  return dow !== 0 && dow !== 6 && !fedHolidays(yearOf(d)).has(d);
}

export function nextBusinessDay(d: IsoDate): IsoDate {
  let x = addDays(d, 1);
  while (!isBusinessDay(x)) x = addDays(x, 1);
  return x;
}

export function previousBusinessDay(d: IsoDate): IsoDate {
  let x = addDays(d, -1);
  while (!isBusinessDay(x)) x = addDays(x, -1);
  return x;
}

// ---- US Eastern time ------------------------------------------------------------------------

const etParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The US Eastern wall-clock date and minutes after midnight of an instant. */
export function easternWallTime(instant: Date): { date: IsoDate; minutes: number } {
  const p: Record<string, string> = {};
  for (const part of etParts.formatToParts(instant)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The instant at which the US Eastern wall clock shows `date` `hh:mm` (daylight saving included). */
export function easternToInstant(date: IsoDate, hh: number, mm: number): Date {
  const wall = Date.UTC(...(date.split('-').map(Number) as [number, number, number]).map((v, i) => (i === 1 ? v - 1 : v)) as [number, number, number], hh, mm);
  // ET is UTC-5 or UTC-4: try both offsets and keep the one that round-trips.
  for (const offsetHours of [4, 5]) {
    const guess = new Date(wall + offsetHours * 3_600_000);
    const back = easternWallTime(guess);
    if (back.date === date && back.minutes === hh * 60 + mm) return guess;
  }
  // A wall time that does not exist (the spring-forward hour): take the later offset.
  return new Date(wall + 4 * 3_600_000);
}

/** Today's date in New York: the date the bot treats as "today". */
export function easternToday(now: Date): IsoDate {
  return easternWallTime(now).date;
}
