// English. Sentences for traders: what moved, against what, why it matters. No markup.
import { bp, pct, usd, usdChange } from '../format.js';
import type { AdministeredRates } from '../rates.js';

/** "12 bp" without a sign, for prose that says "above" or "below". */
export function abs(bpValue: number): string {
  return `${Math.abs(Math.round(bpValue))} bp`;
}

/** "up 18 bp", "down 3 bp", "unchanged". */
export function moveWords(bpValue: number): string {
  const r = Math.round(bpValue);
  return r === 0 ? 'unchanged' : `${r > 0 ? 'up' : 'down'} ${Math.abs(r)} bp`;
}

const common = {
  futureDate: (d: string, cmd: string) => `${d} is in the future. Try /${cmd} without a date.`,
  noDataBefore: (label: string, first: string | null, cmd: string) =>
    first
      ? `No ${label} data before ${first}. Try /${cmd} date:${first}.`
      : `There is no ${label} data for that day here. Try /${cmd} without a date.`,
  noObservationOn: (asked: string, shown: string) => `No fixing on ${asked}; showing ${shown}, the last one before it.`,
  noCorridor: (cmd: string) => `The Fed's corridor is known here from 2018-12-20 on. Try /${cmd} date:2019-09-17.`,
  unknownCommand: (name: string) => `There is no /${name} command. Type /help for the list.`,
  internalError: (ref: string) => `Sorry, something went wrong on our side (ref ${ref}). Please try again in a minute.`,
  staleFirst: (notes: string[]) => notes.join(' '),
  snapshotNoNext: 'offline snapshot',
};

const sofr = {
  title: (v: number, vsFloor: number, vsIorb: number, vsCeil: number, ceilingName: string, iorbName: string) => {
    if (vsCeil > 0.5) return `SOFR ${pct(v)}, ${Math.round(vsCeil)} bp above the ${ceilingName}`;
    if (vsIorb > 0.5) return `SOFR ${pct(v)}, ${Math.round(vsIorb)} bp above ${iorbName}`;
    if (Math.abs(vsIorb) <= 0.5) return `SOFR ${pct(v)}, at ${iorbName}`;
    if (vsFloor < -0.5) return `SOFR ${pct(v)}, ${Math.round(-vsFloor)} bp below the ON RRP floor`;
    return `SOFR ${pct(v)}, ${Math.round(vsFloor)} bp above the ON RRP floor`;
  },
  moved: (v: number, dayText: string, prev: { delta: number; from: number; day: string } | null) =>
    prev
      ? `SOFR printed ${pct(v)} for ${dayText}, ${moveWords(prev.delta * 100)} from ${pct(prev.from)} on ${prev.day}.`
      : `SOFR printed ${pct(v)} for ${dayText}.`,
  position: (vsFloor: number, vsIorb: number, vsCeil: number, r: AdministeredRates, ceilingName: string) => {
    const ceiling = ceilingName === 'SRF rate' ? (r.srf ?? r.targetHigh) : r.targetHigh;
    if (vsCeil > 0.5) return `That is above the ${ceilingName} (${pct(ceiling)}) and ${abs(vsIorb)} over ${r.iorbName}: repo is trading through the Fed's ceiling, a sign of scarce cash.`;
    if (vsIorb > 0.5) return `It sits ${abs(vsIorb)} over ${r.iorbName} (${pct(r.iorb)}) and ${abs(vsCeil)} under the ${ceilingName} (${pct(ceiling)}): funding is tight.`;
    if (vsFloor < -0.5) return `It is ${abs(vsFloor)} below the ON RRP floor (${pct(r.rrp)}): cash is abundant.`;
    if (Math.abs(vsIorb) <= 0.5) return `It sits at ${r.iorbName} (${pct(r.iorb)}), ${abs(vsFloor)} above the ON RRP floor and ${abs(vsCeil)} under the ${ceilingName}.`;
    return `It sits ${abs(vsFloor)} above the ON RRP floor (${pct(r.rrp)}) and ${abs(vsIorb)} under ${r.iorbName} (${pct(r.iorb)}): funding is comfortable.`;
  },
  distribution: (p1: number, p99: number, volume: number) =>
    `Trades ranged from ${pct(p1)} (1st percentile) to ${pct(p99)} (99th) on ${usd(volume)} of volume.`,
  noDistribution: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'The offline snapshot has no SOFR percentiles or volume; live mode reads them from the NY Fed.'
      : 'The NY Fed did not give percentiles or volume for that day.',
  notInData: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'not in offline snapshot' : 'not published'),
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of SOFR from ${start} to ${end} inside the Fed's corridor band (ON RRP rate to SRF rate) with IORB; last value ${pct(v)} on ${d}.`,
};

