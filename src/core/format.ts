// Numbers the way style.md writes them (rates, basis points, amounts in USD); the locale-neutral
// figures every catalog shares. English words for dates live in the English catalog (en/words.ts).

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
