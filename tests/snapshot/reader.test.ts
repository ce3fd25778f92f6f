// The snapshot reader: windows, missing series, provenance, laziness, independence from the cwd.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../src/core/messages/en.js';
import { SERIES_IDS } from '../../src/core/types.js';
import { createSnapshotReader, DEFAULT_SNAPSHOT_DIR, manifestSchema } from '../../src/sources/snapshot.js';
import { weekday } from './helpers.js';

const reader = createSnapshotReader();
const temps: string[] = [];
function copyOfSnapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-reader-'));
  temps.push(dir);
  cpSync(DEFAULT_SNAPSHOT_DIR, dir, { recursive: true });
  return dir;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('windows', () => {
  it('includes both ends', async () => {
    const r = await reader.read('SOFR', { start: '2019-09-13', end: '2019-09-17' });
    expect(r.series?.points.map((p) => p.date)).toEqual(['2019-09-13', '2019-09-16', '2019-09-17']);
  });

  it('starting and ending between observations keeps only what lies inside', async () => {
    const r = await reader.read('FED_ASSETS', { start: '2019-09-12', end: '2019-09-24' });
    expect(r.series?.points.map((p) => p.date)).toEqual(['2019-09-18']);
  });

  it('a window with no observations gives the series with no points, not missing', async () => {
    for (const window of [
      { start: '2019-09-14', end: '2019-09-15' }, // a weekend
      { start: '1900-01-01', end: '1900-12-31' }, // before the data
      { start: '2099-01-01', end: '2099-12-31' }, // after it
      { start: '2019-09-18', end: '2019-09-16' }, // start after end
    ]) {
      const r = await reader.read('SOFR', window);
      expect(r.missing).toBeUndefined();
      expect(r.series?.id).toBe('SOFR');
      expect(r.series?.points).toEqual([]);
    }
  });

  it('a wide window returns the whole series, ascending with unique dates', async () => {
    const r = await reader.read('TGA', { start: '1900-01-01', end: '2099-12-31' });
    const dates = r.series!.points.map((p) => p.date);
    expect(dates.length).toBe(1252);
    expect(dates[0]).toBe('2021-06-24');
    expect(dates.every((d, i) => i === 0 || dates[i - 1]! < d)).toBe(true);
  });

  it('a caller changing its answer does not change the next one', async () => {
    const first = await reader.read('SOFR', { start: '2019-09-17', end: '2019-09-17' });
    first.series!.points.length = 0;
    expect(() => {
      (first.series!.provenance as { source: string }).source = 'tampered';
    }).not.toThrow();
    const again = await reader.read('SOFR', { start: '2019-09-17', end: '2019-09-17' });
    expect(again.series?.points).toEqual([{ date: '2019-09-17', value: 5.25 }]);
    expect(again.series?.provenance.source).toBe('NY Fed SOFR (offline snapshot)');
  });
});

describe('missing series', () => {
  it('the manifest lists every series id, each with a file: nothing is missing any more', () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(DEFAULT_SNAPSHOT_DIR, 'manifest.json'), 'utf8')));
    expect(Object.keys(manifest.series)).toEqual([...SERIES_IDS]);
    expect(Object.entries(manifest.series).filter(([, e]) => 'missing' in e).map(([id]) => id)).toEqual([]);
  });

  it('SRF usage has holes: a day no file covers (2025) answers missing, saying what is covered; covered days answer', async () => {
    for (const id of ['SRF_VOLUME', 'SRF_AM', 'SRF_PM'] as const) {
      const r = await reader.read(id, { start: '2025-08-01', end: '2025-10-31' });
      expect(r.series).toBeNull();
      expect(r.missing).toEqual({ reason: 'snapshotHole', series: id, date: '2025-10-31', coveredUpTo: '2024-12-31', coveredFrom: '2026-01-01' });
      expect(en.common.missing(r.missing!, 2026)).toMatch(/^The offline snapshot has no SRF usage.* for 2025-10-31: none of the files it was built from covers that day \(they cover it up to 2024-12-31, and again from 2026-01-01\)\. Live mode reads it from the NY Fed\.$/);
    }
    const feb = await reader.read('SRF_VOLUME', { start: '2026-02-17', end: '2026-02-17' });
    expect(feb.series?.points).toEqual([{ date: '2026-02-17', value: 30.5e9 }]);
    expect(feb.series?.provenance.source).toBe('NY Fed repo operations (offline snapshot)');
    // A covered day with no usage is a zero, not a hole.
    expect((await reader.read('SRF_VOLUME', { start: '2026-02-18', end: '2026-02-18' })).series?.points).toEqual([{ date: '2026-02-18', value: 4e6 }]);
  });
});

const NOT_SOFR_DAYS = ['2018-12-05', '2019-04-19', '2020-04-10', '2020-07-03', '2021-04-02', '2021-12-24', '2022-04-15', '2023-04-07', '2024-03-29', '2025-04-18', '2026-04-03'];

