// /ask's router on a table of phrasings: each maps to one command and its option words, or to
// suggestions when the question is not clear. "Today" is fixed at 2026-11-23.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { editDistance, normalise, rangeCovering, route, type RouteResult } from '../../src/ask/index.js';

const TODAY = '2026-11-23';

const TABLE: [string, string, string[]][] = [
  // The examples.
  ['what was sofr on sept 17 2019', 'sofr', ['date:2019-09-17']],
  ['is the repo market stressed', 'stress', []],
  // Since July, read on 2026-11-23: from 2026-07-01, 146 days -> the 6-month range.
  ['how much has the tga grown since july', 'tga', ['range:6m']],
  ['reserves vs 2019', 'compare', []],
  ['net liquidity 2y', 'netliq', ['range:2y']],
  // Dates in several formats.
  ['sofr 2019-09-17', 'sofr', ['date:2019-09-17']],
  ['sofr 2019-9-17', 'sofr', ['date:2019-09-17']],
  ['sofr 2019/09/17', 'sofr', ['date:2019-09-17']],
  ['sofr on 9/17/2019', 'sofr', ['date:2019-09-17']],
  ['sofr on 17/09/2019', 'sofr', ['date:2019-09-17']], // 17 cannot be a month: day first.
  ['sofr on 17.09.2019', 'sofr', ['date:2019-09-17']],
  ['sofr on 9/17/19', 'sofr', ['date:2019-09-17']],
  ['SOFR on Sept. 17, 2019', 'sofr', ['date:2019-09-17']],
  ['sofr 17 Sep 2019', 'sofr', ['date:2019-09-17']],
  ['sofr on the 17th of september 2019', 'sofr', ['date:2019-09-17']],
  ['sofr september 17th, 2019', 'sofr', ['date:2019-09-17']],
  ['sofr on septmber 17 2019', 'sofr', ['date:2019-09-17']],
  ['sofr date:2019-09-17', 'sofr', ['date:2019-09-17']],
  ['effr on march 16 2020', 'effr', ['date:2020-03-16']],
  ['sofr on sept 17', 'sofr', ['date:2026-09-17']], // no year: the latest such day
  ['sofr on dec 24', 'sofr', ['date:2025-12-24']], // Dec 24 2026 is after today
  ['reserves in september 2019', 'reserves', ['date:2019-09-30']], // month and year: its last day
  ['sofr in 2019', 'sofr', ['date:2019-12-31', 'range:1y']], // a year: the whole year
  ['tga since 2020', 'tga', ['range:max']],
  ['rrp since jan 2025', 'rrp', ['range:2y']],
  ['reserves since 2025-06-01', 'reserves', ['range:2y']],
  // Case, accents, punctuation, typos.
  ['SOFR', 'sofr', []],
  ['Sofr?!', 'sofr', []],
  ['sofer', 'sofr', []],
  ['sfor rate', 'sofr', []],
  ['reservs', 'reserves', []],
  ['RESERVES', 'reserves', []],
  ['bank resrves last 6 months', 'reserves', ['range:6m']],
  ['effr', 'effr', []],
  ['fed funds rate', 'effr', []],
  ['federal funds 1y', 'effr', ['range:1y']],
  ['tga', 'tga', []],
  ['TGA ytd', 'tga', ['range:1y']],
  ['treasury general account', 'tga', []],
  ['reverse repo', 'rrp', []],
  ['reverse repo last 6 months', 'rrp', ['range:6m']],
  ['on rrp take-up', 'rrp', []],
  ['ON RRP two years', 'rrp', ['range:2y']],
  ['srf', 'srf', []],
  ['standing repo usage', 'srf', []],
  ['standng repo facility', 'srf', []],
  ['how is the srf doing', 'srf', []],
  ['rate corridor', 'corridor', []],
  ['corrdor 6m', 'corridor', ['range:6m']],
  ['iorb last 3 months', 'corridor', ['range:3m']],
  ['spreads', 'spreads', []],
  ['sofr iorb spread', 'spreads', []],
  ['money market spreads over the past year', 'spreads', ['range:1y']],
  ['yields', 'yields', []],
  ['yeilds', 'yields', []],
  ['10 year', 'yields', []],
  ['10-year treasury yield 5y', 'yields', ['range:5y']],
  ['what is the 10 year yield', 'yields', []],
  ['net liquidity', 'netliq', []],
  ['net liqudity two years', 'netliq', ['range:2y']],
  ['NET LIQUIDITY 2Y', 'netliq', ['range:2y']],
  ['netliq max', 'netliq', ['range:max']],
  ['net liquidity 18 months', 'netliq', ['range:2y']],
  ['net liquidity 3 years', 'netliq', ['range:5y']],
  ['fed balance sheet', 'balance', []],
  ['balance sheet all time', 'balance', ['range:max']],
  ['qt pace', 'balance', []],
  ['quantitative tightening', 'balance', []],
  // Intents.
  ['is the plumbing under stress', 'stress', []],
  ['stress on 2025-10-31', 'stress', ['date:2025-10-31']],
  ['STRESSED?', 'stress', []],
  ['any funding strain on oct 31 2025', 'stress', ['date:2025-10-31']],
  ['compare with 2019', 'compare', []],
  ['today versus september 2019', 'compare', []],
  ['compare 2020-03-16', 'compare', ['date:2020-03-16']],
  ['how does today compare with the repo spike', 'compare', []],
  ['calendar', 'calendar', []],
  ['what is coming up this week', 'calendar', []],
  ['next week', 'calendar', []],
  ['fomc schedule', 'calendar', []],
  ['explain sofr', 'explain', ['topic:sofr']],
  ['what is sofr', 'explain', ['topic:sofr']],
  ["what's the tga", 'explain', ['topic:tga']],
  ['what is qt', 'explain', ['topic:qt']],
  ['what is the reverse repo', 'explain', ['topic:onrrp']],
  ['define iorb', 'explain', ['topic:iorb']],
  ['explain the basis trade', 'explain', ['topic:basis']],
  ['explain the 2019 repo spike', 'explain', ['topic:2019']],
  ['what does net liquidity mean', 'explain', ['topic:netliq']],
  ['what are reserves now', 'reserves', []], // "now": the number, not the card
  ['nowcast', 'nowcast', []],
  ['estimate reserves today', 'nowcast', []],
  ['estimated reserves', 'nowcast', []],
  ['export tga csv', 'export', ['series:tga']],
  ['download sofr 1y', 'export', ['series:sofr', 'range:1y']],
  ['csv of reserves since 2024', 'export', ['series:reserves', 'range:5y']],
  ['help', 'help', []],
];

