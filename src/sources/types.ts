import type { MissingRead, StaleRead } from '../core/reads.js';
import type { DateWindow, Series, SeriesId } from '../core/types.js';

/**
 * What a command's data access sees: one series over a window, from wherever it lives.
 * Implemented by the snapshot reader (offline) and the live reader (upstream + store + fallback).
 */
export type SeriesRead = {
  /** Points inside the window (plus, where available, the last point before it, see `readSeries`). */
  series: Series | null;
  /** Set when the newest data could not be read and older data is shown: why, for the catalog to word. */
  stale?: StaleRead;
  /** Set when there is no data at all for this series here: why, for the catalog to word. */
  missing?: MissingRead;
};

export type ReadOptions = {
  /**
   * The answer's deadline: when it fires, the read answers with what is in hand (stored or bundled
   * data, marked stale) and the upstream reads go on in the background to fill the cache.
   */
  signal?: AbortSignal;
  /** Ask the upstream now even when a kept read is still current (the release watcher polling for a new print). */
  fresh?: boolean;
};

export interface SeriesReader {
  /** Which mode this reader serves: 'snapshot' or 'live'. */
  readonly mode: 'snapshot' | 'live';
  /**
   * Reads `id` for `window`. Must never throw for upstream failures: it answers stale or missing.
   * Throws only on programming errors.
   */
  read(id: SeriesId, window: DateWindow, opts?: ReadOptions): Promise<SeriesRead>;
  /** Newest observation date per series, for /about. */
  newest(id: SeriesId): Promise<{ date: string; source: string } | null>;
}

/** Raised when an upstream answer does not match its schema (drifted JSON, HTML error page...). */
export class UpstreamFormatError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
  ) {
    super(`${upstream}: ${message}`);
    this.name = 'UpstreamFormatError';
  }
}

/**
 * Raised when an upstream's answer parses but fails the plausibility gate (src/core/plausibility.ts):
 * a unit that changed, a value outside its band, a jump, a repeated row with two values, a row
 * from the future, an empty or short answer. Treated like any failed read.
 */
export class UpstreamImplausibleError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
  ) {
    super(`${upstream}: ${message}`);
    this.name = 'UpstreamImplausibleError';
  }
}

/** Raised when an upstream could not be reached or kept failing after retries. */
export class UpstreamUnavailableError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
    readonly status?: number,
    /** The server asked us to come back after this long (Retry-After beyond what we wait). */
    readonly retryAfterMs?: number,
  ) {
    super(`${upstream}: ${message}`);
    this.name = 'UpstreamUnavailableError';
  }
}
