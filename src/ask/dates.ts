// /ask's dates and ranges: takes every date, range and "N-year yield" out of a question, in
// English and in Chinese (2025年11月14日, 11月14日, 去年9月, 2019年, 近一年, 本週 is the calendar's).
import { fromDayNumber, parseIsoDate, toDayNumber } from '../core/dates.js';
import { RANGES, type RangeKey } from '../core/options.js';
import type { IsoDate } from '../core/types.js';
import { editDistance } from './keywords.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const LONG_MONTHS = ['january', 'february', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, eighteenth: 18 };

function iso(y: number, m: number, d: number): IsoDate | null {
  return parseIsoDate(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

export function year(today: IsoDate): number {
  return Number(today.slice(0, 4));
}

/** The latest (month, day) not after today. */
function latest(m: number, d: number, today: IsoDate): IsoDate | null {
  const y = year(today);
  const thisYear = iso(y, m, d);
  if (thisYear && thisYear <= today) return thisYear;
  return iso(y - 1, m, d);
}

function latestOrNull(m: number, d: number, today: IsoDate): IsoDate | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? latest(m, d, today) : null;
}

/** How many days back each range covers (a new range key fails to compile until it has its days here). */
const RANGE_DAYS: Record<Exclude<RangeKey, 'max'>, number> = { '1m': 31, '3m': 92, '6m': 183, '1y': 366, '2y': 731, '5y': 1827 };

/** The smallest of the declared ranges (RANGES, shortest first) that covers this many days back from today. */
export function rangeCovering(days: number): RangeKey {
  for (const r of RANGES) if (r !== 'max' && days <= RANGE_DAYS[r]) return r;
  return 'max';
}

export type DateReading = { dates: IsoDate[]; since: boolean; yearOnly?: number; invalid: boolean; yearGuessed?: boolean };

export type Extracted = {
  rest: string;
  date: DateReading | null;
  range: RangeKey | null;
  yields: boolean;
  invalid: boolean;
};

function twoDigitYear(y: string, today: IsoDate): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= year(today) % 100 ? 2000 + n : 1900 + n;
}

/** Takes dates, ranges and the "N-year yield" out of the text. */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十二: 12, 十八: 18 };
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CN_NUMBER = '\\d{1,3}|十二|十八|[一二兩两三四五六七八九十]';
const cnNumber = (n: string) => CN_DIGITS[n] ?? Number(n);

/**
 * Chinese dates and ranges rewritten into the English forms the parser below reads, so both
 * languages share one set of rules: 2025年11月14日 -> 2025-11-14, 11月14日 -> "nov 14" (the latest
 * such day), 去年9月 -> "sep <last year>", 2019年 stays a year, 近一年 / 過去6個月 -> "1 years" /
 * "6 months", 今年以來 -> ytd, 自 / 從 ... 以來 -> since, 10年期 -> the 10-year yield.
 */
export function chineseDates(text: string, today: IsoDate): string {
  const y = year(today);
  const yearOf = (w: string) => (w === '去年' ? y - 1 : w === '前年' ? y - 2 : w === '今年' ? y : Number(w.replace(/\s*年/, '')));
  const pad = (n: number) => String(n).padStart(2, '0');
  return ` ${text} `
    .replace(/(\d{4}\s*年|去年|今年|前年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?(?!\d)/g, (_a, yw: string, m: string, d: string) => ` ${yearOf(yw)}-${pad(Number(m))}-${pad(Number(d))} `)
    .replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?(?!\d)/g, (all, m: string, d: string) => (Number(m) >= 1 && Number(m) <= 12 ? ` ${MONTH_NAMES[Number(m) - 1]} ${Number(d)} ` : all))
    .replace(/(\d{4}\s*年|去年|今年|前年)\s*(\d{1,2})\s*月份?/g, (all, yw: string, m: string) => (Number(m) >= 1 && Number(m) <= 12 ? ` ${MONTH_NAMES[Number(m) - 1]} ${yearOf(yw)} ` : all))
    .replace(new RegExp(`(${CN_NUMBER}|二十|三十)\\s*年期`, 'g'), (_a, n: string) => ` ${n === '二十' ? 20 : n === '三十' ? 30 : cnNumber(n)}-year yield `)
    .replace(/(\d{4})年(?!期)/g, ' $1 ')
    .replace(new RegExp(`(?:近|過去|过去|最近|前)?\\s*(?<!\\d)(${CN_NUMBER})\\s*(年|個月|个月|週|周|星期|天|日)(?![\\d期])`, 'g'), (all, n: string, u: string) => {
      const unit = u === '年' ? 'years' : u.endsWith('月') ? 'months' : u === '天' || u === '日' ? 'days' : 'weeks';
      return ` ${cnNumber(n)} ${unit} `;
    })
    .replace(/今年以來|今年以来|年初至今|年初以來|年初以来|今年/g, ' ytd ')
    .replace(/有史以來|有史以来|全部歷史|全部历史|所有歷史|所有历史/g, ' all time ')
    .replace(/去年/g, ` ${y - 1} `)
    .replace(/前年/g, ` ${y - 2} `)
    .replace(/[自從从](?=\s*(?:\d|[a-z]{3} ))/g, ' since ')
    .replace(/以來|以来|(?<=\d )起/g, ' ');
}

