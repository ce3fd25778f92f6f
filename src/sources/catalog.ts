// Unit and calendar of each of our series, as every upstream client stamps them (data-sources.md §0, §6.4),
// unless a FRED fallback says otherwise (FRED_SERIES[..].calendar).
import type { Calendar, SeriesId, Unit } from '../core/types.js';

export const SERIES_SHAPE: Record<SeriesId, { unit: Unit; calendar: Calendar }> = {
  SOFR: { unit: 'percent', calendar: 'business' },
  SOFR_P1: { unit: 'percent', calendar: 'business' },
  SOFR_P25: { unit: 'percent', calendar: 'business' },
  SOFR_P75: { unit: 'percent', calendar: 'business' },
  SOFR_P99: { unit: 'percent', calendar: 'business' },
  SOFR_VOLUME: { unit: 'usd', calendar: 'business' },
  EFFR: { unit: 'percent', calendar: 'business' },
  EFFR_VOLUME: { unit: 'usd', calendar: 'business' },
  RRP_VOLUME: { unit: 'usd', calendar: 'business' },
  RRP_RATE: { unit: 'percent', calendar: 'business' },
  SRF_VOLUME: { unit: 'usd', calendar: 'business' },
  SRF_AM: { unit: 'usd', calendar: 'business' },
  SRF_PM: { unit: 'usd', calendar: 'business' },
  TGA: { unit: 'usd', calendar: 'business' },
  TGA_WEEKLY: { unit: 'usd', calendar: 'weekly' },
  RESERVES: { unit: 'usd', calendar: 'weekly' },
  FED_ASSETS: { unit: 'usd', calendar: 'weekly' },
  TREASURIES: { unit: 'usd', calendar: 'weekly' },
  IORB: { unit: 'percent', calendar: 'daily' },
  // The target range is read from the NY Fed's EFFR rows, which exist on business days only, so live
  // it is a business-day series like EFFR. Its FRED fallback (DFEDTARL/U) and the offline snapshot
  // are 7-day series and say 'daily'. Either way a date's value is the range in force on that date.
  TARGET_LOW: { unit: 'percent', calendar: 'business' },
  TARGET_HIGH: { unit: 'percent', calendar: 'business' },
  DGS10: { unit: 'percent', calendar: 'business' },
  GDP: { unit: 'usd', calendar: 'quarterly' },
};

/** Today's date in UTC as YYYY-MM-DD (UTC is never behind US Eastern, so it bounds "up to today"). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}