const effr = {
  title: (v: number, vsBottom: number, vsTop: number, vsIorb: number, iorbName: string) => {
    if (vsTop > 0.5) return `EFFR ${pct(v)}, ${abs(vsTop)} above the target range`;
    if (vsBottom < -0.5) return `EFFR ${pct(v)}, ${abs(vsBottom)} below the target range`;
    if (Math.abs(vsIorb) <= 0.5) return `EFFR ${pct(v)}, at ${iorbName}`;
    return `EFFR ${pct(v)}, ${abs(vsIorb)} ${vsIorb > 0 ? 'above' : 'under'} ${iorbName}`;
  },
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev ? `The effective fed funds rate was ${pct(v)} on ${dayText}, ${moveWords(prev.delta * 100)} from ${prev.day}.` : `The effective fed funds rate was ${pct(v)} on ${dayText}.`,
  position: (vsBottom: number, vsTop: number, vsIorb: number, r: AdministeredRates) => {
    if (vsTop > 0.5) return `It printed above the FOMC's ${pct(r.targetLow)}-${pct(r.targetHigh)} range: the Fed lost control of its policy rate for the day.`;
    if (vsBottom < -0.5) return `It printed below the ${pct(r.targetLow)}-${pct(r.targetHigh)} range.`;
    return `It sits ${abs(vsBottom)} above the bottom of the ${pct(r.targetLow)}-${pct(r.targetHigh)} range and ${abs(vsIorb)} ${vsIorb > 0 ? 'above' : 'under'} ${r.iorbName} (${pct(r.iorb)}).`;
  },
  vsSofr: (spreadBp: number, sofr: number) =>
    spreadBp > 0.5 ? `SOFR (${pct(sofr)}) printed ${abs(spreadBp)} over it: secured funding is dearer than unsecured, a sign of collateral-heavy, cash-light repo.` : `SOFR (${pct(sofr)}) printed ${abs(spreadBp)} ${spreadBp < -0.5 ? 'under' : 'from'} it.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of the effective fed funds rate and SOFR from ${start} to ${end} inside the FOMC target range, with IORB; last EFFR ${pct(v)} on ${d}.`,
};

const rrp = {
  title: (v: number, delta: number | null) =>
    delta === null ? `ON RRP ${usd(v, 'B')}` : `ON RRP ${usd(v, 'B')}, ${usdChange(delta)} on the day`,
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev
      ? `Money funds and others parked ${usd(v, 'B')} at the Fed's reverse repo facility on ${dayText}, ${usdChange(prev.delta)} from ${prev.day}.`
      : `${usd(v, 'B')} was parked at the Fed's reverse repo facility on ${dayText}.`,
  vsPeak: (v: number, peak: number, peakDay: string) => `That compares with ${usd(peak, 'B')} at the window's high on ${peakDay}.`,
  meaning: (v: number, d: string) =>
    v < 100e9
      ? `With the buffer this low, any further drain (TGA rebuild, QT, settlements${d.slice(5) >= '12-20' || d.slice(8) >= '28' ? ', month-end' : ''}) comes out of bank reserves.`
      : `The buffer still absorbs drains before they reach bank reserves.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of daily ON RRP take-up in billions of dollars from ${start} to ${end}; last ${usd(v, 'B')} on ${d}.`,
};

