// Words the English sentences share: distances and moves in basis points, what a rate change or a
// QT regime was.
import { bpDirection } from '../../classify.js';
import { bp, pct, type AmountScale } from '../../format.js';
import type { IsoDate } from '../../types.js';
import type { QtRegime } from '../../qt.js';
import type { RateChange } from '../../rates.js';

/** "12 bp" without a sign, for prose that says "above" or "below". */
export function abs(bpValue: number): string {
  return `${Math.abs(Math.round(bpValue))} bp`;
}

/** "up 18 bp", "down 3 bp", "unchanged". */
export function moveWords(bpValue: number): string {
  const d = bpDirection(bpValue);
  return d === 'flat' ? 'unchanged' : `${d} ${abs(bpValue)}`;
}

/**
 * Where a value sits against a reference, in words that match the number shown: "12 bp above",
 * "3 bp under", or `at` when it rounds to 0 bp (never "0 bp above").
 */
export function side(bpValue: number, above: string, below: string, at: string): string {
  const d = bpDirection(bpValue);
  return d === 'flat' ? at : `${abs(bpValue)} ${d === 'up' ? above : below}`;
}

const range = (low: number, high: number) => `${low.toFixed(2)}-${high.toFixed(2)}`;

const ALSO: Record<NonNullable<Extract<RateChange, { what: 'move' }>['also']>, string> = {
  rrpAtBottom: 'ON RRP rate set at the bottom of the range',
  srfLimitRemoved: 'SRF aggregate limit removed',
  derivedFromRange: 'IORB, ON RRP and SRF rates derived from the range',
};

/** What a rate change was: "FOMC cut to 3.75-4.00", "IOER technical adjustment". `short` drops what follows the move (chart labels). */
export function rateChangeWords(c: RateChange, short = false): string {
  switch (c.what) {
    case 'move': {
      const move = `${c.direction} to ${range(c.low, c.high)}`;
      if (short) return c.by === 'emergency' ? `Emergency ${move}` : move;
      return `${c.by === 'emergency' ? 'Emergency' : 'FOMC'} ${move}${c.also ? `; ${ALSO[c.also]}` : ''}`;
    }
    case 'technical':
      return c.adjusted === 'ioer' ? 'IOER technical adjustment' : 'IOER and ON RRP technical adjustment';
    case 'iorbReplacesIoer':
      return short ? 'IORB replaces IOER' : 'IORB replaces IOER; Standing Repo Facility established';
    case 'fromOperations':
      return short
        ? `${c.direction} to ${range(c.rrp, c.srf)}`
        : `ON RRP rate ${pct(c.rrp)} and SRF rate ${pct(c.srf)} from the NY Fed operation results (a ${c.direction} after the FOMC of ${monthDay(c.afterFomc)}, ${c.afterFomc.slice(0, 4)})`;
  }
}

/** A monthly cap as the FOMC writes it: "$6B", "$17.5B". */
const cap = (v: number | null) => `$${(v ?? 0) / 1e9}B`;

/** What a QT regime was: "QT slowed: Treasury cap cut to $5B a month". `short` keeps its name only (chart labels). */
export function qtWords(r: QtRegime, short = false): string {
  const p = r.phase;
  const caps = `${cap(r.treasuryCap)} Treasuries, ${cap(r.mbsCap)} MBS a month`;
  switch (p.what) {
    case 'starts':
      return short ? 'QT starts' : `QT starts: caps ${caps}${p.rising ? ', rising each quarter' : ''}`;
    case 'capsRaised':
      return short ? 'QT caps raised' : `QT caps raised to ${caps}`;
    case 'fullPace':
      return short ? 'QT at full pace' : `QT at full pace: caps ${caps}`;
    case 'slowed': {
      const name = p.again ? 'QT slowed again' : 'QT slowed';
      return short ? name : `${name}: Treasury cap cut to ${cap(r.treasuryCap)} a month`;
    }
    case 'ended':
      return short ? 'QT ended' : p.reinvestedIn === 'treasuries' ? 'QT ended: runoff stopped, MBS principal reinvested in Treasuries' : 'QT ended: Treasury redemptions stopped, MBS principal reinvested in bills';
    case 'purchases':
      return short ? 'No QT' : 'No QT: the Fed buys Treasuries and MBS (pandemic purchases)';
  }
}


/** What the chart renderer writes on the axes and at the lines' ends (src/charts reads it by the chart's locale). */
export const axis = {
  /** An amount in the axis' scale, without its sign: (2.9, 1, 'T') -> "$2.9T". */
  amount: (abs: number, decimals: number, scale: AmountScale) => `$${abs.toFixed(decimals)}${scale}`,
  /** A month tick: "Jan 2025" or "Apr". */
  month: (year: number, month: number, withYear: boolean) => (withYear ? `${MONTHS[month]} ${year}` : MONTHS[month]!),
  /** A day tick: "Oct 31". */
  day: (month: number, day: number) => `${MONTHS[month]} ${day}`,
  /** Days from the anchor day (/compare): "day 0", "+7 d", "-14 d". */
  offset: (days: number) => (days === 0 ? 'day 0' : `${days > 0 ? '+' : '-'}${Math.abs(days)} d`),
  /** A spread in basis points: "+18 bp". */
  bp: (v: number) => bp(v),
};

// Dates and times in English prose: "Fri Oct 31", "Oct 31", "Thu 4:30 pm ET".
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri Oct 31"; with the year when it is not `currentYear`: "Tue Sep 17, 2019". */
export function shortDate(d: IsoDate, currentYear?: number): string {
  const dt = new Date(`${d}T00:00:00Z`);
  const base = `${DOW[dt.getUTCDay()]} ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
  return currentYear !== undefined && dt.getUTCFullYear() === currentYear ? base : `${base}, ${dt.getUTCFullYear()}`;
}

/** "Oct 31" style month and day, for compact field values. */
export function monthDay(d: IsoDate): string {
  const dt = new Date(`${d}T00:00:00Z`);
  return `${MONTHS[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
}

/** "Thu 4:30 pm ET" from a US Eastern wall time. */
export function etTime(date: IsoDate, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const dt = new Date(`${date}T00:00:00Z`);
  return `${DOW[dt.getUTCDay()]} ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCDate()} ${h12}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'} ET`;
}

const PLURAL = new Intl.PluralRules('en');

/** "1 subscription", "3 subscriptions": English's plural through Intl (a word form, not a decision). */
export function count(n: number, one: string, other: string): string {
  return `${n} ${PLURAL.select(n) === 'one' ? one : other}`;
}
