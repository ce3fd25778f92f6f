// English shared by every command: errors, notes, the labels and values several answers reuse,
// chart axis titles and legends, and the names of the series.
import { exampleDate } from '../../classify.js';
import type { QtRegime } from '../../qt.js';
import type { AdministeredRates, CeilingKind, RateChange } from '../../rates.js';
import { axis, etTime, monthDay, qtWords, rateChangeWords, shortDate } from './words.js';
import { bpDelta, pct, scaleFor, usd, usdChange, type AmountScale } from '../../format.js';
import { firstFailures, type FailureKind, type MissingRead, type StaleRead, type Tried } from '../../reads.js';
import type { IsoDate, SeriesId } from '../../types.js';

const na = 'n/a';

const FAILED: Record<FailureKind, string> = {
  unavailable: 'did not answer',
  format: 'sent data we could not read',
  implausible: 'sent numbers that failed our checks',
  slow: 'did not answer in time',
};

const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** "NY Fed did not answer", "NY Fed sent data we could not read and FRED did not answer". */
export function failedWords(tried: readonly Tried[]): string {
  const first = firstFailures(tried);
  if (first.length === 0) return 'no source answered';
  const kinds = new Set(first.map((t) => t.kind));
  if (kinds.size === 1) return `${joinAnd(first.map((t) => t.upstream))} ${FAILED[first[0]!.kind]}`;
  return joinAnd(first.map((t) => `${t.upstream} ${FAILED[t.kind]}`));
}

/** "Oct 30" in the current year, "Oct 30, 2024" otherwise. */
function asOfDay(d: IsoDate, currentYear: number): string {
  return Number(d.slice(0, 4)) === currentYear ? monthDay(d) : `${monthDay(d)}, ${d.slice(0, 4)}`;
}

/** Why a series has no data here; `live` drops the pointer to live mode (we are live mode). */
function missingWords(m: MissingRead, live = false): string {
  switch (m.reason) {
    case 'notInSnapshot':
      return `The offline snapshot has no ${series[m.series]} data.`;
    case 'snapshotHole': {
      const known = m.coveredUpTo && m.coveredFrom ? ` (they cover it up to ${m.coveredUpTo}, and again from ${m.coveredFrom})` : m.coveredFrom ? ` (they cover it from ${m.coveredFrom})` : '';
      return `The offline snapshot has no ${series[m.series]} for ${m.date}: none of the files it was built from covers that day${known}.${live ? '' : ' Live mode reads it from the NY Fed.'}`;
    }
    case 'upstreamsFailed': {
      const why = failedWords(m.tried);
      const snapshot = missingWords(m.snapshot, true);
      return `${why.charAt(0).toUpperCase()}${why.slice(1)}, and ${snapshot.charAt(0).toLowerCase()}${snapshot.slice(1)}`;
    }
  }
}

