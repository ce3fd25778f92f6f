// Builds data/snapshot/ (the offline data set) from the raw downloads in ../shared/data/raw and the
// recorded NY Fed responses and ALFRED vintages in ../shared/fixtures.
//
//   npm run build-snapshot                 # ../shared/data/raw -> data/snapshot
//   npx tsx scripts/build-snapshot.ts RAW [OUT] [FIXTURES]   # FIXTURES defaults to RAW/../../fixtures
//
// Every amount is written in US dollars (whole dollars), every rate in percent (4 decimals).
// The output depends only on the raw bytes: same input, same output, so a rebuild leaves git clean.
// Where files of different vintages overlap, the newer wins and the build prints each revision; a
// disagreement inside one vintage, or a broken accounting identity, stops the build: a wrong number
// in the snapshot is worse than no snapshot.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERIES_IDS } from '../src/core/types.js';
import type { Calendar, IsoDate, Point, SeriesId, Unit } from '../src/core/types.js';
import { parseFredCsv } from '../src/sources/fredCsv.js';
import { guessDollarFactor } from '../src/sources/fredUnits.js';
import { parseReferenceRates, parseRepoOperations, readRepoOperations } from '../src/sources/nyfedParse.js';
import { tgaClosingBalances, type DtsRow } from '../src/sources/tgaRows.js';
import type { ManifestEntry, SnapshotManifest, SnapshotSeriesFile } from '../src/sources/snapshot.js';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RAW_DIR = resolve(SCRIPT_DIR, '../../shared/data/raw');
export const DEFAULT_OUT_DIR = resolve(SCRIPT_DIR, '../data/snapshot');

const BUILD_NOTE =
  'Built by scripts/build-snapshot.ts from ../shared/data/raw and ../shared/fixtures (provenance of each file: shared/data/SOURCES.md, shared/fixtures/SOURCES.md). ' +
  'Amounts in US dollars, rates in percent, dates are observation dates. Rebuild with `npm run build-snapshot`.';

/**
 * Every input file with its vintage: the date its download was made, so that where two files
 * overlap the newer one wins (a revision, printed) and two files of one vintage must agree.
 * Vintage = the recording date or commit date given in SOURCES.md; where SOURCES.md gives none
 * ("not recorded", transcribed with read_file), the file's last observation date, a lower bound:
 * a download holding data to D was made on or after D.
 */
