// The Fed's administered rates as dated data: the walls of the corridor SOFR and EFFR trade in.
// Effective dates are the day after the FOMC decision (data-sources.md §7, §8).
// Sources: FRED DFEDTARL/DFEDTARU (target range, to 2026-06-05), RRPONTSYAWARD (ON RRP rate, to
// 2023-12), IORB (2021-07-29 to 2026-09-08) in ../shared/data/raw, and the NY Fed's repo operation
// results in ../shared/fixtures/nyfed (ON RRP award rate and SRF offering rate, 2023, 2024 and
// 2026-01-02 to 2026-09-30), checked day by day in tests/core/rates.test.ts against the snapshot;
// the FOMC decisions table of data-sources.md §8 where no file covers a change;
// IOER 2019 values from data-sources.md §5.1. IOER values for 2018-12, 2019-05 and 2020 are from
// the Fed's implementation notes (not in the shared data files).
import type { IsoDate } from './types.js';

export type RateChangeKind = 'fomc' | 'emergency' | 'technical';

export type AdministeredRates = {
  effective: IsoDate;
  targetLow: number;
  targetHigh: number;
  /** Interest on reserve balances (IORB) from 2021-07-29; interest on excess reserves (IOER) before. */
  iorb: number;
  iorbName: 'IORB' | 'IOER';
  /** ON RRP offering rate: the floor. */
  rrp: number;
  /** Standing Repo Facility minimum bid rate: the ceiling. null before the SRF existed (2021-07-29). */
  srf: number | null;
  /** What changed, for developers reading the table (English; never shown: answers word `change`). */
  note: string;
  /** What changed, as an identifier the catalogs word (charts' event labels, as-of lines). */
  change: RateChange;
  /** An FOMC decision (scheduled), an emergency (intermeeting) move, or a technical adjustment. */
  kind: RateChangeKind;
  /**
   * Set when the row was not in the dated table but read off the NY Fed's target range after the
   * table ends; IORB, ON RRP and SRF rates are then derived by the relationships of §8.
   */
  derivedFrom?: string;
  /** Where a row read off official series (not the FOMC decisions table) comes from, as users read it. */
  source?: string;
};

/**
 * The dated table, possibly extended with ranges seen upstream after it ends (see extendPolicy).
 * `confirmedThrough`: the last date official series confirm the walls for. After it the corridor
 * may have moved unseen, so no rate is placed in it (corridorConfirmed). Absent: no limit.
 */
/**
 * What a row of the table changed: a move of the target range (by the FOMC at a meeting, or an
 * emergency one), a technical adjustment of IOER (and the ON RRP rate), IORB replacing IOER with the
 * SRF established, or walls read off the NY Fed's operation results after the table ends.
 */
export type RateChange =
  | { what: 'move'; by: 'fomc' | 'emergency'; direction: 'cut' | 'hike'; low: number; high: number; also?: 'rrpAtBottom' | 'srfLimitRemoved' | 'derivedFromRange' }
  | { what: 'technical'; adjusted: 'ioer' | 'ioerAndRrp' }
  | { what: 'iorbReplacesIoer' }
  | { what: 'fromOperations'; direction: 'cut' | 'hike'; rrp: number; srf: number; afterFomc: IsoDate };

/** What a row said besides its move (the note's part after ";"). */
const ALSO: Record<IsoDate, 'rrpAtBottom' | 'srfLimitRemoved'> = { '2024-12-19': 'rrpAtBottom', '2025-12-11': 'srfLimitRemoved' };

/** A dated row's change, from the row and the one before it (its note says the same in English). */
function changeOf(row: Row, prev: Row | undefined): RateChange {
  const [effective, targetLow, targetHigh, , rrp, srf, , kind] = row;
  if (kind === 'technical') {
    if (prev && prev[5] === null && srf !== null) return { what: 'iorbReplacesIoer' };
    return { what: 'technical', adjusted: prev && prev[4] !== rrp ? 'ioerAndRrp' : 'ioer' };
  }
  const also = ALSO[effective];
  return { what: 'move', by: kind === 'emergency' ? 'emergency' : 'fomc', direction: prev && targetLow < prev[1] ? 'cut' : 'hike', low: targetLow, high: targetHigh, ...(also ? { also } : {}) };
}

