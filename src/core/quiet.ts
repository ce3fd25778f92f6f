// Quiet hours: a subscription's posts go out silently (never dropped) between two local times in
// the subscriber's time zone. Pure: the clock and the zone come in as arguments.

export const DEFAULT_TIME_ZONE = 'America/New_York';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an 'HH:MM' time, or null when it is not one. */
export function minutesOf(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The wall-clock minutes after midnight of `now` in `timeZone` (US Eastern when the zone is unknown). */
export function localMinutes(now: Date, timeZone: string | null): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: timeZone ?? DEFAULT_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: DEFAULT_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return (get('hour') % 24) * 60 + get('minute');
}

/**
 * Whether `now` falls in [from, to) local time; a window past midnight (22:00-07:00) wraps. No
 * window (either end null or not a time, or both equal) is never quiet.
 */
export function inQuietHours(now: Date, from: string | null, to: string | null, timeZone: string | null): boolean {
  const f = from === null ? null : minutesOf(from);
  const t = to === null ? null : minutesOf(to);
  if (f === null || t === null || f === t) return false;
  const m = localMinutes(now, timeZone);
  return f < t ? m >= f && m < t : m >= f || m < t;
}