export const common = {
  futureDate: (d: string, cmd: string) => `${d} is in the future. Try /${cmd} without a date.`,
  noDataBefore: (label: string, first: string | null, cmd: string) =>
    first
      ? `No ${label} data before ${first}. Try /${cmd} date:${exampleDate(first)}.`
      : `There is no ${label} data for that day here. Try /${cmd} without a date.`,
  noObservationOn: (asked: string, shown: string) => `No observation on ${asked}; showing ${shown}, the last one before it.`,
  /** A weekly (H.4.1) answer past the newest published week. */
  noWeekBy: (asked: string, shown: string) => `No H.4.1 week published by ${asked}; showing the week to ${shown}, the last one in the data.`,
  /** Live data older than the release that should have come (no source failed: upstream is late). */
  behindRelease: (shown: string, expected: string) => `Data as of ${shown}; the release for ${expected} has not arrived yet.`,
  noCorridor: (cmd: string) => `The Fed's corridor is known here from 2018-12-20 on. Try /${cmd} date:2019-09-17.`,
  unknownCommand: (name: string) => `There is no /${name} command. Type /help for the list.`,
  internalError: (ref: string) => `Sorry, something went wrong on our side (ref ${ref}). Please try again in a minute.`,
  staleFirst: (notes: string[]) => notes.join(' '),
  /** Why a series has no data here (from the sources' identifiers). */
  missing: (m: MissingRead, _currentYear: number) => missingWords(m),
  /** A read that answers with older data because its upstreams failed: "Data as of Oct 30 (NY Fed did not answer; retrying)." */
  stale: (s: StaleRead, currentYear: number) => {
    const why = failedWords(s.tried);
    if (s.from === 'store' && s.asOf) return `Data as of ${asOfDay(s.asOf, currentYear)} (${why}; retrying).`;
    return s.asOf ? `Data as of ${asOfDay(s.asOf, currentYear)} from the offline snapshot (${why}; retrying).` : `Offline snapshot data (${why}; retrying).`;
  },
  snapshotAge: (newest: string, days: number) => `Offline snapshot: data as of ${newest}, ${days} days ago.`,
  snapshotNoNext: 'offline snapshot',
  /** A day in an answer's sentences: "Fri Nov 14", with the year when it is not the current one. */
  day: (d: IsoDate, currentYear?: number) => shortDate(d, currentYear),
  /** A source or release named by the data layer ("NY Fed SOFR (offline snapshot)"), as the reader reads it. */
  source: (s: string) => s,
  /** A value that is not there. */
  na,
  labels: {
    change1d1w1m: 'Change 1d / 1w / 1m',
    change1w: 'Change 1w',
    change1y: 'Change 1y',
    yearToDate: 'Year to date',
    highInWindow: 'High in window',
    targetRange: 'Target range',
    sofrMinusEffr: 'SOFR - EFFR',
    /** "vs IORB 3.90%": a rate's distance from an administered rate. */
    vsRate: (name: string, rate: number) => `vs ${name} ${pct(rate)}`,
  },
  values: {
    /** An amount: "$926.3B", "$2.85T"; `scale` forces one unit for a whole answer. */
    usd: (v: number, scale?: AmountScale) => usd(v, scale ?? scaleFor(v)),
    /** A signed change: "+$16.7B", "-$0.12T" (billions unless told). */
    usdChange: (v: number, scale: AmountScale = 'B') => usdChange(v, scale),
    /** "+2 bp / -1 bp / n/a" from percent-point deltas (null when there is no earlier value). */
    bpChanges: (deltas: (number | null)[]) => deltas.map((d) => (d === null ? na : bpDelta(d))).join(' / '),
    /** "+$32.6B / -$4.1B / n/a". */
    usdChanges: (deltas: (number | null)[], scale: AmountScale = 'B') => deltas.map((d) => (d === null ? na : usdChange(d, scale))).join(' / '),
    /** "3.75% - 4.00%". */
    pctRange: (low: number, high: number) => `${pct(low)} - ${pct(high)}`,
    /** "3.75% (since 2025-10-30)". */
    rateSince: (rate: number, since: IsoDate) => `${pct(rate)} (since ${since})`,
    rangeSince: (low: number, high: number, since: IsoDate) => `${pct(low)} - ${pct(high)} (since ${since})`,
    /** "$2.85T (week to 2025-10-29)". */
    weekTo: (v: number, scale: AmountScale, d: IsoDate) => `${usd(v, scale)} (week to ${d})`,
  },
  /** The line under the answer: when the next data comes; offline it says nothing new arrives. */
  nextRelease: (mode: 'live' | 'snapshot', date: IsoDate, minutes: number, label: string) => {
    const when = `${etTime(date, minutes)} (${label})`;
    // The first line or the sources already say "offline snapshot": not said again here.
    return mode === 'snapshot' ? `Next release (live mode only): ${when}` : `Next: ${when}`;
  },
  /** "Source: NY Fed, FRED · as of 2025-10-31". */
  footer: (sources: string[], asOf: IsoDate) => `Source: ${sources.join(', ')} · as of ${asOf}`,
  policyAsOf: (change: RateChange) => `Administered rates (${rateChangeWords(change)})`,
  policySource: 'FOMC statement and implementation note, effective date',
  policyDerivedSource: (from: string) => `${from} target range; IORB, ON RRP and SRF rates derived`,
  policyConflict: 'The NY Fed target range disagrees with the dated rate table; the table is used',
  /** A rate dated after the last day official series confirm the corridor for: said, not judged. */
  corridorNotConfirmed: (what: string, dayText: string, through: string, r: AdministeredRates) =>
    `The Fed's corridor after ${through} is not confirmed by the data held here (last confirmed walls: ON RRP ${pct(r.rrp)}, ${r.iorbName} ${pct(r.iorb)}, ${r.srf === null ? 'top of range' : 'SRF'} ${pct(r.srf ?? r.targetHigh)}), so ${what} on ${dayText} is not placed in it.`,
  notConfirmed: 'corridor not confirmed',
};