const RAW = {
  SOFR: { file: 'SOFR__qie2003_treasury-yield-forecast.csv', vintage: '2026-08-02' },
  SOFR_2026: { file: 'SOFR__shadowapp-pixel_hud-rate-observatory.csv', vintage: '2026-09-11' }, // last observation
  RRPONTSYD: { file: 'RRPONTSYD__qie2003_treasury-yield-forecast.csv', vintage: '2026-08-02' },
  RRPONTSYAWARD: { file: 'RRPONTSYAWARD__peruvianbull_fred_parse.csv', vintage: '2023-12-01' },
  DGS10: { file: 'DGS10__qie2003_treasury-yield-forecast.csv', vintage: '2026-08-02' },
  WALCL: { file: 'WALCL__qie2003_treasury-yield-forecast.csv', vintage: '2026-08-02' },
  TREAST_OLD: { file: 'TREAST__ksn38_fin.csv', vintage: '2020-12-31' },
  TREAST: { file: 'TREAST__opxie1_usd.csv', vintage: '2026-06-25' },
  IORB_OLD: { file: 'IORB__Alexiszcv_SOFR3.csv', vintage: '2026-06-28' },
  IORB: { file: 'IORB__sphynxkatt0-arch_cot-report.csv', vintage: '2026-09-08' }, // last observation
  GDP_OLD: { file: 'GDP__sivamsapingali_Codex_Macro-Monitor.csv', vintage: '2026-01-02' },
  GDP: { file: 'GDP__opxie1_usd.csv', vintage: '2026-06-25' },
  DFF_OLD: { file: 'DFF__jsu21ges_stor565-group3-project.csv', vintage: '2025-04-27' },
  DFF_NEW: { file: 'DFF__HuseynliGulara_prediction-markets-fed-policy-forecasting.csv', vintage: '2026-08-09' },
  DFF_2026: { file: 'DFF__shadowapp-pixel_hud-rate-observatory.csv', vintage: '2026-09-10' }, // last observation
  EFFR_OLD: { file: 'EFFR__CarecaRS_TCC_USP.csv', vintage: '2025-03-31' },
  EFFR: { file: 'EFFR__jonsflow_risk-model.csv', vintage: '2026-06-05' },
  EFFRVOL: { file: 'EFFRVOL__appliedecon_Time-Series-and-Forecasting.csv', vintage: '2024-01-24' },
  WRESBAL_BN: { file: 'WRESBAL_billions__jsu21ges_stor565-group3-project.csv', vintage: '2025-04-27' },
  WRESBAL_MN: { file: 'WRESBAL_millions__Alexiszcv_SOFR3.csv', vintage: '2026-06-28' },
  WTREGEN: { file: 'WTREGEN__lihaidong43_fed-liquity-monitor.csv', vintage: '2025-11-23' },
  DTS: { file: 'DTS_OpCashBal_20210624_20260623__Alexiszcv_SOFR3.csv', vintage: '2026-06-28' },
  DFEDTARL_OLD: { file: 'DFEDTARL__heretate_fed-nlp-analysis.csv', vintage: '2022-07-20' },
  DFEDTARL: { file: 'DFEDTARL__jonsflow_risk-model.csv', vintage: '2026-06-05' },
  DFEDTARU_OLD: { file: 'DFEDTARU__ryujonghyeok-student_TraderJohns.csv', vintage: '2024-05-15' },
  DFEDTARU_MID: { file: 'DFEDTARU__Noahmizhen_Noahs-Project.csv', vintage: '2025-06-30' },
  DFEDTARU: { file: 'DFEDTARU__jonsflow_risk-model.csv', vintage: '2026-06-05' },
} as const satisfies Record<string, RawSource>;

/** Recorded API responses and ALFRED vintages in ../shared/fixtures (provenance: fixtures/SOURCES.md). */
const FIXTURES = {
  SOFR_RATE: { file: 'nyfed/rates_secured_sofr_search_2018-04-03_2026-10-09_rate.json', vintage: '2026-10-09' },
  SOFR_VOLUME: { file: 'nyfed/rates_secured_sofr_search_2018-04-03_2026-10-09_volume.json', vintage: '2026-10-09' },
  WRESBAL: { file: 'fred/alfred_WRESBAL_vintage-2026-09-12.csv', vintage: '2026-09-12' },
  WTREGEN: { file: 'fred/alfred_WTREGEN_vintage-2026-09-12.csv', vintage: '2026-09-12' },
} as const satisfies Record<string, RawSource>;

/** Year searches recorded 2026-10-02; the one-day responses have no recording date (their day is the bound). */
const RP_RECORDED = '2026-10-02';

type RawSource = { file: string; vintage: IsoDate };

/** The sentence a trader reads when the snapshot has nothing for a series. */
const MISSING: Partial<Record<SeriesId, string>> = {};

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
  /** Calendar spans the inputs cover, for a series with holes (SRF usage): a date outside them is unknown, not zero. */
  coverage?: [IsoDate, IsoDate][];
};

// ---------------------------------------------------------------- reading raw files

class RawDir {
  readonly used = new Map<string, string>(); // file -> sha256
  constructor(
    readonly dir: string,
    readonly fixturesDir: string,
  ) {}

