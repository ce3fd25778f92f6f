// `npm run bench`: answer latency per command in snapshot mode (cold / warm / cache hit), the live
// path against a local fake upstream (single flight: how many upstream requests 50 concurrent asks
// cost), and peak memory. Prints a table and writes the same figures to bench/results/latest.json.
// Timings are reported, never asserted: the machine is shared; read medians and p95 together.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.js';
import { AnswerService, type AskResult } from '../src/answers/service.js';
import { createApp } from '../src/app.js';
import { renderChart } from '../src/charts/render.js';
import { loadConfig } from '../src/config.js';
import { optionList } from '../src/core/options.js';
import type { Logger } from '../src/log.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';
import type { SeriesReader } from '../src/sources/types.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../tests/helpers/fakeUpstream.js';
import { mb, ms, startMemorySampler, summarise, table, type Summary } from './stats.js';

const COLD_RUNS = 5;
const WARM_RUNS = 30;
const HIT_RUNS = 200;
const WARMUP = 3;
const CONCURRENT = 50;
const TARGET_WARM_MS = 40;
const TARGET_HIT_MS = 2;
/** The live scenario runs at a fixed instant, so its upstream request count does not depend on the day. */
const LIVE_NOW = new Date('2025-06-06T21:00:00Z');
const SOFR_PATH = '/api/rates/secured/sofr/search.json';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

// Bounded: whatever happens, the bench does not run past 3 minutes.
const watchdog = setTimeout(() => {
  console.error('bench: exceeded 180 s, giving up');
  process.exit(2);
}, 180_000);
watchdog.unref();

const memory = startMemorySampler(25);
/** rss / heapUsed (MB) at the end of each phase, to see where the memory goes. */
const checkpoints: { at: string; rssMB: number; heapUsedMB: number }[] = [];
function checkpoint(at: string): void {
  memory.sample();
  const m = process.memoryUsage();
  checkpoints.push({ at, rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed) });
}
checkpoint('start (modules loaded)');
const logged: string[] = [];
const quietLog: Logger = {
  debug: () => {},
  info: () => {},
  warn: (msg, extra) => void logged.push(`warn ${msg} ${extra ? JSON.stringify(extra) : ''}`.trim()),
  error: (msg, extra) => void logged.push(`error ${msg} ${extra ? JSON.stringify(extra) : ''}`.trim()),
};

const config = loadConfig({ DATA_MODE: 'snapshot', LOG_LEVEL: 'warn' });
const theme = config.CHART_THEME;
const newService = (reader: SeriesReader, now?: () => Date) => new AnswerService({ commands, reader, render: renderChart, theme, log: quietLog, ...(now ? { now } : {}) });

async function timed(f: () => Promise<AskResult>): Promise<{ t: number; r: AskResult }> {
  const t0 = performance.now();
  const r = await f();
  return { t: performance.now() - t0, r };
}

const describeError = (r: AskResult) => (r.ok ? '' : `${r.kind}: ${r.error}`);

// ---------------------------------------------------------------------------------------------
// Header

const startedAt = new Date();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  totalMemMB: mb(os.totalmem()),
  loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
};
console.log(`liquidity-bot bench  ${startedAt.toISOString()}`);
console.log(`machine: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, ${machine.platform}, ${machine.totalMemMB} MB RAM, load ${machine.loadavg.join(' ')}`);
console.log(`snapshot mode, theme ${theme}; cold n=${COLD_RUNS}, warm n=${WARM_RUNS}, hit n=${HIT_RUNS} (after ${WARMUP} warm-ups); targets: warm median < ${TARGET_WARM_MS} ms, hit median < ${TARGET_HIT_MS} ms\n`);

// ---------------------------------------------------------------------------------------------
// 0. The very first answer in this process: chart fonts registered, Skia/Chart.js code first run.

// Each command as a user would first type it: required choices get their first choice (/explain topic:sofr).
const firstQuestion = (c: (typeof commands)[number]) =>
  [`/${c.name}`, ...optionList(c.options).flatMap((o) => (o.kind === 'choice' && o.required ? [`${o.name}:${o.choices[0]}`] : []))].join(' ');
