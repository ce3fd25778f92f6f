// src/core/options.ts: a typed line to a command and its words, and words to option values.
// Pure: a result, never a throw; every refusal is one short sentence that says what to type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCommand, type CommandContext } from '../../src/core/command.js';
import {
  dateOption,
  MAX_INPUT_LENGTH,
  parseLine,
  parseOptions,
  quote,
  RANGES,
  rangeOption,
  choiceOption,
  textOption,
  type OptionValuesOf,
  type RangeKey,
  type Result,
} from '../../src/core/options.js';

const SOFR_DEFS = { range: rangeOption('3m'), date: dateOption() };
const SERIES_DEF = { series: choiceOption(['sofr', 'effr', 'iorb'], { required: true }) };

/** The house rule for a refusal: one line, ending with a full stop. */
function expectOneSentence(r: Result<unknown>): string {
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  expect(r.error).toMatch(/^\S[^\n\r]*\.$/);
  expect(r.error.length).toBeLessThan(200);
  return r.error;
}

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.value;
}

describe('parseLine', () => {
  it('given "/sofr range:1y" then the command is sofr with one word', () => {
    expect(ok(parseLine('/sofr range:1y'))).toEqual({ command: 'sofr', words: ['range:1y'] });
  });

  it('given a Telegram mention "/sofr@MyBot 1y" then the bot name is dropped', () => {
    expect(ok(parseLine('/sofr@MyBot 1y'))).toEqual({ command: 'sofr', words: ['1y'] });
  });

  it('given "/SOFR" then the command is lower-cased', () => {
    expect(ok(parseLine('/SOFR'))).toEqual({ command: 'sofr', words: [] });
    expect(ok(parseLine('/Sofr 1Y')).command).toBe('sofr');
  });

  it('given a command without its slash then it is still read', () => {
    expect(ok(parseLine('sofr 1y'))).toEqual({ command: 'sofr', words: ['1y'] });
  });

  it('given extra spaces, tabs and newlines then words are split on any whitespace', () => {
    expect(ok(parseLine('  /sofr \t range:1y\n 2019-09-17  '))).toEqual({ command: 'sofr', words: ['range:1y', '2019-09-17'] });
  });

  it('given 5,000 characters then it is refused in one sentence before any parsing', () => {
    const e = expectOneSentence(parseLine('/sofr ' + 'x'.repeat(4994)));
    expect(e).toContain('too long');
    expect(e).toContain('5000');
  });

  it('given exactly the maximum length then it is parsed, one more and it is refused', () => {
    expect(parseLine('/sofr ' + 'a'.repeat(MAX_INPUT_LENGTH - 6)).ok).toBe(true);
    expect(parseLine('/sofr ' + 'a'.repeat(MAX_INPUT_LENGTH - 5)).ok).toBe(false);
  });

  it('given control characters and zero-width characters around words then they are stripped', () => {
    expect(ok(parseLine('\u200B/sofr\u0000 \u200Drange:1y\u0007\uFEFF'))).toEqual({ command: 'sofr', words: ['range:1y'] });
    expect(ok(parseLine('\u202E/sofr 1y\u202C'))).toEqual({ command: 'sofr', words: ['1y'] });
  });

  it('given full-width characters then they are normalised to plain ones', () => {
    expect(ok(parseLine('／ＳＯＦＲ　１ｙ'))).toEqual({ command: 'sofr', words: ['1y'] });
  });

  it('given "/ sofr" (a space after the slash) then it is refused in one sentence pointing to /help', () => {
    const e = expectOneSentence(parseLine('/ sofr'));
    expect(e).toContain('/help');
  });

  it('given an empty or invisible-only line then it is refused in one sentence', () => {
    expect(expectOneSentence(parseLine(''))).toContain('/sofr');
    expectOneSentence(parseLine('   \u200B\u0000 '));
  });

  it('given an emoji as the command then it is refused in one sentence that quotes it', () => {
    const e = expectOneSentence(parseLine('🚀 sofr'));
    expect(e).toContain('"🚀"');
  });

  it('given an emoji after the command then it is kept as a word for parseOptions to judge', () => {
    const line = ok(parseLine('/sofr 🚀'));
    expect(line).toEqual({ command: 'sofr', words: ['🚀'] });
    expectOneSentence(parseOptions(SOFR_DEFS, line.words, line.command));
  });

  it('given names that are not command-shaped then they are refused', () => {
    for (const s of ['/1y', '/sofr!', '/' + 'a'.repeat(33), '/sofr@', '/so-fr', '//sofr']) expectOneSentence(parseLine(s));
  });

  it('given a long unknown command then the echo is cut to 24 characters and quotes are neutralised', () => {
    const e = expectOneSentence(parseLine('/' + 'x'.repeat(40)));
    expect(e).toContain(`"/${'x'.repeat(23)}…"`);
    expect(quote('a"b`c')).toBe(`"a'b'c"`);
  });
});

