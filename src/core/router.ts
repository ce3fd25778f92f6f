// /ask's router: free text to one command of the registry and its option words, without any
// external service. Pure: same text and same `today` give the same result.
//
// What it reads, and what each reading maps to:
// - Keywords (case, accents, punctuation ignored; typos tolerated: edit distance 1 on keywords of
//   4-7 letters, 2 from 8 letters, none below 4) name a data command (sofr, effr, corridor, rrp, srf,
//   tga, reserves, balance, netliq, spreads, yields) or an intent (stress, compare, calendar,
//   explain, nowcast, export, help, about). An intent wins over data keywords: "is the repo market
//   stressed" -> /stress; "reserves vs 2019" -> /compare.
// - Dates: 2019-09-17, 2019-9-17, 2019/09/17, 9/17/2019, 17/09/2019 (unambiguous: 17 > 12),
//   "sept 17 2019", "Sept. 17, 2019", "17 Sep 2019", "17th of september 2019" -> date:2019-09-17.
//   A numeric date whose day and month could both be either (03/04/2019) is ambiguous: two
//   suggestions (US month-first and day-first), never a guess. A date without a year is the latest
//   such day not after today. A year alone ("sofr in 2019") -> date:2019-12-31 range:1y (the whole
//   year; today and no date when the year is the current one).
// - "since <date|month|year>" -> the smallest range covering from that day to today ("since july"
//   on 2026-11-23 is since 2026-07-01, 145 days -> range:6m). Commands without a range drop it.
// - Ranges: "2y", "two years", "last 6 months", "18 months", "past year", "ytd", "all time" -> the
//   smallest of RANGES that covers it (18 months -> 2y, 3 years -> 5y, 10 years -> max).
//   "10 year", "10-year", "10y", "30 year" (singular) are the Treasury yield, not a range.
// Confidence: when no keyword matches, when several commands match with nothing to choose between
// them, or when part of the question could not be used, it returns 2-3 suggestions instead.
import { fromDayNumber, parseIsoDate, toDayNumber } from './dates.js';
import type { RangeKey } from './options.js';
import type { IsoDate } from './types.js';

export type SuggestionWhy = 'mentioned' | 'monthFirst' | 'dayFirst' | 'popular';
export type Suggestion = { command: string; words: string[]; why: SuggestionWhy };
/**
 * `yearGuessed`: the question gave a day without a year ("oct 31") and the router took the latest
 * such day; /ask checks the answer reaches that day and offers the latest year that has data if not.
 */
export type Routed = { command: string; words: string[]; confidence: number; yearGuessed?: true };
export type RouteResult = Routed | { suggestions: Suggestion[] };

/** Below this, suggestions instead of an answer. */
export const CONFIDENT = 0.6;

/** Which options each command takes (the registry's, and the analyst commands of issue 5). */
export const ROUTABLE: Record<string, { date?: true; range?: true; topic?: true; series?: true }> = {
  sofr: { date: true, range: true },
  effr: { date: true, range: true },
  corridor: { date: true, range: true },
  rrp: { date: true, range: true },
  srf: { date: true, range: true },
  tga: { date: true, range: true },
  reserves: { date: true, range: true },
  balance: { date: true, range: true },
  netliq: { date: true, range: true },
  spreads: { date: true, range: true },
  yields: { date: true, range: true },
  stress: { date: true },
  compare: { date: true },
  calendar: { date: true },
  nowcast: { date: true },
  explain: { topic: true },
  export: { series: true, range: true },
  help: {},
  about: {},
};

export const EXPLAIN_TOPICS = ['sofr', 'effr', 'iorb', 'onrrp', 'srf', 'tga', 'reserves', 'qt', 'netliq', 'corridor', '2019', 'basis'] as const;

type Kw = { phrase: string[]; command: string; topic?: string; intent?: boolean; fuzzy: boolean; weak?: boolean };

function kw(command: string, phrases: string[], extra: Partial<Kw> = {}): Kw[] {
  return phrases.map((p) => ({ phrase: p.split(' '), command, fuzzy: true, ...extra }));
}