const questions = [...commands.map(firstQuestion), '/sofr date:2019-09-17'];

const first = await timed(() => newService(createSnapshotReader()).askText('/sofr'));
const processFirst = { question: '/sofr', ms: first.t, ok: first.r.ok, error: describeError(first.r) };
checkpoint('after the first answer');

// ---------------------------------------------------------------------------------------------
// 1. Snapshot mode per command.

type Row = {
  question: string;
  chart: boolean;
  chartKB: number | null;
  cold: Summary;
  warm: Summary | null;
  hit: Summary | null;
  warmPass: boolean | null;
  hitPass: boolean | null;
  status: 'PASS' | 'FAIL' | 'ERROR';
  error?: string;
  notes: string[];
};

const rows: Row[] = [];
const sharedReader = createSnapshotReader();

for (const q of questions) {
  const notes: string[] = [];
  let error: string | undefined;

  // cold: a new snapshot reader (manifest and series files read and validated again) and a new service.
  const coldTimes: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { t, r } = await timed(() => newService(createSnapshotReader()).askText(q));
    coldTimes.push(t);
    if (!r.ok) error ??= describeError(r);
  }
  memory.sample();

  // warm: the shared reader already holds the files; each ask is on a new service (empty answer cache).
  const prime = await newService(sharedReader).askText(q);
  if (!prime.ok) error ??= describeError(prime);
  const chart = prime.ok && !!prime.answer.chart;
  const chartKB = prime.ok && prime.answer.chart ? Math.round(prime.answer.chart.png.byteLength / 102.4) / 10 : null;

  let warm: Summary | null = null;
  let hit: Summary | null = null;
  if (!error) {
    for (let i = 0; i < WARMUP; i++) await newService(sharedReader).askText(q);
    const warmTimes: number[] = [];
    let uncachedMisses = 0;
    for (let i = 0; i < WARM_RUNS; i++) {
      const { t, r } = await timed(() => newService(sharedReader).askText(q));
      warmTimes.push(t);
      if (!r.ok) error ??= describeError(r);
      else if (r.cached) uncachedMisses++;
    }
    if (uncachedMisses) notes.push(`${uncachedMisses} warm asks were unexpectedly cached`);
    warm = summarise(warmTimes);
    memory.sample();

    // hit: the same question again on one service.
    const service = newService(sharedReader);
    await service.askText(q);
    for (let i = 0; i < WARMUP * 10; i++) await service.askText(q);
    const hitTimes: number[] = [];
    let notCached = 0;
    for (let i = 0; i < HIT_RUNS; i++) {
      const { t, r } = await timed(() => service.askText(q));
      hitTimes.push(t);
      if (!r.ok) error ??= describeError(r);
      else if (!r.cached) notCached++;
    }
    if (notCached) notes.push(`${notCached}/${HIT_RUNS} repeat asks were not cache hits`);
    hit = summarise(hitTimes);
    memory.sample();
  }

  const warmPass = warm ? warm.median < TARGET_WARM_MS : null;
  const hitPass = hit ? hit.median < TARGET_HIT_MS : null;
  rows.push({
    question: q,
    chart,
    chartKB,
    cold: summarise(coldTimes),
    warm,
    hit,
    warmPass,
    hitPass,
    status: error ? 'ERROR' : warmPass && hitPass ? 'PASS' : 'FAIL',
    ...(error ? { error } : {}),
    notes,
  });
}

checkpoint('after snapshot mode');