const srf = {
  title: (v: number, dayText: string) => `SRF usage ${usd(v, 'B')} on ${dayText}`,
  titleNoUsage: (srfRate: number, gapBp: number) =>
    gapBp > 0.5 ? `SOFR ${abs(gapBp)} above the SRF rate of ${pct(srfRate)}` : `SOFR ${abs(gapBp)} under the SRF rate of ${pct(srfRate)}`,
  usage: (v: number, dayText: string, peak: { value: number; day: string } | null) =>
    `Banks and dealers borrowed ${usd(v, 'B')} from the Standing Repo Facility on ${dayText} (morning and afternoon operations)${peak ? `; the window's high was ${usd(peak.value, 'B')} on ${peak.day}` : ''}.`,
  noUsage: () => 'The NY Fed has published no SRF operations for this window.',
  gap: (sofr: number, dayText: string, srfRate: number, gapBp: number) =>
    gapBp > 0.5
      ? `SOFR (${pct(sofr)} on ${dayText}) traded ${abs(gapBp)} above the SRF rate (${pct(srfRate)}): borrowing at the Fed was cheaper than the market, so the facility gets used.`
      : `SOFR (${pct(sofr)} on ${dayText}) traded ${abs(gapBp)} under the SRF rate (${pct(srfRate)}): the market is cheaper than the Fed's backstop.`,
  notYet: () => 'The Standing Repo Facility started on 2021-07-29. Try /srf date:2025-10-31.',
  notInData: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'not in offline snapshot' : 'none published'),
  alt: (start: string, end: string, usage: boolean) =>
    usage
      ? `Bar chart of daily Standing Repo Facility usage in billions of dollars from ${start} to ${end}.`
      : `Line chart of SOFR against the SRF minimum bid rate and IORB from ${start} to ${end}.`,
};

const tga = {
  title: (v: number, delta: number | null) => (delta === null ? `TGA ${usd(v, 'B')}` : `TGA ${usd(v, 'B')}, ${usdChange(delta)} on the day`),
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev
      ? `The Treasury held ${usd(v, 'B')} at the Fed at the close of ${dayText}, ${usdChange(prev.delta)} from ${prev.day}.`
      : `The Treasury held ${usd(v, 'B')} at the Fed at the close of ${dayText}.`,
  month: (delta: number) =>
    delta > 0
      ? `Over the month it rose ${usdChange(delta).slice(1)}, cash drained from bank reserves and money markets.`
      : `Over the month it fell ${usdChange(delta).slice(1)}, cash returned to bank reserves.`,
  range: (hi: number, hiDay: string, lo: number, loDay: string) => `In this window it ranged from ${usd(lo, 'B')} (${loDay}) to ${usd(hi, 'B')} (${hiDay}).`,
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the Treasury General Account's daily closing balance in trillions of dollars from ${start} to ${end}; last ${usd(v, 'B')} on ${d}.`,
};

const reserves = {
  title: (v: number, delta: number | null) => (delta === null ? `Reserves ${usd(v, 'T')}` : `Reserves ${usd(v, 'T')}, ${usdChange(delta)} on the week`),
  moved: (v: number, dayText: string, prev: { delta: number } | null) =>
    `Banks held ${usd(v, 'T')} of reserves at the Fed on average in the week to ${dayText}${prev ? `, ${usdChange(prev.delta)} from the week before` : ''}.`,
  band: (v: number, low: number, high: number) =>
    v < low
      ? `That is below the ${usd(low, 'T')}-${usd(high, 'T')} range the market watches: reserves are getting scarce and repo can spike.`
      : v <= high
        ? `That is inside the ${usd(low, 'T')}-${usd(high, 'T')} range the market watches, where repo pressure has started to show.`
        : `That is above the ${usd(low, 'T')}-${usd(high, 'T')} range the market watches: reserves are still ample.`,
  gdp: (ratio: number, gdpDate: string) => `Reserves equal ${ratio.toFixed(1)}% of nominal GDP (quarter from ${gdpDate}).`,
  alt: (start: string, end: string, v: number, d: string) => `Line chart of weekly average bank reserves in trillions of dollars from ${start} to ${end} with the $2.5-3.0T watch range shaded; last ${usd(v, 'T')} in the week to ${d}.`,
};

