// English for the analyst's commands: /stress (the signal dashboard) and /compare (today against
// the September 2019 repo spike or another day).
import { bp, pct, usd } from '../../format.js';
import { SIGNALS, type Level, type SignalId, type SignalRule } from '../../stress.js';
import { TGA_CASH_TARGET } from '../../thresholds.js';
import { abs } from './words.js';
import type { IsoDate } from '../../types.js';

const MARK: Record<Level, string> = { calm: '🟢', watch: '🟡', stress: '🔴' };
const status = (l: Level) => `${l} ${MARK[l]}`;

const SIGNAL_NAMES: Record<SignalId, string> = {
  reserves: 'Reserves',
  sofrRrp: 'SOFR - ON RRP rate',
  srfUsage: 'SRF usage',
  sofrSrf: 'SOFR - SRF rate',
  rrpBuffer: 'ON RRP buffer',
  tga: 'TGA vs cash target',
};

/** How a signal's value and threshold read: amounts in $B/$T, spreads in signed bp. */
function value(unit: 'usd' | 'bp', v: number): string {
  return unit === 'bp' ? bp(v) : usd(v);
}

/** Where watch and stress start, from the signal table (src/core/stress.ts): the numbers are never written here. */
const THRESHOLDS: Record<SignalId, (l: SignalRule['lines']) => string> = {
  reserves: (l) => `watch under ${usd(l.watch)}, stress under ${usd(l.stress)}`,
  sofrRrp: (l) => `watch from ${bp(l.watch)}, stress from ${bp(l.stress)}`,
  srfUsage: (l) => `watch over ${usd(l.watch)}, stress over ${usd(l.stress)}`,
  sofrSrf: (l) => `watch within ${abs(l.watch)}, stress above it`,
  rrpBuffer: (l) => `watch under ${usd(l.watch)}, stress under ${usd(l.stress)}`,
  tga: (l) => `watch over ${usd(l.watch)} (assumed target), stress over ${usd(l.stress)}`,
};

const thresholds = (id: SignalId) => THRESHOLDS[id](SIGNALS.find((s) => s.id === id)!.lines);

export const stress = {
  name: 'stress signals',
  status,
  signal: (id: SignalId) => SIGNAL_NAMES[id],
  title: (overall: Level, red: number, amber: number, known: number) =>
    `Funding stress: ${status(overall)}, ${red} of ${known} signals red, ${amber} amber`,
  /** The backdrop beside the acute level: reserves, the ON RRP buffer, the TGA. */
  structuralLabel: 'Backdrop (structural)',
  structuralField: (l: Level, names: string[]) => `${status(l)}${names.length ? ` · ${names.join(', ')}` : ''} · a condition, not acute stress: the overall level follows spreads to the corridor and SRF usage`,
  structuralLine: (l: Level, names: string[]) =>
    l === 'calm' ? 'The backdrop (reserves, ON RRP buffer, TGA) is calm.' : `Backdrop ${l}: ${names.join(', ')}. A structural condition; the overall level follows the acute signals.`,
  beforeSrf: 'the SRF started on 2021-07-28: not judged before it',
  /** The chart's title: the same answer without the mark (the chart font has no emoji). */
  chartTitle: (overall: Level, red: number, amber: number, known: number) =>
    `Funding stress: ${overall}, ${red} of ${known} signals red, ${amber} amber`,
  /** A field value: "🔴 stress · +47 bp (stress from +20 bp) · 2025-10-31". */
  field: (level: Level, unit: 'usd' | 'bp', v: number, id: SignalId, date: IsoDate) =>
    `${MARK[level]} ${level} · ${value(unit, v)} (${thresholds(id)}) · ${date}`,
  unknownField: (why: string) => `unknown · ${why}`,
  noSrfInSnapshot: 'no SRF usage data in the offline snapshot: not guessed',
  noData: 'no data for this day: not guessed',
  overallLabel: 'Overall (hysteresis)',
  overallField: (overall: Level, now: Level) =>
    `${status(overall)} · on the last prints alone: ${status(now)} · escalates when 2 of a signal's last 3 prints agree, eases after 3 calmer prints`,
  worst: (names: string[], level: Level) =>
    names.length ? `${level === 'stress' ? 'Red' : 'Amber'}: ${names.join(', ')}.` : 'Every known signal is calm.',
  sofrAboveSrf: (sofr: number, srf: number, d: string) =>
    `SOFR printed ${pct(sofr)} on ${d}, above the ${pct(srf)} SRF rate: the market paid more for cash than the Fed's backstop charges.`,
  hysteresis: (overall: Level, now: Level) =>
    overall === now
      ? `The overall level is ${status(overall)}, held by more than one print.`
      : `The latest prints alone say ${status(now)}; the overall level stays ${status(overall)} until more prints agree.`,
  unknown: (names: string[]) => `Unknown, not guessed: ${names.join(', ')}.`,
  tgaAssumption: `TGA target: ${usd(TGA_CASH_TARGET)}, the Treasury's quarterly refunding end-of-quarter cash assumption (an assumption here).`,
  panel: (id: SignalId, unitWord: string) => `${SIGNAL_NAMES[id]} (${unitWord})`,
  /** Chart text has no emoji (the chart font has none): the word alone. */
  panelTitle: (l: Level, panel: string) => `${panel}: ${l}`,
  thresholdLine: 'threshold',
  watchLine: 'watch',
  stressLine: 'stress',
  subtitle: (d: IsoDate) => `Each panel: the signal, its watch and stress lines (dashed), up to ${d}`,
  alt: (n: number, start: IsoDate, end: IsoDate, overall: Level) =>
    `Small multiples: ${n} panels, one per funding-stress signal from ${start} to ${end}, each with its watch line dashed in amber and its stress line dashed in vermilion; overall level ${overall}.`,
  assumptionLabel: 'Assumption',
};

