// Where a rate stands, as identifiers the core computes once and every catalog turns into words
// (issue 12: "identifiers, not sentences"). Before, each locale's sentences compared the numbers
// themselves (src/core/messages/en/rates.ts), so a translation had to copy every threshold. Every
// catalog reads these; tests/core/classify.test.ts checks no catalog compares numbers itself.
import { RESERVES_WATCH_BAND, RRP_BUFFER_LOW, SOFR_RRP_SPREAD_WATCH_BP, SRF_USAGE_STRESS } from './thresholds.js';
import type { IsoDate } from './types.js';

/** Within half a basis point counts as "at" a rate: prints are rounded to the basis point. */
export const AT_BP = 0.5;

export type SofrPlace = 'aboveCeiling' | 'aboveIorb' | 'atIorb' | 'belowFloor' | 'aboveFloor';

/** SOFR against the corridor, from its distances in bp to the floor (ON RRP), IORB and the ceiling. */
export function sofrPlace(vsFloor: number, vsIorb: number, vsCeil: number): SofrPlace {
  if (vsCeil > AT_BP) return 'aboveCeiling';
  if (vsIorb > AT_BP) return 'aboveIorb';
  if (Math.abs(vsIorb) <= AT_BP) return 'atIorb';
  if (vsFloor < -AT_BP) return 'belowFloor';
  return 'aboveFloor';
}

export type EffrPlace = 'aboveRange' | 'belowRange' | 'atIorb' | 'aboveIorb' | 'belowIorb';

/** EFFR against the FOMC target range and IORB, from its distances in bp. */
export function effrPlace(vsBottom: number, vsTop: number, vsIorb: number): EffrPlace {
  if (vsTop > AT_BP) return 'aboveRange';
  if (vsBottom < -AT_BP) return 'belowRange';
  if (Math.abs(vsIorb) <= AT_BP) return 'atIorb';
  return vsIorb > 0 ? 'aboveIorb' : 'belowIorb';
}

export type CorridorWhere = 'aboveCeiling' | 'belowFloor' | 'nearCeiling' | 'inside';

/** A corridor position (0 the floor, 1 the ceiling) as a place; past 60% of the way is near the ceiling. */
export function corridorWhere(position: number): CorridorWhere {
  return position > 1 ? 'aboveCeiling' : position < 0 ? 'belowFloor' : position > 0.6 ? 'nearCeiling' : 'inside';
}

export type Gap = 'above' | 'below';

/** SOFR against the SRF rate: above it (by more than half a bp) the facility is the cheaper cash. */
export function srfGap(gapBp: number): Gap {
  return gapBp > AT_BP ? 'above' : 'below';
}

export type Direction = 'up' | 'down' | 'flat';

/** A move or spread in bp as it is written: one that rounds to 0 bp is flat (never "0 bp above"). */
export function bpDirection(bpValue: number): Direction {
  const r = Math.round(bpValue);
  return r === 0 ? 'flat' : r > 0 ? 'up' : 'down';
}

/** A spread past half a basis point either way is above or below; within it, at. */
export function bpSide(bpValue: number): 'above' | 'below' | 'at' {
  return bpValue > AT_BP ? 'above' : bpValue < -AT_BP ? 'below' : 'at';
}

/** An amount that prints as $0.0B (under $0.05B either way) has not moved. */
export const FLAT_USD = 0.05e9;

/** An amount's move: up, down, or flat when it would print as $0.0B. */
export function amountDirection(usd: number): Direction {
  return Math.abs(usd) < FLAT_USD ? 'flat' : usd > 0 ? 'up' : 'down';
}

/** SOFR over the ON RRP rate at or past the watch level (20 bp): repo counts as tight. */
export function repoTight(sofrRrpBp: number): boolean {
  return sofrRrpBp >= SOFR_RRP_SPREAD_WATCH_BP;
}

/** The ON RRP buffer: low (any further drain comes out of reserves) or still absorbing drains. */
export function rrpBuffer(usd: number): 'low' | 'absorbing' {
  return usd < RRP_BUFFER_LOW ? 'low' : 'absorbing';
}

/** A day near a month's or the year's end, when settlements and window dressing drain cash. */
export function nearPeriodEnd(d: IsoDate): boolean {
  return d.slice(5) >= '12-20' || d.slice(8) >= '28';
}

/** The day an error suggests trying instead, once data starts at `first`: the 2019 repo spike, or a recent day when data starts later. */
export function exampleDate(first: IsoDate): IsoDate {
  return first <= '2019-09-17' ? '2019-09-17' : '2025-10-31';
}

/** SRF usage past the stress line ($50B a day): banks leaning on the backstop, not testing it. */
export function srfOverStress(usd: number): boolean {
  return usd > SRF_USAGE_STRESS;
}

/** Reserves under the top of the watch band ($3.0T): below the edge of ample. */
export function reservesUnderAmple(usd: number): boolean {
  return usd < RESERVES_WATCH_BAND.high;
}
