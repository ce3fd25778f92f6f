// Builds data/snapshot/ (the offline data set) from the raw downloads in ../shared/data/raw.
//
//   npm run build-snapshot                 # ../shared/data/raw -> data/snapshot
//   npx tsx scripts/build-snapshot.ts RAW [OUT]
//
// Every amount is written in US dollars (whole dollars), every rate in percent (4 decimals).
// The output depends only on the raw bytes: same input, same output, so a rebuild leaves git clean.
// Any disagreement between overlapping files, or a broken accounting identity, stops the build:
// a wrong number in the snapshot is worse than no snapshot.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERIES_IDS } from '../src/core/types.js';
import type { Calendar, IsoDate, Point, SeriesId, Unit } from '../src/core/types.js';
import { parseFredCsv } from '../src/sources/fredCsv.js';
import { guessDollarFactor } from '../src/sources/fredUnits.js';
import { tgaClosingBalances, type DtsRow } from '../src/sources/tgaRows.js';
import type { ManifestEntry, SnapshotManifest, SnapshotSeriesFile } from '../src/sources/snapshot.js';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RAW_DIR = resolve(SCRIPT_DIR, '../../shared/data/raw');
export const DEFAULT_OUT_DIR = resolve(SCRIPT_DIR, '../data/snapshot');

const BUILD_NOTE =
  'Built by scripts/build-snapshot.ts from ../shared/data/raw (provenance of each raw file: shared/data/SOURCES.md). ' +
  'Amounts in US dollars, rates in percent, dates are observation dates. Rebuild with `npm run build-snapshot`.';

const RAW = {
  SOFR: 'SOFR__qie2003_treasury-yield-forecast.csv',
  RRPONTSYD: 'RRPONTSYD__qie2003_treasury-yield-forecast.csv',
  RRPONTSYAWARD: 'RRPONTSYAWARD__peruvianbull_fred_parse.csv',
  DGS10: 'DGS10__qie2003_treasury-yield-forecast.csv',
  WALCL: 'WALCL__qie2003_treasury-yield-forecast.csv',
  TREAST: 'TREAST__ksn38_fin.csv',
  IORB: 'IORB__Alexiszcv_SOFR3.csv',
  GDP: 'GDP__sivamsapingali_Codex_Macro-Monitor.csv',
  DFF_OLD: 'DFF__jsu21ges_stor565-group3-project.csv',
  DFF_NEW: 'DFF__HuseynliGulara_prediction-markets-fed-policy-forecasting.csv',
  WRESBAL_BN: 'WRESBAL_billions__jsu21ges_stor565-group3-project.csv',
  WRESBAL_MN: 'WRESBAL_millions__Alexiszcv_SOFR3.csv',
  WTREGEN: 'WTREGEN__lihaidong43_fed-liquity-monitor.csv',
  DTS: 'DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv',
  DFEDTARL: 'DFEDTARL__heretate_fed-nlp-analysis.csv',
  DFEDTARU: 'DFEDTARU__ryujonghyeok-student_TraderJohns.csv',
} as const;

/** The sentence a trader reads when the snapshot has nothing for a series. */
const MISSING: Partial<Record<SeriesId, string>> = {
  SOFR_P1: "The offline snapshot has no history of SOFR's 1st percentile; live mode reads it from the NY Fed.",
  SOFR_P25: "The offline snapshot has no history of SOFR's 25th percentile; live mode reads it from the NY Fed.",
  SOFR_P75: "The offline snapshot has no history of SOFR's 75th percentile; live mode reads it from the NY Fed.",
  SOFR_P99: "The offline snapshot has no history of SOFR's 99th percentile; live mode reads it from the NY Fed.",
  SOFR_VOLUME: 'The offline snapshot has no SOFR volume history; live mode reads it from the NY Fed.',
  EFFR_VOLUME: 'The offline snapshot has no fed funds volume history; live mode reads it from the NY Fed.',
  SRF_VOLUME: 'The offline snapshot has no Standing Repo Facility usage history; live mode reads it from the NY Fed.',
};

export class SnapshotBuildError extends Error {
  override name = 'SnapshotBuildError';
}

