// English for the reference commands: /calendar (what moves liquidity in the next 14 days) and
// /explain (short cards, each ending with the live number it relates to).
import { etClock, utcClock, type CalendarEvent } from '../../calendar.js';
import { pct, usd } from '../../format.js';
import { monthDay, shortDate } from './words.js';
import type { IsoDate } from '../../types.js';

/** "8:00 ET/13:00 UTC", or a window "13:30-13:45 ET/18:30-18:45 UTC". */
function when(e: CalendarEvent): string {
  if (!e.from) return '';
  if (e.to && e.kind !== 'fomc') return `${etClock(e.from.et)}-${etClock(e.to.et)} ET/${utcClock(e.from.at)}-${utcClock(e.to.at)} UTC`;
  return `${etClock(e.from.et)} ET/${utcClock(e.from.at)} UTC`;
}

const moved = (from: IsoDate | undefined, why: string | null) => (from ? ` (${monthDay(from)} is ${why === 'Saturday' || why === 'Sunday' ? `a ${why}` : why ?? 'closed'})` : '');

export const calendar = {
  title: (from: IsoDate, to: IsoDate, highlights: string[]) =>
    `${monthDay(from)} - ${monthDay(to)}: ${highlights.length ? highlights.join(', ') : 'routine releases only'}`,
  highlight: {
    fomc: (d: IsoDate) => `FOMC ${shortDate(d).slice(0, 3)} ${monthDay(d)}`,
    holiday: (name: string, d: IsoDate) => `${name.replace(/ Day( \(observed\))?$/, '')} ${monthDay(d)}`,
    tax: (d: IsoDate) => `tax date ${monthDay(d)}`,
    monthEnd: (kind: 'monthEnd' | 'quarterEnd' | 'yearEnd', d: IsoDate) => `${kind === 'yearEnd' ? 'year-end' : kind === 'quarterEnd' ? 'quarter-end' : 'month-end'} ${monthDay(d)}`,
  },
  /** One event, compact: Telegram captions are short. `why` says why a moved item's own day was closed. */
  event: (e: CalendarEvent, why: string | null): string => {
    switch (e.kind) {
      case 'holiday':
        return `Fed closed: ${e.name} (no SOFR, EFFR, ON RRP, SRF or DTS)`;
      case 'monthEnd':
        return `Month-end${moved(e.movedFrom, why)}`;
      case 'quarterEnd':
        return `Quarter-end${moved(e.movedFrom, why)}`;
      case 'yearEnd':
        return `Year-end${moved(e.movedFrom, why)}`;
      case 'tax':
        return e.movedFrom ? `Corporate tax date, moved from ${monthDay(e.movedFrom)} (${why === 'Saturday' || why === 'Sunday' ? `a ${why}` : why ?? 'closed'})` : 'Corporate tax date';
      case 'sofr':
        return `SOFR ${when(e)}`;
      case 'srfAm':
        return `SRF AM op ${when(e)}`;
      case 'effr':
        return `EFFR ${when(e)}`;
      case 'rrp':
        return `ON RRP results ${when(e)}`;
      case 'srfPm':
        return `SRF PM op ${when(e)}`;
      case 'fomc':
        return `FOMC statement ${when(e)}, press conference ${e.to ? etClock(e.to.et) : ''} ET`;
      case 'dts':
        return `DTS (TGA) ${when(e)}`;
      case 'h41':
        return `H.4.1 (reserves, Fed assets) ${when(e)}${e.movedFrom ? `, a day late (${monthDay(e.movedFrom)} is ${why ?? 'closed'})` : ''}`;
    }
  },
  separator: ' · ',
  zone: (offset: -4 | -5) => `ET is UTC${offset} (${offset === -4 ? 'EDT' : 'EST'}) throughout; times are ET with UTC beside them.`,
  clockChange: (d: IsoDate, before: -4 | -5, after: -4 | -5) =>
    `Clocks ${after === -4 ? 'spring forward' : 'fall back'} on ${shortDate(d)}: ET is UTC${before} before and UTC${after} from then; times are ET with UTC beside them.`,
  weekends: 'Weekends have no releases and are left out.',
  fomcUnknown: (to: IsoDate) => `FOMC dates are known here from 2025 through ${to}; none are listed outside those years.`,
  fomcSchedule: 'FOMC meeting schedule',
  fomcSource: 'Federal Reserve schedule announcements (2027: tentative, 2025-09-05)',
  tooFar: (d: IsoDate) => `${d} is too far out for the schedule. Try /calendar date:2026-12-01.`,
};

