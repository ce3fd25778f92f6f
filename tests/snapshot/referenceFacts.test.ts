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

describe('§5.4 latest points in the saved data', () => {
  const latest: Fact[] = [
    ['FED_ASSETS', '2026-07-29', 6_738_190e6],
    ['RRP_VOLUME', '2026-07-31', 2.151e9],
    ['SOFR', '2026-07-30', 3.65],
    ['DGS10', '2026-07-30', 4.68],
    ['EFFR', '2026-08-06', 3.63],
    ['IORB', '2026-06-23', 3.65],
    ['TGA', '2026-06-23', 925_876e6],
    ['RESERVES', '2026-06-17', 3_033_444e6],
  ];
  it.each(latest)('%s ends on %s at %d', async (id, date, expected) => {
    expect(await reader.newest(id)).toMatchObject({ date });
    const r = await reader.read(id, { start: date, end: '2099-12-31' });
    expect(r.series?.points).toEqual([{ date, value: expected }]);
  });

  it('the older series end where their files end', async () => {
    expect((await reader.newest('TREASURIES'))?.date).toBe('2020-12-23');
    expect((await reader.newest('RRP_RATE'))?.date).toBe('2023-12-01');
    expect((await reader.newest('TGA_WEEKLY'))?.date).toBe('2025-11-19');
    expect((await reader.newest('GDP'))?.date).toBe('2025-07-01');
    expect(await valueOn(reader, 'GDP', '2025-07-01')).toBe(31_095.089e9);
  });
});