const pf = (p: boolean | null) => (p === null ? '-' : p ? 'ok' : 'over');
const fmt = (s: Summary | null, k: 'median' | 'p95') => (s ? ms(s[k]) : '-');
console.log(
  table(
    ['command', 'chart', 'cold med', 'cold p95', 'warm med', 'warm p95', `<${TARGET_WARM_MS}`, 'hit med', 'hit p95', `<${TARGET_HIT_MS}`, 'status'],
    rows.map((r) => [
      r.question,
      r.chart ? `${r.chartKB}KB` : 'none',
      fmt(r.cold, 'median'),
      fmt(r.cold, 'p95'),
      fmt(r.warm, 'median'),
      fmt(r.warm, 'p95'),
      pf(r.warmPass),
      fmt(r.hit, 'median'),
      fmt(r.hit, 'p95'),
      pf(r.hitPass),
      r.status,
    ]),
  ),
);
console.log('(ms; cold p95 of 5 = max; cold = new snapshot reader + new service, fonts already registered)');
console.log(`process-first answer (${processFirst.question}: registers fonts, first Chart.js/Skia run, reads files): ${ms(processFirst.ms)} ms${processFirst.ok ? '' : ` ERROR ${processFirst.error}`}`);
for (const r of rows) {
  if (r.error) console.log(`  ERROR ${r.question}: ${r.error}`);
  for (const n of r.notes) console.log(`  note ${r.question}: ${n}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Live mode against the local fake upstream: 50 concurrent /sofr asks on a fresh app.

/** A NY Fed SOFR search answer for every weekday of the asked span, up to the day before LIVE_NOW. */
function sofrRows(url: URL): unknown {
  const template = (fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') as { refRates: Record<string, unknown>[] }).refRates[0]!;
  const start = url.searchParams.get('startDate') ?? '';
  const endAsked = url.searchParams.get('endDate') ?? '';
  const lastDay = new Date(LIVE_NOW.getTime() - 86_400_000).toISOString().slice(0, 10);
  const end = endAsked < lastDay ? endAsked : lastDay;
  const refRates: Record<string, unknown>[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  for (let i = 0; i < 800 && d.toISOString().slice(0, 10) <= end; i++, d.setUTCDate(d.getUTCDate() + 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const wiggle = ((i * 7) % 5) / 100;
    refRates.unshift({
      ...template,
      effectiveDate: d.toISOString().slice(0, 10),
      percentRate: 4.28 + wiggle,
      percentPercentile1: 4.22 + wiggle,
      percentPercentile25: 4.26 + wiggle,
      percentPercentile75: 4.33 + wiggle,
      percentPercentile99: 4.45 + wiggle,
      volumeInBillions: 2400 + i,
    });
  }
  return { refRates };
}

type LiveResult = {
  scenario: string;
  asks: number;
  ok: number;
  cachedOrShared: number;
  distinctAnswers: number;
  upstreamRequests: number;
  byPath: Record<string, number>;
  duplicateRequests: number;
  wallMs: number;
  errors: string[];
};

async function liveScenario(up: FakeUpstream, scenario: string, ask: (app: ReturnType<typeof createApp>) => Promise<AskResult>[]): Promise<LiveResult> {
  const liveConfig = loadConfig({
    DATA_MODE: 'live',
    DB_PATH: ':memory:',
    NYFED_BASE_URL: up.base,
    FRED_BASE_URL: up.base,
    FRED_GRAPH_BASE_URL: up.base,
    TREASURY_BASE_URL: up.base,
    HTTP_TIMEOUT_MS: '5000',
    HTTP_RETRIES: '0',
    LOG_LEVEL: 'warn',
  });
  const app = createApp(liveConfig, { now: () => LIVE_NOW, log: quietLog });
  const before = up.requests.length;
  try {
    const t0 = performance.now();
    const results = await Promise.all(ask(app));
    const wallMs = performance.now() - t0;
    const seen = up.requests.slice(before);
    const byPath: Record<string, number> = {};
    for (const s of seen) byPath[s.path] = (byPath[s.path] ?? 0) + 1;
    const keys = seen.map((s) => `${s.path}?${s.url.searchParams.toString()}`);
    const answers = new Set(results.filter((r): r is Extract<AskResult, { ok: true }> => r.ok).map((r) => r.answer));
    return {
      scenario,
      asks: results.length,
      ok: results.filter((r) => r.ok).length,
      cachedOrShared: results.length - answers.size,
      distinctAnswers: answers.size,
      upstreamRequests: seen.length,
      byPath,
      duplicateRequests: keys.length - new Set(keys).size,
      wallMs,
      errors: [...new Set(results.filter((r) => !r.ok).map(describeError))],
    };
  } finally {
    app.close();
  }
}

const up = await startFakeUpstream();
const live: LiveResult[] = [];
try {
  up.on(SOFR_PATH, (url) => ({ json: sofrRows(url) }));
  // One service: the answer service's own single flight shares one computation.
  live.push(await liveScenario(up, `${CONCURRENT} x /sofr, one app`, (app) => Array.from({ length: CONCURRENT }, () => app.service.askText('/sofr'))));
  checkpoint('after live: one app');
  // 50 services over one live reader: only the reader's single flight stands between them and the upstream.
  live.push(
    await liveScenario(up, `${CONCURRENT} x /sofr, ${CONCURRENT} services, one reader`, (app) =>
      Array.from({ length: CONCURRENT }, () => newService(app.reader, () => LIVE_NOW).askText('/sofr')),
    ),
  );
} finally {
  await up.close();
}
checkpoint('after live: 50 services');

console.log(`\nlive mode vs local fake upstream (${up.base}, closed), now pinned to ${LIVE_NOW.toISOString()}, DB :memory:`);
console.log(
  table(
    ['scenario', 'ok', 'answers', 'datasets', 'upstream req', 'duplicates', 'wall ms'],
    live.map((l) => [
      l.scenario,
      `${l.ok}/${l.asks}`,
      String(l.distinctAnswers),
      String(Object.keys(l.byPath).length),
      String(l.upstreamRequests),
      String(l.duplicateRequests),
      ms(l.wallMs),
    ]),
  ),
);
for (const l of live) {
  console.log(`  ${l.scenario}: requests by path ${JSON.stringify(l.byPath)}`);
  for (const e of l.errors) console.log(`  ERROR ${l.scenario}: ${e}`);
}
console.log('  (answers = distinct Answer objects; the NY Fed client asks at most one year per request and /sofr reads ~19 months + lookback,');
console.log('   so one fetch of its one dataset is 2 requests; duplicates = identical requests repeated, expected 0)');

// ---------------------------------------------------------------------------------------------
// 3. Memory, then the JSON.

memory.sample();
memory.stop();
const peak = memory.peak();
const final = process.memoryUsage();
const memoryMB = {
  peakRss: mb(peak.rss),
  peakHeapUsed: mb(peak.heapUsed),
  finalRss: mb(final.rss),
  finalHeapUsed: mb(final.heapUsed),
  samples: peak.samples,
};
const totalS = (performance.now() / 1000).toFixed(1);
console.log(`\nmemory: peak rss ${memoryMB.peakRss} MB, peak heapUsed ${memoryMB.peakHeapUsed} MB; final rss ${memoryMB.finalRss} MB, heapUsed ${memoryMB.finalHeapUsed} MB (${peak.samples} samples)`);
console.log(`  by phase: ${checkpoints.map((c) => `${c.at} ${c.rssMB}/${c.heapUsedMB}`).join('; ')} (rss/heapUsed MB)`);

if (logged.length) {
  console.log(`\nlogged by the app during the bench (${logged.length}, first 5):`);
  for (const l of logged.slice(0, 5)) console.log(`  ${l.slice(0, 300)}`);
}

const failed = rows.filter((r) => r.status !== 'PASS').map((r) => `${r.question} ${r.status}`);
console.log(`\n${rows.length - failed.length}/${rows.length} PASS${failed.length ? ` (not: ${failed.join(', ')})` : ''}; bench took ${totalS} s`);

mkdirSync(RESULTS_DIR, { recursive: true });
const out = `${RESULTS_DIR}latest.json`;
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      machine,
      settings: { theme, coldRuns: COLD_RUNS, warmRuns: WARM_RUNS, hitRuns: HIT_RUNS, warmup: WARMUP, targetWarmMedianMs: TARGET_WARM_MS, targetHitMedianMs: TARGET_HIT_MS, liveNow: LIVE_NOW.toISOString() },
      processFirst,
      snapshot: rows,
      live,
      memoryMB,
      memoryCheckpoints: checkpoints,
      logged,
      totalSeconds: Number(totalS),
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${out}`);
