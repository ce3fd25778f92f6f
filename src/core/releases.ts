// When each series is next published (US Eastern, daylight saving included; data-sources.md §4).
// Drives the "Next:" line of every answer and how long a read is kept before asking upstream again.
import { addDays, easternToday, easternToInstant, easternWallTime, isBusinessDay, previousBusinessDay, weekday } from './dates.js';
import type { IsoDate, SeriesId } from './types.js';

type Schedule =
  | { kind: 'business'; times: [number, number][]; label: string } // each business day at these ET times
  | { kind: 'h41'; label: string } // Thursday 4:30 pm ET, or the next business day after a holiday
  | { kind: 'quarterly'; label: string };

const SCHEDULES: Record<SeriesId, Schedule> = {
  SOFR: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  SOFR_P1: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  SOFR_P25: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  SOFR_P75: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  SOFR_P99: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  SOFR_VOLUME: { kind: 'business', times: [[8, 0]], label: 'SOFR, NY Fed' },
  EFFR: { kind: 'business', times: [[9, 0]], label: 'EFFR, NY Fed' },
  EFFR_VOLUME: { kind: 'business', times: [[9, 0]], label: 'EFFR, NY Fed' },
  RRP_VOLUME: { kind: 'business', times: [[13, 15]], label: 'ON RRP results' },
  RRP_RATE: { kind: 'business', times: [[13, 15]], label: 'ON RRP results' },
  SRF_VOLUME: {
    kind: 'business',
    times: [
      [8, 30],
      [13, 45],
    ],
    label: 'SRF results',
  },
  SRF_AM: { kind: 'business', times: [[8, 30]], label: 'SRF results' },
  SRF_PM: { kind: 'business', times: [[13, 45]], label: 'SRF results' },
  TGA: { kind: 'business', times: [[16, 0]], label: 'Daily Treasury Statement' },
  TGA_WEEKLY: { kind: 'h41', label: 'H.4.1' },
  RESERVES: { kind: 'h41', label: 'H.4.1' },
  FED_ASSETS: { kind: 'h41', label: 'H.4.1' },
  TREASURIES: { kind: 'h41', label: 'H.4.1' },
  IORB: { kind: 'business', times: [[9, 0]], label: 'FRED IORB' },
  TARGET_LOW: { kind: 'business', times: [[9, 0]], label: 'EFFR, NY Fed' },
  TARGET_HIGH: { kind: 'business', times: [[9, 0]], label: 'EFFR, NY Fed' },
  DGS10: { kind: 'business', times: [[16, 15]], label: 'H.15, Treasury yields' },
  GDP: { kind: 'quarterly', label: 'BEA GDP' },
};

export type Release = { at: Date; label: string; series: SeriesId };

function businessSlots(from: Date, times: [number, number][], days: number): Date[] {
  const today = easternWallTime(from).date;
  const out: Date[] = [];
  for (let i = -days; i <= days; i++) {
    const d = addDays(today, i);
    if (!isBusinessDay(d)) continue;
    for (const [h, m] of times) out.push(easternToInstant(d, h, m));
  }
  return out;
}