function fail(message: string): never {
  throw new SnapshotBuildError(message);
}

type Built = {
  id: SeriesId;
  unit: Unit;
  calendar: Calendar;
  source: string; // without the "(offline snapshot)" label the reader adds
  seriesId: string;
  files: string[];
  note?: string;
  points: Point[];
};

// ---------------------------------------------------------------- reading raw files

class RawDir {
  readonly used = new Map<string, string>(); // file -> sha256
  constructor(readonly dir: string) {}

  text(file: string): string {
    let buf: Buffer;
    try {
      buf = readFileSync(join(this.dir, file));
    } catch (e) {
      fail(`cannot read raw file ${file} in ${this.dir}: ${(e as Error).message}`);
    }
    this.used.set(file, createHash('sha256').update(buf).digest('hex'));
    return buf.toString('utf8');
  }

  fred(file: string): Point[] {
    return parseFredCsv(this.text(file), file).points;
  }

  /** Dates whose row is present but empty ('' or '.'): FRED's holiday rows. */
  emptyDates(file: string): Set<IsoDate> {
    const out = new Set<IsoDate>();
    for (const line of this.text(file).replace(/^\uFEFF/, '').split(/\r?\n/).slice(1)) {
      const m = /^(\d{4}-\d{2}-\d{2}),\s*\.?\s*$/.exec(line);
      if (m) out.add(m[1]!);
    }
    return out;
  }
}

// ---------------------------------------------------------------- units

const roundUsd = (v: number): number => Math.round(v);
const roundPercent = (v: number): number => Math.round(v * 1e4) / 1e4;

