// Where a rate stands, as identifiers the core computes once and every catalog turns into words
// (issue 12: "identifiers, not sentences"). Before, each locale's sentences compared the numbers
// themselves (src/core/messages/en/rates.ts), so a translation had to copy every threshold. The
// Chinese catalogs read these; English follows once its wording settles (see the README).

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
