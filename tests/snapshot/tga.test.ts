// The DTS TGA closing balance before 2022-04-18 is derived: close(D) = opening balance on the next
// record date (scripts/build-snapshot.ts, tgaFromDts). These values were checked by hand against
// ../shared/data/raw/DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv.
import { describe, expect, it } from 'vitest';
import { tgaFromDts } from '../../scripts/build-snapshot.js';
import type { DtsRow } from '../../src/sources/tgaRows.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { valueOn, weekday } from './helpers.js';

const reader = createSnapshotReader();

describe('TGA before 2022-04-18, from the next record date', () => {
  it('2021-11-03 closes at the 2021-11-04 opening balance', async () => {
    // Raw lines (Treasury General Account era):
    //   2021-11-03,Treasury General Account (TGA),311302,278023,215160,I,Operating Cash Balance,Type of account,1,2022,1,2021,4,11,03
    //   2021-11-04,Treasury General Account (TGA),286959,278023,215160,I,Operating Cash Balance,Type of account,1,2022,1,2021,4,11,04
    // 311,302 is the 2021-11-03 *opening* balance; its close is the next day's opening, 286,959.
    expect(await valueOn(reader, 'TGA', '2021-11-03')).toBe(286_959e6);
  });

  it('2021-07-02 (a Friday before the July 5 holiday) closes at the 2021-07-06 opening balance', async () => {
    // Raw lines (Federal Reserve Account era; no record on 2021-07-05):
    //   2021-07-02,Federal Reserve Account,784035,851929,1781679,I,Operating Cash Balance,Type of account,1,2021,4,2021,3,07,02
    //   2021-07-06,Federal Reserve Account,757682,851929,1781679,I,Operating Cash Balance,Type of account,1,2021,4,2021,3,07,06
    expect(await valueOn(reader, 'TGA', '2021-07-02')).toBe(757_682e6);
    const r = await reader.read('TGA', { start: '2021-07-03', end: '2021-07-05' });
    expect(r.series?.points).toEqual([]);
  });

  it('the era boundaries chain correctly', async () => {
    // 2021-10-01,Treasury General Account (TGA),215160,215160,215160,...   -> close of 2021-09-30
    expect(await valueOn(reader, 'TGA', '2021-09-30')).toBe(215_160e6);
    // 2022-04-18,Treasury General Account (TGA) Opening Balance,578473,... -> close of 2022-04-15
    expect(await valueOn(reader, 'TGA', '2022-04-15')).toBe(578_473e6);
    // 2022-04-18,Treasury General Account (TGA) Closing Balance,841253,...  -> printed close
    expect(await valueOn(reader, 'TGA', '2022-04-18')).toBe(841_253e6);
  });

  it('TGA has one point per DTS record date and none on weekends', async () => {
    const pts = (await reader.read('TGA', { start: '1900-01-01', end: '2099-12-31' })).series!.points;
    expect(pts.filter((p) => weekday(p.date) === 0 || weekday(p.date) === 6)).toEqual([]);
    expect(pts.length).toBe(1252);
  });

  it('daily closes, carried over weekends and holidays, reproduce FRED WTREGEN week averages (Thu–Wed) to the $1M rounding', async () => {
    // An independent check of the derived (pre-2022) and printed (post-2022) closes alike.
    const tga = (await reader.read('TGA', { start: '1900-01-01', end: '2099-12-31' })).series!.points;
    const weekly = (await reader.read('TGA_WEEKLY', { start: '2021-07-07', end: '2025-11-19' })).series!.points;
    const close = new Map(tga.map((p) => [p.date, p.value]));
    const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
    let compared = 0;
    let preEra = 0;
    for (const w of weekly) {
      const wed = Date.parse(w.date);
      let last: number | undefined;
      for (let t = wed - 16 * 864e5; t < wed - 6 * 864e5; t += 864e5) last = close.get(day(t)) ?? last;
      let sum = 0;
      for (let t = wed - 6 * 864e5; t <= wed; t += 864e5) {
        last = close.get(day(t)) ?? last;
        sum += last!;
      }
      expect(Math.abs(sum / 7 - w.value), `week ending ${w.date}`).toBeLessThanOrEqual(1e6);
      compared++;
      if (w.date < '2022-04-18') preEra++;
    }
    expect(compared).toBeGreaterThan(200);
    expect(preEra).toBeGreaterThan(35);
  });
});

describe('tgaFromDts', () => {
  const row = (record_date: string, account_type: string, open: string): DtsRow => ({ record_date, account_type, open_today_bal: open });
  const newEra = (date: string, open: string, close: string): DtsRow[] => [
    row(date, 'Treasury General Account (TGA) Opening Balance', open),
    row(date, 'Treasury General Account (TGA) Closing Balance', close),
  ];
  // 100 consecutive new-era days whose opening is the previous close, so the rule can be checked.
  const chain = (): DtsRow[] => {
    const rows: DtsRow[] = [];
    for (let i = 0; i < 101; i++) {
      const date = new Date(Date.parse('2023-01-02') + i * 864e5).toISOString().slice(0, 10);
      rows.push(...newEra(date, String(1000 + i), String(1001 + i)));
    }
    return rows;
  };

  it('derives old-era closes and keeps printed ones', () => {
    const rows = [row('2022-12-30', 'Treasury General Account (TGA)', '900'), ...chain()];
    const { points, derived, checked } = tgaFromDts(rows, 'test');
    expect(points[0]).toEqual({ date: '2022-12-30', value: 1000e6 });
    expect(points[1]).toEqual({ date: '2023-01-02', value: 1001e6 });
    expect(derived).toBe(1);
    expect(checked).toBe(100);
  });

  it('fails loudly when the next opening balance is not the previous close', () => {
    const rows = chain();
    rows[2 * 50] = row(rows[100]!.record_date, 'Treasury General Account (TGA) Opening Balance', '7');
    expect(() => tgaFromDts(rows, 'test')).toThrow(/next-day rule/);
  });

  it('refuses to rely on the rule when it could barely be checked', () => {
    expect(() => tgaFromDts(chain().slice(0, 20), 'test')).toThrow(/refusing/);
  });
});
