// The shared vocabulary of the bot. Pure types: no I/O, no platform.

/** ISO calendar date, YYYY-MM-DD: the observation's own date. */
export type IsoDate = string;

/** Every amount is stored in US dollars, every rate in percent (design.md, "Units and dates"). */
export type Unit = 'percent' | 'usd';

/**
 * How a series is stamped:
 * - business: one point per US business day (SOFR, EFFR, ON RRP, DTS TGA, DGS10); no holiday rows.
 * - daily: seven days a week (DFF, IORB, target range); weekends repeat Friday.
 * - weekly: one point per week, stamped with the Wednesday (H.4.1: WALCL, WRESBAL, WTREGEN).
 * - quarterly: first day of the quarter (GDP).
 */
export type Calendar = 'business' | 'daily' | 'weekly' | 'quarterly';

export type Point = { date: IsoDate; value: number };

/** The bot's own names for the series it knows. Upstream ids live in sources/. */
export const SERIES_IDS = [
  'SOFR', // percent, NY Fed / FRED SOFR
  'SOFR_P1', // percent, 1st percentile of SOFR transactions
  'SOFR_P25',
  'SOFR_P75',
  'SOFR_P99',
  'SOFR_VOLUME', // usd, underlying volume
  'EFFR', // percent, NY Fed EFFR (snapshot: FRED DFF on weekdays)
  'EFFR_VOLUME', // usd
  'RRP_VOLUME', // usd, ON RRP take-up (NY Fed ops / FRED RRPONTSYD)
  'RRP_RATE', // percent, ON RRP award rate
  'SRF_VOLUME', // usd, Standing Repo Facility usage, AM + PM ops, all collateral
  'SRF_AM', // usd, the morning SRF operation's part of SRF_VOLUME (NY Fed ops only)
  'SRF_PM', // usd, the afternoon operation's part
  'TGA', // usd, DTS closing balance, business days
  'TGA_WEEKLY', // usd, FRED WTREGEN, week average
  'RESERVES', // usd, FRED WRESBAL, week average
  'FED_ASSETS', // usd, FRED WALCL, Wednesday level
  'TREASURIES', // usd, FRED TREAST, Wednesday level
  'IORB', // percent, FRED IORB (7-day)
  'TARGET_LOW', // percent, FOMC target range lower bound (NY Fed EFFR targetRateFrom / FRED DFEDTARL)
  'TARGET_HIGH', // percent, upper bound (NY Fed EFFR targetRateTo / FRED DFEDTARU)
  'DGS10', // percent, 10-year Treasury yield
  'GDP', // usd, nominal GDP, SAAR, quarterly
] as const;
export type SeriesId = (typeof SERIES_IDS)[number];

export function isSeriesId(s: string): s is SeriesId {
  return (SERIES_IDS as readonly string[]).includes(s);
}

/** Where a series' numbers came from. `source` is what a user reads: "FRED SOFR", "NY Fed Markets API". */
export type Provenance = {
  source: string; // human: "NY Fed", "FRED", "U.S. Treasury DTS"
  seriesId: string; // upstream id: "SOFR", "WRESBAL", "operating_cash_balance"
  file?: string; // for the snapshot: the raw file it was built from
  url?: string; // for live reads: the request (never with a key in it)
  retrievedAt?: string; // ISO timestamp of the read
};

export type Series = {
  id: SeriesId;
  unit: Unit;
  calendar: Calendar;
  points: Point[]; // ascending by date, unique dates, finite values, no nulls
  provenance: Provenance;
};

/** A window of dates, both ends included. */
export type DateWindow = { start: IsoDate; end: IsoDate };

/** The platform-neutral answer every command returns (design.md, "The Answer"). */
export type AsOf = { series: string; date: IsoDate; source: string };

export type Answer = {
  title: string;
  summary: string[];
  fields: { label: string; value: string }[];
  chart?: { png: Uint8Array; alt: string; name: string };
  files?: { name: string; bytes: Uint8Array; type: string }[];
  asOf: AsOf[];
  stale?: string;
  nextRelease?: string;
};

/** Why /ask suggests a command instead of answering: the catalogs word it; src/ask/ decides it. */
export type SuggestionWhy = 'mentioned' | 'monthFirst' | 'dayFirst' | 'popular';