function percent(points: Point[]): Point[] {
  return points.map((p) => ({ date: p.date, value: roundPercent(p.value) }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * The keyless CSVs carry no units. SOURCES.md says which unit each file is in; the magnitude of its
 * recent values must agree (guessDollarFactor), or the build stops: that is how a silent
 * billions→millions rescale (WRESBAL, WTREGEN in 2025) would be caught.
 */
function usd(points: Point[], file: string, documentedFactor: 1e6 | 1e9, typicalUsd: number): Point[] {
  const recent = points.slice(-52).map((p) => p.value).filter((v) => v !== 0);
  const guessed = guessDollarFactor(median(recent), typicalUsd);
  if (guessed !== documentedFactor) {
    fail(`${file}: values look like ×${guessed} dollars but SOURCES.md documents ×${documentedFactor}; check the download's units`);
  }
  return points.map((p) => ({ date: p.date, value: roundUsd(p.value * documentedFactor) }));
}

// ---------------------------------------------------------------- calendars

function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
const isWeekend = (date: IsoDate): boolean => weekday(date) === 0 || weekday(date) === 6;

/**
 * Merges two overlapping files of the same series. On shared dates the values must be equal
 * (within `tolerance`); `newer` wins on the overlap (they agree) and after it.
 */
function mergeAgreeing(older: Point[], newer: Point[], label: string, tolerance: number): { points: Point[]; overlap: number } {
  const newerByDate = new Map(newer.map((p) => [p.date, p.value]));
  let overlap = 0;
  for (const p of older) {
    const v = newerByDate.get(p.date);
    if (v === undefined) continue;
    overlap++;
    if (Math.abs(v - p.value) > tolerance) fail(`${label}: the two files disagree on ${p.date}: ${p.value} vs ${v}`);
  }
  if (overlap === 0) fail(`${label}: the two files do not overlap, cannot check they agree`);
  const firstNewer = newer[0]!.date;
  const points = [...older.filter((p) => p.date < firstNewer), ...newer];
  return { points, overlap };
}

// ---------------------------------------------------------------- the DTS CSV

/** Splits one CSV line, honouring double quotes (the DTS download has none today, but may). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The website CSV download of DTS Table I, parsed by its human header labels, not positions. */
function parseDtsCsv(text: string, file: string): DtsRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = csvFields(lines[0] ?? '').map((h) => h.trim());
  const col = (label: string, required: boolean): number => {
    const i = header.indexOf(label);
    if (i < 0 && required) fail(`${file}: no "${label}" column (header: ${header.join(' | ')})`);
    return i;
  };
  const iDate = col('Record Date', true);
  const iType = col('Type of Account', true);
  const iOpen = col('Opening Balance Today', true);
  const iClose = col('Closing Balance Today', false); // absent from the website download
  return lines.slice(1).map((line, n) => {
    const f = csvFields(line);
    const date = f[iDate]?.trim() ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`${file}: bad record date on line ${n + 2}: ${JSON.stringify(date)}`);
    const row: DtsRow = { record_date: date, account_type: f[iType] ?? '', open_today_bal: f[iOpen] ?? null };
    if (iClose >= 0) row.close_today_bal = f[iClose] ?? null;
    return row;
  });
}

function millions(s: string | null | undefined): number | null {
  const t = (s ?? '').trim().replace(/,/g, '');
  if (t === '' || t === 'null') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Account rows whose "Opening Balance Today" is the TGA's opening balance, in the three eras. */
const OPENING_ROWS = ['Treasury General Account (TGA) Opening Balance', 'Treasury General Account (TGA)', 'Federal Reserve Account'];

/**
 * TGA closing balance per DTS record date, in US dollars.
 *
 * From 2022-04-18 the DTS has a "Treasury General Account (TGA) Closing Balance" row and its
 * "Opening Balance Today" holds the closing balance (tgaClosingBalances, shared with live mode).
 * Before that the closing balance sits in a "Closing Balance Today" column the website CSV leaves
 * out, so only opening balances remain. But the TGA's opening balance on a record date is its
 * closing balance on the previous record date (the DTS carries it over; nothing moves between
 * statements), hence close(D) = "Opening Balance Today" of the TGA / Federal Reserve Account row on
 * the NEXT record date. This rule is checked on every consecutive pair of the post-2022 era, where
 * both numbers are printed, and the build stops if it fails even once. The newest record date of
 * the old era (2022-04-15) takes its close from the first new-era "... Opening Balance" row.
 */
export function tgaFromDts(rows: DtsRow[], file: string): { points: Point[]; derived: number; checked: number } {
  const printed = new Map(tgaClosingBalances(rows).map((p) => [p.date, p.value]));
  const opening = new Map<IsoDate, number>();
  for (const r of rows) {
    const rank = OPENING_ROWS.indexOf(r.account_type.trim());
    const v = millions(r.open_today_bal);
    if (rank < 0 || v === null) continue;
    if (opening.has(r.record_date)) fail(`${file}: two TGA opening rows on ${r.record_date}`);
    opening.set(r.record_date, v * 1e6);
  }
  const dates = [...new Set(rows.map((r) => r.record_date))].sort();
  let checked = 0;
  let derived = 0;
  const points: Point[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    const next = dates[i + 1];
    const nextOpen = next === undefined ? undefined : opening.get(next);
    const close = printed.get(date);
    if (close !== undefined) {
      if (nextOpen !== undefined) {
        checked++;
        if (nextOpen !== close) {
          fail(`${file}: TGA opening balance on ${next} (${nextOpen / 1e6}) is not the closing balance on ${date} (${close / 1e6}); the next-day rule used before 2022-04-18 does not hold`);
        }
      }
      points.push({ date, value: roundUsd(close) });
    } else if (nextOpen !== undefined) {
      derived++;
      points.push({ date, value: roundUsd(nextOpen) });
    }
    // else: newest date without a printed close: not knowable, skipped, never guessed.
  }
  if (checked < 100) fail(`${file}: only ${checked} record dates could check the next-day rule; refusing to rely on it`);
  return { points, derived, checked };
}

// ---------------------------------------------------------------- the target range

/** Every 7-day file: one row per calendar day, no gap (FRED's DFEDTARL/U have no empty rows). */
function checkNoGap(points: Point[], label: string): void {
  for (let i = 1; i < points.length; i++) {
    const gap = (Date.parse(points[i]!.date) - Date.parse(points[i - 1]!.date)) / 864e5;
    if (gap !== 1) fail(`${label}: 7-day series has a gap ${points[i - 1]!.date} -> ${points[i]!.date}`);
  }
}

/**
 * The lower and upper bound files come from different downloads; where they overlap they must form
 * the FOMC's range, 25 bp wide since December 2008. A swapped or mislabeled file stops the build.
 */
function checkTargetRange(low: Point[], high: Point[]): number {
  checkNoGap(low, 'DFEDTARL');
  checkNoGap(high, 'DFEDTARU');
  const highOn = new Map(high.map((p) => [p.date, p.value]));
  let checked = 0;
  for (const p of low) {
    const h = highOn.get(p.date);
    if (h === undefined) continue;
    checked++;
    if (Math.abs(h - p.value - 0.25) > 1e-9) fail(`DFEDTARL/DFEDTARU: the target range on ${p.date} is ${p.value}-${h}, not 25 bp wide`);
  }
  if (checked === 0) fail('DFEDTARL/DFEDTARU: the two files do not overlap, cannot check they agree');
  return checked;
}

// ---------------------------------------------------------------- the series

function buildAll(raw: RawDir, log: (s: string) => void): Built[] {
  const out: Built[] = [];
  const fred = (
    id: SeriesId,
    file: string,
    fredId: string,
    unit: Unit,
    calendar: Calendar,
    scale?: { factor: 1e6 | 1e9; typicalUsd: number },
  ): void => {
    const pts = raw.fred(file);
    out.push({
      id,
      unit,
      calendar,
      source: `FRED ${fredId}`,
      seriesId: fredId,
      files: [file],
      points: scale ? usd(pts, file, scale.factor, scale.typicalUsd) : percent(pts),
    });
  };

  fred('SOFR', RAW.SOFR, 'SOFR', 'percent', 'business');
  fred('RRP_VOLUME', RAW.RRPONTSYD, 'RRPONTSYD', 'usd', 'business', { factor: 1e9, typicalUsd: 5e10 });
  fred('RRP_RATE', RAW.RRPONTSYAWARD, 'RRPONTSYAWARD', 'percent', 'business');
  fred('DGS10', RAW.DGS10, 'DGS10', 'percent', 'business');
  fred('FED_ASSETS', RAW.WALCL, 'WALCL', 'usd', 'weekly', { factor: 1e6, typicalUsd: 7e12 });
  fred('TREASURIES', RAW.TREAST, 'TREAST', 'usd', 'weekly', { factor: 1e6, typicalUsd: 4e12 });
  fred('IORB', RAW.IORB, 'IORB', 'percent', 'daily');
  fred('GDP', RAW.GDP, 'GDP', 'usd', 'quarterly', { factor: 1e9, typicalUsd: 3e13 });
  fred('TGA_WEEKLY', RAW.WTREGEN, 'WTREGEN', 'usd', 'weekly', { factor: 1e6, typicalUsd: 8e11 });
  // The FOMC target range: FRED's 7-day series, so weekends and holidays carry the range in force.
  // The two downloads cover different spans (lower bound 2017-07 .. 2022-07, upper 2008-12 .. 2024-05).
  fred('TARGET_LOW', RAW.DFEDTARL, 'DFEDTARL', 'percent', 'daily');
  fred('TARGET_HIGH', RAW.DFEDTARU, 'DFEDTARU', 'percent', 'daily');
  {
    const low = out.find((b) => b.id === 'TARGET_LOW')!;
    const high = out.find((b) => b.id === 'TARGET_HIGH')!;
    const checked = checkTargetRange(low.points, high.points);
    log(`TARGET_LOW/HIGH: DFEDTARL and DFEDTARU are a 25 bp range on all ${checked} shared days`);
    const span = (b: Built) => `${b.points[0]!.date} .. ${b.points.at(-1)!.date}`;
    low.note = `FOMC target range, lower bound, FRED's 7-day series. The only download covers ${span(low)}; it is 25 bp below DFEDTARU on all ${checked} shared days.`;
    high.note = `FOMC target range, upper bound, FRED's 7-day series (${span(high)}); 25 bp above DFEDTARL on all ${checked} shared days.`;
  }

  // EFFR: FRED DFF is 7-day (weekends and holidays repeat the previous value). Keep weekdays and
  // drop the bond-market holidays: the SOFR file's empty rows; before SOFR starts (2018-04-03),
  // DGS10's empty rows, which mark the same holidays where both exist (plus, on three Good Fridays,
  // SOFR-only closures). After SOFR's last row the remaining weekdays are kept.
  {
    const { points: dff, overlap } = mergeAgreeing(raw.fred(RAW.DFF_OLD), raw.fred(RAW.DFF_NEW), 'DFF', 0);
    const sofrHolidays = raw.emptyDates(RAW.SOFR);
    const sofrFirst = raw.fred(RAW.SOFR)[0]!.date;
    const dgsHolidays = raw.emptyDates(RAW.DGS10);
    for (let i = 1; i < dff.length; i++) {
      const gap = (Date.parse(dff[i]!.date) - Date.parse(dff[i - 1]!.date)) / 864e5;
      if (gap !== 1) fail(`DFF: merged 7-day series has a gap ${dff[i - 1]!.date} -> ${dff[i]!.date}`);
    }
    const isHoliday = (d: IsoDate): boolean => (d < sofrFirst ? dgsHolidays.has(d) : sofrHolidays.has(d));
    log(`EFFR: DFF files agree on ${overlap} overlapping days`);
    out.push({
      id: 'EFFR',
      unit: 'percent',
      calendar: 'business',
      source: 'FRED DFF (fed funds effective rate, business days)',
      seriesId: 'DFF',
      files: [RAW.DFF_OLD, RAW.DFF_NEW],
      note: `FRED DFF, the 7-day effective fed funds rate, kept on business days only: weekends dropped, and holidays taken from the empty rows of ${RAW.SOFR} (before ${sofrFirst}: ${RAW.DGS10}). The two DFF files agree on all ${overlap} overlapping days.`,
      points: percent(dff.filter((p) => !isWeekend(p.date) && !isHoliday(p.date))),
    });
  }

  // RESERVES: FRED rescaled WRESBAL's whole history from billions to millions in 2025; the older
  // download is in billions, the newer in millions. Both must say the same dollars where they overlap.
  {
    const bn = usd(raw.fred(RAW.WRESBAL_BN), RAW.WRESBAL_BN, 1e9, 3e12);
    const mn = usd(raw.fred(RAW.WRESBAL_MN), RAW.WRESBAL_MN, 1e6, 3e12);
    const { points, overlap } = mergeAgreeing(bn, mn, 'WRESBAL billions vs millions', 0.5e6);
    log(`RESERVES: WRESBAL billions and millions files agree (×1000) on ${overlap} overlapping weeks`);
    out.push({
      id: 'RESERVES',
      unit: 'usd',
      calendar: 'weekly',
      source: 'FRED WRESBAL',
      seriesId: 'WRESBAL',
      files: [RAW.WRESBAL_BN, RAW.WRESBAL_MN],
      note: `Week average of reserve balances. The billions file (to ${bn.at(-1)!.date}) and the millions file (from ${mn[0]!.date}) agree on all ${overlap} overlapping weeks.`,
      points,
    });
  }

  // TGA: the Daily Treasury Statement's closing balance (see tgaFromDts for the pre-2022 rule).
  {
    const rows = parseDtsCsv(raw.text(RAW.DTS), RAW.DTS);
    const { points, derived, checked } = tgaFromDts(rows, RAW.DTS);
    const dollars = usd(points.map((p) => ({ date: p.date, value: p.value / 1e6 })), RAW.DTS, 1e6, 8e11);
    log(`TGA: ${points.length} record dates, ${derived} closes taken from the next record's opening balance (rule checked on ${checked} dates)`);
    out.push({
      id: 'TGA',
      unit: 'usd',
      calendar: 'business',
      source: 'U.S. Treasury DTS',
      seriesId: 'operating_cash_balance',
      files: [RAW.DTS],
      note: `TGA closing balance per DTS record date. Before 2022-04-18 the download has no closing column, so each close is the next record date's opening balance (a rule that held on all ${checked} record dates where both are printed).`,
      points: dollars,
    });
  }
  return out;
}

// ---------------------------------------------------------------- checks and output

function checkSeries(b: Built): void {
  if (b.points.length === 0) fail(`${b.id}: no points`);
  for (let i = 0; i < b.points.length; i++) {
    const p = b.points[i]!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.date)) fail(`${b.id}: bad date ${p.date}`);
    if (!Number.isFinite(p.value)) fail(`${b.id}: non-finite value on ${p.date}`);
    if (i > 0 && !(b.points[i - 1]!.date < p.date)) fail(`${b.id}: dates not strictly ascending at ${p.date}`);
    if (b.unit === 'percent' && (p.value < -5 || p.value > 25)) fail(`${b.id}: ${p.value}% on ${p.date} is not a plausible rate`);
    if (b.unit === 'usd' && (p.value < 0 || p.value > 1e15)) fail(`${b.id}: $${p.value} on ${p.date} is not a plausible amount`);
    if (b.calendar === 'business' && isWeekend(p.date)) fail(`${b.id}: weekend date ${p.date} in a business-day series`);
    if (b.calendar === 'weekly' && weekday(p.date) !== 3) fail(`${b.id}: ${p.date} is not a Wednesday`);
  }
}