const balance = {
  title: (v: number, pace: number | null) => (pace === null ? `Fed balance sheet ${usd(v, 'T')}` : `Fed balance sheet ${usd(v, 'T')}, ${usdChange(pace)} in 4 weeks`),
  moved: (v: number, dayText: string, delta: number | null) =>
    `The Fed held ${usd(v, 'T')} of assets on ${dayText}${delta === null ? '' : `, ${usdChange(delta)} on the week`}.`,
  pace: (fourWeeks: number, perMonth3m: number | null) =>
    `Over 4 weeks the balance sheet ${fourWeeks < 0 ? 'shrank' : 'grew'} ${usdChange(fourWeeks).slice(1)}${perMonth3m === null ? '' : `; over 13 weeks it averaged ${usdChange(perMonth3m)} a month`}.`,
  regime: (note: string, from: string) => `${note} (since ${from}).`,
  noQt: () => 'No QT was under way on that date.',
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the Fed's total assets in trillions of dollars from ${start} to ${end}; last ${usd(v, 'T')} on ${d}.`,
};

const netliq = {
  title: (v: number, delta: number | null) => (delta === null ? `Net liquidity ${usd(v, 'T')}` : `Net liquidity ${usd(v, 'T')}, ${usdChange(delta)} on the week`),
  recipe: (assets: number, tga: number, rrp: number, v: number, dayText: string) =>
    `On ${dayText}: Fed assets ${usd(assets, 'T')} minus the TGA ${usd(tga, 'B')} minus ON RRP ${usd(rrp, 'B')} leaves ${usd(v, 'T')}.`,
  moved: (delta: number, fromAssets: number, fromTga: number, fromRrp: number) =>
    `On the week it moved ${usdChange(delta)}: ${usdChange(fromAssets)} from the balance sheet, ${usdChange(fromTga)} from the TGA and ${usdChange(fromRrp)} from ON RRP.`,
  lag: (d: string, tgaLast: string) => `The weekly TGA average runs to ${tgaLast}, so the latest full reading is for ${d}.`,
  noOverlap: (tgaLast: string) => `The three parts of net liquidity do not overlap on that date (the TGA week average runs to ${tgaLast}). Try /netliq date:2025-10-29.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of net liquidity (Fed assets minus TGA minus ON RRP) and its three parts in trillions of dollars from ${start} to ${end}; last ${usd(v, 'T')} on ${d}.`,
};

const corridor = {
  title: (sofr: number, effr: number, sofrPos: number, ceilingName: string) =>
    sofrPos > 1 ? `SOFR ${pct(sofr)} above the ${ceilingName}; EFFR ${pct(effr)}` : `SOFR ${pct(sofr)} and EFFR ${pct(effr)} inside the corridor`,
  walls: (floor: number, iorb: number, iorbName: string, ceiling: number, ceilingName: string, widthBp: number, since: string) =>
    `The corridor runs from the ON RRP floor at ${pct(floor)} through ${iorbName} at ${pct(iorb)} to the ${ceilingName} at ${pct(ceiling)}, ${Math.round(widthBp)} bp wide since ${since}.`,
  prints: (sofr: number, effr: number, dayText: string, sofrPos: number, effrPos: number) =>
    `On ${dayText} SOFR printed ${pct(sofr)} (${Math.round(sofrPos * 100)}% of the way from floor to ceiling) and EFFR ${pct(effr)} (${Math.round(effrPos * 100)}%)${sofrPos > 1 ? ': repo traded above the ceiling' : sofrPos > 0.6 ? ': repo is pressing toward the ceiling' : ''}.`,
  alt: (start: string, end: string) => `Line chart of SOFR and EFFR from ${start} to ${end} inside the corridor band from the ON RRP rate to the SRF rate, with IORB.`,
};

