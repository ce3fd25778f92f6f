import type { DateWindow, Series, SeriesId } from '../core/types.js';

/**
 * What a command's data access sees: one series over a window, from wherever it lives.
 * Implemented by the snapshot reader (offline) and the live reader (upstream + store + fallback).
 */
export type SeriesRead = {
  /** Points inside the window (plus, where available, the last point before it, see `readSeries`). */
  series: Series | null;
  /** Set when the newest data could not be read and older data is shown: one plain sentence. */
  stale?: string;
  /** Set when there is no data at all for this series here: one plain sentence saying so. */
  missing?: string;
};

export interface SeriesReader {
  /** Which mode this reader serves: 'snapshot' or 'live'. */
  readonly mode: 'snapshot' | 'live';
  /**
   * Reads `id` for `window`. Must never throw for upstream failures: it answers stale or missing.
   * Throws only on programming errors.
   */
  read(id: SeriesId, window: DateWindow): Promise<SeriesRead>;
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

/** Raised when an upstream could not be reached or kept failing after retries. */
export class UpstreamUnavailableError extends Error {
  constructor(
    readonly upstream: string,
    message: string,
    readonly status?: number,
  ) {
    super(`${upstream}: ${message}`);
    this.name = 'UpstreamUnavailableError';
  }
}
