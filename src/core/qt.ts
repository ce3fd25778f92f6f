// Quantitative tightening regimes as dated data, monthly runoff caps in USD. Since 2024-06:
// data-sources.md §5.3. Earlier rows (the 2017-19 normalisation with its quarterly cap steps, the
// 2019 taper and end, the 2020 restart of purchases, the 2022 QT start) are from the FOMC's
// balance-sheet normalisation principles and statements, not from a shared data file.
import type { IsoDate } from './types.js';

/**
 * What a regime is, as an identifier the catalogs word: runoff starting (its caps `rising` each
 * quarter in 2017), caps raised, at full pace, slowed (again), ended (MBS principal reinvested in
 * Treasuries or in bills), or asset purchases instead of QT (2020).
 */
export type QtPhase =
  | { what: 'starts'; rising?: true }
  | { what: 'capsRaised' }
  | { what: 'fullPace' }
  | { what: 'slowed'; again?: true }
  | { what: 'ended'; reinvestedIn: 'treasuries' | 'bills' }
  | { what: 'purchases' };

/** `note` is for developers reading the table (English, never shown); answers word `phase`. */
export type QtRegime = { from: IsoDate; treasuryCap: number | null; mbsCap: number | null; phase: QtPhase; note: string };

export const QT_REGIMES: readonly QtRegime[] = [
  { from: '2017-10-01', treasuryCap: 6e9, mbsCap: 4e9, phase: { what: 'starts', rising: true }, note: 'QT starts: caps $6B Treasuries, $4B MBS a month, rising each quarter' },
  { from: '2018-01-01', treasuryCap: 12e9, mbsCap: 8e9, phase: { what: 'capsRaised' }, note: 'QT caps raised to $12B Treasuries, $8B MBS a month' },
  { from: '2018-04-01', treasuryCap: 18e9, mbsCap: 12e9, phase: { what: 'capsRaised' }, note: 'QT caps raised to $18B Treasuries, $12B MBS a month' },
  { from: '2018-07-01', treasuryCap: 24e9, mbsCap: 16e9, phase: { what: 'capsRaised' }, note: 'QT caps raised to $24B Treasuries, $16B MBS a month' },
  { from: '2018-10-01', treasuryCap: 30e9, mbsCap: 20e9, phase: { what: 'fullPace' }, note: 'QT at full pace: caps $30B Treasuries, $20B MBS a month' },
  { from: '2019-05-01', treasuryCap: 15e9, mbsCap: 20e9, phase: { what: 'slowed' }, note: 'QT slowed: Treasury cap cut to $15B a month' },
  { from: '2019-08-01', treasuryCap: null, mbsCap: null, phase: { what: 'ended', reinvestedIn: 'treasuries' }, note: 'QT ended: runoff stopped, MBS principal reinvested in Treasuries' },
  { from: '2020-03-15', treasuryCap: null, mbsCap: null, phase: { what: 'purchases' }, note: 'No QT: the Fed buys Treasuries and MBS (pandemic purchases)' },
  { from: '2022-06-01', treasuryCap: 30e9, mbsCap: 17.5e9, phase: { what: 'starts' }, note: 'QT starts: caps $30B Treasuries, $17.5B MBS a month' },
  { from: '2022-09-01', treasuryCap: 60e9, mbsCap: 35e9, phase: { what: 'fullPace' }, note: 'QT at full pace: caps $60B Treasuries, $35B MBS a month' },
  { from: '2024-06-01', treasuryCap: 25e9, mbsCap: 35e9, phase: { what: 'slowed' }, note: 'QT slowed: Treasury cap cut to $25B a month' },
  { from: '2025-04-01', treasuryCap: 5e9, mbsCap: 35e9, phase: { what: 'slowed', again: true }, note: 'QT slowed again: Treasury cap cut to $5B a month' },
  { from: '2025-12-01', treasuryCap: null, mbsCap: null, phase: { what: 'ended', reinvestedIn: 'bills' }, note: 'QT ended: Treasury redemptions stopped, MBS principal reinvested in bills' },
];

/** The QT regime in force on a date, or null outside QT (before June 2022). */
export function qtRegimeOn(d: IsoDate): QtRegime | null {
  let found: QtRegime | null = null;
  for (const r of QT_REGIMES) if (r.from <= d) found = r;
  return found;
}