type Card = { title: string; text: string[] };

const cards: Record<string, Card> = {
  sofr: {
    title: 'SOFR: the price of overnight Treasury repo',
    text: [
      'SOFR is the volume-weighted median rate on overnight repo backed by Treasuries (tri-party, GCF and cleared bilateral), published by the NY Fed at about 8:00 ET for the previous business day.',
      'It trades between the ON RRP rate (floor) and the SRF rate (ceiling): above IORB means cash is getting scarce, above the SRF rate means the ceiling leaked (4.22% against 4.00% on 2025-10-31).',
      'It replaced LIBOR as the dollar benchmark, so every basis point here reprices swaps, loans and levered Treasury positions.',
    ],
  },
  effr: {
    title: 'EFFR: the rate the FOMC targets',
    text: [
      'EFFR is the volume-weighted median of overnight unsecured fed funds trades, published at about 9:00 ET for the previous business day.',
      'It should print inside the target range, a few bp under IORB: mostly FHLBs lending to banks that park the cash at the Fed.',
      'It moves less than SOFR, so a print above the range is a real break: 2.30% on 2019-09-17 against 2.00-2.25%.',
    ],
  },
  iorb: {
    title: 'IORB: what the Fed pays on reserves',
    text: [
      'IORB is the rate the Fed pays banks on their reserve balances (IOER, on excess reserves, before 2021-07-29).',
      'The FOMC sets it with each decision, effective the next day: the bottom of the target range plus 15 bp since 2021-07-29 (3.90% from 2025-10-30, 3.65% from 2025-12-11).',
      'No bank should lend below it, so it anchors EFFR; SOFR printing over IORB says repo pays more than the Fed does and reserves are no longer abundant.',
    ],
  },
  onrrp: {
    title: 'ON RRP: the floor and the buffer',
    text: [
      "The overnight reverse repo facility takes cash from money funds, GSEs and dealers against the Fed's Treasuries, at the bottom of the target range since 2024-12-19 (bottom + 5 bp before).",
      'Its rate is the corridor floor; its take-up is the idle cash that drains first when the TGA rebuilds or QT runs.',
      'Near zero, every further drain comes out of bank reserves: it was $51.8B on 2025-10-31, the day SOFR hit 4.22%.',
      'The operation closes at 13:15 ET and results post right after.',
    ],
  },
  srf: {
    title: 'SRF: the ceiling, when dealers use it',
    text: [
      'The Standing Repo Facility lends cash overnight against Treasuries, agencies and MBS at the top of the target range: the corridor ceiling.',
      'It runs twice a day, 8:15-8:30 ET (daily since 2025-06-26) and 13:30-13:45 ET; since the 2025-12-10 FOMC it has no aggregate limit.',
      'Usage means private repo costs more than the Fed: $50.35B on 2025-10-31, a record $74.6B on 2025-12-31.',
      'SOFR above the SRF rate says dealers still shun it (stigma, balance sheet) and the ceiling is soft.',
    ],
  },
  tga: {
    title: "TGA: the Treasury's cash at the Fed",
    text: [
      "The Treasury General Account is the government's checking account at the Fed.",
      'Every dollar it gains from taxes or net bill issuance leaves bank reserves or ON RRP; every dollar it spends comes back.',
      'Tax dates (15 April, June, September, December) and cash rebuilds after a debt ceiling swing it by tens of billions in days.',
      'The Daily Treasury Statement prints it at about 16:00 ET for the previous business day.',
    ],
  },
  reserves: {
    title: "Reserves: the banks' cash at the Fed",
    text: [
      "Reserves are banks' deposits at the Fed, the system's settlement cash, reported weekly in the H.4.1 (Thursday 16:30 ET, week average to Wednesday).",
      'The market watches $2.5-3.0T as where they stop being abundant; in September 2019 they were about $1.39T and repo broke.',
      'They fall one for one when the TGA rises, when ON RRP has nothing left to give, and as QT shrinks the balance sheet.',
    ],
  },
  qt: {
    title: 'QT: the Fed shrinking its balance sheet',
    text: [
      'Quantitative tightening lets bonds mature without reinvesting; each dollar that runs off drains ON RRP or reserves.',
      'Monthly caps set the pace: Treasuries $60B until June 2024, $25B until April 2025, then $5B; MBS $35B.',
      'QT ended on 2025-12-01: Treasury redemptions stopped and MBS principal is reinvested in bills.',
      'Fed total assets come every Thursday in the H.4.1.',
    ],
  },
  netliq: {
    title: 'Net liquidity: Fed assets minus TGA minus ON RRP',
    text: [
      "Net liquidity is the Fed's balance sheet less the cash parked in the TGA and ON RRP: what is left in the private system.",
      'It moves even with a flat balance sheet, because TGA and ON RRP swings add or drain cash.',
      'Example, 2025-10-29: $6.59T - $958.0B - $19.5B = $5.61T.',
      'A desk rule of thumb tracked against risk assets, not a Fed measure.',
    ],
  },
  corridor: {
    title: 'The corridor: how the Fed steers overnight rates',
    text: [
      'The Fed sets three walls: the ON RRP rate (floor, the bottom of the target range), IORB (bottom + 15 bp) and the SRF rate (ceiling, the top).',
      'With abundant reserves SOFR and EFFR sit between the floor and IORB; as reserves get scarcer SOFR climbs through IORB toward the ceiling.',
      'Each FOMC decision moves all walls together, effective the next day; SOFR more than 20 bp over the ON RRP rate is the stress line.',
    ],
  },
  '2019': {
    title: 'September 2019: when repo broke',
    text: [
      'On 2019-09-17 SOFR hit 5.25% and EFFR printed 2.30%, above the 2.00-2.25% target range.',
      'Corporate taxes and Treasury settlements pulled cash into the TGA (week average $185.3B to $250.2B) while reserves ran about $1.39T.',
      'The NY Fed restarted overnight repo operations that week ($75B a day) and IOER was cut to 1.80% from Sep 19.',
      'The lesson: reserves turned scarce well above where banks said they would.',
    ],
  },
  basis: {
    title: 'The basis trade: levered Treasuries funded in repo',
    text: [
      'Hedge funds buy Treasuries, sell the futures against them and fund the bonds overnight in repo, earning the small gap many times over.',
      'The trade lives on cheap, reliable SOFR funding: a repo spike or a margin call forces sales into a falling market, as in March 2020.',
      'Its size is why month-ends, quarter-ends and SRF usage matter to Treasury liquidity.',
    ],
  },
};

