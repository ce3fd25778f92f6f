// English for the rate commands: /sofr, /effr, /srf, /corridor, /spreads, /yields.
import { bp, bpDelta, pct, usd } from '../../format.js';
import { bpDirection, bpSide, corridorWhere, effrPlace, repoTight, sofrPlace, srfGap } from '../../classify.js';
import type { AdministeredRates } from '../../rates.js';
import type { IsoDate } from '../../types.js';
import { common } from './common.js';
import { abs, moveWords, side } from './words.js';

const na = common.na;

export const sofr = {
  title: (v: number, vsFloor: number, vsIorb: number, vsCeil: number, ceilingName: string, iorbName: string) => {
    // Where SOFR stands is the core's call (src/core/classify.ts); this only words it.
    switch (sofrPlace(vsFloor, vsIorb, vsCeil)) {
      case 'aboveCeiling': return `SOFR ${pct(v)}, ${abs(vsCeil)} above the ${ceilingName}`;
      case 'aboveIorb': return `SOFR ${pct(v)}, ${abs(vsIorb)} above ${iorbName}`;
      case 'atIorb': return `SOFR ${pct(v)}, at ${iorbName}`;
      case 'belowFloor': return `SOFR ${pct(v)}, ${abs(vsFloor)} below the ON RRP floor`;
      case 'aboveFloor': return `SOFR ${pct(v)}, ${abs(vsFloor)} above the ON RRP floor`;
    }
  },
  titleUnjudged: (v: number) => `SOFR ${pct(v)}`,
  moved: (v: number, dayText: string, prev: { delta: number; from: number; day: string } | null) =>
    prev
      ? `SOFR printed ${pct(v)} for ${dayText}, ${moveWords(prev.delta * 100)} from ${pct(prev.from)} on ${prev.day}.`
      : `SOFR printed ${pct(v)} for ${dayText}.`,
  position: (vsFloor: number, vsIorb: number, vsCeil: number, r: AdministeredRates, ceilingName: string, ceiling: number) => {
    const place = sofrPlace(vsFloor, vsIorb, vsCeil);
    if (place === 'aboveCeiling') return `That is above the ${ceilingName} (${pct(ceiling)}) and ${abs(vsIorb)} over ${r.iorbName}: repo is trading through the Fed's ceiling, a sign of scarce cash.`;
    if (place === 'aboveIorb') return `It sits ${abs(vsIorb)} over ${r.iorbName} (${pct(r.iorb)}) and ${abs(vsCeil)} under the ${ceilingName} (${pct(ceiling)}): funding is tight.`;
    if (place === 'belowFloor') return `It is ${abs(vsFloor)} below the ON RRP floor (${pct(r.rrp)}): cash is abundant.`;
    if (place === 'atIorb') return `It sits at ${r.iorbName} (${pct(r.iorb)}), ${abs(vsFloor)} above the ON RRP floor and ${abs(vsCeil)} under the ${ceilingName}.`;
    return `It sits ${abs(vsFloor)} above the ON RRP floor (${pct(r.rrp)}) and ${abs(vsIorb)} under ${r.iorbName} (${pct(r.iorb)}): funding is comfortable.`;
  },
  distribution: (p1: number, p99: number, volume: number) =>
    `Trades ranged from ${pct(p1)} (1st percentile) to ${pct(p99)} (99th) on ${usd(volume)} of volume.`,
  noDistribution: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'SOFR percentiles and volume are read in live mode only (NY Fed).'
      : 'The NY Fed did not give percentiles or volume for that day.',
  /** A field with no value: not in the snapshot; in live mode, the source did not answer or published none. */
  /** In snapshot mode the summary says once why (the snapshot has none); the field does not repeat it. */
  notInData: (mode: 'live' | 'snapshot', sourceDown = false) => (mode === 'snapshot' ? 'n/a (see above)' : sourceDown ? 'unavailable (source did not answer)' : 'not published'),
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of SOFR from ${start} to ${end} inside the Fed's corridor band (ON RRP rate to SRF rate) with IORB; last value ${pct(v)} on ${d}.`,
  labels: { percentiles: '1st-99th percentile', volume: 'Volume' },
  percentileBand: 'SOFR 1st-99th percentile',
  subtitle: (v: number, d: IsoDate, dayDelta: number | null) => `${pct(v)} on ${d}${dayDelta === null ? '' : `, ${bpDelta(dayDelta)} on the day`}`,
};

