// The offline snapshot: data/snapshot/*.json, built by scripts/build-snapshot.ts from
// ../shared/data/raw and committed. Reading it never touches the network or ../shared.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SERIES_IDS } from '../core/types.js';
import type { MissingRead } from '../core/reads.js';
import type { DateWindow, IsoDate, Point, Series, SeriesId } from '../core/types.js';
import { PROJECT_ROOT } from '../paths.js';
import type { SeriesRead, SeriesReader } from './types.js';

/** Where `npm run build-snapshot` writes and where the reader looks by default, whatever the cwd. */
export const DEFAULT_SNAPSHOT_DIR = join(PROJECT_ROOT, 'data', 'snapshot');

/** Appended to every source string, so a trader can tell bundled numbers from live ones. */
export const SNAPSHOT_LABEL = '(offline snapshot)';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const seriesIdSchema = z.enum(SERIES_IDS);
const unitSchema = z.enum(['percent', 'usd']);
const calendarSchema = z.enum(['business', 'daily', 'weekly', 'quarterly']);

/** Provenance as stored: `source` without the snapshot label, `file` = raw file(s) joined by " + ". */
export const snapshotProvenanceSchema = z.object({
  source: z.string().min(1),
  seriesId: z.string().min(1),
  file: z.string().min(1),
});

export const snapshotSeriesFileSchema = z.object({
  id: seriesIdSchema,
  unit: unitSchema,
  calendar: calendarSchema,
  provenance: snapshotProvenanceSchema,
  points: z.array(z.tuple([isoDate, z.number()])),
});
export type SnapshotSeriesFile = z.infer<typeof snapshotSeriesFileSchema>;

const presentEntrySchema = z.object({
  file: z.string().min(1),
  first: isoDate,
  last: isoDate,
  count: z.number().int().positive(),
  unit: unitSchema,
  calendar: calendarSchema,
  provenance: snapshotProvenanceSchema,
  note: z.string().optional(),
  /** For a series with holes (SRF usage): the calendar spans the snapshot knows; outside them nothing is known. */
  coverage: z.array(z.tuple([isoDate, isoDate])).optional(),
});
/** A series the manifest records as absent; `missing` says why, for the build's reader (the answer says it from the catalog). */
const missingEntrySchema = z.object({ missing: z.string().min(1) });
export const manifestEntrySchema = z.union([presentEntrySchema, missingEntrySchema]);
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({
  note: z.string(),
  series: z.record(z.string(), manifestEntrySchema),
  rawFiles: z.record(z.string(), z.string()),
});
export type SnapshotManifest = z.infer<typeof manifestSchema>;

/** Index of the first point whose date is >= `date` (points ascending). */
function lowerBound(points: readonly Point[], date: IsoDate): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first point whose date is > `date`. */
function upperBound(points: readonly Point[], date: IsoDate): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Why a date inside a hole of what the snapshot's files cover (e.g. SRF usage in 2025) has no data: the spans around it. */
export function snapshotHole(id: SeriesId, date: IsoDate, coverage: readonly (readonly [IsoDate, IsoDate])[]): MissingRead {
  const before = [...coverage].reverse().find(([, b]) => b < date);
  const after = coverage.find(([a]) => a > date);
  return { reason: 'snapshotHole', series: id, date, coveredUpTo: before && after ? before[1] : null, coveredFrom: after ? after[0] : null };
}

function labelled(source: string): string {
  return `${source} ${SNAPSHOT_LABEL}`;
}

/**
 * A reader over the bundled snapshot (mode 'snapshot'). Files are read lazily, once, and kept in
 * memory; a malformed or inconsistent file is a build bug and throws.
 */
export function createSnapshotReader(dir: string = DEFAULT_SNAPSHOT_DIR): SeriesReader {
  let manifest: Promise<SnapshotManifest> | undefined;
  const loaded = new Map<SeriesId, Promise<Series>>();

  function loadManifest(): Promise<SnapshotManifest> {
    manifest ??= readFile(join(dir, 'manifest.json'), 'utf8').then((text) =>
      manifestSchema.parse(JSON.parse(text)),
    );
    return manifest;
  }

  async function entryFor(id: SeriesId): Promise<ManifestEntry> {
    const entry = (await loadManifest()).series[id];
    return entry ?? { missing: id };
  }

  function loadSeries(id: SeriesId, file: string): Promise<Series> {
    let p = loaded.get(id);
    if (!p) {
      p = readFile(join(dir, file), 'utf8').then((text) => {
        const f = snapshotSeriesFileSchema.parse(JSON.parse(text));
        if (f.id !== id) throw new Error(`snapshot ${file} holds ${f.id}, not ${id}`);
        // Frozen: every read shares these objects, so no caller may change another's numbers.
        const points = f.points.map(([date, value]) => Object.freeze({ date, value }));
        for (let i = 1; i < points.length; i++) {
          if (!(points[i - 1]!.date < points[i]!.date)) throw new Error(`snapshot ${file}: dates not ascending at ${points[i]!.date}`);
        }
        return {
          id,
          unit: f.unit,
          calendar: f.calendar,
          points,
          provenance: { source: labelled(f.provenance.source), seriesId: f.provenance.seriesId, file: f.provenance.file },
        };
      });
      // A failed read is not cached, so a later call can retry.
      p.catch(() => loaded.delete(id));
      loaded.set(id, p);
    }
    return p;
  }

  return {
    mode: 'snapshot',

    async read(id: SeriesId, window: DateWindow): Promise<SeriesRead> {
      const entry = await entryFor(id);
      if ('missing' in entry) return { series: null, missing: { reason: 'notInSnapshot', series: id } };
      // A series with holes (SRF usage): a window ending in a hole, or before the files begin, is
      // unknown there. Past the last span the series has simply not been refreshed: its newest
      // point is shown, like any series that ends before the day asked.
      const lastCovered = entry.coverage?.at(-1)?.[1];
      if (entry.coverage && lastCovered && window.end <= lastCovered && !entry.coverage.some(([from, to]) => from <= window.end && window.end <= to)) {
        return { series: null, missing: snapshotHole(id, window.end, entry.coverage) };
      }
      const all = await loadSeries(id, entry.file);
      const from = lowerBound(all.points, window.start);
      const to = upperBound(all.points, window.end);
      return { series: { ...all, points: all.points.slice(from, Math.max(from, to)), provenance: { ...all.provenance } } };
    },

    async newest(id: SeriesId): Promise<{ date: string; source: string } | null> {
      const entry = await entryFor(id);
      if ('missing' in entry) return null;
      return { date: entry.last, source: labelled(entry.provenance.source) };
    },
  };
}