export const explain = {
  cards,
  /** The last sentence of every card: the live number and its date. */
  now: {
    rate: (name: string, v: number, d: IsoDate) => `Now: ${name} ${pct(v)} (${d}).`,
    rateSince: (name: string, v: number, since: IsoDate, confirmedThrough?: IsoDate) =>
      `Now: ${name} ${pct(v)} (since ${since}${confirmedThrough ? `; confirmed by official series only through ${confirmedThrough}` : ''}).`,
    amount: (name: string, v: number, d: IsoDate) => `Now: ${name} ${usd(v)} (${d}).`,
    weekly: (name: string, v: number, d: IsoDate) => `Now: ${name} ${usd(v)} (week to ${d}).`,
    corridor: (rrp: number, iorbName: string, iorb: number, srf: number, since: IsoDate, confirmedThrough?: IsoDate) =>
      `Now: ON RRP ${pct(rrp)} · ${iorbName} ${pct(iorb)} · SRF ${pct(srf)} (since ${since}${confirmedThrough ? `; confirmed by official series only through ${confirmedThrough}` : ''}).`,
    vs2019: (v: number, d: IsoDate) => `Now: reserves ${usd(v, 'T')}, against about $1.39T in September 2019 (week to ${d}).`,
  },
  srfUsageMissing: (why: string) => `SRF usage: ${why}`,
  labels: { now: 'Now' },
  names: { reserves: 'reserves', fedAssets: 'Fed assets', netLiquidity: 'net liquidity', srfUsage: 'SRF usage', srfRate: 'SRF rate', tga: 'TGA' },
};

/** The catalog's one key for this area: ctx.msg.reference.calendar, ctx.msg.reference.explain. */
export const reference = { calendar, explain };
