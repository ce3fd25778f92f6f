// The observation cache: what was read from an upstream, kept across restarts, with when it was
// read, until when it is expected to be current, and the last error seen for it.
import type { Calendar, DateWindow, IsoDate, Point, Provenance, Series, SeriesId, Unit } from '../core/types.js';
import type { Db } from './db.js';

export type SeriesMeta = {
  seriesId: SeriesId;
  unit: Unit;
  calendar: Calendar;
  provenance: Provenance;
  fetchedAt: string | null;
  expiresAt: string | null;
  /** The date span an upstream answer has covered (what was asked, not just what came back). */
  coveredFrom: IsoDate | null;
  coveredTo: IsoDate | null;
  lastError: string | null;
  lastErrorAt: string | null;
};

export type FetchRecord = { window: DateWindow; fetchedAt: Date; expiresAt: Date };

export interface ObservationStore {
  /** Upserts each series' points and metadata in one transaction. */
  saveFetched(items: { series: Series; fetch: FetchRecord }[]): void;
  /** Points inside the window, ascending; with `withPrevious`, also the last point before it. */
  readWindow(id: SeriesId, window: DateWindow, opts?: { withPrevious?: boolean }): Point[];
  newest(id: SeriesId): Point | null;
  meta(id: SeriesId): SeriesMeta | null;
  recordError(ids: SeriesId[], message: string, at: Date): void;
}

type MetaRow = {
  series_id: string;
  unit: string;
  calendar: string;
  provenance: string;
  fetched_at: string | null;
  expires_at: string | null;
  covered_from: string | null;
  covered_to: string | null;
  last_error: string | null;
  last_error_at: string | null;
};

const minDate = (a: string | null, b: string) => (a !== null && a < b ? a : b);
const maxDate = (a: string | null, b: string) => (a !== null && a > b ? a : b);

export function createObservationStore(db: Db): ObservationStore {
  const upsertPoint = db.prepare('INSERT INTO observations (series_id, date, value) VALUES (?, ?, ?) ON CONFLICT (series_id, date) DO UPDATE SET value = excluded.value');
  const getMeta = db.prepare<[string], MetaRow>('SELECT * FROM series_meta WHERE series_id = ?');
  const putMeta = db.prepare(
    `INSERT INTO series_meta (series_id, unit, calendar, provenance, fetched_at, expires_at, covered_from, covered_to, last_error, last_error_at)
     VALUES (@series_id, @unit, @calendar, @provenance, @fetched_at, @expires_at, @covered_from, @covered_to, NULL, NULL)
     ON CONFLICT (series_id) DO UPDATE SET unit = excluded.unit, calendar = excluded.calendar, provenance = excluded.provenance,
       fetched_at = excluded.fetched_at, expires_at = excluded.expires_at, covered_from = excluded.covered_from,
       covered_to = excluded.covered_to, last_error = NULL, last_error_at = NULL`,
  );
  const markError = db.prepare('UPDATE series_meta SET last_error = ?, last_error_at = ? WHERE series_id = ?');
  const inWindow = db.prepare<[string, string, string], Point>('SELECT date, value FROM observations WHERE series_id = ? AND date >= ? AND date <= ? ORDER BY date');
  const before = db.prepare<[string, string], Point>('SELECT date, value FROM observations WHERE series_id = ? AND date < ? ORDER BY date DESC LIMIT 1');
  const newest = db.prepare<[string], Point>('SELECT date, value FROM observations WHERE series_id = ? ORDER BY date DESC LIMIT 1');

  const save = db.transaction((items: { series: Series; fetch: FetchRecord }[]) => {
    for (const { series, fetch } of items) {
      for (const p of series.points) upsertPoint.run(series.id, p.date, p.value);
      const old = getMeta.get(series.id);
      // Coverage grows only when the new span touches the old one; otherwise the new span stands alone.
      const touches = old?.covered_from != null && old.covered_to != null && old.covered_from <= fetch.window.end && old.covered_to >= fetch.window.start;
      putMeta.run({
        series_id: series.id,
        unit: series.unit,
        calendar: series.calendar,
        provenance: JSON.stringify(series.provenance),
        fetched_at: fetch.fetchedAt.toISOString(),
        expires_at: fetch.expiresAt.toISOString(),
        covered_from: touches ? minDate(old!.covered_from, fetch.window.start) : fetch.window.start,
        covered_to: touches ? maxDate(old!.covered_to, fetch.window.end) : fetch.window.end,
      });
    }
  });

  return {
    saveFetched: (items) => save(items),
    readWindow(id, window, opts = {}) {
      const pts = inWindow.all(id, window.start, window.end);
      const prev = opts.withPrevious ? before.get(id, window.start) : undefined;
      return prev ? [prev, ...pts] : pts;
    },
    newest: (id) => newest.get(id) ?? null,
    meta(id) {
      const r = getMeta.get(id);
      if (!r) return null;
      return {
        seriesId: r.series_id as SeriesId,
        unit: r.unit as Unit,
        calendar: r.calendar as Calendar,
        provenance: JSON.parse(r.provenance) as Provenance,
        fetchedAt: r.fetched_at,
        expiresAt: r.expires_at,
        coveredFrom: r.covered_from,
        coveredTo: r.covered_to,
        lastError: r.last_error,
        lastErrorAt: r.last_error_at,
      };
    },
    recordError(ids, message, at) {
      db.transaction(() => {
        for (const id of ids) markError.run(message, at.toISOString(), id);
      })();
    },
  };
}
