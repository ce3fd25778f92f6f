// npm run refresh-snapshot: brings the bundled offline snapshot (data/snapshot) up to date from the
// live APIs, for anyone with a network. It reads each series' datasets through the same clients as
// live mode (src/sources/datasets.ts: NY Fed, FRED, Treasury; the same configuration variables,
// FRED_API_KEY included), passes every read through the same plausibility gate (checkRead in
// src/core/plausibility.ts: units, bands, jumps from the last bundled point, revisions that are
// too large, future rows), then rewrites the snapshot with the build's writer, so the bytes depend
// only on the data. What the upstream says about a date the snapshot already holds is a revision:
// the newer read wins, and each one is printed.
//
//   npm run refresh-snapshot                 # data/snapshot, today's data
//   npm run refresh-snapshot -- --out DIR    # write elsewhere (tests), reading DIR's snapshot
//
// A series whose upstreams fail or whose read fails the gate keeps its bundled data and is named
// in the output; the exit code is then 1 (the rest is still written).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../src/config.js';
import { addDays, easternToday } from '../src/core/dates.js';
import { checkRead, describeGateFailure } from '../src/core/plausibility.js';
import { SERIES_IDS, type IsoDate, type Point, type Series, type SeriesId } from '../src/core/types.js';
import { createUpstreams } from '../src/sources/datasets.js';
import type { HttpOptions } from '../src/sources/http.js';
import { LOOKBACK_DAYS, ROUTES, type DatasetKey } from '../src/sources/liveRoutes.js';
import type { ManifestEntry, SnapshotManifest } from '../src/sources/snapshot.js';
import { DEFAULT_OUT_DIR, writeSnapshot, type SnapshotSeries } from './build-snapshot.js';

/** How far back each refresh reads before the newest bundled date, so recent revisions come in too. */
export const REVISION_DAYS = 35;

export type RefreshLine = { id: SeriesId; outcome: 'refreshed' | 'unchanged' | 'kept'; detail: string };
export type RefreshResult = { lines: RefreshLine[]; revisions: string[]; ok: boolean };

type Loaded = { entry: ManifestEntry; series: SnapshotSeries | null };

function load(dir: string): { manifest: SnapshotManifest; series: Map<SeriesId, Loaded> } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as SnapshotManifest;
  const series = new Map<SeriesId, Loaded>();
  for (const id of SERIES_IDS) {
    const entry = manifest.series[id];
    if (!entry) continue;
    if (!('file' in entry) || !entry.file) {
      series.set(id, { entry, series: null });
      continue;
    }
    const f = JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as { points: [string, number][] };
    series.set(id, {
      entry,
      series: {
        id,
        unit: entry.unit,
        calendar: entry.calendar,
        source: entry.provenance.source,
        seriesId: entry.provenance.seriesId,
        files: entry.provenance.file.split(' + '),
        ...(entry.note ? { note: entry.note } : {}),
        points: f.points.map(([date, value]) => ({ date, value })),
        ...(entry.coverage ? { coverage: entry.coverage.map(([a, b]) => [a, b] as [IsoDate, IsoDate]) } : {}),
      },
    });
  }
  return { manifest, series };
}

/** Joins touching or overlapping calendar spans (SRF coverage), ascending. */
function mergeSpans(spans: [IsoDate, IsoDate][]): [IsoDate, IsoDate][] {
  const out: [IsoDate, IsoDate][] = [];
  for (const [a, b] of [...spans].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const last = out.at(-1);
    if (last && a <= addDays(last[1], 1)) last[1] = b > last[1] ? b : last[1];
    else out.push([a, b]);
  }
  return out;
}

const REFRESH_NOTE = /\s*Refreshed from the live APIs through \d{4}-\d{2}-\d{2} \([^)]*\)\.$/;

