// Quantitative tightening regimes as dated data (data-sources.md §5.3; QT's June 2022 start from
// the FOMC's May 4, 2022 plans for reducing the balance sheet). Monthly caps on runoff, in USD.
import type { IsoDate } from './types.js';

export type QtRegime = { from: IsoDate; treasuryCap: number | null; mbsCap: number | null; note: string };

export const QT_REGIMES: readonly QtRegime[] = [
  { from: '2022-06-01', treasuryCap: 30e9, mbsCap: 17.5e9, note: 'QT starts: caps $30B Treasuries, $17.5B MBS a month' },
  { from: '2022-09-01', treasuryCap: 60e9, mbsCap: 35e9, note: 'QT at full pace: caps $60B Treasuries, $35B MBS a month' },
  { from: '2024-06-01', treasuryCap: 25e9, mbsCap: 35e9, note: 'QT slowed: Treasury cap cut to $25B a month' },
  { from: '2025-04-01', treasuryCap: 5e9, mbsCap: 35e9, note: 'QT slowed again: Treasury cap cut to $5B a month' },
  { from: '2025-12-01', treasuryCap: null, mbsCap: null, note: 'QT ended: Treasury redemptions stopped, MBS principal reinvested in bills' },
];

/** The QT regime in force on a date, or null outside QT (before June 2022). */
export function qtRegimeOn(d: IsoDate): QtRegime | null {
  let found: QtRegime | null = null;
  for (const r of QT_REGIMES) if (r.from <= d) found = r;
  return found;
}
