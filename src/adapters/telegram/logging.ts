// Failed Bot API calls are logged with the method, the code and Telegram's description; never with
// the token, which lives in every request URL and so can surface in network error messages.
import { GrammyError, HttpError, type Transformer } from 'grammy';
import type { Logger } from '../../log.js';

export function redactor(token: string): (s: string) => string {
  return (s) => (token ? s.split(token).join('[token]') : s);
}

/** Installed last, so it sees each call's outcome after auto-retry has done its work. */
export function apiLogger(log: Logger, redact: (s: string) => string): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) log.warn('telegram api call refused', { method, error_code: res.error_code, description: redact(res.description) });
      return res;
    } catch (err) {
      if (!signal?.aborted) log.warn('telegram api call failed', { method, error: redact(err instanceof Error ? err.message : String(err)) });
      throw err;
    }
  };
}

/** A loggable description of anything a handler threw. */
export function describeError(err: unknown, redact: (s: string) => string): Record<string, unknown> {
  if (err instanceof GrammyError) return { method: err.method, error_code: err.error_code, description: redact(err.description) };
  if (err instanceof HttpError) return { error: redact(err.message), cause: redact(err.error instanceof Error ? err.error.message : String(err.error)) };
  if (err instanceof Error) return { error: redact(err.stack ?? err.message) };
  return { error: redact(String(err)) };
}