const KEYWORDS: Kw[] = [
  // Data commands.
  ...kw('sofr', ['sofr', 'secured overnight financing rate', 'repo rate', 'repo rates'], { topic: 'sofr' }),
  ...kw('effr', ['effr', 'fed funds', 'federal funds', 'fedfunds', 'fed funds rate', 'ffr'], { topic: 'effr' }),
  ...kw('corridor', ['iorb', 'ioer', 'interest on reserves', 'interest on reserve balances'], { topic: 'iorb' }),
  ...kw('corridor', ['corridor', 'rate corridor', 'target range', 'policy rates', 'administered rates'], { topic: 'corridor' }),
  ...kw('rrp', ['rrp', 'onrrp', 'on rrp', 'reverse repo', 'reverse repos', 'reverse repurchase'], { topic: 'onrrp' }),
  ...kw('srf', ['srf', 'standing repo', 'standing repo facility', 'repo facility'], { topic: 'srf' }),
  ...kw('tga', ['tga', 'treasury general account', 'treasury cash', 'treasury account'], { topic: 'tga' }),
  ...kw('reserves', ['reserves', 'reserve', 'bank reserves'], { topic: 'reserves' }),
  ...kw('balance', ['balance sheet', 'fed assets', 'total assets', 'walcl', 'h41', 'fed balance']),
  ...kw('balance', ['qt', 'quantitative tightening', 'runoff'], { topic: 'qt' }),
  ...kw('netliq', ['net liquidity', 'netliq', 'net liq'], { topic: 'netliq' }),
  ...kw('spreads', ['spread', 'spreads']),
  ...kw('yields', ['yield', 'yields', 'treasury yield', 'treasury yields', 'ten year', 'bond yields', '10year']),
  // Explain-only topics.
  ...kw('explain', ['basis', 'basis trade'], { topic: 'basis', intent: false }),
  ...kw('explain', ['repo spike', '2019 spike', 'repo crisis'], { topic: '2019', intent: false }),
  // Intents.
  ...kw('stress', ['stress', 'stressed', 'stressful', 'strain', 'strained', 'under pressure', 'plumbing', 'funding stress', 'dashboard'], { intent: true }),
  ...kw('compare', ['compare', 'compared', 'comparison', 'versus'], { intent: true }),
  ...kw('compare', ['vs', 'v'], { intent: true, fuzzy: false }),
  ...kw('calendar', ['calendar', 'schedule', 'upcoming', 'fomc', 'month end', 'quarter end', 'tax date', 'tax dates', 'holidays', 'releases'], { intent: true }),
  ...kw('calendar', ['this week', 'next week', 'coming up', 'next two weeks'], { intent: true, fuzzy: false, weak: true }),
  ...kw('explain', ['explain', 'define', 'definition', 'meaning', 'eli5'], { intent: true }),
  ...kw('explain', ['mean', 'what is', 'whats', 'what are', 'tell me about', 'how does', 'how do'], { intent: true, fuzzy: false, weak: true }),
  ...kw('nowcast', ['nowcast', 'estimate', 'estimated', 'estimation'], { intent: true }),
  ...kw('export', ['export', 'csv', 'download', 'raw data', 'spreadsheet', 'excel'], { intent: true }),
  ...kw('help', ['help', 'commands'], { intent: true, weak: true }),
  ...kw('about', ['sources', 'data sources', 'data source'], { intent: true, weak: true }),
];

/** "repo", "funding", "liquidity" alone say what area, not which command. */
const VAGUE: Record<string, string[]> = {
  repo: ['sofr', 'stress', 'srf'],
  funding: ['stress', 'sofr', 'effr'],
  liquidity: ['netliq', 'reserves', 'stress'],
  money: ['sofr', 'effr', 'netliq'],
  market: ['stress', 'sofr', 'yields'],
  rates: ['corridor', 'sofr', 'effr'],
  rate: ['corridor', 'sofr', 'effr'],
  fed: ['balance', 'corridor', 'reserves'],
  treasury: ['tga', 'yields'],
};

/** Words never taken for a typo of a keyword. */
const STOP = new Set(
  'a an the is was are were be been of on in at to for from and or how what whats when where which who why much many has have had it its this that these those do does did me my our your i we you than then so as by with about grown grow up down now today current latest level value show give tell please since over past last year years month months week weeks day days ago vs'.split(' '),
);

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** Lower case, accents and invisible characters removed, typographic quotes and dashes made plain. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

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