/** Refreshes the snapshot in `dir` in place. `now` fixes "today" (US Eastern) for the gate and the window. */
export async function refreshSnapshot(config: Config, dir: string, opts: { now?: () => Date; log?: (s: string) => void; http?: Partial<HttpOptions> } = {}): Promise<RefreshResult> {
  const now = opts.now ?? (() => new Date());
  const print = opts.log ?? ((s: string) => console.log(s));
  const today = easternToday(now());
  const { manifest, series } = load(dir);
  const upstreams = createUpstreams(config, { now, log: (level, message) => level !== 'debug' && print(`  ${level}: ${message}`), ...(opts.http ? { http: opts.http } : {}) });

  // One fetch per dataset, over the widest window any of its series needs.
  const starts = new Map<DatasetKey, IsoDate>();
  for (const [id, l] of series) {
    if (!l.series) continue;
    const newest = l.series.points.at(-1)!.date;
    const from = addDays(newest, -Math.max(REVISION_DAYS, LOOKBACK_DAYS[l.series.calendar]));
    for (const key of ROUTES[id]) if (!starts.has(key) || from < starts.get(key)!) starts.set(key, from);
  }
  const reads = new Map<DatasetKey, Promise<Series[]>>();
  const read = (key: DatasetKey): Promise<Series[]> => {
    let r = reads.get(key);
    if (!r) {
      r = upstreams.dataset(key).fetch({ start: starts.get(key)!, end: today });
      r.catch(() => {});
      reads.set(key, r);
    }
    return r;
  };

  const lines: RefreshLine[] = [];
  const revisions: string[] = [];
  const out: SnapshotSeries[] = [];
  for (const id of SERIES_IDS) {
    const l = series.get(id);
    if (!l?.series) continue;
    const old = l.series;
    let fresh: Point[] | null = null;
    let via = '';
    let usedKey: DatasetKey | null = null;
    const errors: string[] = [];
    for (const key of ROUTES[id]) {
      try {
        const got = (await read(key)).find((s) => s.id === id);
        if (!got || got.points.length === 0) throw new Error(`${key}: no ${id} rows`);
        const first = got.points.reduce((m, p) => (p.date < m.date ? p : m));
        const last = got.points.reduce((m, p) => (p.date > m.date ? p : m));
        const before = [...old.points].reverse().find((p) => p.date < first.date) ?? null;
        const within = old.points.filter((p) => p.date >= first.date && p.date <= last.date);
        const gate = checkRead(id, got.points, { before, within }, { today });
        if (!gate.ok) throw new Error(`${key}: failed the plausibility gate: ${describeGateFailure(gate.failure)}`);
        fresh = gate.points;
        usedKey = key;
        via = `${upstreams.dataset(key).upstream} ${key.includes(':') ? key.split(':')[1] : key}`;
        break;
      } catch (e) {
        errors.push(upstreams.http.redact(e instanceof Error ? e.message : String(e)));
      }
    }
    if (!fresh) {
      lines.push({ id, outcome: 'kept', detail: `kept the bundled data through ${old.points.at(-1)!.date}: ${errors.join('; ')}` });
      out.push(old);
      continue;
    }
    const merged = new Map(old.points.map((p) => [p.date, p.value]));
    let added = 0;
    for (const p of fresh) {
      const was = merged.get(p.date);
      if (was === undefined) added++;
      else if (was !== p.value) revisions.push(`${id} ${p.date}: ${was} -> ${p.value} (${via})`);
      merged.set(p.date, p.value);
    }
    const points = [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
    const through = points.at(-1)!.date;
    const note = `${(old.note ?? '').replace(REFRESH_NOTE, '')} Refreshed from the live APIs through ${through} (${via}).`.trim();
    out.push({
      ...old,
      points,
      note,
      // A read answers for the whole span it asked for: a day in it with no row had no operation.
      ...(old.coverage && usedKey ? { coverage: mergeSpans([...old.coverage, [starts.get(usedKey)!, today]]) } : {}),
    });
    const changed = added > 0 || revisions.some((r) => r.startsWith(`${id} `));
    lines.push({ id, outcome: changed ? 'refreshed' : 'unchanged', detail: `${added} new rows, through ${through} (${via})` });
  }

  writeSnapshot(out, dir, { note: manifest.note, rawFiles: manifest.rawFiles });
  for (const line of lines) print(`${line.outcome.padEnd(9)} ${line.id}: ${line.detail}`);
  print(`revisions applied (the newer read wins): ${revisions.length}`);
  for (const r of revisions) print(`  revised ${r}`);
  return { lines, revisions, ok: lines.every((l) => l.outcome !== 'kept') };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--out');
  const dir = resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : DEFAULT_OUT_DIR);
  const config = loadConfig();
  console.log(`Refreshing ${dir} from the live APIs (NY Fed ${config.NYFED_BASE_URL}, FRED ${config.FRED_API_KEY ? 'JSON API' : 'keyless CSV'}, Treasury)`);
  const r = await refreshSnapshot(config, dir);
  if (!r.ok) console.log('Some series kept their bundled data (above); the rest were written.');
  process.exitCode = r.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`refresh-snapshot failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  });
}
