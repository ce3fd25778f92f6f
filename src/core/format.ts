// Numbers and dates the way style.md writes them. Amounts come in USD, rates in percent.
import type { IsoDate } from './types.js';

const MINUS = '-';

export function pct(v: number): string {
  return `${v.toFixed(2)}%`;
}

/** A rate change or spread in basis points, signed: "+18 bp", "-3 bp", "0 bp". */
export function bp(v: number): string {
  const r = Math.round(v);
  return `${r > 0 ? '+' : r < 0 ? MINUS : ''}${Math.abs(r)} bp`;
}

/** Percent-point delta (from two percent rates) in signed basis points. */
export function bpDelta(deltaPercent: number): string {
  return bp(deltaPercent * 100);
}

export type AmountScale = 'B' | 'T';

/** The scale style.md picks for an amount: trillions from $1T up, else billions. */
export function scaleFor(usd: number): AmountScale {
  // From the amount as written: $999.96B rounds to "$1000.0B", which is $1.00T.
  return Math.abs(usd) >= 999.95e9 ? 'T' : 'B';
}

/** "$926.3B", "$2.85T", "$51.8B"; `scale` forces one unit for a whole answer. */
export function usd(v: number, scale: AmountScale = scaleFor(v)): string {
  const sign = v < 0 ? MINUS : '';
  const a = Math.abs(v);
  return scale === 'T' ? `${sign}$${(a / 1e12).toFixed(2)}T` : `${sign}$${(a / 1e9).toFixed(1)}B`;
}

/** A signed change: "+$16.7B", "-$0.12T". Changes default to billions (style.md allows it). */
export function usdChange(v: number, scale: AmountScale = 'B'): string {
  const s = usd(Math.abs(v), scale);
  const rounded = scale === 'T' ? Math.round(Math.abs(v) / 1e10) : Math.round(Math.abs(v) / 1e8);
  if (rounded === 0) return `±${s}`;
  return `${v < 0 ? MINUS : '+'}${s}`;
}

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri Oct 31"; with the year when it is not `currentYear`: "Tue Sep 17, 2019". */
export function shortDate(d: IsoDate, currentYear?: number): string {
  const dt = new Date(`${d}T00:00:00Z`);
  const base = `${DOW[dt.getUTCDay()]} ${MON[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
  return currentYear !== undefined && dt.getUTCFullYear() === currentYear ? base : `${base}, ${dt.getUTCFullYear()}`;
}

/** "Oct 31" style month and day, for compact field values. */
export function monthDay(d: IsoDate): string {
  const dt = new Date(`${d}T00:00:00Z`);
  return `${MON[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
}

/** "Thu 4:30 pm ET" from a US Eastern wall time. */
export function etTime(date: IsoDate, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const dt = new Date(`${date}T00:00:00Z`);
  return `${DOW[dt.getUTCDay()]} ${MON[dt.getUTCMonth()]} ${dt.getUTCDate()} ${h12}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'} ET`;
}
