// What /readyz reports: each adapter connected, and each source's newest date against the release
// calendar (src/core/releases.ts). A source is overdue when the observation after its newest one
// should have been published (plus a grace for late upstreams) and still is not here.
import { addDays, easternToInstant } from '../core/dates.js';
import { nextRelease } from '../core/releases.js';
import type { IsoDate, SeriesId } from '../core/types.js';
import type { SeriesReader } from '../sources/types.js';

/** One series per upstream dataset: NY Fed SOFR, EFFR and repo operations, the DTS, FRED's H.4.1. */
export const WATCHED_SERIES: readonly SeriesId[] = ['SOFR', 'EFFR', 'RRP_VOLUME', 'TGA', 'RESERVES'];

/** Upstreams are sometimes hours late (the live reader re-checks for 3 h after a release). */
export const OVERDUE_GRACE_MS = 3 * 3_600_000;

export type SourceState = { series: SeriesId; newest: IsoDate | null; source: string | null; expectedBy: string | null; overdue: boolean };
export type AdapterState = { name: string; connected: boolean };
export type Readiness = { ready: boolean; stopping: boolean; adapters: AdapterState[]; sources: SourceState[] };

/**
 * When the observation after `newest` is due at the latest: the second release slot after the end
 * of that day (the first publishes `newest` itself for next-day series such as SOFR and the DTS;
 * same-day series such as ON RRP get a day more than they need, which errs on the side of ready).
 */
export function nextObservationDue(id: SeriesId, newest: IsoDate): Date {
  const endOfDay = easternToInstant(addDays(newest, 1), 0, 0);
  const first = nextRelease(id, new Date(endOfDay.getTime() - 1)).at;
  return nextRelease(id, first).at;
}

export function isOverdue(id: SeriesId, newest: IsoDate | null, now: Date, graceMs = OVERDUE_GRACE_MS): boolean {
  if (!newest) return true;
  return now.getTime() > nextObservationDue(id, newest).getTime() + graceMs;
}

export type ReadinessDeps = {
  reader: SeriesReader;
  adapters: () => AdapterState[];
  stopping: () => boolean;
  now?: () => Date;
  /** Bound on the refresh read of an overdue-looking live source. */
  refreshTimeoutMs?: number;
};

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const now = deps.now ?? (() => new Date());
  const live = deps.reader.mode === 'live';
  const stopping = deps.stopping();
  const sources = await Promise.all(
    WATCHED_SERIES.map(async (id): Promise<SourceState> => {
      let n = await deps.reader.newest(id);
      // The live reader fetches on demand, so a quiet bot's store may simply not have asked yet:
      // an overdue-looking source is read once (cached until its next release, failures backed
      // off by the reader) before it is called overdue.
      // (Not while stopping: the answer is 503 anyway, and the upstreams are the answers' in flight.)
      if (live && !stopping && isOverdue(id, n?.date ?? null, now())) {
        await withTimeout(deps.reader.read(id, { start: addDays(now().toISOString().slice(0, 10), -14), end: now().toISOString().slice(0, 10) }), deps.refreshTimeoutMs ?? 5000);
        n = await deps.reader.newest(id);
      }
      const newest = n?.date ?? null;
      return {
        series: id,
        newest,
        source: n?.source ?? null,
        expectedBy: newest ? nextObservationDue(id, newest).toISOString() : null,
        // The snapshot is frozen on purpose: its age is reported, never held against readiness.
        overdue: live && isOverdue(id, newest, now()),
      };
    }),
  );
  const adapters = deps.adapters();
  const ready = !stopping && adapters.every((a) => a.connected) && sources.every((s) => !s.overdue);
  return { ready, stopping, adapters, sources };
}

async function withTimeout(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p.catch(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
