// src/core/format.ts: numbers and dates the way ../shared/style.md writes them.
import { describe, expect, it } from 'vitest';
import { bp, bpDelta, pct, scaleFor, usd, usdChange } from '../../src/core/format.js';
import { etTime, monthDay, shortDate } from '../../src/core/messages/en/words.js';

describe('pct', () => {
  it.each([
    [4.22, '4.22%'],
    [3.9, '3.90%'],
    [5.25, '5.25%'],
    [0, '0.00%'],
    [0.05, '0.05%'],
  ] as const)('given %s then %s', (v, want) => {
    expect(pct(v)).toBe(want);
  });
});

describe('bp and bpDelta', () => {
  it.each([
    [18, '+18 bp'],
    [-3, '-3 bp'],
    [0, '0 bp'],
    [-0.4, '0 bp'], // rounds to zero: no sign, no "-0"
    [0.4, '0 bp'],
    [22.49, '+22 bp'],
    [-150, '-150 bp'],
  ] as const)('given %s then %s', (v, want) => {
    expect(bp(v)).toBe(want);
  });

  it('given a difference of two percent rates then bpDelta is a whole signed number of bp', () => {
    expect(bpDelta(4.22 - 4.04)).toBe('+18 bp'); // 0.17999999999999972 in floating point
    expect(bpDelta(3.9 - 4.15)).toBe('-25 bp');
    expect(bpDelta(4.27 - 4.27)).toBe('0 bp');
  });
});

describe('usd and scaleFor', () => {
  it.each([
    [926.328e9, '$926.3B'],
    [2.848021e12, '$2.85T'],
    [51.802e9, '$51.8B'],
    [6_587_034e6, '$6.59T'],
    [5_609_540e6, '$5.61T'],
    [1e12, '$1.00T'],
    [0, '$0.0B'],
    [-19.504e9, '-$19.5B'],
    [-2.848021e12, '-$2.85T'],
  ] as const)('given %s USD then %s', (v, want) => {
    expect(usd(v)).toBe(want);
  });

  it('given a forced scale then the amount is written in it', () => {
    expect(usd(51.802e9, 'T')).toBe('$0.05T');
    expect(usd(2.848021e12, 'B')).toBe('$2848.0B');
  });

  it('given amounts either side of $1T then scaleFor picks billions below and trillions from $1T', () => {
    expect(scaleFor(999e9)).toBe('B');
    expect(scaleFor(1e12)).toBe('T');
    expect(scaleFor(-1.2e12)).toBe('T');
  });
});

describe('usdChange', () => {
  it.each([
    [16.7e9, '+$16.7B'],
    [-16.7e9, '-$16.7B'],
    [-74.6e9, '-$74.6B'],
    [0, '±$0.0B'],
    [0.04e9, '±$0.0B'], // rounds to zero: no false sign
    [-0.04e9, '±$0.0B'],
    [-14.302e9, '-$14.3B'],
  ] as const)('given %s USD then %s', (v, want) => {
    expect(usdChange(v)).toBe(want);
  });

  it('given a trillion scale then the change is in trillions with its sign', () => {
    expect(usdChange(-0.12e12, 'T')).toBe('-$0.12T');
    expect(usdChange(0.004e12, 'T')).toBe('±$0.00T');
  });

  it('given a change of a trillion or more then the default is still billions (style.md allows it)', () => {
    expect(usdChange(1.5e12)).toBe('+$1500.0B');
  });
});

describe('shortDate, monthDay and etTime', () => {
  it('given a date in the current year then the year is left out', () => {
    expect(shortDate('2025-10-31', 2025)).toBe('Fri Oct 31');
    expect(shortDate('2025-01-01', 2025)).toBe('Wed Jan 1');
  });

  it('given a date in another year, or no current year, then the year is written', () => {
    expect(shortDate('2019-09-17', 2025)).toBe('Tue Sep 17, 2019');
    expect(shortDate('2025-10-31')).toBe('Fri Oct 31, 2025');
    expect(shortDate('2026-07-04', 2025)).toBe('Sat Jul 4, 2026');
  });

  it('given a date then monthDay is the month and day', () => {
    expect(monthDay('2025-10-31')).toBe('Oct 31');
    expect(monthDay('2026-02-03')).toBe('Feb 3');
  });

  it.each([
    ['2025-10-30', 16 * 60 + 30, 'Thu Oct 30 4:30 pm ET'],
    ['2025-11-03', 8 * 60, 'Mon Nov 3 8:00 am ET'],
    ['2025-11-03', 0, 'Mon Nov 3 12:00 am ET'],
    ['2025-11-03', 12 * 60 + 5, 'Mon Nov 3 12:05 pm ET'],
    ['2025-11-03', 13 * 60 + 45, 'Mon Nov 3 1:45 pm ET'],
  ] as const)('given %s and %i minutes then etTime is %s', (d, m, want) => {
    expect(etTime(d, m)).toBe(want);
  });
});