describe('parseOptions', () => {
  it('given no words then the range is its declared default and the date is absent', () => {
    expect(ok(parseOptions(SOFR_DEFS, [], 'sofr'))).toEqual({ range: '3m' });
    expect(ok(parseOptions({ range: rangeOption('2y') }, [], 'balance'))).toEqual({ range: '2y' });
  });

  it('given a bare "1y" then it is the range', () => {
    expect(ok(parseOptions(SOFR_DEFS, ['1y'], 'sofr'))).toEqual({ range: '1y' });
  });

  it('given a bare "2019-09-17" then it is the date, and the range its default', () => {
    expect(ok(parseOptions(SOFR_DEFS, ['2019-09-17'], 'sofr'))).toEqual({ range: '3m', date: '2019-09-17' });
  });

  it('given key:value and key=value words in any case then both are read', () => {
    expect(ok(parseOptions(SOFR_DEFS, ['RANGE:MAX', 'date=2025-10-31'], 'sofr'))).toEqual({ range: 'max', date: '2025-10-31' });
  });

  it('given every declared range then each is accepted', () => {
    for (const r of RANGES) expect(ok(parseOptions(SOFR_DEFS, [`range:${r}`], 'sofr')).range).toBe(r);
  });

  it('given "date:2031-02-30" then it is refused in one sentence that says it is not a real date', () => {
    const e = expectOneSentence(parseOptions(SOFR_DEFS, ['date:2031-02-30'], 'sofr'));
    expect(e).toContain('not a real date');
    expect(e).toContain('/sofr date:');
  });

  it('given a bare impossible date then it is refused the same way', () => {
    expect(expectOneSentence(parseOptions(SOFR_DEFS, ['2023-02-29'], 'sofr'))).toContain('not a real date');
  });

  it('given a date in another shape then the refusal shows the YYYY-MM-DD form', () => {
    expect(expectOneSentence(parseOptions(SOFR_DEFS, ['date:17/09/2019'], 'sofr'))).toContain('YYYY-MM-DD');
    expect(expectOneSentence(parseOptions(SOFR_DEFS, ['2019-9-17'], 'sofr'))).toContain('YYYY-MM-DD');
  });

  it('given "range:forever" then it is refused in one sentence listing the ranges', () => {
    const e = expectOneSentence(parseOptions(SOFR_DEFS, ['range:forever'], 'sofr'));
    expect(e).toContain('forever');
    expect(e).toContain(RANGES.join(', '));
  });

  it('given an unknown option "foo:bar" then it is refused in one sentence naming the options', () => {
    const e = expectOneSentence(parseOptions(SOFR_DEFS, ['foo:bar'], 'sofr'));
    expect(e).toContain('"foo"');
    expect(e).toContain('range, date');
  });

  it('given an unrecognised bare word then it is refused in one sentence with an example', () => {
    const e = expectOneSentence(parseOptions(SOFR_DEFS, ['yesterday'], 'sofr'));
    expect(e).toContain('"yesterday"');
    expect(e).toContain('/sofr range:1y date:2019-09-17');
  });

  it('given a command with no options then any word is refused in one sentence', () => {
    expect(expectOneSentence(parseOptions({}, ['1y'], 'help'))).toBe('/help takes no options.');
    expect(expectOneSentence(parseOptions({}, ['x:y'], 'help'))).toBe('/help takes no options.');
  });

  it.each([
    [['1y', '2y']],
    [['range:1y', '1y']],
    [['2019-09-17', 'date:2019-09-18']],
  ])('given the same option twice (%j) then it is refused in one sentence', (words) => {
    expect(expectOneSentence(parseOptions(SOFR_DEFS, words, 'sofr'))).toMatch(/given twice/);
  });

  it('given a choice option then a bare or keyed choice is matched case-insensitively and returned as declared', () => {
    expect(ok(parseOptions(SERIES_DEF, ['EFFR'], 'chart'))).toEqual({ series: 'effr' });
    expect(ok(parseOptions(SERIES_DEF, ['series:Iorb'], 'chart'))).toEqual({ series: 'iorb' });
  });

  it('given a wrong or missing required choice then it is refused in one sentence listing the choices', () => {
    expect(expectOneSentence(parseOptions(SERIES_DEF, ['series:tga'], 'chart'))).toContain('sofr, effr, iorb');
    expect(expectOneSentence(parseOptions(SERIES_DEF, [], 'chart'))).toContain('needs series');
  });

  it('given a good word before a bad one then the whole line is refused', () => {
    expect(parseOptions(SOFR_DEFS, ['1y', 'foo:bar'], 'sofr').ok).toBe(false);
  });

  it('given hostile text then every refusal is still one sentence', () => {
    const hostile = ['range:<b>x</b>', 'date:' + 'z'.repeat(100), '`rm -rf`', 'range:"quoted"', '@everyone', 'date:'];
    for (const w of hostile) {
      const e = expectOneSentence(parseOptions(SOFR_DEFS, [w], 'sofr'));
      expect(e).not.toContain('`');
    }
  });
});

describe('run()\'s argument type is inferred from the declaration (checked by tsc)', () => {
  it('a range with a default is always there, a date may be absent, a choice is its literal union, text is a string', () => {
    const decl = {
      range: rangeOption('3m'),
      date: dateOption(),
      topic: choiceOption(['sofr', 'tga'], { required: true }),
      side: choiceOption(['a', 'b']),
      question: textOption(),
    };
    expectTypeOf<OptionValuesOf<typeof decl>>().toEqualTypeOf<{ range: RangeKey; topic: 'sofr' | 'tga'; question: string; date?: string; side?: 'a' | 'b' }>();
    const { question: _text, ...noText } = decl;
    expect(ok(parseOptions(noText, ['topic:TGA'], 'x'))).toEqual({ range: '3m', topic: 'tga' });
  });

  it('defineCommand gives run() the declared defaults even when called straight from code', async () => {
    let seen: unknown;
    const cmd = defineCommand({
      name: 'x',
      options: { range: rangeOption('6m'), date: dateOption() },
      async run(o) {
        expectTypeOf(o.range).toEqualTypeOf<RangeKey>();
        seen = o;
        return { title: '', summary: [], fields: [], asOf: [] };
      },
    });
    await cmd.run({}, {} as CommandContext);
    expect(seen).toEqual({ range: '6m' });
  });
});