export function extract(input: string, today: IsoDate): Extracted {
  let s = chineseDates(input, today);
  let invalid = false;
  let yields = false;
  let range: RangeKey | null = null;
  const found: { dates: IsoDate[]; at: number; yearOnly?: number; yearGuessed?: boolean }[] = [];
  let guessed = false;
  const take = (re: RegExp, f: (m: RegExpExecArray) => IsoDate[] | { yearOnly: number } | null) => {
    s = s.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args[args.length - 2] as number;
      guessed = false;
      const r = f(m);
      if (r === null) invalid = true;
      else if (Array.isArray(r)) found.push({ dates: r, at, ...(guessed ? { yearGuessed: true } : {}) });
      else found.push({ dates: [], at, yearOnly: r.yearOnly });
      return ' \u0000 ';
    });
  };
  // Keys written out: date:2019-09-17, range:1y.
  s = s.replace(/\b(date|range)[:=]/g, ' ');
  // Month names with a full stop, ordinal suffixes and commas do not matter.
  s = s.replace(new RegExp(`\\b(${MONTH_RE})\\.`, 'g'), '$1 ').replace(/,/g, ' ');
  // Long month names with one typo ("septmber").
  s = s.replace(/[a-z]{6,}/g, (w) => (MONTHS[w] ? w : (LONG_MONTHS.find((m) => editDistance(w, m) <= 1) ?? w)));
  take(/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, (m) => {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? [d] : null;
  });
  // Compact ISO, "20251114": a date, never a number to drop. Eight digits that are no date are
  // refused (suggestions), not ignored.
  take(/\b((?:19|20)\d\d)(\d\d)(\d\d)\b/g, (m) => {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? [d] : null;
  });
  take(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/g, (m) => {
    const [a, b, y] = [Number(m[1]), Number(m[2]), twoDigitYear(m[3]!, today)];
    const monthFirst = iso(y, a, b);
    const dayFirst = iso(y, b, a);
    const out = [monthFirst, dayFirst].filter((x): x is IsoDate => x !== null);
    const unique = [...new Set(out)];
    return unique.length ? unique : null;
  });
  const md = (mo: string, d: string, y?: string): IsoDate[] | null => {
    const month = MONTHS[mo]!;
    const r = y ? iso(Number(y), month, Number(d)) : latest(month, Number(d), today);
    if (!y) guessed = true;
    return r ? [r] : null;
  };
  take(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s+(\\d{4})\\b)?`, 'g'), (m) => md(m[1]!, m[2]!, m[3]));
  take(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b(?:\\s+(\\d{4})\\b)?`, 'g'), (m) => md(m[2]!, m[1]!, m[3]));
  // Day and month in numbers without a year ("11/14"): the latest such day, both readings when
  // both are real days (asked which, like 03/04/2019). Not with a dot: "2.5" is an amount.
  take(/(?<![\d$.,/-])(\d{1,2})\/(\d{1,2})(?![\d/.])/g, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const out = [...new Set([latestOrNull(a, b, today), latestOrNull(b, a, today)].filter((x): x is IsoDate => x !== null))];
    guessed = true;
    return out.length ? out : null;
  });
  // Month and year: that month's first day after "since", its last day otherwise.
  s = s.replace(new RegExp(`\\b(since\\s+)?(${MONTH_RE})\\s+(\\d{4})\\b`, 'g'), (_all, since: string | undefined, mo: string, y: string, at: number) => {
    const month = MONTHS[mo]!;
    const first = iso(Number(y), month, 1)!;
    const last = fromDayNumber(toDayNumber(iso(month === 12 ? Number(y) + 1 : Number(y), month === 12 ? 1 : month + 1, 1)!) - 1);
    found.push({ dates: [since ? first : last < today ? last : today], at: at + (since ? since.length : 0) });
    return since ? ' since \u0000 ' : ' \u0000 ';
  });
  // "since july": the first day of the latest July not after today.
  s = s.replace(new RegExp(`\\bsince\\s+(${MONTH_RE})\\b`, 'g'), (_all, mo: string, at: number) => {
    found.push({ dates: [latest(MONTHS[mo]!, 1, today)!], at: at + 6 });
    return ' since \u0000 ';
  });
  // The Treasury yield, not a range: "10 year", "10-year", "10y", "30 yr", "2 year yield".
  s = s.replace(/\b(10|ten|20|30|2|two|5|five)\s*-?\s*(?:year|yr|y)\b(?!s)(\s+(?:yield|yields|treasury|treasuries|note|notes|bond|bonds))?/g, (all, n: string, tail: string | undefined) => {
    if (tail || ['10', 'ten', '20', '30'].includes(n)) {
      yields = true;
      return ' ';
    }
    return all;
  });
  // Ranges.
  const unit = (u: string): number => (u.startsWith('y') ? 365 : u.startsWith('m') ? 30.5 : u.startsWith('w') ? 7 : 1);
  // Single letters only after digits ("2y"), so "any" is not "an y".
  s = s.replace(/\b(?:(\d{1,3})\s*-?\s*(years?|yrs?|y|months?|mos?|mths?|m|weeks?|wks?|w|days?|d)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)[\s-]+(years?|yrs?|months?|mos?|mths?|weeks?|wks?|days?))\b/g, (_all, d: string | undefined, du: string | undefined, w: string | undefined, wu: string | undefined) => {
    const n = d ?? w!;
    const u = du ?? wu!;
    const count = NUMBER_WORDS[n] ?? Number(n);
    range = rangeCovering(Math.round(count * unit(u)));
    return ' ';
  });
  const named: [RegExp, RangeKey | 'ytd'][] = [
    [/\b(all time|all history|full history|ever|max|maximum|decade)\b/g, 'max'],
    [/\b(ytd|year to date|this year)\b/g, 'ytd'],
    [/\b(past|last|over the) (year|12 months)\b/g, '1y'],
    [/\b(past|last|this) month\b/g, '1m'],
    [/\b(past|last) quarter\b/g, '3m'],
  ];
  for (const [re, r] of named) {
    s = s.replace(re, () => {
      range = r === 'ytd' ? rangeCovering(toDayNumber(today) - toDayNumber(`${today.slice(0, 4)}-01-01`) + 1) : r;
      return ' ';
    });
  }
  // A year alone, after the dates are gone: "sofr in 2019", "reserves vs 2019", "since 2020".
  take(/\b(19[89]\d|20\d\d)\b/g, (m) => ({ yearOnly: Number(m[1]) }));
  // "since" before a date.
  let since = false;
  if (/\bsince\s+\u0000/.test(s)) since = true;
  // Numbers left (a day alone, "$50b", "20 bp") carry no option; they are not keywords either.
  const rest = s.replace(/\u0000/g, ' ').replace(/\s+/g, ' ').trim();

  let date: DateReading | null = null;
  if (found.length) {
    const distinct = new Set(found.map((f) => (f.yearOnly ? `y${f.yearOnly}` : f.dates.join('|'))));
    if (distinct.size > 1) invalid = true;
    const f = found[0]!;
    date = { dates: f.dates, since, invalid, ...(f.yearOnly ? { yearOnly: f.yearOnly } : {}), ...(f.yearGuessed ? { yearGuessed: true } : {}) };
  } else if (invalid) {
    date = { dates: [], since, invalid };
  }
  return { rest, date, range, yields, invalid };
}