describe('provenance and calendars', () => {
  it('source strings say where the number is from and that it is the offline snapshot', async () => {
    expect(await reader.newest('SOFR')).toEqual({ date: '2026-10-08', source: 'NY Fed SOFR (offline snapshot)' });
    expect(await reader.newest('TGA')).toEqual({ date: '2026-06-23', source: 'U.S. Treasury DTS (offline snapshot)' });
    const effr = await reader.read('EFFR', { start: '2025-10-31', end: '2025-10-31' });
    expect(effr.series?.provenance).toMatchObject({ seriesId: 'EFFR', source: expect.stringMatching(/^FRED EFFR \(NY Fed\); FRED DFF after 2026-06-04 \(offline snapshot\)$/) });
    const reserves = await reader.read('RESERVES', { start: '2025-10-29', end: '2025-10-29' });
    expect(reserves.series?.provenance.file).toBe('WRESBAL_billions__jsu21ges_stor565-group3-project.csv + WRESBAL_millions__Alexiszcv_SOFR3.csv + fixtures/fred/alfred_WRESBAL_vintage-2026-09-12.csv');
    expect(reader.mode).toBe('snapshot');
  });

  it('units and calendars are the ones the bot expects', async () => {
    const expected: Record<string, [string, string]> = {
      SOFR: ['percent', 'business'],
      EFFR: ['percent', 'business'],
      RRP_VOLUME: ['usd', 'business'],
      RRP_RATE: ['percent', 'business'],
      TGA: ['usd', 'business'],
      TGA_WEEKLY: ['usd', 'weekly'],
      RESERVES: ['usd', 'weekly'],
      FED_ASSETS: ['usd', 'weekly'],
      TREASURIES: ['usd', 'weekly'],
      IORB: ['percent', 'daily'],
      TARGET_LOW: ['percent', 'daily'],
      TARGET_HIGH: ['percent', 'daily'],
      DGS10: ['percent', 'business'],
      GDP: ['usd', 'quarterly'],
    };
    for (const [id, [unit, calendar]] of Object.entries(expected)) {
      const r = await reader.read(id as never, { start: '2020-01-01', end: '2020-01-01' });
      expect([r.series?.unit, r.series?.calendar], id).toEqual([unit, calendar]);
    }
  });

  it('EFFR (FRED EFFR, then DFF on business days) has no weekend rows and no bond-market holidays', async () => {
    const all = (await reader.read('EFFR', { start: '1900-01-01', end: '2099-12-31' })).series!.points;
    expect(all.length).toBe(6575);
    expect(all.filter((p) => weekday(p.date) === 6)).toEqual([]);
    expect(all.filter((p) => weekday(p.date) === 0)).toEqual([]);
    const dates = new Set(all.map((p) => p.date));
    for (const holiday of ['2019-12-25', '2025-07-04', '2025-11-27', '2016-12-26', '2017-07-04']) expect(dates.has(holiday), holiday).toBe(false);
    // Every date EFFR keeps after 2018-04-03 is a date with a SOFR fixing (same bond-market calendar).
    const sofr = new Set((await reader.read('SOFR', { start: '1900-01-01', end: '2099-12-31' })).series!.points.map((p) => p.date));
    const notSofr = all.filter((p) => p.date >= '2018-04-03' && p.date <= '2026-10-08' && !sofr.has(p.date));
    // Days the fed funds market traded but the bond market (and SOFR) was closed: Good Fridays, the
    // 2018-12-05 national day of mourning, and two Fridays before Independence Day / Christmas holidays.
    expect(notSofr.map((p) => p.date)).toEqual(NOT_SOFR_DAYS);
  });

  it('the target range stays 7-day: a weekend carries the range in force, from FRED DFEDTARL/U', async () => {
    const w = { start: '2019-09-21', end: '2019-09-22' }; // Saturday, Sunday
    const low = await reader.read('TARGET_LOW', w);
    const high = await reader.read('TARGET_HIGH', w);
    expect(low.series?.points.map((p) => p.value)).toEqual([1.75, 1.75]);
    expect(high.series?.points.map((p) => p.value)).toEqual([2, 2]);
    expect(low.series?.provenance).toMatchObject({ source: 'FRED DFEDTARL (offline snapshot)', seriesId: 'DFEDTARL', file: 'DFEDTARL__heretate_fed-nlp-analysis.csv + DFEDTARL__jonsflow_risk-model.csv' });
    expect(high.series?.provenance).toMatchObject({ source: 'FRED DFEDTARU (offline snapshot)', seriesId: 'DFEDTARU', file: 'DFEDTARU__ryujonghyeok-student_TraderJohns.csv + DFEDTARU__Noahmizhen_Noahs-Project.csv + DFEDTARU__jonsflow_risk-model.csv' });
  });

  it('IORB stays 7-day: weekends carry the Friday rate', async () => {
    const r = await reader.read('IORB', { start: '2025-11-01', end: '2025-11-02' });
    expect(r.series?.points).toEqual([
      { date: '2025-11-01', value: 3.9 },
      { date: '2025-11-02', value: 3.9 },
    ]);
  });
});

describe('loading', () => {
  it('works from any working directory', async () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      const r = await createSnapshotReader().read('SOFR', { start: '2025-10-31', end: '2025-10-31' });
      expect(r.series?.points).toEqual([{ date: '2025-10-31', value: 4.22 }]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads a series file once, keeps it, and reads nothing it is not asked for', async () => {
    const dir = copyOfSnapshot();
    writeFileSync(join(dir, 'DGS10.json'), 'not json'); // never asked for: must not matter
    const r = createSnapshotReader(dir);
    expect((await r.read('SOFR', { start: '2019-09-17', end: '2019-09-17' })).series?.points[0]?.value).toBe(5.25);
    rmSync(join(dir, 'SOFR.json'));
    expect((await r.read('SOFR', { start: '2025-10-31', end: '2025-10-31' })).series?.points[0]?.value).toBe(4.22);
    await expect(r.read('DGS10', { start: '2020-01-01', end: '2020-01-31' })).rejects.toThrow();
  });

  it('a malformed series file is a loud error, not an empty answer', async () => {
    const dir = copyOfSnapshot();
    const file = JSON.parse(readFileSync(join(dir, 'SOFR.json'), 'utf8'));
    file.points[1][1] = 'five';
    writeFileSync(join(dir, 'SOFR.json'), JSON.stringify(file));
    await expect(createSnapshotReader(dir).read('SOFR', { start: '2019-09-17', end: '2019-09-17' })).rejects.toThrow();
  });
});
