// Bugs found by the core test pass, fixed in src/core; each case failed before its fix.
import { describe, expect, it } from 'vitest';
import { usd } from '../../src/core/format.js';
import { changesAsOf, movingAverage } from '../../src/core/indicators.js';
import { dateOption, parseLine, parseOptions, quote, rangeOption } from '../../src/core/options.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('given edge cases that once broke the core', () => {
  it('a long word of emoji is shortened without cutting a surrogate pair in half', () => {
    const word = 'a' + '🚀'.repeat(20);
    expect(quote(word)).not.toMatch(LONE_SURROGATE);
    const line = parseLine(word);
    expect(line.ok).toBe(false);
    if (!line.ok) expect(line.error).not.toMatch(LONE_SURROGATE);
    const opts = parseOptions({ range: rangeOption('3m'), date: dateOption() }, [word], 'sofr');
    expect(opts.ok).toBe(false);
    if (!opts.ok) expect(opts.error).not.toMatch(LONE_SURROGATE);
  });

  it('a zero-width character inside a word is removed, not turned into a space', () => {
    expect(parseLine('/so\u200Bfr range:1\u200By')).toEqual({ ok: true, value: { command: 'sofr', words: ['range:1y'] } });
    expect(parseLine('/sofr 1\u00ADy')).toEqual({ ok: true, value: { command: 'sofr', words: ['1y'] } });
  });

  it('mentions echoed back in an error cannot ping anyone', () => {
    const r = parseOptions({ range: rangeOption('3m') }, ['@everyone'], 'sofr');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).not.toContain('@everyone');
  });

  it('an amount that rounds to $1,000.0B is written in trillions', () => {
    expect(usd(999.96e9)).toBe('$1.00T');
    expect(usd(999.94e9)).toBe('$999.9B');
  });

  it('movingAverage returns window-1 values exactly', () => {
    const pts = [
      { date: '2025-10-27', value: 4.27 },
      { date: '2025-10-28', value: 4.31 },
    ];
    expect(movingAverage(pts, 1).map((p) => p.value)).toEqual([4.27, 4.31]);
  });

  it('with no observation in the previous year, ytd and the 1-year change are null, not measured from older data', () => {
    const c = changesAsOf(
      [
        { date: '2023-12-29', value: 5.4 },
        { date: '2025-03-03', value: 4.33 },
      ],
      '2025-03-03',
    );
    expect(c!.ytd).toBeNull();
    expect(c!.year).toBeNull();
    expect(c!.month).toBeNull();
    expect(c!.week).toBeNull();
  });
});
