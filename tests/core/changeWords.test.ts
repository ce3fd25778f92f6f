// Rate changes and QT regimes are identifiers (RateChange, QtPhase) the catalogs word: the English
// words rebuilt from them say exactly what each table row's developer note says, and the Chinese
// catalogs word every one of them without a Latin word beyond the kept codes.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/messages/en.js';
import { qtWords, rateChangeWords } from '../../src/core/messages/en/words.js';
import { zhHans } from '../../src/core/messages/zh-Hans.js';
import { zhHant } from '../../src/core/messages/zh-Hant.js';
import { QT_REGIMES } from '../../src/core/qt.js';
import { ADMINISTERED_RATES } from '../../src/core/rates.js';

const table = ADMINISTERED_RATES.filter((r) => r.change.what !== 'fromOperations');

describe('rate changes and QT regimes as identifiers', () => {
  it('the English words of every dated rate change are its row note', () => {
    for (const r of table) expect(rateChangeWords(r.change), r.effective).toBe(r.note);
  });

  it('the English words of every QT regime are its row note', () => {
    for (const r of QT_REGIMES) expect(qtWords(r), r.from).toBe(r.note);
  });

  it('chart markers keep the move only', () => {
    const byDate = (d: string) => ADMINISTERED_RATES.find((r) => r.effective === d)!.change;
    expect(en.charts.rateEvent(byDate('2019-09-19'))).toBe('cut to 1.75-2.00');
    expect(en.charts.rateEvent(byDate('2020-03-16'))).toBe('Emergency cut to 0.00-0.25');
    expect(en.charts.rateEvent(byDate('2024-12-19'))).toBe('cut to 4.25-4.50');
    expect(zhHant.charts.rateEvent(byDate('2020-03-16'))).toBe('緊急降息至 0.00-0.25');
    expect(zhHans.charts.rateEvent(byDate('2022-03-17'))).toBe('升息至 0.25-0.50');
    expect(en.charts.qtEvent(QT_REGIMES.find((r) => r.from === '2025-04-01')!)).toBe('QT slowed again');
    expect(zhHant.charts.qtEvent(QT_REGIMES.find((r) => r.from === '2025-04-01')!)).toBe('QT 再度放緩');
  });

  it('Chinese words every change and regime with no Latin word but codes and numbers', () => {
    for (const m of [zhHant, zhHans]) {
      const text = [...ADMINISTERED_RATES.map((r) => m.common.policyAsOf(r.change)), ...QT_REGIMES.map((r) => m.balance.regime(r))].join('\n');
      const words = text.match(/[A-Za-z]+/g) ?? [];
      expect(new Set(words)).toEqual(new Set(['FOMC', 'IOER', 'IORB', 'ON', 'RRP', 'SRF', 'QT', 'MBS']));
      expect(m.balance.regime(QT_REGIMES.find((r) => r.from === '2025-04-01')!)).toMatch(/50(億|亿)美元/);
    }
  });
});