export type PolicyTable = readonly AdministeredRates[] & { readonly confirmedThrough?: IsoDate };

type Row = [IsoDate, number, number, number, number, number | null, string, RateChangeKind];

// effective, target low, target high, IORB/IOER, ON RRP, SRF, note, kind
const ROWS: Row[] = [
  ['2018-12-20', 2.25, 2.5, 2.4, 2.25, null, 'FOMC hike to 2.25-2.50', 'fomc'],
  ['2019-05-02', 2.25, 2.5, 2.35, 2.25, null, 'IOER technical adjustment', 'technical'],
  ['2019-08-01', 2.0, 2.25, 2.1, 2.0, null, 'FOMC cut to 2.00-2.25', 'fomc'],
  ['2019-09-19', 1.75, 2.0, 1.8, 1.7, null, 'FOMC cut to 1.75-2.00', 'fomc'],
  ['2019-10-31', 1.5, 1.75, 1.55, 1.45, null, 'FOMC cut to 1.50-1.75', 'fomc'],
  ['2020-01-30', 1.5, 1.75, 1.6, 1.5, null, 'IOER and ON RRP technical adjustment', 'technical'],
  ['2020-03-04', 1.0, 1.25, 1.1, 1.0, null, 'Emergency cut to 1.00-1.25', 'emergency'],
  ['2020-03-16', 0.0, 0.25, 0.1, 0.0, null, 'Emergency cut to 0.00-0.25', 'emergency'],
  ['2021-06-17', 0.0, 0.25, 0.15, 0.05, null, 'IOER and ON RRP technical adjustment', 'technical'],
  ['2021-07-29', 0.0, 0.25, 0.15, 0.05, 0.25, 'IORB replaces IOER; Standing Repo Facility established', 'technical'],
  ['2022-03-17', 0.25, 0.5, 0.4, 0.3, 0.5, 'FOMC hike to 0.25-0.50', 'fomc'],
  ['2022-05-05', 0.75, 1.0, 0.9, 0.8, 1.0, 'FOMC hike to 0.75-1.00', 'fomc'],
  ['2022-06-16', 1.5, 1.75, 1.65, 1.55, 1.75, 'FOMC hike to 1.50-1.75', 'fomc'],
  ['2022-07-28', 2.25, 2.5, 2.4, 2.3, 2.5, 'FOMC hike to 2.25-2.50', 'fomc'],
  ['2022-09-22', 3.0, 3.25, 3.15, 3.05, 3.25, 'FOMC hike to 3.00-3.25', 'fomc'],
  ['2022-11-03', 3.75, 4.0, 3.9, 3.8, 4.0, 'FOMC hike to 3.75-4.00', 'fomc'],
  ['2022-12-15', 4.25, 4.5, 4.4, 4.3, 4.5, 'FOMC hike to 4.25-4.50', 'fomc'],
  ['2023-02-02', 4.5, 4.75, 4.65, 4.55, 4.75, 'FOMC hike to 4.50-4.75', 'fomc'],
  ['2023-03-23', 4.75, 5.0, 4.9, 4.8, 5.0, 'FOMC hike to 4.75-5.00', 'fomc'],
  ['2023-05-04', 5.0, 5.25, 5.15, 5.05, 5.25, 'FOMC hike to 5.00-5.25', 'fomc'],
  ['2023-07-27', 5.25, 5.5, 5.4, 5.3, 5.5, 'FOMC hike to 5.25-5.50', 'fomc'],
  ['2024-09-19', 4.75, 5.0, 4.9, 4.8, 5.0, 'FOMC cut to 4.75-5.00', 'fomc'],
  ['2024-11-08', 4.5, 4.75, 4.65, 4.55, 4.75, 'FOMC cut to 4.50-4.75', 'fomc'],
  ['2024-12-19', 4.25, 4.5, 4.4, 4.25, 4.5, 'FOMC cut to 4.25-4.50; ON RRP rate set at the bottom of the range', 'fomc'],
  ['2025-09-18', 4.0, 4.25, 4.15, 4.0, 4.25, 'FOMC cut to 4.00-4.25', 'fomc'],
  ['2025-10-30', 3.75, 4.0, 3.9, 3.75, 4.0, 'FOMC cut to 3.75-4.00', 'fomc'],
  // In force to 2026-09-16: IORB 3.65 in FRED IORB to 2026-09-08, the range in DFEDTARL/U to
  // 2026-06-05, ON RRP award 3.50 and SRF offering rate 3.75 in the NY Fed results to 2026-09-16.
  ['2025-12-11', 3.5, 3.75, 3.65, 3.5, 3.75, 'FOMC cut to 3.50-3.75; SRF aggregate limit removed', 'fomc'],
];