export const effr = {
  title: (v: number, vsBottom: number, vsTop: number, vsIorb: number, iorbName: string) => {
    switch (effrPlace(vsBottom, vsTop, vsIorb)) {
      case 'aboveRange': return `EFFR ${pct(v)}, ${abs(vsTop)} above the target range`;
      case 'belowRange': return `EFFR ${pct(v)}, ${abs(vsBottom)} below the target range`;
      case 'atIorb': return `EFFR ${pct(v)}, at ${iorbName}`;
      default: return `EFFR ${pct(v)}, ${side(vsIorb, 'above', 'under', 'at')} ${iorbName}`;
    }
  },
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev ? `The effective fed funds rate was ${pct(v)} on ${dayText}, ${moveWords(prev.delta * 100)} from ${prev.day}.` : `The effective fed funds rate was ${pct(v)} on ${dayText}.`,
  position: (vsBottom: number, vsTop: number, vsIorb: number, r: AdministeredRates) => {
    const place = effrPlace(vsBottom, vsTop, vsIorb);
    if (place === 'aboveRange') return `It printed above the FOMC's ${pct(r.targetLow)}-${pct(r.targetHigh)} range: the Fed lost control of its policy rate for the day.`;
    if (place === 'belowRange') return `It printed below the ${pct(r.targetLow)}-${pct(r.targetHigh)} range.`;
    return `It sits ${abs(vsBottom)} above the bottom of the ${pct(r.targetLow)}-${pct(r.targetHigh)} range and ${side(vsIorb, 'above', 'under', 'at')} ${r.iorbName} (${pct(r.iorb)}).`;
  },
  vsSofr: (spreadBp: number, sofr: number) =>
    bpSide(spreadBp) === 'above' ? `SOFR (${pct(sofr)}) printed ${abs(spreadBp)} over it: secured funding is dearer than unsecured, a sign of collateral-heavy, cash-light repo.` : `SOFR (${pct(sofr)}) printed ${abs(spreadBp)} ${bpSide(spreadBp) === 'below' ? 'under' : 'from'} it.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of the effective fed funds rate and SOFR from ${start} to ${end} inside the FOMC target range, with IORB; last EFFR ${pct(v)} on ${d}.`,
  labels: { vsBottom: 'vs bottom of range' },
  subtitle: (v: number, d: IsoDate, low: number, high: number) => `${pct(v)} on ${d}; target range ${pct(low)} - ${pct(high)}`,
};

function splitWords(split: { am: number | null; pm: number | null } | null): string {
  if (!split) return 'morning and afternoon operations';
  if (split.am === null) return `afternoon operation ${usd(split.pm ?? 0, 'B')}`;
  if (split.pm === null) return `morning operation ${usd(split.am, 'B')}`;
  return `${usd(split.am, 'B')} in the morning operation, ${usd(split.pm, 'B')} in the afternoon`;
}

export const srf = {
  title: (v: number, dayText: string) => `SRF usage ${usd(v, 'B')} on ${dayText}`,
  titleNoUsage: (srfRate: number, gapBp: number) =>
    `SOFR ${side(gapBp, 'above', 'under', 'at')} the SRF rate of ${pct(srfRate)}`,
  usage: (v: number, dayText: string, peak: { value: number; day: string } | null, split: { am: number | null; pm: number | null } | null = null) =>
    `Banks and dealers borrowed ${usd(v, 'B')} from the Standing Repo Facility on ${dayText} (${splitWords(split)})${peak ? `; the window's high was ${usd(peak.value, 'B')} on ${peak.day}` : "; that is the window's high"}.`,
  labels2: { split: 'Morning / afternoon' },
  splitValue: (am: number | null, pm: number | null) => `${am === null ? 'no AM operation' : usd(am, 'B')} / ${pm === null ? 'no PM operation' : usd(pm, 'B')}`,
  noUsage: () => 'The NY Fed has published no SRF operations for this window.',
  gap: (sofr: number, dayText: string, srfRate: number, gapBp: number) =>
    srfGap(gapBp) === 'above'
      ? `SOFR (${pct(sofr)} on ${dayText}) traded ${abs(gapBp)} above the SRF rate (${pct(srfRate)}): borrowing at the Fed was cheaper than the market, so the facility gets used.`
      : bpDirection(gapBp) === 'flat'
        ? `SOFR (${pct(sofr)} on ${dayText}) traded at the SRF rate (${pct(srfRate)}): the market is no cheaper than the Fed's backstop.`
        : `SOFR (${pct(sofr)} on ${dayText}) traded ${abs(gapBp)} under the SRF rate (${pct(srfRate)}): the market is cheaper than the Fed's backstop.`,
  notYet: () => 'The Standing Repo Facility started on 2021-07-29. Try /srf date:2025-10-31.',
  /** In snapshot mode the summary says once why (the snapshot has none); the field does not repeat it. */
  notInData: (mode: 'live' | 'snapshot', sourceDown = false) => (mode === 'snapshot' ? 'n/a (see above)' : sourceDown ? 'unavailable (source did not answer)' : 'none published'),
  alt: (start: string, end: string, usage: boolean) =>
    usage
      ? `Bar chart of daily Standing Repo Facility usage in billions of dollars from ${start} to ${end}.`
      : `Line chart of SOFR against the SRF minimum bid rate and IORB from ${start} to ${end}.`,
  labels: { minimumBid: 'SRF minimum bid rate', sofrVsSrf: 'SOFR vs SRF rate' },
  subtitleUsage: (v: number, d: IsoDate, srfRate: number) => `${usd(v, 'B')} on ${d}; SRF rate ${pct(srfRate)}`,
  subtitleRate: (sofr: number, d: IsoDate, gapBp: number) => `SOFR ${pct(sofr)} on ${d}, ${bp(gapBp)} vs the SRF rate`,
};

