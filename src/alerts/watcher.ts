// The release watcher: for each watched series, sleeps until its next expected release (the
// calendar in src/core/releases.ts: SOFR 8:00 ET, ON RRP 13:15, the DTS 16:00, the H.4.1 Thursday
// 16:30, US Eastern with daylight saving and Fed holidays), then asks for the newest observation
// every `pollMs` until the observation that release brings arrives or the release window closes,
// and hands on every new observation it sees. Polling starts at the release time, so a number
// published on time reaches `onRelease` within one poll interval. An observation older than what
// the release brings (yesterday's, missed while down or published past its window) is handed on
// as not current and the polling goes on for this release's own: a late day never shifts every
// later release by one. Started inside a release's window (a restart at 8:00:02), it polls that
// release at once. The clock and the timers are injected, so tests run whole days in milliseconds.
import { nextRelease, previousRelease, releaseBrings } from '../core/releases.js';
import type { IsoDate, Point, SeriesId } from '../core/types.js';

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type ReleaseWatcherOptions = {
  series: readonly SeriesId[];
  /** The newest observation of a series, read from its upstream now (not from a cache). Never throws for upstream faults: null. */
  latest(id: SeriesId): Promise<Point | null>;
  /**
   * A new observation has been published. `current`: it is what the release being watched brings
   * (false for an older one found on the way: news to step alerts on, not a morning brief).
   * Errors are logged by the caller; the watcher goes on.
   */
  onRelease(id: SeriesId, point: Point, info: { current: boolean }): Promise<void> | void;
  /** The newest observation already handled per series (a date alone: any value of that date counts as seen), so a restart does not post it again. */
  seen?: ReadonlyMap<SeriesId, IsoDate | Point>;
  now?: () => Date;
  timers?: Timers;
  /** How often to ask once a release is due. Default DEFAULT_POLL_MS. */
  pollMs?: number;
  /** How long after the expected time to keep asking before waiting for the next release. Default 3 h. */
  windowMs?: number;
  onError?: (id: SeriesId, e: unknown) => void;
  /** A release did not come within its window: dropped for the day (the caller logs it); the watcher waits for the next one. */
  onMissed?: (id: SeriesId, expectedAt: Date) => void;
};

/**
 * How often a due release is asked for: 10 s, the low end of the 10-15 s, so a number is
 * seen at most 10 s after it is out and the first post can go within the 15 s target.
 */
export const DEFAULT_POLL_MS = 10_000;

export type ReleaseWatcher = { stop(): void; /** For tests and /readyz: when each series is next looked at. */ nextCheck(id: SeriesId): Date | null };

export function startReleaseWatcher(opts: ReleaseWatcherOptions): ReleaseWatcher {
  const now = opts.now ?? (() => new Date());
  const timers: Timers = opts.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms).unref(), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
  const pollMs = opts.pollMs ?? DEFAULT_POLL_MS;
  const windowMs = opts.windowMs ?? 3 * 3_600_000;
  const seen = new Map<SeriesId, { date: IsoDate; value?: number }>([...(opts.seen ?? [])].map(([id, p]) => [id, typeof p === 'string' ? { date: p } : p]));
  /**
   * New: a later date, or the same date with another value: a series with more than one release
   * a day (the SRF's morning and afternoon operations add to one day's total) or a revision.
   */
  const isNew = (id: SeriesId, p: Point) => {
    const last = seen.get(id);
    return !last || p.date > last.date || (p.date === last.date && last.value !== undefined && p.value !== last.value);
  };
  const handles = new Map<SeriesId, unknown>();
  const next = new Map<SeriesId, Date>();
  let stopped = false;

  const at = (id: SeriesId, when: Date, fn: () => void) => {
    if (stopped) return;
    next.set(id, when);
    handles.set(id, timers.setTimeout(fn, Math.max(0, when.getTime() - now().getTime())));
  };

  /** Sleeps until the next release of `id`, then polls it. */
  const waitForRelease = (id: SeriesId) => {
    const release = nextRelease(id, now()).at;
    at(id, release, () => void poll(id, release));
  };

  const poll = async (id: SeriesId, release: Date): Promise<void> => {
    if (stopped) return;
    let p: Point | null = null;
    try {
      p = await opts.latest(id);
    } catch (e) {
      opts.onError?.(id, e);
    }
    const brings = releaseBrings(id, release);
    if (p && isNew(id, p)) {
      seen.set(id, p);
      const current = p.date >= brings;
      try {
        await opts.onRelease(id, p, { current });
      } catch (e) {
        opts.onError?.(id, e);
      }
      if (current) return waitForRelease(id);
    }
    if (now().getTime() - release.getTime() >= windowMs) {
      opts.onMissed?.(id, release);
      return waitForRelease(id);
    }
    at(id, new Date(now().getTime() + pollMs), () => void poll(id, release));
  };

  // What is already out when the watcher starts is the baseline, not a release: it is not handed on.
  const baseline = async (id: SeriesId) => {
    if (!seen.has(id)) {
      try {
        const p = await opts.latest(id);
        if (p && !seen.has(id)) seen.set(id, p);
      } catch (e) {
        opts.onError?.(id, e);
      }
    }
    // Inside a release's window and without what it brings (a restart at 8:00:02, before the print):
    // poll that release now rather than sleep to the next one.
    const prev = previousRelease(id, now()).at;
    const last = seen.get(id);
    if (now().getTime() - prev.getTime() < windowMs && (!last || last.date < releaseBrings(id, prev))) return void poll(id, prev);
    waitForRelease(id);
  };
  for (const id of opts.series) void baseline(id);
  return {
    stop() {
      stopped = true;
      for (const h of handles.values()) timers.clearTimeout(h);
      handles.clear();
    },
    nextCheck: (id) => next.get(id) ?? null,
  };
}