/**
 * Rows read off official series after the FOMC decisions table ends. 2026-09-17: the NY Fed's
 * operation results (rp_results_search_2026-01-01_2026-09-30) show the ON RRP award rate at 3.75%
 * and the SRF offering rate at 4.00% from that day, 25 bp up. No range or IORB series we hold
 * reaches past 2026-09-08, so those two are derived from the walls by the relationships of §8
 * (range = [ON RRP, SRF], IORB = bottom + 0.15) and the row says so in `source`.
 */
const FROM_SERIES: AdministeredRates[] = [
  {
    effective: '2026-09-17',
    targetLow: 3.75,
    targetHigh: 4.0,
    iorb: 3.9,
    iorbName: 'IORB',
    rrp: 3.75,
    srf: 4.0,
    note: 'ON RRP rate 3.75% and SRF rate 4.00% from the NY Fed operation results (a 25 bp hike after the 2026-09-15/16 FOMC)',
    change: { what: 'fromOperations', direction: 'hike', rrp: 3.75, srf: 4.0, afterFomc: '2026-09-16' },
    kind: 'fomc',
    source: 'NY Fed repo operation results (ON RRP award rate, SRF offering rate); target range and IORB derived from them',
  },
];

/**
 * The last date the official series we hold confirm the corridor for: the NY Fed operation results
 * (both walls: ON RRP award rate, SRF offering rate) end on 2026-09-30. After it nothing says the
 * walls did not move, so SOFR and EFFR are not placed in the corridor (corridorConfirmed).
 */
export const CORRIDOR_CONFIRMED_THROUGH: IsoDate = '2026-09-30';

const DATED: AdministeredRates[] = ROWS.map(
  ([effective, targetLow, targetHigh, iorb, rrp, srf, note, kind], i) => ({
    effective,
    targetLow,
    targetHigh,
    iorb,
    iorbName: effective >= '2021-07-29' ? 'IORB' : 'IOER',
    rrp,
    srf,
    note,
    change: changeOf(ROWS[i]!, ROWS[i - 1]),
    kind,
  }),
);

export const ADMINISTERED_RATES: PolicyTable = Object.assign([...DATED, ...FROM_SERIES], { confirmedThrough: CORRIDOR_CONFIRMED_THROUGH });

/** True when official series confirm the corridor's walls on `date` (see PolicyTable.confirmedThrough). */
export function corridorConfirmed(date: IsoDate, table: PolicyTable = ADMINISTERED_RATES): boolean {
  return table.confirmedThrough === undefined || date <= table.confirmedThrough;
}

/**
 * The walls in force on `date` only where official series confirm them (see corridorConfirmed):
 * what a spread to the corridor or a judgement against it must use. null past the confirmed date.
 */
export function confirmedRatesOn(date: IsoDate, table: PolicyTable = ADMINISTERED_RATES): AdministeredRates | null {
  return corridorConfirmed(date, table) ? ratesOn(date, table) : null;
}

