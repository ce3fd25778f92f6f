// /ask's dates and ranges on their own, Chinese forms included (today: Mon 2026-11-23).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ask/dates.js';

const TODAY = '2026-11-23';

describe('extract', () => {
  it('2025年11月14日 is that day, not the year 2025 (once read as 2025-12-31)', () => {
    const x = extract('2025年11月14日 sofr', TODAY);
    expect(x.date).toMatchObject({ dates: ['2025-11-14'], since: false, invalid: false });
    expect(x.date?.yearOnly).toBeUndefined();
  });
  it('11月14日 is the latest 14 November not after today, marked as a guessed year', () => {
    expect(extract('11月14日', TODAY).date).toMatchObject({ dates: ['2026-11-14'], yearGuessed: true });
    expect(extract('12月24日', TODAY).date).toMatchObject({ dates: ['2025-12-24'], yearGuessed: true });
  });
  it('去年9月 is the last day of September last year; 自2025年9月 starts on its first', () => {
    expect(extract('去年9月', TODAY).date?.dates).toEqual(['2025-09-30']);
    expect(extract('自2025年9月以來', TODAY).date).toMatchObject({ dates: ['2025-09-01'], since: true });
  });
  it('2019年 is a year; 近一年, 過去18個月 and 今年以來 are ranges', () => {
    expect(extract('2019年', TODAY).date).toMatchObject({ yearOnly: 2019 });
    expect(extract('近一年', TODAY).range).toBe('1y');
    expect(extract('過去18個月', TODAY).range).toBe('2y');
    expect(extract('今年以來', TODAY).range).toBe('1y');
  });
  it('10年期 is the Treasury yield, not a range', () => {
    const x = extract('10年期', TODAY);
    expect(x.yields).toBe(true);
    expect(x.range).toBeNull();
  });
  it('an impossible Chinese date is refused, not moved', () => {
    expect(extract('2025年2月30日', TODAY).invalid).toBe(true);
  });
});