function year(today: IsoDate): number {
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

/** The smallest range that covers this many days back from today. */
export function rangeCovering(days: number): RangeKey {
  const limits: [number, RangeKey][] = [[31, '1m'], [92, '3m'], [183, '6m'], [366, '1y'], [731, '2y'], [1827, '5y']];
  for (const [n, r] of limits) if (days <= n) return r;
  return 'max';
}

type DateReading = { dates: IsoDate[]; since: boolean; yearOnly?: number; invalid: boolean; yearGuessed?: boolean };

type Extracted = {
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
function extract(input: string, today: IsoDate): Extracted {
  let s = ` ${input} `;
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

type Match = { kw: Kw; exact: boolean };

/** Keywords found, longest phrases first, exact before fuzzy; each word is used once. */
function keywords(rest: string): { matches: Match[]; vague: string[] } {
  const tokens = rest.replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const used = tokens.map(() => false);
  const matches: Match[] = [];
  const byLength = [...KEYWORDS].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const exact of [true, false]) {
    for (const k of byLength) {
      if (!exact && !k.fuzzy) continue;
      const n = k.phrase.length;
      for (let i = 0; i + n <= tokens.length; i++) {
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          const t = tokens[i + j]!;
          const p = k.phrase[j]!;
          if (used[i + j]) ok = false;
          else if (t === p) continue;
          else if (exact || STOP.has(t) || t.length < 3 || /\d/.test(t)) ok = false;
          else ok = editDistance(t, p) <= allowedTypos(p);
        }
        if (!ok) continue;
        for (let j = 0; j < n; j++) used[i + j] = true;
        matches.push({ kw: k, exact });
      }
    }
  }
  const vague = tokens.filter((t, i) => !used[i] && VAGUE[t]).flatMap((t) => VAGUE[t]!);
  return { matches, vague: [...new Set(vague)] };
}

const NOW_WORDS = /\b(today|now|current|currently|latest|level|value|doing|right now|at the moment|yesterday|this morning)\b/;

function dataWords(command: string, x: Extracted, today: IsoDate): { words: string[]; dropped: boolean } {
  const spec = ROUTABLE[command] ?? {};
  const words: string[] = [];
  let dropped = false;
  const d = x.date;
  let range = x.range;
  if (d && !d.invalid) {
    if (d.since) {
      const start = d.yearOnly ? `${d.yearOnly}-01-01` : d.dates[0]!;
      const r = rangeCovering(toDayNumber(today) - toDayNumber(start) + 1);
      if (spec.range) range = range ?? r;
      else dropped = true;
    } else if (d.yearOnly) {
      if (d.yearOnly < year(today)) {
        if (spec.date) words.push(`date:${d.yearOnly}-12-31`);
        else dropped = true;
        if (spec.range) range = range ?? '1y';
      }
    } else if (spec.date) words.push(`date:${d.dates[0]!}`);
    else dropped = true;
  }
  if (range) {
    if (spec.range) words.push(`range:${range}`);
    else dropped = true;
  }
  return { words, dropped };
}

function suggest(commands: string[], x: Extracted, today: IsoDate, why: SuggestionWhy = 'mentioned'): { suggestions: Suggestion[] } {
  const out: Suggestion[] = [];
  for (const c of commands) {
    if (out.length >= 3 || out.some((s) => s.command === c)) continue;
    out.push({ command: c, words: dataWords(c, x, today).words, why });
  }
  for (const c of ['stress', 'netliq', 'help']) {
    if (out.length >= 2) break;
    if (!out.some((s) => s.command === c)) out.push({ command: c, words: [], why: 'popular' });
  }
  return { suggestions: out };
}

/** Routes a question to a command and its option words, or to 2-3 suggestions when unsure. */
export function route(text: string, today: IsoDate): RouteResult {
  const clean = normalise(text).slice(0, 400);
  const x = extract(clean, today);
  const { matches, vague } = keywords(x.rest);
  if (x.yields) matches.push({ kw: { phrase: ['10y'], command: 'yields', fuzzy: false }, exact: true });
  const fuzzy = matches.some((m) => !m.exact);

  // A numeric date that reads two ways: ask which.
  const datedCommand = (cmds: string[]) => cmds.find((c) => ROUTABLE[c]?.date) ?? 'sofr';
  const data = [...new Set(matches.filter((m) => !m.kw.intent && m.kw.command !== 'explain').map((m) => m.kw.command))];
  const topics = [...new Set(matches.map((m) => m.kw.topic).filter((t): t is string => !!t))];
  if (x.date && x.date.dates.length > 1 && !x.date.since) {
    const c = datedCommand([...matches.filter((m) => m.kw.intent).map((m) => m.kw.command), ...data]);
    return {
      suggestions: [
        { command: c, words: [`date:${x.date.dates[0]!}`], why: 'monthFirst' },
        { command: c, words: [`date:${x.date.dates[1]!}`], why: 'dayFirst' },
      ],
    };
  }
  if (x.invalid) return suggest([...data, ...vague], x, today);

  const strong = [...new Set(matches.filter((m) => m.kw.intent && !m.kw.weak).map((m) => m.kw.command))];
  const weak = [...new Set(matches.filter((m) => m.kw.intent && m.kw.weak).map((m) => m.kw.command))];
  const hasWhen = !!x.date || !!x.range || NOW_WORDS.test(x.rest);
  const confident = (command: string, words: string[], dropped = false): RouteResult => {
    const confidence = 0.95 - (fuzzy ? 0.1 : 0) - (dropped ? 0.4 : 0);
    if (confidence < CONFIDENT) return suggest([command, ...data], x, today);
    const guessedYear = !!x.date?.yearGuessed && !x.date.since && words.some((w) => w.startsWith('date:'));
    return { command, words, confidence, ...(guessedYear ? { yearGuessed: true as const } : {}) };
  };

  // Explain: "explain", "define" always; "what is" only without a date, a range or "now".
  const explainable = topics.filter((t) => (EXPLAIN_TOPICS as readonly string[]).includes(t));
  const explain = strong.includes('explain') || (weak.includes('explain') && !hasWhen && strong.length === 0 && explainable.length > 0);
  if (explain) {
    const topic = topics.filter((t) => (EXPLAIN_TOPICS as readonly string[]).includes(t));
    const onlyTopic = topic.length === 1 && data.length <= 1 ? topic[0] : undefined;
    if (onlyTopic) return confident('explain', [`topic:${onlyTopic}`]);
    if (topic.length > 1) return { suggestions: topic.slice(0, 3).map((t) => ({ command: 'explain', words: [`topic:${t}`], why: 'mentioned' as const })) };
    return suggest([...data, ...vague], x, today);
  }
  const intents = strong.filter((c) => c !== 'explain');
  if (intents.length === 0 && weak.includes('calendar')) intents.push('calendar');
  if (intents.length === 0 && data.length === 0 && weak.length === 1 && (weak[0] === 'help' || weak[0] === 'about')) intents.push(weak[0]);
  if (intents.length > 1) return suggest([...intents, ...data], x, today);
  const intent = intents[0];

  if (intent === 'export') {
    if (data.length !== 1) return suggest(data.length ? data.map(() => 'export') : ['export', ...vague], x, today);
    const { words, dropped } = dataWords('export', x, today);
    return confident('export', [`series:${data[0]!}`, ...words], dropped);
  }
  if (intent === 'nowcast') {
    if (data.some((c) => c !== 'reserves')) return suggest(['nowcast', ...data], x, today);
    const { words, dropped } = dataWords('nowcast', x, today);
    return confident('nowcast', words, dropped);
  }
  if (intent === 'compare') {
    const d = x.date;
    // The 2019 spike is /compare's default: a year of 2019, or any day of September 2019.
    const spike = !!d && !d.since && (d.yearOnly === 2019 || (!d.yearOnly && d.dates[0]!.startsWith('2019-09')));
    if (spike || topics.includes('2019')) return confident('compare', []);
    if (d && !d.since && !d.yearOnly) return confident('compare', [`date:${d.dates[0]!}`]);
    // "sofr vs effr", "today vs 2022": what to compare is not clear.
    return suggest(['compare', ...(data.length > 1 ? ['spreads'] : []), ...data], x, today);
  }
  if (intent === 'stress' || intent === 'calendar') {
    const { words, dropped } = dataWords(intent, x, today);
    return confident(intent, words, dropped);
  }
  if (intent === 'help' || intent === 'about') {
    if (data.length) return suggest([...data, intent], x, today);
    return confident(intent, []);
  }

  // Data commands alone. "spread" takes the rates it names ("sofr iorb spread").
  let cmds = data;
  if (cmds.includes('spreads')) cmds = cmds.filter((c) => !['sofr', 'effr', 'corridor', 'rrp'].includes(c));
  if (cmds.length === 1) {
    const { words, dropped } = dataWords(cmds[0]!, x, today);
    return confident(cmds[0]!, words, dropped);
  }
  if (cmds.length > 1) return suggest(cmds, x, today);
  if (topics.length === 1) {
    const first: Suggestion = { command: 'explain', words: [`topic:${topics[0]!}`], why: 'mentioned' };
    return { suggestions: [first, ...suggest(vague, x, today).suggestions].slice(0, 3) };
  }
  return suggest(vague, x, today);
}