const UNCLEAR = [
  'hello',
  'what should I buy',
  'repo',
  'how is the market',
  'liquidity',
  'sofr vs effr', // compare the two series? the spreads? just SOFR?
  'tga and reserves',
  'today vs 2022',
  'export',
  'explain',
  'sofr on feb 30 2019', // not a real day
  'sofr 2019-09-17 and 2020-03-16', // two days
  'estimate the tga',
  'stress calendar',
  '',
  '???',
];

function routed(r: RouteResult): { command: string; words: string[] } {
  if (!('command' in r)) throw new Error(`expected a command, got suggestions ${JSON.stringify(r.suggestions)}`);
  return { command: r.command, words: r.words };
}

describe('route', () => {
  it('has a table of at least 60 phrasings', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('given %j then /%s %j', (text, command, words) => {
    const r = route(text, TODAY, commands);
    expect(routed(r)).toEqual({ command, words });
    if ('confidence' in r) expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each(UNCLEAR)('given the unclear %j then 2-3 suggestions, never a command', (text) => {
    const r = route(text, TODAY, commands);
    expect('command' in r).toBe(false);
    if (!('suggestions' in r)) return;
    expect(r.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('given a numeric date that reads both ways (03/04/2019) then both readings are offered, US order first', () => {
    expect(route('sofr on 03/04/2019', TODAY, commands)).toEqual({
      suggestions: [
        { command: 'sofr', words: ['date:2019-03-04'], why: 'monthFirst' },
        { command: 'sofr', words: ['date:2019-04-03'], why: 'dayFirst' },
      ],
    });
    // The same day either way is not ambiguous.
    expect(routed(route('sofr on 05/05/2019', TODAY, commands)).words).toEqual(['date:2019-05-05']);
  });

  it('given two data commands then the suggestions are those commands', () => {
    const r = route('tga and reserves', TODAY, commands);
    expect('suggestions' in r && r.suggestions.map((s) => s.command)).toEqual(['tga', 'reserves']);
  });

  it('given a typo then the confidence is lower than for the exact word', () => {
    const exact = route('sofr', TODAY, commands);
    const typo = route('sofer', TODAY, commands);
    expect('confidence' in exact && 'confidence' in typo && typo.confidence < exact.confidence).toBe(true);
  });

  it('normalises case, accents and invisible characters', () => {
    expect(normalise('  ＳＯＦＲ\u200B   Résérves ')).toBe('sofr reserves');
    expect(routed(route('ＳＯＦＲ\u200B on 2019-09-17', TODAY, commands))).toEqual({ command: 'sofr', words: ['date:2019-09-17'] });
  });

  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('sofr', 'sfor')).toBe(1);
    expect(editDistance('reserves', 'reservs')).toBe(1);
    expect(editDistance('tga', 'rrp')).toBe(3);
  });

  it('ranges cover the days asked for', () => {
    expect([31, 32, 146, 366, 367, 1827, 1828].map(rangeCovering)).toEqual(['1m', '3m', '6m', '1y', '2y', '5y', 'max']);
  });

  it('given a very long or hostile text then it still answers without throwing', () => {
    expect(() => route('sofr '.repeat(500), TODAY, commands)).not.toThrow();
    expect(() => route('@everyone <script> `rm -rf` \u0000', TODAY, commands)).not.toThrow();
  });
});
