// scripts/build-snapshot.ts: deterministic, matches what is committed, and stops on bad input.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSnapshot, DEFAULT_RAW_DIR, fixturesBeside, mergeVintages, revisionLine, SnapshotBuildError } from '../../scripts/build-snapshot.js';

const FIXTURES = fixturesBeside(DEFAULT_RAW_DIR);
import { DEFAULT_SNAPSHOT_DIR } from '../../src/sources/snapshot.js';

const temps: string[] = [];
function tempDir(tag: string): string {
  const d = mkdtempSync(join(tmpdir(), `snapshot-${tag}-`));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** A writable copy of the raw directory with one file's text changed. */
function rawWith(file: string, change: (text: string) => string): string {
  const dir = tempDir('raw');
  for (const f of readdirSync(DEFAULT_RAW_DIR)) {
    const text = readFileSync(join(DEFAULT_RAW_DIR, f), 'utf8');
    writeFileSync(join(dir, f), f === file ? change(text) : text);
  }
  return dir;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `fixture line ${from}`).toBe(true);
  return text.replace(from, to);
}

describe('build-snapshot', () => {
  it('building twice yields identical bytes, and the same bytes as the committed snapshot', () => {
    const a = tempDir('a');
    const b = tempDir('b');
    buildSnapshot(DEFAULT_RAW_DIR, a);
    buildSnapshot(DEFAULT_RAW_DIR, b);
    const first = contents(a);
    expect(Object.keys(first)).toHaveLength(24); // 23 series files + manifest.json
    expect(contents(b)).toEqual(first);
    expect(contents(DEFAULT_SNAPSHOT_DIR)).toEqual(first);
  });

  it('removes the file of a series that is no longer built', () => {
    const out = tempDir('stale');
    writeFileSync(join(out, 'RETIRED_SERIES.json'), '{}');
    writeFileSync(join(out, 'README.txt'), 'kept');
    buildSnapshot(DEFAULT_RAW_DIR, out);
    expect(readdirSync(out)).not.toContain('RETIRED_SERIES.json');
    expect(readdirSync(out)).toContain('README.txt');
  });

  it('prints the revisions it applies: the newer vintage wins (GDP 2025Q3), and exercise days are explained', () => {
    const lines: string[] = [];
    const { revisions } = buildSnapshot(DEFAULT_RAW_DIR, tempDir('rev'), (l) => lines.push(l));
    expect(revisions.map((r) => `${r.id} ${r.date}`)).toEqual(['RRP_VOLUME 2023-10-17', 'RRP_VOLUME 2024-05-08', 'RRP_VOLUME 2026-05-13', 'GDP 2025-07-01']);
    const gdp = revisions.find((r) => r.id === 'GDP')!;
    expect([gdp.from, gdp.to, gdp.toFile]).toEqual([31_095_089_000_000, 31_098_027_000_000, 'GDP__opxie1_usd.csv']);
    expect(lines).toContain(`  revised ${revisionLine(gdp)}`);
    expect(lines).toContain('revisions applied (newer vintage wins): 4');
    for (const r of revisions.filter((x) => x.id === 'RRP_VOLUME')) expect(r.why).toMatch(/small-value exercise RP \d{6} 99/);
  });

  it('a changed value in a newer download is a revision, not an error (WRESBAL millions file, 2021-06-23)', () => {
    const raw = rawWith('WRESBAL_millions__Alexiszcv_SOFR3.csv', (t) => replaceOnce(t, '2021-06-23,3808042', '2021-06-23,3809042'));
    const { revisions } = buildSnapshot(raw, tempDir('out'), undefined, FIXTURES);
    // billions file -> edited millions file -> ALFRED 2026-09-12 vintage, which restores the published value.
    expect(revisions.filter((r) => r.id === 'RESERVES').map((r) => [r.date, r.to])).toEqual([
      ['2021-06-23', 3_809_042_000_000],
      ['2021-06-23', 3_808_042_000_000],
    ]);
  });

  it('stops when FRED EFFR and DFF disagree on a business day', () => {
    const raw = rawWith('DFF__HuseynliGulara_prediction-markets-fed-policy-forecasting.csv', (t) => replaceOnce(t, '2022-01-03,0.08', '2022-01-03,0.09'));
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/EFFR: FRED EFFR 0.08 and DFF 0.09 differ on 2022-01-03/);
  });

  it('stops when two inputs of one vintage disagree, or one input holds a date twice', () => {
    const a = { file: 'a.csv', vintage: '2026-01-01', points: [{ date: '2025-01-02', value: 1 }] };
    const b = { file: 'b.csv', vintage: '2026-01-01', points: [{ date: '2025-01-02', value: 2 }] };
    expect(() => mergeVintages('X', [a, b])).toThrow(/a.csv and b.csv, both of vintage 2026-01-01, disagree on 2025-01-02: 1 vs 2/);
    expect(() => mergeVintages('X', [{ ...a, points: [...a.points, { date: '2025-01-02', value: 3 }] }])).toThrow(/a.csv holds 2025-01-02 twice/);
    expect(mergeVintages('X', [{ ...b, vintage: '2026-02-01' }, a]).points).toEqual([{ date: '2025-01-02', value: 2 }]);
  });

  it('stops when a DTS opening balance is not the previous close', () => {
    const raw = rawWith('DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv', (t) =>
      replaceOnce(t, '2022-04-19,Treasury General Account (TGA) Opening Balance,841253', '2022-04-19,Treasury General Account (TGA) Opening Balance,841254'),
    );
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/next-day rule/);
  });

  it('stops when a file is not in the units SOURCES.md documents (WTREGEN in billions)', () => {
    const raw = rawWith('WTREGEN__lihaidong43_fed-liquity-monitor.csv', (t) =>
      t.replace(/^(\d{4}-\d{2}-\d{2}),(\d+(?:\.\d+)?)$/gm, (_, d: string, v: string) => `${d},${Number(v) / 1000}`),
    );
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(SnapshotBuildError);
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/WTREGEN.*look like ×1000000000 dollars/);
  });

  it('stops when the target range bounds are not 25 bp apart (a swapped or mislabeled file)', () => {
    const raw = rawWith('DFEDTARL__jonsflow_risk-model.csv', (t) => replaceOnce(t, '2019-09-19,1.75', '2019-09-19,2.0'));
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/target range on 2019-09-19 is 2-2, not 25 bp wide/);
  });

  it('stops when a 7-day target range has a gap', () => {
    const raw = rawWith('DFEDTARU__jonsflow_risk-model.csv', (t) => replaceOnce(t, '2008-12-17,0.25\n', ''));
    rmSync(join(raw, 'DFEDTARU__ryujonghyeok-student_TraderJohns.csv'));
    writeFileSync(join(raw, 'DFEDTARU__ryujonghyeok-student_TraderJohns.csv'), 'DATE,DFEDTARU\n2024-01-01,5.50\n');
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/DFEDTARU: 7-day series has a gap 2008-12-16 -> 2008-12-18/);
  });

  it('stops when the DTS download lacks a column it needs', () => {
    const raw = rawWith('DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv', (t) => replaceOnce(t, 'Opening Balance Today', 'Opening Bal Today'));
    expect(() => buildSnapshot(raw, tempDir('out'), undefined, FIXTURES)).toThrow(/no "Opening Balance Today" column/);
  });
});