/** Y-axis titles. */
export const units = {
  percent: 'percent',
  billions: '$ billions',
  trillions: '$ trillions',
  bp: 'basis points',
};

/** Chart pieces several commands draw. */
export const charts = {
  /** What the renderer writes on the axes and at the lines' ends, in the reader's language. */
  axis,
  corridorBand: (beforeSrf: boolean) =>
    beforeSrf ? 'Corridor: ON RRP rate to SRF rate (top of target range before the SRF)' : 'Corridor: ON RRP rate to SRF rate',
  targetRange: 'FOMC target range',
  /** A rate-change marker: "cut to 1.75-2.00", "Emergency cut to 0.00-0.25". */
  rateEvent: (change: RateChange) => rateChangeWords(change, true),
  /** A QT marker: "QT slowed", "QT ended". */
  qtEvent: (regime: QtRegime) => qtWords(regime, true),
};

/** What the series are called in /about, as-of lines and legends. */
export const series: Record<SeriesId, string> = {
  SOFR: 'SOFR',
  SOFR_P1: 'SOFR 1st percentile',
  SOFR_P25: 'SOFR 25th percentile',
  SOFR_P75: 'SOFR 75th percentile',
  SOFR_P99: 'SOFR 99th percentile',
  SOFR_VOLUME: 'SOFR volume',
  EFFR: 'EFFR',
  EFFR_VOLUME: 'EFFR volume',
  RRP_VOLUME: 'ON RRP take-up',
  RRP_RATE: 'ON RRP award rate',
  SRF_VOLUME: 'SRF usage',
  SRF_AM: 'SRF usage, morning operation',
  SRF_PM: 'SRF usage, afternoon operation',
  TGA: 'TGA (daily, DTS)',
  TGA_WEEKLY: 'TGA (week average, H.4.1)',
  RESERVES: 'Reserves (week average, H.4.1)',
  FED_ASSETS: 'Fed total assets (H.4.1)',
  TREASURIES: 'Treasuries held (H.4.1)',
  IORB: 'IORB',
  TARGET_LOW: 'FOMC target range, lower bound',
  TARGET_HIGH: 'FOMC target range, upper bound',
  DGS10: '10-year Treasury yield',
  GDP: 'Nominal GDP',
};

/** Short names several answers use as labels, legends and in "No ... data before" errors. */
export const names = {
  /** The corridor's ceiling: the SRF rate, or before the SRF (July 2021) the top of the target range. */
  ceiling: (kind: CeilingKind) => (kind === 'srf' ? 'SRF rate' : 'top of target range'),
  sofr: 'SOFR',
  effr: 'EFFR',
  onRrp: 'ON RRP',
  tga: 'TGA',
  tgaWeekAverage: 'TGA (week average)',
  fedBalanceSheet: 'Fed balance sheet',
  fedAssets: 'Fed total assets',
  fedAssetsWednesday: 'Fed total assets (Wednesday level)',
  netLiquidity: 'Net liquidity',
  /** A source named in chart footers next to the data sources. */
  federalReserve: 'Federal Reserve',
};