/** Where a rate sits in the corridor, in words once it is outside: "62% of the way from floor to ceiling". */
function place(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? 'above the ceiling' : where === 'belowFloor' ? 'below the floor' : `${Math.round(p * 100)}% of the way from floor to ceiling`;
}

function shortPlace(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? 'above the ceiling' : where === 'belowFloor' ? 'below the floor' : `${Math.round(p * 100)}%`;
}

const PRINTS_TAIL: Record<ReturnType<typeof corridorWhere>, string> = {
  aboveCeiling: ': repo traded above the ceiling',
  belowFloor: ': cash is plentiful, repo trades under the floor',
  nearCeiling: ': repo is pressing toward the ceiling',
  inside: '',
};

export const corridor = {
  title: (sofr: number, effr: number, sofrPos: number, effrPos: number, ceilingName: string) => {
    const where = (p: number) => {
      const w = corridorWhere(p);
      return w === 'aboveCeiling' ? `above the ${ceilingName}` : w === 'belowFloor' ? 'below the ON RRP floor' : 'inside the corridor';
    };
    const [s, e] = [where(sofrPos), where(effrPos)];
    return s === e ? `SOFR ${pct(sofr)} and EFFR ${pct(effr)} ${s}` : `SOFR ${pct(sofr)} ${s}; EFFR ${pct(effr)} ${e}`;
  },
  walls: (floor: number, iorb: number, iorbName: string, ceiling: number, ceilingName: string, widthBp: number, since: string) =>
    `The corridor runs from the ON RRP floor at ${pct(floor)} through ${iorbName} at ${pct(iorb)} to the ${ceilingName} at ${pct(ceiling)}, ${Math.round(widthBp)} bp wide since ${since}.`,
  prints: (sofr: number, effr: number, dayText: string, sofrPos: number, effrPos: number, sofrDay: number | null = null, effrDay: number | null = null) =>
    `On ${dayText} SOFR printed ${pct(sofr)}${sofrDay === null ? '' : `, ${moveWords(sofrDay)}`} (${place(sofrPos)}) and EFFR ${pct(effr)}${effrDay === null ? '' : `, ${moveWords(effrDay)}`} (${place(effrPos)})${PRINTS_TAIL[corridorWhere(sofrPos)]}.`,
  alt: (start: string, end: string) => `Line chart of SOFR and EFFR from ${start} to ${end} inside the corridor band from the ON RRP rate to the SRF rate, with IORB.`,
  labels: {
    floor: 'Floor: ON RRP rate',
    ceiling: (name: string) => `Ceiling: ${name}`,
    position: 'Corridor position',
  },
  values: {
    /** "3.92% (2025-10-31), +2 bp vs IORB". */
    rate: (v: number, d: IsoDate, vsIorbBp: number, iorbName: string) => `${pct(v)} (${d}), ${bp(vsIorbBp)} vs ${iorbName}`,
    /** Positions are fractions of the corridor: 0 the floor, 1 the ceiling. */
    position: (sofrPos: number, effrPos: number) => `SOFR ${shortPlace(sofrPos)}, EFFR ${shortPlace(effrPos)} (0% floor, 100% ceiling)`,
  },
  subtitle: (floor: number, iorbName: string, iorb: number, ceiling: number, sofr: number, effr: number, d: IsoDate) =>
    `Floor ${pct(floor)} · ${iorbName} ${pct(iorb)} · ceiling ${pct(ceiling)} · SOFR ${pct(sofr)} · EFFR ${pct(effr)} on ${d}`,
};

