// FRED client: the JSON API when a key is configured (units from /fred/series metadata), the keyless
// fredgraph.csv otherwise (units guessed from magnitude). The key never leaves the request URL:
// Provenance.url and every error go through the HTTP client's redaction (§2.1, §2.2, §2.5).
import type { Config } from '../config.js';
import type { DateWindow, Point, Series } from '../core/types.js';
import { SERIES_SHAPE } from './catalog.js';
import { parseFredCsv } from './fredCsv.js';
import { FRED_SERIES, parseFredObservations, parseFredUnits } from './fredParse.js';
import { guessDollarFactor, scaleFromFredUnits, type FredScale } from './fredUnits.js';
import type { HttpClient } from './http.js';
import { createPacer, type Pacer } from './pacer.js';
import { UpstreamFormatError } from './types.js';

export const FRED = 'FRED';

export interface FredClient {
  readonly keyed: boolean;
  fetchSeries(fredId: string, window: DateWindow): Promise<Series>;
}

type FredConfig = Pick<Config, 'FRED_API_KEY' | 'FRED_BASE_URL' | 'FRED_GRAPH_BASE_URL'>;

/** Scale for the CSV path: percent series by their shape, dollar series by their largest value. */
export function csvScale(fredId: string, points: Point[]): FredScale {
  const meta = FRED_SERIES[fredId];
  if (!meta) throw new Error(`unknown FRED series ${fredId}`);
  if (SERIES_SHAPE[meta.id].unit === 'percent') return { unit: 'percent', factor: 1 };
  const largest = points.reduce((m, p) => Math.max(m, Math.abs(p.value)), 0);
  return { unit: 'usd', factor: guessDollarFactor(largest, meta.typicalUsd ?? 1e12) };
}

/** FRED allows about 2 requests per second; 500 ms between request starts keeps us under it. */
export const FRED_MIN_GAP_MS = 500;
/** A series' unit of measure changes rarely (WRESBAL did once, in 2025): re-read it daily. */
const UNITS_TTL_MS = 24 * 3_600_000;

export function createFredClient(
  http: HttpClient,
  config: FredConfig,
  now: () => Date = () => new Date(),
  pace: Pacer = createPacer(FRED_MIN_GAP_MS),
): FredClient {
  const key = config.FRED_API_KEY;
  // Per series: the units read (or being read), shared by concurrent fetches, kept a day.
  const units = new Map<string, { scale: Promise<FredScale>; at: number }>();

  function unitsOf(fredId: string, metaUrl: string, upstream: string): Promise<FredScale> {
    const cached = units.get(fredId);
    if (cached && now().getTime() - cached.at < UNITS_TTL_MS) return cached.scale;
    const scale = pace(() => http.getJson(metaUrl, upstream)).then((meta) => scaleFromFredUnits(parseFredUnits(meta, fredId), fredId));
    units.set(fredId, { scale, at: now().getTime() });
    scale.catch(() => units.delete(fredId)); // a failed read is not remembered
    return scale;
  }

  async function viaApi(fredId: string, w: DateWindow): Promise<{ points: Point[]; scale: FredScale; url: string }> {
    const base = `${config.FRED_BASE_URL}/fred`;
    const q = (extra: string) => `series_id=${encodeURIComponent(fredId)}&api_key=${key}&file_type=json${extra}`;
    const obsUrl = `${base}/series/observations?${q(`&observation_start=${w.start}&observation_end=${w.end}`)}`;
    const metaUrl = `${base}/series?${q('')}`;
    const upstream = `${FRED} ${fredId}`;
    const [obs, scale] = await Promise.all([pace(() => http.getJson(obsUrl, upstream)), unitsOf(fredId, metaUrl, upstream)]);
    const points = parseFredObservations(obs, fredId);
    return { points, scale, url: http.redact(obsUrl) };
  }

  async function viaCsv(fredId: string, w: DateWindow): Promise<{ points: Point[]; scale: FredScale; url: string }> {
    const url = `${config.FRED_GRAPH_BASE_URL}/graph/fredgraph.csv?id=${encodeURIComponent(fredId)}&cosd=${w.start}&coed=${w.end}`;
    const csv = parseFredCsv(await pace(() => http.getText(url, `${FRED} ${fredId}`)), `${FRED} ${fredId}`);
    if (csv.column.toUpperCase() !== fredId.toUpperCase() && csv.column.toLowerCase() !== 'value') {
      throw new UpstreamFormatError(`${FRED} ${fredId}`, `CSV column is ${csv.column}, not ${fredId}`);
    }
    // fredgraph.csv may ignore cosd/coed; drop what is before the window. Rows after it are kept for
    // the plausibility gate: the window ends today, so they are rows from the future.
    const points = csv.points.filter((p) => p.date >= w.start);
    return { points, scale: csvScale(fredId, points), url };
  }

  return {
    keyed: key !== undefined,
    async fetchSeries(fredId, window) {
      const meta = FRED_SERIES[fredId];
      if (!meta) throw new Error(`unknown FRED series ${fredId}`);
      const r = key ? await viaApi(fredId, window) : await viaCsv(fredId, window);
      const shape = SERIES_SHAPE[meta.id];
      if (r.scale.unit !== shape.unit) {
        throw new UpstreamFormatError(`${FRED} ${fredId}`, `unit is ${r.scale.unit}, expected ${shape.unit} for ${meta.id}`);
      }
      return {
        id: meta.id,
        unit: shape.unit,
        calendar: meta.calendar ?? shape.calendar,
        points: r.points.map((p) => ({ date: p.date, value: p.value * r.scale.factor })),
        provenance: { source: FRED, seriesId: fredId, url: r.url, retrievedAt: now().toISOString() },
      };
    },
  };
}