const yields = {
  title: (v: number, weekDelta: number | null) => (weekDelta === null ? `10-year yield ${pct(v)}` : `10-year yield ${pct(v)}, ${bp(weekDelta * 100)} on the week`),
  moved: (v: number, dayText: string, week: number | null, ytd: number | null) =>
    `The 10-year Treasury yielded ${pct(v)} on ${dayText}${week === null ? '' : `, ${moveWords(week * 100)} on the week`}${ytd === null ? '' : ` and ${moveWords(ytd * 100)} this year`}.`,
  vsSofr: (spreadBp: number, sofr: number) =>
    spreadBp >= 0 ? `That is ${abs(spreadBp)} above overnight SOFR (${pct(sofr)}): carry is positive.` : `That is ${abs(spreadBp)} below overnight SOFR (${pct(sofr)}): the curve is inverted at this point, carry is negative.`,
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the 10-year Treasury yield and SOFR from ${start} to ${end}; last 10-year ${pct(v)} on ${d}.`,
};

const spreads = {
  title: (sofrRrp: number, sofrIorb: number | null, watch: number) =>
    sofrRrp >= watch ? `SOFR ${abs(sofrRrp)} over the ON RRP rate: repo is tight` : `SOFR ${bp(sofrRrp)} over the ON RRP rate${sofrIorb === null ? '' : `, ${bp(sofrIorb)} vs IORB`}`,
  main: (sofrRrp: number, dayText: string, watch: number, avg5: number | null) =>
    `On ${dayText} SOFR printed ${abs(sofrRrp)} ${sofrRrp >= 0 ? 'over' : 'under'} the ON RRP rate, ${sofrRrp >= watch ? 'at or above' : 'below'} the ${watch} bp level where repo counts as tight${avg5 === null ? '' : ` (5-day average ${bp(avg5)})`}.`,
  iorb: (sofrIorb: number, effrIorb: number, iorbName: string) =>
    `Against ${iorbName}, SOFR is at ${bp(sofrIorb)} and EFFR at ${bp(effrIorb)}${sofrIorb > 0 ? ': banks could earn more lending in repo than holding reserves' : ''}.`,
  secured: (sofrEffr: number) =>
    Math.round(sofrEffr) === 0
      ? 'Secured (SOFR) and unsecured (EFFR) overnight money cost the same.'
      : sofrEffr > 0 ? `Secured funding (SOFR) costs ${abs(sofrEffr)} more than unsecured (EFFR).` : `Secured funding (SOFR) costs ${abs(sofrEffr)} less than unsecured (EFFR).`,
  alt: (start: string, end: string) => `Line chart of SOFR minus the ON RRP rate, SOFR minus IORB and EFFR minus IORB in basis points from ${start} to ${end}, with the 20 bp watch level dashed.`,
};

const help = {
  title: () => 'US dollar liquidity: the commands',
  intro: () => 'Each answer gives the official number, its change, where it sits against the Fed, a chart, and the date and source of every figure.',
  options: () => 'Options: range is one of 1m, 3m, 6m, 1y, 2y, 5y, max; date (YYYY-MM-DD) answers as of that day, e.g. /sofr date:2019-09-17. Bare words work too: /sofr 1y.',
  mode: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot' ? 'Running on the offline snapshot: no network, history up to mid-2026.' : 'Running live on the NY Fed, FRED and Treasury APIs.',
};

const about = {
  title: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'Data: offline snapshot' : 'Data: live official sources'),
  mode: (mode: 'live' | 'snapshot') =>
    mode === 'snapshot'
      ? 'DATA_MODE=snapshot: every number comes from the bundled snapshot of official FRED and Treasury downloads; nothing touches the network.'
      : 'DATA_MODE=live: numbers come from the official APIs, are kept until their next release, and fall back to the last good data (marked stale) when a source fails.',
  sources: () => 'Sources: NY Fed Markets API (SOFR, EFFR, ON RRP, SRF), FRED (H.4.1 balance sheet, reserves, TGA week average, yields, GDP) and the Treasury\'s Daily Treasury Statement (TGA).',
  policy: () => 'Administered rates (target range, IORB, ON RRP and SRF rates) come from FOMC statements and implementation notes, by effective date.',
  none: (mode: 'live' | 'snapshot') => (mode === 'snapshot' ? 'not in the offline snapshot' : 'not read yet'),
};

export const en = { common, sofr, effr, rrp, srf, tga, reserves, balance, netliq, corridor, yields, spreads, help, about };
