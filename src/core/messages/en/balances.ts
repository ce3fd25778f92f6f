// English for the balance commands: /rrp, /tga, /reserves, /balance, /netliq.
import { amountDirection, nearPeriodEnd, rrpBuffer } from '../../classify.js';
import { usd, usdChange } from '../../format.js';
import type { QtRegime } from '../../qt.js';
import type { IsoDate } from '../../types.js';
import { qtWords } from './words.js';

/** "$926.3B on 2025-10-31, +$16.7B on the day": a daily amount's chart subtitle. */
function onTheDay(v: number, d: IsoDate, dayDelta: number | null): string {
  return `${usd(v)} on ${d}${dayDelta === null ? '' : `, ${usdChange(dayDelta)} on the day`}`;
}

export const rrp = {
  title: (v: number, delta: number | null) =>
    delta === null ? `ON RRP ${usd(v)}` : `ON RRP ${usd(v)}, ${usdChange(delta)} on the day`,
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev
      ? `Money funds and others parked ${usd(v)} at the Fed's reverse repo facility on ${dayText}, ${usdChange(prev.delta)} from ${prev.day}.`
      : `${usd(v)} was parked at the Fed's reverse repo facility on ${dayText}.`,
  vsPeak: (v: number, peak: number, peakDay: string) => `That compares with ${usd(peak)} at the window's high on ${peakDay}.`,
  meaning: (v: number, d: string) =>
    rrpBuffer(v) === 'low'
      ? `With the buffer this low, any further drain (TGA rebuild, QT, settlements${nearPeriodEnd(d) ? ', month-end' : ''}) comes out of bank reserves.`
      : `The buffer still absorbs drains before they reach bank reserves.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of daily ON RRP take-up from ${start} to ${end}; last ${usd(v)} on ${d}.`,
  labels: { rate: 'ON RRP rate' },
  subtitle: (v: number, d: IsoDate, dayDelta: number | null) => onTheDay(v, d, dayDelta),
};

export const tga = {
  title: (v: number, delta: number | null) => (delta === null ? `TGA ${usd(v)}` : `TGA ${usd(v)}, ${usdChange(delta)} on the day`),
  moved: (v: number, dayText: string, prev: { delta: number; day: string } | null) =>
    prev
      ? `The Treasury held ${usd(v)} at the Fed at the close of ${dayText}, ${usdChange(prev.delta)} from ${prev.day}.`
      : `The Treasury held ${usd(v)} at the Fed at the close of ${dayText}.`,
  month: (delta: number) =>
    amountDirection(delta) === 'flat'
      ? 'Over the month it was about unchanged.'
      : amountDirection(delta) === 'up'
      ? `Over the month it rose ${usdChange(delta).slice(1)}, cash drained from bank reserves and money markets.`
      : `Over the month it fell ${usdChange(delta).slice(1)}, cash returned to bank reserves.`,
  range: (hi: number, hiDay: string, lo: number, loDay: string) => `In this window it ranged from ${usd(lo)} (${loDay}) to ${usd(hi)} (${hiDay}).`,
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the Treasury General Account's daily closing balance in trillions of dollars from ${start} to ${end}; last ${usd(v)} on ${d}.`,
  labels: { close: 'TGA (DTS close)', highLow: 'Window high / low', weekAverage: 'Week average (H.4.1)', weekAverageDerived: 'Week average (from daily DTS)' },
  values: { highLow: (hi: number, lo: number) => `${usd(hi)} / ${usd(lo)}` },
  asOfWeekly: 'TGA week average',
  /** Before the daily DTS series starts: the answer is the H.4.1 week average. */
  weeklyTitle: (v: number, delta: number | null) => (delta === null ? `TGA ${usd(v)} (week average)` : `TGA ${usd(v)} (week average), ${usdChange(delta)} on the week`),
  weeklyMoved: (v: number, dayText: string, delta: number | null) =>
    `The Treasury held ${usd(v)} at the Fed on average in the week to ${dayText}${delta === null ? '' : `, ${usdChange(delta)} from the week before`}.`,
  weeklyOnly: (dailyFrom: string) => `The daily statement (DTS) here starts on ${dailyFrom}: before it, the H.4.1 week average (FRED WTREGEN).`,
  weeklyLine: 'TGA, week average',
  weeklySubtitle: (v: number, d: IsoDate, delta: number | null) => `${usd(v)} week to ${d}${delta === null ? '' : `, ${usdChange(delta)} on the week`}`,
  weeklyAlt: (start: string, end: string, v: number, d: string) => `Line chart of the TGA's H.4.1 week average in trillions of dollars from ${start} to ${end}; last ${usd(v)} in the week to ${d}.`,
  line: 'TGA, daily close',
  subtitle: (v: number, d: IsoDate, dayDelta: number | null) => onTheDay(v, d, dayDelta),
};