export const compare = {
  title: (then: IsoDate, nowHigh: number | null, thenHigh: number | null, nowRes: number | null, thenRes: number | null) =>
    `Now vs ${then}: SOFR high ${nowHigh === null ? 'n/a' : pct(nowHigh)} vs ${thenHigh === null ? 'n/a' : pct(thenHigh)}, reserves ${nowRes === null ? 'n/a' : usd(nowRes, 'T')} vs ${thenRes === null ? 'n/a' : usd(thenRes, 'T')}`,
  /** The one summary line: the peaks of SOFR's spread to the corridor's IOER/IORB in each window. */
  peaks: (then: IsoDate, thenPeak: number | null, now: IsoDate, nowPeak: number | null, thenName: string, nowName: string) =>
    thenPeak !== null && nowPeak !== null
      ? `Within two weeks of each day SOFR peaked ${bp(thenPeak)} over ${thenName} around ${then} and ${bp(nowPeak)} over ${nowName} around ${now}.`
      : 'SOFR is missing around one of the two days.',
  labels: {
    reserves: 'Reserves (week avg)',
    tga: 'TGA',
    rrp: 'ON RRP take-up',
    fedAssets: 'Fed assets (Wednesday)',
    sofrVsIorb: 'SOFR, vs IOER/IORB',
    sofr: 'SOFR',
  },
  pair: (then: string, now: string) => `${then} | now ${now}`,
  weekTo: (v: number, d: IsoDate) => `${usd(v)} (week to ${d})`,
  weekAvgTo: (v: number, d: IsoDate) => `${usd(v)} (week avg to ${d})`,
  dayOf: (v: number, d: IsoDate) => `${usd(v)} (${d})`,
  spreadOf: (v: number, name: string, rate: number, d: IsoDate) => `${bp(v)} vs ${name} ${pct(rate)} (${d})`,
  lineNow: (d: IsoDate, iorb: string) => `SOFR - ${iorb} around ${d}`,
  lineThen: (d: IsoDate, iorb: string) => `SOFR - ${iorb} around ${d}`,
  anchor: 'Anchor day',
  subtitle: (then: IsoDate, now: IsoDate) => `SOFR's spread to IOER/IORB, in days from ${then} and from ${now}`,
  alt: (then: IsoDate, now: IsoDate) =>
    `Line chart of SOFR minus the interest rate on reserves (IOER/IORB) in basis points, two weeks either side of ${now} (blue) and of ${then} (orange), on one axis of days from each anchor day.`,
  /** SOFR and its spread to IOER/IORB on one day: "4.22%, +32 bp vs IORB (2025-10-31)". */
  sofrAndSpread: (v: number, spread: number, name: string, d: IsoDate) => `${pct(v)}, ${bp(spread)} vs ${name} (${d})`,
  /** One as-of line for both sides: "SOFR (then 2019-09-17)", dated with the newer day. */
  asOfThen: (series: string, then: IsoDate) => `${series} (then ${then})`,
  tooClose: (then: IsoDate, now: IsoDate) => `${then} is within two weeks of the newest data (${now}). Try /compare date:2019-09-17.`,
};

export const analysis = { stress, compare };
