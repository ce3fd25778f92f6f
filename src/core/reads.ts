// Why a read has no data, or older data than asked: values the data layer (src/sources) returns and
// each catalog words (common.missing, common.stale), so no sentence is built outside the catalog.

import type { IsoDate, SeriesId } from './types.js';

/** How an upstream failed: no answer, an answer we could not parse, numbers the gate refused, too slow for the deadline. */
export type FailureKind = 'unavailable' | 'format' | 'implausible' | 'slow';

/** One upstream asked and failed. `upstream` is its proper name as the sources give it ("NY Fed", "FRED"); catalogs name it with common.source. */
export type Tried = { upstream: string; kind: FailureKind };

/** Why there is no data for a series here. */
export type MissingRead =
  /** The snapshot (or whatever answered) holds nothing for the series. */
  | { reason: 'notInSnapshot'; series: SeriesId }
  /** A day inside a hole of what the snapshot's files cover (SRF usage in 2025): known before `coveredUpTo` and again from `coveredFrom`. */
  | { reason: 'snapshotHole'; series: SeriesId; date: IsoDate; coveredUpTo: IsoDate | null; coveredFrom: IsoDate | null }
  /** Live mode: every upstream failed, nothing was stored, and the snapshot has nothing either (`snapshot` says why). */
  | { reason: 'upstreamsFailed'; series: SeriesId; tried: Tried[]; snapshot: MissingRead };

/** Why older data than the latest is shown: the upstreams failed, and the data is the store's or the snapshot's, as of `asOf`. */
export type StaleRead = { reason: 'upstreamsFailed'; tried: Tried[]; from: 'store' | 'snapshot'; asOf: IsoDate | null };

/** The upstreams in the order first asked, each with its first failure (what the sentence names). */
export function firstFailures(tried: readonly Tried[]): Tried[] {
  const seen = new Map<string, Tried>();
  for (const t of tried) if (!seen.has(t.upstream)) seen.set(t.upstream, t);
  return [...seen.values()];
}