export const reserves = {
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
  /** For "No reserves data before ...". */
  name: 'reserves',
  labels: { level: 'Reserves (week avg)', change1w4w: 'Change 1w / 4w', watch: 'Watch range', perGdp: 'Reserves / GDP' },
  values: {
    watch: (low: number, high: number) => `${usd(low, 'T')} - ${usd(high, 'T')}`,
    perGdp: (ratio: number, gdpDate: IsoDate) => `${ratio.toFixed(1)}% (GDP ${gdpDate.slice(0, 7)})`,
  },
  asOf: { level: 'Reserves (week average)', gdp: 'GDP (nominal, SAAR)' },
  line: 'Reserves, week average',
  watchBand: (low: number, high: number) => `Watch range ${usd(low, 'T')}-${usd(high, 'T')}`,
  subtitle: (v: number, d: IsoDate, weekDelta: number | null) =>
    `${usd(v, 'T')} in the week to ${d}${weekDelta === null ? '' : `, ${usdChange(weekDelta)} on the week`}`,
};

export const balance = {
  title: (v: number, pace: number | null) => (pace === null ? `Fed balance sheet ${usd(v, 'T')}` : `Fed balance sheet ${usd(v, 'T')}, ${usdChange(pace)} in 4 weeks`),
  moved: (v: number, dayText: string, delta: number | null) =>
    `The Fed held ${usd(v, 'T')} of assets on ${dayText}${delta === null ? '' : `, ${usdChange(delta)} on the week`}.`,
  pace: (fourWeeks: number, perMonth3m: number | null) =>
    `Over 4 weeks the balance sheet ${amountDirection(fourWeeks) === 'down' ? 'shrank' : 'grew'} ${usdChange(fourWeeks).slice(1)}${perMonth3m === null ? '' : `; over 13 weeks it averaged ${usdChange(perMonth3m)} a month`}.`,
  regime: (regime: QtRegime) => `${qtWords(regime)} (since ${regime.from}).`,
  noQt: () => 'No QT was under way on that date.',
  alt: (start: string, end: string, v: number, d: string) => `Line chart of the Fed's total assets in trillions of dollars from ${start} to ${end}; last ${usd(v, 'T')} on ${d}.`,
  labels: { total: 'Total assets', qtPace: 'Change over 4 weeks', caps: 'Runoff caps' },
  values: {
    /** The QT regime's monthly runoff caps; null when no QT was under way. */
    caps: (regime: { treasuryCap: number | null; mbsCap: number | null } | null) =>
      regime === null ? 'no QT' : regime.treasuryCap === null ? 'none (no QT)' : `${usd(regime.treasuryCap, 'B')} UST, ${usd(regime.mbsCap ?? 0, 'B')} MBS a month`,
  },
  asOf: { qtRegime: 'QT regime', qtSource: 'FOMC statements' },
  subtitle: (v: number, d: IsoDate, fourWeeks: number | null) => `${usd(v, 'T')} on ${d}${fourWeeks === null ? '' : `, ${usdChange(fourWeeks)} over 4 weeks`}`,
};

export const netliq = {
  title: (v: number, delta: number | null) => (delta === null ? `Net liquidity ${usd(v, 'T')}` : `Net liquidity ${usd(v, 'T')}, ${usdChange(delta)} on the week`),
  recipe: (assets: number, tga: number, rrp: number, v: number, dayText: string) =>
    `On ${dayText}: Fed assets ${usd(assets, 'T')} minus the TGA ${usd(tga, 'B')} minus ON RRP ${usd(rrp, 'B')} leaves ${usd(v, 'T')}.`,
  moved: (delta: number, fromAssets: number, fromTga: number, fromRrp: number) =>
    `On the week it moved ${usdChange(delta)}: ${usdChange(fromAssets)} from the balance sheet, ${usdChange(fromTga)} from the TGA and ${usdChange(fromRrp)} from ON RRP.`,
  lag: (d: string, tgaLast: string) => `The weekly TGA average runs to ${tgaLast}, so the latest full reading is for ${d}.`,
  /** The newest week with all three parts is older than the newest Fed assets week: which part ends. */
  partEnds: (d: string, part: string, partLast: string) => `Net liquidity stops at the week to ${d}: ${part} runs only to ${partLast}, and later weeks cannot be derived.`,
  /** TGA week averages after WTREGEN's last week, computed from the daily DTS. */
  derivedTga: (from: string) => `TGA week averages from ${from} on are derived from the daily DTS (its 7-day average, which reproduces FRED WTREGEN).`,
  derivedSource: 'U.S. Treasury DTS, 7-day average',
  dailyTga: 'the daily TGA (DTS)',
  noOverlap: (tgaLast: string) => `The three parts of net liquidity do not overlap on that date (the TGA week average runs to ${tgaLast}). Try /netliq date:2025-10-29.`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Three stacked line charts from ${start} to ${end}: net liquidity (Fed assets minus TGA minus ON RRP) with Fed total assets in trillions of dollars, last ${usd(v, 'T')} on ${d}; the TGA week average and ON RRP take-up, each on its own axis in billions.`,
  /** Panel titles: the parts differ 100-fold, so each gets its own axis. */
  panels: { level: 'Net liquidity and Fed total assets ($ trillions)', tga: 'TGA, week average ($ billions)', rrp: 'ON RRP take-up ($ billions)' },
  labels: { tga: 'TGA, week average' },
  subtitle: (v: number, d: IsoDate, assets: number, tga: number, rrp: number) =>
    `${usd(v, 'T')} on ${d} = assets ${usd(assets, 'T')} - TGA ${usd(tga, 'B')} - ON RRP ${usd(rrp, 'B')}`,
};
