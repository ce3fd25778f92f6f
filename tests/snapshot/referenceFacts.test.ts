// data-sources.md §5: the reference facts, read back through the snapshot reader exactly as a
// command would see them (US dollars, percent).
import { describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/core/types.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { valueOn } from './helpers.js';

const reader = createSnapshotReader();

type Fact = [SeriesId, string, number];

describe('§5.1 September 2019 repo spike', () => {
  const facts: Fact[] = [
    ['SOFR', '2019-09-13', 2.2],
    ['SOFR', '2019-09-16', 2.43],
    ['SOFR', '2019-09-17', 5.25],
    ['SOFR', '2019-09-18', 2.55],
    ['SOFR', '2019-09-19', 1.95],
    ['EFFR', '2019-09-13', 2.14],
    ['EFFR', '2019-09-16', 2.25],
    ['EFFR', '2019-09-17', 2.3],
    ['EFFR', '2019-09-18', 2.25],
    ['EFFR', '2019-09-19', 1.9],
    ['RRP_VOLUME', '2019-09-13', 2.675e9],
    ['RRP_VOLUME', '2019-09-16', 2.202e9],
    ['RRP_VOLUME', '2019-09-17', 1.825e9],
    ['RRP_VOLUME', '2019-09-18', 18.91e9],
    ['RRP_VOLUME', '2019-09-19', 5.004e9],
    ['FED_ASSETS', '2019-09-11', 3_769_673e6],
    ['FED_ASSETS', '2019-09-18', 3_844_695e6],
    ['FED_ASSETS', '2019-09-25', 3_857_715e6],
    ['RESERVES', '2019-09-11', 1_456.796e9],
    ['RESERVES', '2019-09-18', 1_394.122e9],
    ['RESERVES', '2019-09-25', 1_400.171e9],
    ['TGA_WEEKLY', '2019-09-11', 185_342e6],
    ['TGA_WEEKLY', '2019-09-18', 250_226e6],
    ['TGA_WEEKLY', '2019-09-25', 314_189e6],
  ];
  it.each(facts)('%s on %s is %d', async (id, date, expected) => {
    expect(await valueOn(reader, id, date)).toBe(expected);
  });
});

describe('§5.2 late October / November 2025', () => {
  const facts: Fact[] = [
    ['SOFR', '2025-10-27', 4.27],
    ['SOFR', '2025-10-28', 4.31],
    ['SOFR', '2025-10-29', 4.27],
    ['SOFR', '2025-10-30', 4.04],
    ['SOFR', '2025-10-31', 4.22],
    ['SOFR', '2025-11-03', 4.13],
    ['SOFR', '2025-11-07', 3.93],
    ['EFFR', '2025-10-28', 4.12],
    ['EFFR', '2025-10-30', 3.87],
    ['EFFR', '2025-10-31', 3.86],
    ['EFFR', '2025-11-05', 3.87],
    ['IORB', '2025-10-29', 4.15],
    ['IORB', '2025-10-30', 3.9],
    ['IORB', '2025-11-07', 3.9],
    ['RRP_VOLUME', '2025-10-27', 10.642e9],
    ['RRP_VOLUME', '2025-10-29', 19.504e9],
    ['RRP_VOLUME', '2025-10-31', 51.802e9],
    ['RRP_VOLUME', '2025-11-07', 4.903e9],
    ['TGA', '2025-10-29', 983_859e6],
    ['TGA', '2025-10-30', 1_000_632e6],
    ['TGA', '2025-10-31', 926_328e6],
    ['TGA', '2025-11-03', 924_957e6],
    ['TGA', '2025-11-04', 939_584e6],
    ['TGA', '2025-11-05', 942_700e6],
    ['FED_ASSETS', '2025-10-29', 6_587_034e6],
    ['FED_ASSETS', '2025-11-05', 6_572_732e6],
    ['FED_ASSETS', '2025-12-31', 6_640_618e6],
    ['RESERVES', '2025-10-22', 2_933_037e6],
    ['RESERVES', '2025-10-29', 2_848_021e6],
    ['RESERVES', '2025-11-26', 2_896_586e6],
    ['TGA_WEEKLY', '2025-10-29', 957_990e6],
    ['TGA_WEEKLY', '2025-11-19', 941_926e6],
    ['RRP_VOLUME', '2025-12-31', 105.993e9],
    ['IORB', '2025-12-11', 3.65],
    ['EFFR', '2025-12-11', 3.64],
  ];
  it.each(facts)('%s on %s is %d', async (id, date, expected) => {
    expect(await valueOn(reader, id, date)).toBe(expected);
  });

  it('the week of 2025-10-29 holds one reserves point, the week average stamped that Wednesday', async () => {
    const r = await reader.read('RESERVES', { start: '2025-10-23', end: '2025-10-29' });
    expect(r.series?.points).toEqual([{ date: '2025-10-29', value: 2_848_021e6 }]);
  });

  it('net liquidity on 2025-10-29 is the §2.6 example: WALCL − WTREGEN − ON RRP ≈ $5.61T', async () => {
    const net =
      (await valueOn(reader, 'FED_ASSETS', '2025-10-29')) -
      (await valueOn(reader, 'TGA_WEEKLY', '2025-10-29')) -
      (await valueOn(reader, 'RRP_VOLUME', '2025-10-29'));
    expect(net).toBe(5_609_540e6);
  });
});

describe('FOMC target range (FRED DFEDTARL / DFEDTARU)', () => {
  const facts: Fact[] = [
    // The 2019-09-18 cut took effect on 2019-09-19: 2.00-2.25 -> 1.75-2.00.
    ['TARGET_LOW', '2019-09-17', 2],
    ['TARGET_HIGH', '2019-09-17', 2.25],
    ['TARGET_LOW', '2019-09-18', 2],
    ['TARGET_HIGH', '2019-09-18', 2.25],
    ['TARGET_LOW', '2019-09-19', 1.75],
    ['TARGET_HIGH', '2019-09-19', 2],
    // §8: 5.25-5.50 from 2023-07-27; the upper bound file ends on 2024-05-14.
    ['TARGET_HIGH', '2023-07-27', 5.5],
    ['TARGET_HIGH', '2024-05-14', 5.5],
    ['TARGET_LOW', '2022-07-19', 1.5],
  ];
  it.each(facts)('%s on %s is %d', async (id, date, expected) => {
    expect(await valueOn(reader, id, date)).toBe(expected);
  });

  it('each bound ends where its file ends', async () => {
    expect(await reader.newest('TARGET_HIGH')).toEqual({ date: '2026-06-05', source: 'FRED DFEDTARU (offline snapshot)' });
    expect(await reader.newest('TARGET_LOW')).toEqual({ date: '2026-06-05', source: 'FRED DFEDTARL (offline snapshot)' });
  });

  it('§5.1: EFFR sat inside the range in the September 2019 spike week, except the 2019-09-17 print above it', async () => {
    for (const [date, inside] of [['2019-09-16', true], ['2019-09-17', false], ['2019-09-18', true], ['2019-09-19', true]] as const) {
      const effr = await valueOn(reader, 'EFFR', date);
      const low = await valueOn(reader, 'TARGET_LOW', date);
      const high = await valueOn(reader, 'TARGET_HIGH', date);
      expect(effr >= low && effr <= high, date).toBe(inside);
    }
  });

  it('§8: every upper bound since 2022-03-17 is the table\'s (decision day + 1), through the file\'s end', async () => {
    const table: [string, number][] = [
      ['2022-03-17', 0.5], ['2022-05-05', 1], ['2022-06-16', 1.75], ['2022-07-28', 2.5], ['2022-09-22', 3.25],
      ['2022-11-03', 4], ['2022-12-15', 4.5], ['2023-02-02', 4.75], ['2023-03-23', 5], ['2023-05-04', 5.25], ['2023-07-27', 5.5],
      ['2024-09-19', 5], ['2024-11-08', 4.75], ['2024-12-19', 4.5], ['2025-09-18', 4.25], ['2025-10-30', 4], ['2025-12-11', 3.75],
    ];
    const pts = (await reader.read('TARGET_HIGH', { start: '2022-03-17', end: '2099-12-31' })).series!.points;
    expect(pts.length).toBeGreaterThan(700);
    for (const p of pts) {
      const inForce = table.filter(([from]) => from <= p.date).at(-1)![1];
      expect(p.value, p.date).toBe(inForce);
    }
  });
});

describe('§5.4 latest points in the saved data', () => {
  const latest: Fact[] = [
    ['FED_ASSETS', '2026-07-29', 6_738_190e6],
    ['RRP_VOLUME', '2026-09-30', 11.539e9], // NY Fed operation results (2026 search)
    ['SOFR', '2026-10-08', 3.87], // NY Fed SOFR file
    ['SOFR_P1', '2026-10-08', 3.83],
    ['SOFR_P99', '2026-10-08', 3.95],
    ['SOFR_VOLUME', '2026-10-08', 2963e9],
    ['DGS10', '2026-07-30', 4.68],
    ['EFFR', '2026-09-10', 3.63], // FRED DFF (shadowapp copy) after FRED EFFR ends on 2026-06-04
    ['IORB', '2026-09-08', 3.65],
    ['TGA', '2026-06-23', 925_876e6],
    ['RESERVES', '2026-09-09', 2_991_310e6], // ALFRED WRESBAL, vintage 2026-09-12
    ['TGA_WEEKLY', '2026-09-09', 883_335e6], // ALFRED WTREGEN, vintage 2026-09-12
    ['RRP_RATE', '2026-09-30', 3.75],
  ];
  it.each(latest)('%s ends on %s at %d', async (id, date, expected) => {
    expect(await reader.newest(id)).toMatchObject({ date });
    const r = await reader.read(id, { start: date, end: '2099-12-31' });
    expect(r.series?.points).toEqual([{ date, value: expected }]);
  });

  it('SRF usage ends with the 2026 search (2026-09-30, $1.2B): a window past it shows that last day, like any series that ends', async () => {
    expect(await reader.newest('SRF_VOLUME')).toMatchObject({ date: '2026-09-30' });
    expect(await valueOn(reader, 'SRF_VOLUME', '2026-09-30')).toBe(1.2e9);
    const past = await reader.read('SRF_VOLUME', { start: '2026-09-30', end: '2026-10-08' });
    expect(past.missing).toBeUndefined();
    expect(past.series?.points).toEqual([{ date: '2026-09-30', value: 1.2e9 }]);
  });

  it('the older series end where their files end', async () => {
    expect((await reader.newest('TREASURIES'))?.date).toBe('2026-06-17');
    expect((await reader.newest('EFFR_VOLUME'))?.date).toBe('2023-10-04');
    expect((await reader.newest('GDP'))?.date).toBe('2026-01-01');
    // Two vintages disagree on 2025Q3: the later BEA vintage (opxie1, 2026-06-25) wins.
    expect(await valueOn(reader, 'GDP', '2025-07-01')).toBe(31_098.027e9);
  });
});
