// Failed Bot API calls are logged with the method, the code and Telegram's description. The token
// lives in every request URL and so can surface in network error messages: the app's logger takes
// it out (log.ts, the one redaction), so nothing here needs to.
import { GrammyError, HttpError, type Transformer } from 'grammy';
import type { Logger } from '../../log.js';

/** Installed last, so it sees each call's outcome after auto-retry has done its work. */
export function apiLogger(log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) log.warn('telegram api call refused', { method, error_code: res.error_code, description: res.description });
      return res;
    } catch (err) {
      if (!signal?.aborted) log.warn('telegram api call failed', { method, error: err instanceof Error ? err.message : String(err) });
      throw err;
    }
  };
}

/** A loggable description of anything a handler threw. */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof GrammyError) return { method: err.method, error_code: err.error_code, description: err.description };
  if (err instanceof HttpError) return { error: err.message, cause: err.error instanceof Error ? err.error.message : String(err.error) };
  if (err instanceof Error) return { error: err.stack ?? err.message };
  return { error: String(err) };
}