export const spreads = {
  title: (sofrRrp: number, sofrIorb: number | null, _watch: number) =>
    repoTight(sofrRrp)
      ? `SOFR ${abs(sofrRrp)} over the ON RRP rate: repo is tight`
      : `SOFR ${side(sofrRrp, 'over', 'under', 'at')} the ON RRP rate${sofrIorb === null ? '' : `, ${side(sofrIorb, 'over', 'under', 'at')} IORB`}`,
  main: (sofrRrp: number, dayText: string, watch: number, avg5: number | null) =>
    `On ${dayText} SOFR printed ${side(sofrRrp, 'over', 'under', 'at')} the ON RRP rate, ${repoTight(sofrRrp) ? 'at or above' : 'below'} the ${watch} bp level where repo counts as tight${avg5 === null ? '' : ` (5-day average ${bp(avg5)})`}.`,
  iorb: (sofrIorb: number, effrIorb: number, iorbName: string) =>
    `Against ${iorbName}, SOFR is at ${bp(sofrIorb)} and EFFR at ${bp(effrIorb)}${bpDirection(sofrIorb) === 'up' ? ': banks could earn more lending in repo than holding reserves' : ''}.`,
  secured: (sofrEffr: number) =>
    bpDirection(sofrEffr) === 'flat'
      ? 'Secured (SOFR) and unsecured (EFFR) overnight money cost the same.'
      : bpDirection(sofrEffr) === 'up' ? `Secured funding (SOFR) costs ${abs(sofrEffr)} more than unsecured (EFFR).` : `Secured funding (SOFR) costs ${abs(sofrEffr)} less than unsecured (EFFR).`,
  alt: (start: string, end: string) => `Line chart of SOFR minus the ON RRP rate, SOFR minus IORB and EFFR minus IORB in basis points from ${start} to ${end}, with the 20 bp watch level dashed.`,
  labels: {
    sofrRrpOn: (d: IsoDate) => `SOFR - ON RRP rate (${d})`,
    sofrRrpAvg5: 'SOFR - ON RRP, 5-day average',
    sofrIorb: (iorbName: string) => `SOFR - ${iorbName}`,
    effrIorb: (iorbName: string) => `EFFR - ${iorbName}`,
    watch: 'Watch level, SOFR - ON RRP',
  },
  lines: {
    sofrRrp: 'SOFR - ON RRP rate',
    watch: (levelBp: number) => `Watch: SOFR - ON RRP ${bp(levelBp)}`,
  },
  /** Spreads in bp; null when that spread has no print. */
  subtitle: (sofrRrp: number, iorbName: string, sofrIorb: number | null, effrIorb: number | null, d: IsoDate) =>
    `SOFR - ON RRP ${bp(sofrRrp)} · SOFR - ${iorbName} ${sofrIorb === null ? na : bp(sofrIorb)} · EFFR - ${iorbName} ${effrIorb === null ? na : bp(effrIorb)} on ${d}`,
};

export const yields = {
  title: (v: number, weekDelta: number | null) => (weekDelta === null ? `10-year yield ${pct(v)}` : `10-year yield ${pct(v)}, ${bp(weekDelta * 100)} on the week`),
  moved: (v: number, dayText: string, week: number | null, ytd: number | null) =>
    `The 10-year Treasury yielded ${pct(v)} on ${dayText}${week === null ? '' : `, ${moveWords(week * 100)} on the week`}${ytd === null ? '' : ` and ${moveWords(ytd * 100)} this year`}.`,
  vsSofr: (spreadBp: number, sofr: number) =>
    bpDirection(spreadBp) === 'flat'
      ? `That is level with overnight SOFR (${pct(sofr)}): carry is about zero.`
      : bpDirection(spreadBp) === 'up' ? `That is ${abs(spreadBp)} above overnight SOFR (${pct(sofr)}): carry is positive.` : `That is ${abs(spreadBp)} below overnight SOFR (${pct(sofr)}): the curve is inverted at this point, carry is negative.`,
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the 10-year Treasury yield and SOFR from ${start} to ${end}; last 10-year ${pct(v)} on ${d}.`,
  /** The series' short name: field label and "No 10-year yield data before ...". */
  name: '10-year yield',
  labels: { vsSofr: '10y - SOFR' },
  line: '10-year Treasury',
  subtitle: (v: number, d: IsoDate, sofr: number | null) => `10-year ${pct(v)} on ${d}${sofr === null ? '' : `; SOFR ${pct(sofr)}`}`,
};