  private read(path: string, key: string): string {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      fail(`cannot read input file ${key} (${path}): ${(e as Error).message}`);
    }
    this.used.set(key, createHash('sha256').update(buf).digest('hex'));
    return buf.toString('utf8');
  }

  text(file: string): string {
    return this.read(join(this.dir, file), file);
  }

  /** A recorded response or ALFRED vintage under ../shared/fixtures. */
  fixture(file: string): string {
    return this.read(join(this.fixturesDir, file), `fixtures/${file}`);
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

/** One input of a series: one file's points, in the snapshot's units, with the vintage of its download. */
export type VintageInput = { file: string; vintage: IsoDate; points: Point[] };

/** A value replaced by a newer vintage's value for the same date. */
export type Revision = { id: string; date: IsoDate; from: number; fromFile: string; to: number; toFile: string; toVintage: IsoDate; why?: string };

/**
 * Merges the inputs of one series: on a date several inputs hold, the newest vintage wins and a
 * different older value is a revision (returned, and printed by the build; `explain` may give the
 * reason, such as a different definition). Two inputs of the same vintage that disagree, or one
 * input holding a date twice, stop the build: one download cannot say two things.
 */
export function mergeVintages(
  id: string,
  inputs: VintageInput[],
  explain: (date: IsoDate, older: number, newer: number) => string | undefined = () => undefined,
): { points: Point[]; revisions: Revision[] } {
  const ordered = [...inputs].sort((a, b) => (a.vintage < b.vintage ? -1 : a.vintage > b.vintage ? 1 : a.file < b.file ? -1 : 1));
  const held = new Map<IsoDate, { value: number; file: string; vintage: IsoDate }>();
  const revisions: Revision[] = [];
  for (const input of ordered) {
    const seen = new Set<IsoDate>();
    for (const p of input.points) {
      if (seen.has(p.date)) fail(`${id}: ${input.file} holds ${p.date} twice`);
      seen.add(p.date);
      const before = held.get(p.date);
      if (before && before.value !== p.value) {
        if (before.vintage === input.vintage) {
          fail(`${id}: ${before.file} and ${input.file}, both of vintage ${input.vintage}, disagree on ${p.date}: ${before.value} vs ${p.value}`);
        }
        const why = explain(p.date, before.value, p.value);
        revisions.push({ id, date: p.date, from: before.value, fromFile: before.file, to: p.value, toFile: input.file, toVintage: input.vintage, ...(why ? { why } : {}) });
      }
      held.set(p.date, { value: p.value, file: input.file, vintage: input.vintage });
    }
  }
  const points = [...held].map(([date, h]) => ({ date, value: h.value })).sort((a, b) => (a.date < b.date ? -1 : 1));
  return { points, revisions: revisions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
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

/** The request window of a recorded rp search, from its file name: what the file covers, days without operations included. */
function rpWindow(file: string): [IsoDate, IsoDate] {
  const m = /rp_results_search_(\d{4}-\d{2}-\d{2})(?:_(\d{4}-\d{2}-\d{2}))?\.json$/.exec(file);
  if (!m) fail(`${file}: not an rp results search file name`);
  return [m[1]!, m[2] ?? m[1]!];
}

/** Joins touching or overlapping [from, to] spans (calendar days). */
function joinSpans(spans: [IsoDate, IsoDate][]): [IsoDate, IsoDate][] {
  const out: [IsoDate, IsoDate][] = [];
  for (const [a, b] of [...spans].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const last = out[out.length - 1];
    if (last && Date.parse(a) - Date.parse(last[1]) <= 864e5) {
      if (b > last[1]) last[1] = b;
    } else out.push([a, b]);
  }
  return out;
}

const billions = (v: number) => `${(v / 1e9).toFixed(3)}B`;

function buildAll(raw: RawDir, log: (s: string) => void, revisions: Revision[]): Built[] {
  const out: Built[] = [];
  const input = (src: RawSource, points: Point[]): VintageInput => ({ file: src.file, vintage: src.vintage, points });
  const fredPct = (src: RawSource): VintageInput => input(src, percent(raw.fred(src.file)));
  const fredUsd = (src: RawSource, factor: 1e6 | 1e9, typicalUsd: number, text?: string): VintageInput =>
    input(src, usd(text === undefined ? raw.fred(src.file) : parseFredCsv(text, src.file).points, src.file, factor, typicalUsd));
  const merged = (id: string, inputs: VintageInput[], explain?: Parameters<typeof mergeVintages>[2]): Point[] => {
    const r = mergeVintages(id, inputs, explain);
    revisions.push(...r.revisions);
    return r.points;
  };
  const span = (pts: Point[]) => `${pts[0]!.date} .. ${pts.at(-1)!.date}`;
  const vintageNote = (inputs: VintageInput[]) =>
    `Inputs (vintage): ${inputs.map((i) => `${i.file} (${i.vintage})`).join('; ')}. Where they overlap the newest vintage wins.`;
  const push = (b: Omit<Built, 'files'> & { inputs: VintageInput[] }) => {
    const { inputs, ...rest } = b;
    out.push({ ...rest, files: inputs.map((i) => i.file), note: [rest.note, vintageNote(inputs)].filter(Boolean).join(' ') });
  };

  // ---- SOFR, its percentiles and volume: the NY Fed's own history (to 2026-10-08); FRED copies agree.
  const sofrRateIn = { ...FIXTURES.SOFR_RATE, file: `fixtures/${FIXTURES.SOFR_RATE.file}` };
  const sofrJson = parseReferenceRates(JSON.parse(raw.fixture(FIXTURES.SOFR_RATE.file)), 'SOFR', 'NY Fed SOFR file', ['SOFR', 'SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99']).points;
  const sofrVolJson = parseReferenceRates(JSON.parse(raw.fixture(FIXTURES.SOFR_VOLUME.file)), 'SOFR', 'NY Fed SOFR volume file', ['SOFR_VOLUME']).points;
  {
    const inputs = [fredPct(RAW.SOFR), fredPct(RAW.SOFR_2026), input(sofrRateIn, percent(sofrJson.SOFR!))];
    push({ id: 'SOFR', unit: 'percent', calendar: 'business', source: 'NY Fed SOFR', seriesId: 'SOFR', inputs, points: merged('SOFR', inputs) });
    const pctNames: [SeriesId, string][] = [['SOFR_P1', '1st'], ['SOFR_P25', '25th'], ['SOFR_P75', '75th'], ['SOFR_P99', '99th']];
    for (const [id, nth] of pctNames) {
      const ins = [input(sofrRateIn, percent(sofrJson[id]!))];
      push({
        id, unit: 'percent', calendar: 'business', source: 'NY Fed SOFR', seriesId: `SOFR ${nth} percentile`, inputs: ins, points: merged(id, ins),
        note: `The ${nth} percentile of the day's SOFR transactions. Not published ("NA", footnoted) on 2019-05-31 and 2021-08-05.`,
      });
    }
    const volIn = [input({ ...FIXTURES.SOFR_VOLUME, file: `fixtures/${FIXTURES.SOFR_VOLUME.file}` }, sofrVolJson.SOFR_VOLUME!.map((p) => ({ date: p.date, value: roundUsd(p.value) })))];
    push({ id: 'SOFR_VOLUME', unit: 'usd', calendar: 'business', source: 'NY Fed SOFR', seriesId: 'SOFR volume', inputs: volIn, points: merged('SOFR_VOLUME', volIn), note: 'Volume of the transactions underlying SOFR (the API gives billions).' });
  }
  const sofrDays = new Set(sofrJson.SOFR!.map((p) => p.date));
  const sofrFirst = sofrJson.SOFR![0]!.date;
  const sofrLast = sofrJson.SOFR!.at(-1)!.date;

  // ---- Repo operations: ON RRP take-up and rate, SRF usage (AM + PM), from every recorded rp search.
  const rpFiles = readdirSync(join(raw.fixturesDir, 'nyfed')).filter((f) => /^rp_results_search_.*\.json$/.test(f)).sort();
  const rpInputs: Record<'RRP_VOLUME' | 'RRP_RATE' | 'SRF_VOLUME' | 'SRF_AM' | 'SRF_PM', VintageInput[]> = { RRP_VOLUME: [], RRP_RATE: [], SRF_VOLUME: [], SRF_AM: [], SRF_PM: [] };
  const exercises = new Map<IsoDate, { id: string; treasury: number }>();
  const covered: [IsoDate, IsoDate][] = [];
  for (const f of rpFiles) {
    const json: unknown = JSON.parse(raw.fixture(`nyfed/${f}`));
    const window = rpWindow(f);
    covered.push(window);
    const vintage = window[0] === window[1] ? window[1] : RP_RECORDED;
    const pts = parseRepoOperations(json, `fixtures/nyfed/${f}`);
    for (const id of Object.keys(rpInputs) as (keyof typeof rpInputs)[]) {
      const p = pts[id] ?? [];
      rpInputs[id].push({ file: `fixtures/nyfed/${f}`, vintage, points: id === 'RRP_RATE' ? percent(p) : p.map((x) => ({ date: x.date, value: roundUsd(x.value) })) });
    }
    for (const op of readRepoOperations(json)) if (op.role === 'exercise' && op.kind === 'reverseRepo' && op.treasuryAmount > 0) exercises.set(op.date, { id: op.id, treasury: op.treasuryAmount });
  }
  const coverage = joinSpans(covered);
  log(`repo operations: ${rpFiles.length} recorded rp searches cover ${coverage.map(([a, b]) => (a === b ? a : `${a}..${b}`)).join(', ')}`);
  {
    const inputs = [fredUsd(RAW.RRPONTSYD, 1e9, 5e10), ...rpInputs.RRP_VOLUME];
    // FRED's RRPONTSYD counts a Treasury small-value exercise; the NY Fed operations (and live mode) do not.
    const explain = (d: IsoDate, older: number, newer: number) => {
      const ex = exercises.get(d);
      return ex && older - newer === ex.treasury ? `not a revision: FRED counts the small-value exercise ${ex.id} (${billions(ex.treasury)}), the NY Fed operations leave it out` : undefined;
    };
    push({
      id: 'RRP_VOLUME', unit: 'usd', calendar: 'business', source: 'FRED RRPONTSYD; NY Fed repo operations', seriesId: 'RRPONTSYD / ON RRP operations', inputs, points: merged('RRP_VOLUME', inputs, explain),
      note: 'ON RRP take-up. From the NY Fed operation results where we hold them (small-value exercises left out, as live mode does), FRED RRPONTSYD elsewhere (which counts Treasury exercises).',
    });
    const rateIn = [fredPct(RAW.RRPONTSYAWARD), ...rpInputs.RRP_RATE];
    push({ id: 'RRP_RATE', unit: 'percent', calendar: 'business', source: 'FRED RRPONTSYAWARD; NY Fed repo operations', seriesId: 'RRPONTSYAWARD / ON RRP award rate', inputs: rateIn, points: merged('RRP_RATE', rateIn), note: 'ON RRP award rate (the Treasury tranche).' });
    const holes = `SRF usage is known only on the days the recorded NY Fed searches cover (${coverage.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(', ')}); no file we hold has the other days (all of 2025, for one).`;
    const srfParts: [SeriesId, string, string][] = [
      ['SRF_VOLUME', 'repo operations (SRF), AM + PM', 'Standing Repo Facility usage: overnight repo operations, AM + PM, all collateral, small-value exercises left out (before 2021-07-29: the Fed\'s overnight repo operations, as FRED RPONTTLD).'],
      ['SRF_AM', 'repo operations (SRF), morning', 'The morning SRF operation\'s part of SRF usage (closes before noon ET).'],
      ['SRF_PM', 'repo operations (SRF), afternoon', 'The afternoon SRF operation\'s part of SRF usage.'],
    ];
    for (const [id, seriesId, what] of srfParts) {
      const ins = rpInputs[id as keyof typeof rpInputs];
      push({ id, unit: 'usd', calendar: 'business', source: 'NY Fed repo operations', seriesId, inputs: ins, points: merged(id, ins), note: `${what} ${holes}`, coverage });
    }
  }

  fred('DGS10', RAW.DGS10, 'DGS10', 'percent', 'business');
  fred('FED_ASSETS', RAW.WALCL, 'WALCL', 'usd', 'weekly', { factor: 1e6, typicalUsd: 7e12 });
  {
    const inputs = [fredUsd(RAW.TREAST_OLD, 1e6, 4e12), fredUsd(RAW.TREAST, 1e6, 4e12)];
    push({ id: 'TREASURIES', unit: 'usd', calendar: 'weekly', source: 'FRED TREAST', seriesId: 'TREAST', inputs, points: merged('TREASURIES', inputs) });
    const gdp = [fredUsd(RAW.GDP_OLD, 1e9, 3e13), fredUsd(RAW.GDP, 1e9, 3e13)];
    push({ id: 'GDP', unit: 'usd', calendar: 'quarterly', source: 'FRED GDP', seriesId: 'GDP', inputs: gdp, points: merged('GDP', gdp) });
    const iorb = [fredPct(RAW.IORB_OLD), fredPct(RAW.IORB)];
    push({ id: 'IORB', unit: 'percent', calendar: 'daily', source: 'FRED IORB', seriesId: 'IORB', inputs: iorb, points: merged('IORB', iorb) });
    // Not WTREGEN__sphynxkatt0-arch_cot-report.csv (2026-01-07..05-27): each of its values is the
    // ALFRED vintage's value for the week BEFORE (its 2026-01-14 is ALFRED's 2026-01-07, and so on),
    // so its dates are a week off; ALFRED matches the DTS 7-day averages (fixtures/SOURCES.md).
    const tgaW = [fredUsd(RAW.WTREGEN, 1e6, 8e11), fredUsd({ ...FIXTURES.WTREGEN, file: `fixtures/${FIXTURES.WTREGEN.file}` }, 1e6, 8e11, raw.fixture(FIXTURES.WTREGEN.file))];
    push({ id: 'TGA_WEEKLY', unit: 'usd', calendar: 'weekly', source: 'FRED WTREGEN', seriesId: 'WTREGEN', inputs: tgaW, points: merged('TGA_WEEKLY', tgaW) });
    // RESERVES: FRED rescaled WRESBAL from billions to millions in 2025; each file is converted from its own unit.
    const res = [fredUsd(RAW.WRESBAL_BN, 1e9, 3e12), fredUsd(RAW.WRESBAL_MN, 1e6, 3e12), fredUsd({ ...FIXTURES.WRESBAL, file: `fixtures/${FIXTURES.WRESBAL.file}` }, 1e6, 3e12, raw.fixture(FIXTURES.WRESBAL.file))];
    push({ id: 'RESERVES', unit: 'usd', calendar: 'weekly', source: 'FRED WRESBAL', seriesId: 'WRESBAL', inputs: res, points: merged('RESERVES', res), note: 'Week average of reserve balances (the billions download is converted ×1e9, the millions ones ×1e6).' });
  }

  // ---- The FOMC target range: FRED's 7-day series, so weekends and holidays carry the range in force.
  {
    const lowIn = [fredPct(RAW.DFEDTARL_OLD), fredPct(RAW.DFEDTARL)];
    const highIn = [fredPct(RAW.DFEDTARU_OLD), fredPct(RAW.DFEDTARU_MID), fredPct(RAW.DFEDTARU)];
    const low = merged('TARGET_LOW', lowIn);
    const high = merged('TARGET_HIGH', highIn);
    const checked = checkTargetRange(low, high);
    log(`TARGET_LOW/HIGH: DFEDTARL and DFEDTARU are a 25 bp range on all ${checked} shared days`);
    push({ id: 'TARGET_LOW', unit: 'percent', calendar: 'daily', source: 'FRED DFEDTARL', seriesId: 'DFEDTARL', inputs: lowIn, points: low, note: `FOMC target range, lower bound, FRED's 7-day series (${span(low)}); 25 bp below DFEDTARU on all ${checked} shared days.` });
    push({ id: 'TARGET_HIGH', unit: 'percent', calendar: 'daily', source: 'FRED DFEDTARU', seriesId: 'DFEDTARU', inputs: highIn, points: high, note: `FOMC target range, upper bound, FRED's 7-day series (${span(high)}); 25 bp above DFEDTARL on all ${checked} shared days.` });
  }

  // ---- EFFR: FRED EFFR (the NY Fed's business-day rate). After its last download ends, FRED DFF
  // (7-day, equal to EFFR on business days) on the days SOFR was published (weekends and holidays out).
  {
    const effr = [fredPct(RAW.EFFR_OLD), fredPct(RAW.EFFR)];
    const effrPts = merged('EFFR', effr);
    const effrLast = effrPts.at(-1)!.date;
    const dffIn = [fredPct(RAW.DFF_OLD), fredPct(RAW.DFF_NEW), fredPct(RAW.DFF_2026)];
    const dff = merged('EFFR (DFF)', dffIn);
    // The two definitions must agree wherever both exist: checked on every business day both hold.
    const byDate = new Map(dff.map((p) => [p.date, p.value]));
    let agree = 0;
    for (const p of effrPts) {
      const v = byDate.get(p.date);
      if (v === undefined) continue;
      if (v !== p.value) fail(`EFFR: FRED EFFR ${p.value} and DFF ${v} differ on ${p.date}`);
      agree++;
    }
    const tail = dff.filter((p) => p.date > effrLast && p.date >= sofrFirst && p.date <= sofrLast && sofrDays.has(p.date));
    const inputs = [...effr, ...dffIn];
    log(`EFFR: FRED EFFR to ${effrLast}, equal to DFF on ${agree} days; ${tail.length} business days after it from DFF`);
    push({
      id: 'EFFR', unit: 'percent', calendar: 'business', source: 'FRED EFFR (NY Fed); FRED DFF after ' + effrLast, seriesId: 'EFFR',
      inputs, points: [...effrPts, ...tail],
      note: `The NY Fed's effective fed funds rate as FRED EFFR, business days, to ${effrLast}; after that FRED DFF on the days SOFR was published (DFF equals EFFR on all ${agree} business days both hold).`,
    });
    const vol = [fredUsd(RAW.EFFRVOL, 1e9, 1e11)];
    push({ id: 'EFFR_VOLUME', unit: 'usd', calendar: 'business', source: 'FRED EFFRVOL', seriesId: 'EFFRVOL', inputs: vol, points: merged('EFFR_VOLUME', vol), note: 'Volume of the fed funds transactions underlying EFFR (billions in the file); the only download ends in 2023.' });
  }

  // ---- TGA: the Daily Treasury Statement's closing balance (see tgaFromDts for the pre-2022 rule).
  {
    const rows = parseDtsCsv(raw.text(RAW.DTS.file), RAW.DTS.file);
    const { points, derived, checked } = tgaFromDts(rows, RAW.DTS.file);
    const dollars = usd(points.map((p) => ({ date: p.date, value: p.value / 1e6 })), RAW.DTS.file, 1e6, 8e11);
    log(`TGA: ${points.length} record dates, ${derived} closes taken from the next record's opening balance (rule checked on ${checked} dates)`);
    out.push({
      id: 'TGA',
      unit: 'usd',
      calendar: 'business',
      source: 'U.S. Treasury DTS',
      seriesId: 'operating_cash_balance',
      files: [RAW.DTS.file],
      note: `TGA closing balance per DTS record date. Before 2022-04-18 the download has no closing column, so each close is the next record date's opening balance (a rule that held on all ${checked} record dates where both are printed).`,
      points: dollars,
    });
  }
  return out;

  function fred(id: SeriesId, src: RawSource, fredId: string, unit: Unit, calendar: Calendar, scale?: { factor: 1e6 | 1e9; typicalUsd: number }): void {
    const inputs = [scale ? fredUsd(src, scale.factor, scale.typicalUsd) : fredPct(src)];
    push({ id, unit, calendar, source: `FRED ${fredId}`, seriesId: fredId, inputs, points: merged(id, inputs) });
  }
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

export type BuildResult = { files: string[]; manifest: SnapshotManifest; revisions: Revision[] };

/** The default fixtures directory for a raw directory: ../shared/data/raw -> ../shared/fixtures. */
export const fixturesBeside = (rawDir: string): string => resolve(rawDir, '../../fixtures');

/** One line per revision applied, as the build prints them. */
export function revisionLine(r: Revision): string {
  const head = `${r.id} ${r.date}: ${r.from} (${r.fromFile}) -> ${r.to} (${r.toFile}, vintage ${r.toVintage})`;
  return r.why ? `${head}; ${r.why}` : head;
}

/** Builds the snapshot from `rawDir` (and the recorded responses in `fixturesDir`) into `outDir`. Throws SnapshotBuildError on any inconsistency. */
export function buildSnapshot(rawDir: string, outDir: string, log: (s: string) => void = () => {}, fixturesDir: string = fixturesBeside(rawDir)): BuildResult {
  const raw = new RawDir(rawDir, fixturesDir);
  const revisions: Revision[] = [];
  const built = buildAll(raw, log, revisions);
  log(`revisions applied (newer vintage wins): ${revisions.length}`);
  for (const r of revisions) log(`  revised ${revisionLine(r)}`);
  const rawFiles = Object.fromEntries([...raw.used.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, h]) => [f, `sha256:${h}`]));
  return { ...writeSnapshot(built, outDir, { note: BUILD_NOTE, rawFiles }), revisions };
}

/**
 * Writes the series files and the manifest: one point per line, keys in a fixed order, so the bytes
 * depend only on the data. Shared by build-snapshot and refresh-snapshot.
 */
export function writeSnapshot(builtSeries: Built[], outDir: string, meta: { note: string; rawFiles: Record<string, string> }): { files: string[]; manifest: SnapshotManifest } {
  const built = new Map(builtSeries.map((b) => [b.id, b]));
  const outputs = new Map<string, string>();
  const series: Record<string, ManifestEntry> = {};
  for (const id of SERIES_IDS) {
    const b = built.get(id);
    if (!b || b.points.length === 0) {
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
      ...(b.coverage ? { coverage: b.coverage } : {}),
    };
  }
  const manifest: SnapshotManifest = { note: meta.note, series, rawFiles: meta.rawFiles };
  outputs.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

  mkdirSync(outDir, { recursive: true });
  // Stale series files (a series that became missing) must not linger.
  for (const f of readdirSync(outDir)) if (f.endsWith('.json') && !outputs.has(f)) rmSync(join(outDir, f));
  for (const [f, text] of outputs) writeFileSync(join(outDir, f), text);
  return { files: [...outputs.keys()].sort(), manifest };
}

export type { Built as SnapshotSeries };

function main(): void {
  const rawDir = resolve(process.argv[2] ?? DEFAULT_RAW_DIR);
  const outDir = resolve(process.argv[3] ?? DEFAULT_OUT_DIR);
  const fixturesDir = resolve(process.argv[4] ?? fixturesBeside(rawDir));
  const { manifest } = buildSnapshot(rawDir, outDir, (s) => console.log(s), fixturesDir);
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
