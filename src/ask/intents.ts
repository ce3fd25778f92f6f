// /ask's intent rules: free text to one command of the registry and its option words, without any
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
import { toDayNumber } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { extract, rangeCovering, year, type Extracted } from './dates.js';
import type { SuggestionWhy } from '../core/types.js';
import { keywords, normalise } from './keywords.js';
import { choicesOf, routeSpec, routingTable, type RoutingTable } from './table.js';
import type { CommandInfo } from '../core/command.js';

export type { SuggestionWhy };
export type Suggestion = { command: string; words: string[]; why: SuggestionWhy };
/**
 * `yearGuessed`: the question gave a day without a year ("oct 31") and the router took the latest
 * such day; /ask checks the answer reaches that day and offers the latest year that has data if not.
 */
export type Routed = { command: string; words: string[]; confidence: number; yearGuessed?: true };
export type RouteResult = Routed | { suggestions: Suggestion[] };

/** Below this, suggestions instead of an answer. */
export const CONFIDENT = 0.6;

const NOW_WORDS = /\b(today|now|current|currently|latest|level|value|doing|right now|at the moment|yesterday|this morning)\b|今天|今日|現在|现在|目前|最新|昨天|多少|水準|水平/;

function dataWords(table: RoutingTable, command: string, x: Extracted, today: IsoDate): { words: string[]; dropped: boolean } {
  const spec = routeSpec(table, command);
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

function suggest(table: RoutingTable, commands: string[], x: Extracted, today: IsoDate, why: SuggestionWhy = 'mentioned'): { suggestions: Suggestion[] } {
  const out: Suggestion[] = [];
  for (const c of commands) {
    if (out.length >= 3 || out.some((s) => s.command === c)) continue;
    out.push({ command: c, words: dataWords(table, c, x, today).words, why });
  }
  for (const c of ['stress', 'netliq', 'help']) {
    if (out.length >= 2) break;
    if (!out.some((s) => s.command === c)) out.push({ command: c, words: [], why: 'popular' });
  }
  return { suggestions: out };
}

/**
 * Routes a question to a command of the registry and its option words, or to 2-3 suggestions when
 * unsure. Which options a command takes, and /explain's topics, are read from the registry.
 */
export function route(text: string, today: IsoDate, commands: readonly CommandInfo[]): RouteResult {
  const table = routingTable(commands);
  const explainTopics = choicesOf(table, 'explain', 'topic');
  const clean = normalise(text).slice(0, 400);
  const x = extract(clean, today);
  const { matches, vague } = keywords(x.rest);
  if (x.yields) matches.push({ kw: { phrase: ['10y'], command: 'yields', fuzzy: false }, exact: true });
  const fuzzy = matches.some((m) => !m.exact);

  // A numeric date that reads two ways: ask which.
  const datedCommand = (cmds: string[]) => cmds.find((c) => routeSpec(table, c).date) ?? 'sofr';
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
  if (x.invalid) return suggest(table, [...data, ...vague], x, today);

  const strong = [...new Set(matches.filter((m) => m.kw.intent && !m.kw.weak).map((m) => m.kw.command))];
  const weak = [...new Set(matches.filter((m) => m.kw.intent && m.kw.weak).map((m) => m.kw.command))];
  const hasWhen = !!x.date || !!x.range || NOW_WORDS.test(x.rest);
  const confident = (command: string, words: string[], dropped = false): RouteResult => {
    const confidence = 0.95 - (fuzzy ? 0.1 : 0) - (dropped ? 0.4 : 0);
    if (confidence < CONFIDENT) return suggest(table, [command, ...data], x, today);
    const guessedYear = !!x.date?.yearGuessed && !x.date.since && words.some((w) => w.startsWith('date:'));
    return { command, words, confidence, ...(guessedYear ? { yearGuessed: true as const } : {}) };
  };

  // Explain: "explain", "define" always; "what is" only without a date, a range or "now".
  const explainable = topics.filter((t) => explainTopics.includes(t));
  const explain = strong.includes('explain') || (weak.includes('explain') && !hasWhen && strong.length === 0 && explainable.length > 0);
  if (explain) {
    const topic = topics.filter((t) => explainTopics.includes(t));
    const onlyTopic = topic.length === 1 && data.length <= 1 ? topic[0] : undefined;
    if (onlyTopic) return confident('explain', [`topic:${onlyTopic}`]);
    if (topic.length > 1) return { suggestions: topic.slice(0, 3).map((t) => ({ command: 'explain', words: [`topic:${t}`], why: 'mentioned' as const })) };
    return suggest(table, [...data, ...vague], x, today);
  }
  const intents = strong.filter((c) => c !== 'explain');
  if (intents.length === 0 && weak.includes('calendar')) intents.push('calendar');
  if (intents.length === 0 && data.length === 0 && weak.length === 1 && (weak[0] === 'help' || weak[0] === 'about')) intents.push(weak[0]);
  if (intents.length > 1) return suggest(table, [...intents, ...data], x, today);
  const intent = intents[0];

  if (intent === 'export') {
    if (data.length !== 1) return suggest(table, data.length ? data.map(() => 'export') : ['export', ...vague], x, today);
    // Only a series /export declares: "export the corridor" is not one file.
    if (!choicesOf(table, 'export', 'series').includes(data[0]!)) return suggest(table, data, x, today);
    const { words, dropped } = dataWords(table, 'export', x, today);
    return confident('export', [`series:${data[0]!}`, ...words], dropped);
  }
  if (intent === 'nowcast') {
    if (data.some((c) => c !== 'reserves')) return suggest(table, ['nowcast', ...data], x, today);
    const { words, dropped } = dataWords(table, 'nowcast', x, today);
    return confident('nowcast', words, dropped);
  }
  if (intent === 'compare') {
    const d = x.date;
    // The 2019 spike is /compare's default: a year of 2019, or any day of September 2019.
    const spike = !!d && !d.since && (d.yearOnly === 2019 || (!d.yearOnly && d.dates[0]!.startsWith('2019-09')));
    if (spike || topics.includes('2019')) return confident('compare', []);
    if (d && !d.since && !d.yearOnly) return confident('compare', [`date:${d.dates[0]!}`]);
    // "sofr vs effr", "today vs 2022": what to compare is not clear.
    return suggest(table, ['compare', ...(data.length > 1 ? ['spreads'] : []), ...data], x, today);
  }
  if (intent === 'stress' || intent === 'calendar') {
    const { words, dropped } = dataWords(table, intent, x, today);
    return confident(intent, words, dropped);
  }
  if (intent === 'help' || intent === 'about') {
    if (data.length) return suggest(table, [...data, intent], x, today);
    return confident(intent, []);
  }

  // Data commands alone. "spread" takes the rates it names ("sofr iorb spread").
  let cmds = data;
  if (cmds.includes('spreads')) cmds = cmds.filter((c) => !['sofr', 'effr', 'corridor', 'rrp'].includes(c));
  if (cmds.length === 1) {
    const { words, dropped } = dataWords(table, cmds[0]!, x, today);
    return confident(cmds[0]!, words, dropped);
  }
  if (cmds.length > 1) return suggest(table, cmds, x, today);
  if (topics.length === 1) {
    const first: Suggestion = { command: 'explain', words: [`topic:${topics[0]!}`], why: 'mentioned' };
    return { suggestions: [first, ...suggest(table, vague, x, today).suggestions].slice(0, 3) };
  }
  return suggest(table, vague, x, today);
}
