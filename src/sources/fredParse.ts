// Pure parsers for FRED's JSON API (data-sources.md §2.1) and the FRED id <-> our id map (§2.3).
import { z } from 'zod';
import type { Calendar, Point, SeriesId } from '../core/types.js';
import { UpstreamFormatError } from './types.js';
import { ISO_DATE, parseUpstream } from './validate.js';

const observationsSchema = z.object({
  observations: z.array(z.object({ date: z.string().regex(ISO_DATE, 'expected YYYY-MM-DD'), value: z.string() })),
});
const seriesSchema = z.object({
  seriess: z.array(z.object({ id: z.string(), units: z.string().min(1) })).min(1, 'no series in seriess'),
});

/** Observations as FRED writes them: string values, "." for missing. Ascending, missing dropped. */
export function parseFredObservations(json: unknown, fredId: string): Point[] {
  const upstream = `FRED ${fredId}`;
  const obs = parseUpstream(observationsSchema, json, upstream, 'observations').observations;
  const points: Point[] = [];
  for (const o of obs) {
    const raw = o.value.trim();
    if (raw === '.' || raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new UpstreamFormatError(upstream, `bad value ${JSON.stringify(o.value.slice(0, 20))} on ${o.date}`);
    points.push({ date: o.date, value });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** `seriess[0].units` of a /fred/series answer: the unit of measure ("Millions of U.S. Dollars"). */
export function parseFredUnits(json: unknown, fredId: string): string {
  const s = parseUpstream(seriesSchema, json, `FRED ${fredId}`, 'series metadata').seriess[0]!;
  if (s.id.toUpperCase() !== fredId.toUpperCase()) throw new UpstreamFormatError(`FRED ${fredId}`, `metadata is for ${s.id}, not ${fredId}`);
  return s.units;
}

/**
 * FRED id -> our id. `typicalUsd` is a rough recent level of a dollar series, used only with the
 * keyless CSV (no metadata) to tell millions from billions; `percent` series need no guess.
 * `calendar`, when FRED stamps the series differently from its primary source (SERIES_SHAPE).
 */
export const FRED_SERIES: Record<string, { id: SeriesId; typicalUsd?: number; calendar?: Calendar }> = {
  SOFR: { id: 'SOFR' },
  SOFR1: { id: 'SOFR_P1' },
  SOFR25: { id: 'SOFR_P25' },
  SOFR75: { id: 'SOFR_P75' },
  SOFR99: { id: 'SOFR_P99' },
  SOFRVOL: { id: 'SOFR_VOLUME', typicalUsd: 2e12 },
  EFFR: { id: 'EFFR' },
  RRPONTSYD: { id: 'RRP_VOLUME', typicalUsd: 3e11 },
  RRPONTSYAWARD: { id: 'RRP_RATE' },
  RPONTTLD: { id: 'SRF_VOLUME', typicalUsd: 1e10 },
  WTREGEN: { id: 'TGA_WEEKLY', typicalUsd: 8e11 },
  WRESBAL: { id: 'RESERVES', typicalUsd: 3e12 },
  WALCL: { id: 'FED_ASSETS', typicalUsd: 7e12 },
  TREAST: { id: 'TREASURIES', typicalUsd: 4e12 },
  IORB: { id: 'IORB' },
  DFEDTARL: { id: 'TARGET_LOW', calendar: 'daily' }, // 7-day, where the NY Fed's EFFR rows are business days
  DFEDTARU: { id: 'TARGET_HIGH', calendar: 'daily' },
  DGS10: { id: 'DGS10' },
  GDP: { id: 'GDP', typicalUsd: 3e13 },
};

export const FRED_ID_OF: Partial<Record<SeriesId, string>> = Object.fromEntries(
  Object.entries(FRED_SERIES).map(([fredId, v]) => [v.id, fredId]),
);