/** One point per line: readable diffs, and bytes that depend only on the data. */
function seriesJson(f: SnapshotSeriesFile): string {
  const head = JSON.stringify({ id: f.id, unit: f.unit, calendar: f.calendar, provenance: f.provenance }, null, 2);
  const points = f.points.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  return `${head.slice(0, -2)},\n  "points": [\n${points}\n  ]\n}\n`;
}

export type BuildResult = { files: string[]; manifest: SnapshotManifest };

/** Builds the snapshot from `rawDir` into `outDir`. Throws SnapshotBuildError on any inconsistency. */
export function buildSnapshot(rawDir: string, outDir: string, log: (s: string) => void = () => {}): BuildResult {
  const raw = new RawDir(rawDir);
  const built = new Map(buildAll(raw, log).map((b) => [b.id, b]));
  const outputs = new Map<string, string>();
  const series: Record<string, ManifestEntry> = {};
  for (const id of SERIES_IDS) {
    const b = built.get(id);
    if (!b) {
      const missing = MISSING[id] ?? fail(`${id}: neither built nor given a missing sentence`);
      series[id] = { missing };
      continue;
    }
    checkSeries(b);
    const file = `${id}.json`;
    const provenance = { source: b.source, seriesId: b.seriesId, file: b.files.join(' + ') };
    outputs.set(
      file,
      seriesJson({ id, unit: b.unit, calendar: b.calendar, provenance, points: b.points.map((p) => [p.date, p.value] as [string, number]) }),
    );
    series[id] = {
      file,
      first: b.points[0]!.date,
      last: b.points.at(-1)!.date,
      count: b.points.length,
      unit: b.unit,
      calendar: b.calendar,
      provenance,
      ...(b.note ? { note: b.note } : {}),
    };
  }
  const rawFiles = Object.fromEntries([...raw.used.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, h]) => [f, `sha256:${h}`]));
  const manifest: SnapshotManifest = { note: BUILD_NOTE, series, rawFiles };
  outputs.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

  mkdirSync(outDir, { recursive: true });
  // Stale series files (a series that became missing) must not linger.
  for (const f of readdirSync(outDir)) if (f.endsWith('.json') && !outputs.has(f)) rmSync(join(outDir, f));
  for (const [f, text] of outputs) writeFileSync(join(outDir, f), text);
  return { files: [...outputs.keys()].sort(), manifest };
}

function main(): void {
  const rawDir = resolve(process.argv[2] ?? DEFAULT_RAW_DIR);
  const outDir = resolve(process.argv[3] ?? DEFAULT_OUT_DIR);
  const { manifest } = buildSnapshot(rawDir, outDir, (s) => console.log(s));
  for (const [id, e] of Object.entries(manifest.series)) {
    console.log('missing' in e ? `${id.padEnd(12)} missing` : `${id.padEnd(12)} ${e.first} .. ${e.last}  ${String(e.count).padStart(6)} points  ${e.unit}`);
  }
  console.log(`wrote ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof SnapshotBuildError ? `build-snapshot failed: ${e.message}` : e);
    process.exit(1);
  }
}
