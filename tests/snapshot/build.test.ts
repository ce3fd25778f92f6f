// scripts/build-snapshot.ts: deterministic, matches what is committed, and stops on bad input.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSnapshot, DEFAULT_RAW_DIR, SnapshotBuildError } from '../../scripts/build-snapshot.js';
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
    expect(Object.keys(first)).toHaveLength(15); // 14 series files + manifest.json
    expect(contents(b)).toEqual(first);
    expect(contents(DEFAULT_SNAPSHOT_DIR)).toEqual(first);
  });

  it('removes the file of a series that is no longer built', () => {
    const out = tempDir('stale');
    writeFileSync(join(out, 'SRF_VOLUME.json'), '{}');
    writeFileSync(join(out, 'README.txt'), 'kept');
    buildSnapshot(DEFAULT_RAW_DIR, out);
    expect(readdirSync(out)).not.toContain('SRF_VOLUME.json');
    expect(readdirSync(out)).toContain('README.txt');
  });

  it('stops when the two DFF files disagree on a shared day', () => {
    const raw = rawWith('DFF__HuseynliGulara_prediction-markets-fed-policy-forecasting.csv', (t) => replaceOnce(t, '2022-01-03,0.08', '2022-01-03,0.09'));
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/DFF: the two files disagree on 2022-01-03/);
  });

  it('stops when the WRESBAL billions and millions files disagree', () => {
    const raw = rawWith('WRESBAL_millions__Alexiszcv_SOFR3.csv', (t) => replaceOnce(t, '2021-06-23,3808042', '2021-06-23,3809042'));
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/WRESBAL billions vs millions: the two files disagree on 2021-06-23/);
  });

  it('stops when a DTS opening balance is not the previous close', () => {
    const raw = rawWith('DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv', (t) =>
      replaceOnce(t, '2022-04-19,Treasury General Account (TGA) Opening Balance,841253', '2022-04-19,Treasury General Account (TGA) Opening Balance,841254'),
    );
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/next-day rule/);
  });

  it('stops when a file is not in the units SOURCES.md documents (WTREGEN in billions)', () => {
    const raw = rawWith('WTREGEN__lihaidong43_fed-liquity-monitor.csv', (t) =>
      t.replace(/^(\d{4}-\d{2}-\d{2}),(\d+(?:\.\d+)?)$/gm, (_, d: string, v: string) => `${d},${Number(v) / 1000}`),
    );
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(SnapshotBuildError);
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/WTREGEN.*look like ×1000000000 dollars/);
  });

  it('stops when the target range bounds are not 25 bp apart (a swapped or mislabeled file)', () => {
    const raw = rawWith('DFEDTARL__heretate_fed-nlp-analysis.csv', (t) => replaceOnce(t, '2019-09-19,1.75', '2019-09-19,2.00'));
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/target range on 2019-09-19 is 2-2, not 25 bp wide/);
  });

  it('stops when a 7-day target range file has a gap', () => {
    const raw = rawWith('DFEDTARU__ryujonghyeok-student_TraderJohns.csv', (t) => replaceOnce(t, '2019-09-19,2.00\n', ''));
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/DFEDTARU: 7-day series has a gap 2019-09-18 -> 2019-09-20/);
  });

  it('stops when the DTS download lacks a column it needs', () => {
    const raw = rawWith('DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv', (t) => replaceOnce(t, 'Opening Balance Today', 'Opening Bal Today'));
    expect(() => buildSnapshot(raw, tempDir('out'))).toThrow(/no "Opening Balance Today" column/);
  });
});
