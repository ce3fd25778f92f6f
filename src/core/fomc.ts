// FOMC decision days (the second day of each two-day meeting), as dated data from data-sources.md §7:
// the Committee's schedule announcements of 2024 (for 2025 and 2026) and 2025-09-05 (for 2027,
// tentative, and January 2028). The statement is released at 2:00 pm ET, the press conference at
// 2:30 pm ET; new administered rates take effect the next day.
import type { IsoDate } from './types.js';

export const FOMC_DECISIONS: readonly IsoDate[] = [
  // 2025
  '2025-01-29', '2025-03-19', '2025-05-07', '2025-06-18', '2025-07-30', '2025-09-17', '2025-10-29', '2025-12-10',
  // 2026
  '2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09',
  // 2027 (tentative) and the first meeting of 2028
  '2027-01-27', '2027-03-17', '2027-04-28', '2027-06-09', '2027-07-28', '2027-09-15', '2027-10-27', '2027-12-08',
  '2028-01-26',
];

/** The days the schedule above covers: outside them a calendar cannot say whether the FOMC meets. */
export const FOMC_KNOWN_FROM: IsoDate = '2025-01-01';
export const FOMC_KNOWN_TO: IsoDate = FOMC_DECISIONS[FOMC_DECISIONS.length - 1]!;

/** Statement at 2:00 pm ET, press conference at 2:30 pm ET (minutes after midnight, ET). */
export const FOMC_STATEMENT_ET = 14 * 60;
export const FOMC_PRESS_ET = 14 * 60 + 30;

export function isFomcDecisionDay(d: IsoDate): boolean {
  return FOMC_DECISIONS.includes(d);
}

/** Decision days from `start` to `end`, both included. */
export function fomcDecisionsBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  return FOMC_DECISIONS.filter((d) => d >= start && d <= end);
}
