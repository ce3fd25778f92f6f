// Which upstream dataset answers each series first, and which one next (data-sources.md §0).
// One dataset can yield several series: the SOFR search yields SOFR, its percentiles and volume; the
// EFFR search yields EFFR, its volume and the FOMC target range (TARGET_LOW/HIGH).
import type { SeriesId } from '../core/types.js';

export type DatasetKey =
  | 'nyfed:sofr'
  | 'nyfed:effr'
  | 'nyfed:rp'
  | 'treasury:tga'
  | `fred:${string}`;

export const ROUTES: Record<SeriesId, DatasetKey[]> = {
  SOFR: ['nyfed:sofr', 'fred:SOFR'],
  SOFR_P1: ['nyfed:sofr', 'fred:SOFR1'],
  SOFR_P25: ['nyfed:sofr', 'fred:SOFR25'],
  SOFR_P75: ['nyfed:sofr', 'fred:SOFR75'],
  SOFR_P99: ['nyfed:sofr', 'fred:SOFR99'],
  SOFR_VOLUME: ['nyfed:sofr', 'fred:SOFRVOL'],
  EFFR: ['nyfed:effr', 'fred:EFFR'],
  EFFR_VOLUME: ['nyfed:effr'],
  RRP_VOLUME: ['nyfed:rp', 'fred:RRPONTSYD'],
  RRP_RATE: ['nyfed:rp', 'fred:RRPONTSYAWARD'],
  SRF_VOLUME: ['nyfed:rp', 'fred:RPONTTLD'],
  // FRED publishes no AM/PM split: only the NY Fed's operations have it.
  SRF_AM: ['nyfed:rp'],
  SRF_PM: ['nyfed:rp'],
  TGA: ['treasury:tga'],
  TGA_WEEKLY: ['fred:WTREGEN'],
  RESERVES: ['fred:WRESBAL'],
  FED_ASSETS: ['fred:WALCL'],
  TREASURIES: ['fred:TREAST'],
  IORB: ['fred:IORB'],
  TARGET_LOW: ['nyfed:effr', 'fred:DFEDTARL'],
  TARGET_HIGH: ['nyfed:effr', 'fred:DFEDTARU'],
  DGS10: ['fred:DGS10'],
  GDP: ['fred:GDP'],
};

/** Days fetched before a window's start, so the last point before it is there too. */
export const LOOKBACK_DAYS = { business: 10, daily: 10, weekly: 14, quarterly: 100 } as const;