/** The first date for which the table knows the walls. */
export const ADMINISTERED_RATES_START: IsoDate = ROWS[0]![0];

/** The administered rates in force on `date`, or null before the table starts. */
export function ratesOn(date: IsoDate, table: PolicyTable = ADMINISTERED_RATES): AdministeredRates | null {
  let found: AdministeredRates | null = null;
  for (const r of table) {
    if (r.effective <= date) found = r;
    else break;
  }
  return found;
}

/** The rate changes whose effective date lies in (start, end]. */
export function rateChangesBetween(start: IsoDate, end: IsoDate, table: PolicyTable = ADMINISTERED_RATES): AdministeredRates[] {
  return table.filter((r) => r.effective > start && r.effective <= end);
}

/** The FOMC target range as published for a date (NY Fed EFFR rows, FRED DFEDTARL/U). */
export type ObservedRange = { date: IsoDate; low: number; high: number };
export type PolicyConflict = { date: IsoDate; table: [number, number]; observed: [number, number] };

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Follows the FOMC past the end of the dated table: a target range seen upstream after the table's
 * last row that differs from the range in force starts a new row, effective on the first date it
 * is seen, with IORB = bottom + 0.15, ON RRP = bottom and SRF = top (data-sources.md §8, in force
 * since 2024-12-19). Ranges seen inside the table's span that disagree with it are returned as
 * conflicts (the table wins; the caller logs them).
 */
export function extendPolicy(observed: readonly ObservedRange[], source: string, table: PolicyTable = ADMINISTERED_RATES): { table: PolicyTable; conflicts: PolicyConflict[] } {
  const out: AdministeredRates[] = [...table];
  const lastDated = table[table.length - 1]!.effective;
  const conflicts: PolicyConflict[] = [];
  // A published range confirms the walls through its date (live mode, the NY Fed's EFFR rows).
  let confirmed = table.confirmedThrough;
  for (const o of observed) if (confirmed !== undefined && o.date > confirmed) confirmed = o.date;
  for (const o of [...observed].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const r = ratesOn(o.date, out);
    if (!r || (same(r.targetLow, o.low) && same(r.targetHigh, o.high))) continue;
    if (o.date <= lastDated) {
      conflicts.push({ date: o.date, table: [r.targetLow, r.targetHigh], observed: [o.low, o.high] });
      continue;
    }
    const move = o.low < r.targetLow ? 'cut' : 'hike';
    out.push({
      effective: o.date,
      targetLow: o.low,
      targetHigh: o.high,
      iorb: Math.round((o.low + 0.15) * 100) / 100,
      iorbName: 'IORB',
      rrp: o.low,
      srf: o.high,
      note: `FOMC ${move} to ${o.low.toFixed(2)}-${o.high.toFixed(2)}; IORB, ON RRP and SRF rates derived from the range`,
      change: { what: 'move', by: 'fomc', direction: move, low: o.low, high: o.high, also: 'derivedFromRange' },
      kind: 'fomc',
      derivedFrom: source,
    });
  }
  return { table: confirmed === undefined ? out : Object.assign(out, { confirmedThrough: confirmed }), conflicts };
}

/** The corridor's ceiling on a date: the SRF rate, or the top of the target range before the SRF. */
export type CeilingKind = 'srf' | 'targetTop';

export function ceilingOn(r: AdministeredRates): { value: number; kind: CeilingKind } {
  return r.srf !== null ? { value: r.srf, kind: 'srf' } : { value: r.targetHigh, kind: 'targetTop' };
}

/** Where a rate sits inside the corridor: 0 at the ON RRP floor, 1 at the ceiling. May leave [0, 1]. */
export function corridorPosition(rate: number, r: AdministeredRates): number {
  const ceiling = ceilingOn(r).value;
  return ceiling === r.rrp ? 0 : (rate - r.rrp) / (ceiling - r.rrp);
}