/** H.4.1: Thursday 4:30 pm ET; when the Thursday is a holiday, the next business day. */
function h41Day(thursday: IsoDate): IsoDate {
  let d = thursday;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

function h41Slots(from: Date): Date[] {
  const today = easternWallTime(from).date;
  const back = (weekday(today) - 4 + 7) % 7;
  const out: Date[] = [];
  for (let w = -2; w <= 2; w++) out.push(easternToInstant(h41Day(addDays(today, -back + 7 * w)), 16, 30));
  return out;
}

function quarterlySlots(from: Date): Date[] {
  // BEA's advance estimate comes near the end of the month after the quarter: approximate with the
  // last business day of Jan/Apr/Jul/Oct at 8:30 ET. Only used for caching and the "Next:" line.
  const y = Number(easternWallTime(from).date.slice(0, 4));
  const out: Date[] = [];
  for (const year of [y - 1, y, y + 1]) {
    for (const m of [1, 4, 7, 10]) {
      let d = addDays(`${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
      if (m === 10 && year === y + 1) continue;
      while (!isBusinessDay(d)) d = addDays(d, -1);
      out.push(easternToInstant(d, 8, 30));
    }
  }
  return out;
}

function slots(id: SeriesId, around: Date): Date[] {
  const s = SCHEDULES[id];
  if (s.kind === 'business') return businessSlots(around, s.times, 10);
  if (s.kind === 'h41') return h41Slots(around);
  return quarterlySlots(around);
}

/** The next expected release of `id` strictly after `now`. */
export function nextRelease(id: SeriesId, now: Date): Release {
  const next = slots(id, now)
    .filter((t) => t.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())[0]!;
  return { at: next, label: SCHEDULES[id].label, series: id };
}

/** The latest expected release of `id` at or before `now`. */
export function previousRelease(id: SeriesId, now: Date): Release {
  const prev = slots(id, now)
    .filter((t) => t.getTime() <= now.getTime())
    .sort((a, b) => b.getTime() - a.getTime())[0]!;
  return { at: prev, label: SCHEDULES[id].label, series: id };
}

const LATE_WINDOW_MS = 3 * 3_600_000;
const LATE_RECHECK_MS = 15 * 60_000;

/**
 * How long a read made at `fetchedAt` stays good: until the next expected release. In the hours
 * right after a release the upstream may still be late, so the read is checked again every 15 min.
 */
export function cacheExpiry(id: SeriesId, fetchedAt: Date): Date {
  const next = nextRelease(id, fetchedAt).at;
  const prev = previousRelease(id, fetchedAt).at;
  if (fetchedAt.getTime() - prev.getTime() < LATE_WINDOW_MS) {
    return new Date(Math.min(next.getTime(), fetchedAt.getTime() + LATE_RECHECK_MS));
  }
  return next;
}

/**
 * The newest observation date of `id` that had been published by the end of day `d` (US Eastern).
 * The one place that knows each series' publication lag; every "as of a day" read goes through it,
 * so no answer about a day uses data published after that day.
 * - H.4.1 series are stamped with the week's Wednesday and published the next Thursday (the next
 *   business day after a holiday): asked about Wed Oct 29 or earlier that week, the newest known week
 *   is the one to Wed Oct 22.
 * - GDP is stamped with the quarter's first day and first published about four months later.
 * - Daily and business-day series: the observation for the day asked is that day's (a question about
 *   a day is a question about its print, published the same evening or the next morning).
 */
export function publishedThrough(id: SeriesId, d: IsoDate): IsoDate {
  const s = SCHEDULES[id];
  if (s.kind === 'h41') {
    const wednesday = addDays(d, -((weekday(d) - 3 + 7) % 7));
    return h41Day(addDays(wednesday, 1)) <= d ? wednesday : addDays(wednesday, -7);
  }
  if (s.kind === 'quarterly') {
    const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    const back = (y * 12 + (m - 1)) - 4;
    return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`;
  }
  return d;
}

/**
 * The date the observation in force on `d` carries when nothing is missing: the newest published
 * week for H.4.1 series, the last business day on or before `d` for business-day series, `d` itself
 * for daily ones. An answer showing an older observation than this is older than what was asked.
 */
export function expectedLatest(id: SeriesId, d: IsoDate): IsoDate {
  const s = SCHEDULES[id];
  if (s.kind === 'business') {
    let b = d;
    while (!isBusinessDay(b)) b = addDays(b, -1);
    return b;
  }
  return publishedThrough(id, d);
}

/**
 * The oldest observation date that counts as what the release at `at` brings: for business-day
 * series the business day before the release day (next-morning prints such as SOFR; a same-day
 * series such as the SRF's operation results brings that day's, which is newer still), for H.4.1
 * series the week it publishes. An observation older than this, found at a release, is one a
 * previous release should have brought: late news, not this release.
 */
export function releaseBrings(id: SeriesId, at: Date): IsoDate {
  const day = easternToday(at);
  return SCHEDULES[id].kind === 'business' ? expectedLatest(id, previousBusinessDay(day)) : publishedThrough(id, day);
}
