// The one way this bot talks to an upstream: GET with a timeout, bounded retries (network errors,
// 429, 5xx) that honour Retry-After, gzip (undici's fetch decodes it), a User-Agent, and errors
// that name the upstream but never carry a secret (FRED's api_key) in their text.
//
// Every request goes through this module's own undici Agent, never the process-wide dispatcher:
// that slot (Symbol.for('undici.globalDispatcher.1')) is shared by every undici copy in the process
// and by Node's fetch, and a dispatcher of one undici version cannot send another version's bodies
// (that is how discord.js's uploads broke; see src/adapters/discord/dispatcher.ts).
//
// undici itself is loaded on the first request (about 17 MB and 50 ms at start that snapshot mode
// and the terminal prompt never need).
import { createRequire } from 'node:module';
import type { Agent, Dispatcher, fetch as undiciFetch } from 'undici';
import type { Config } from '../config.js';
import { UpstreamFormatError, UpstreamUnavailableError } from './types.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type SourceLog = (level: LogLevel, message: string) => void;

export const USER_AGENT = 'liquidity-bot/0.1 (US dollar liquidity bot; read-only)';

export type HttpOptions = {
  timeoutMs: number;
  retries: number;
  /** Delay before retry number `attempt` (0-based) when the server gave no Retry-After. */
  backoffMs?: (attempt: number) => number;
  /**
   * The longest Retry-After we wait for. A longer one fails the request at once (the error carries
   * the delay, so the caller leaves the upstream alone that long): an answer never waits on it.
   */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Strings scrubbed from every message and URL we emit (the FRED key). */
  secrets?: string[];
  log?: SourceLog;
  userAgent?: string;
  /** The connection pool to use; by default one shared by the upstream clients of this process. */
  dispatcher?: Dispatcher;
  /** Told of every attempt (retries too): null when it succeeded, else its status or a timeout (metrics). */
  onAttempt?: (upstream: string, failure: { status?: number; timedOut: boolean } | null) => void;
};

export interface HttpClient {
  getJson(url: string, upstream: string): Promise<unknown>;
  getText(url: string, upstream: string): Promise<string>;
  /** The URL as it may be shown or stored: secrets and api_key values removed. */
  redact(text: string): string;
}

export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

export function defaultBackoffMs(attempt: number): number {
  const base = 500 * 2 ** attempt;
  return base + Math.floor(Math.random() * base * 0.25);
}

export function httpOptionsFromConfig(config: Config, extra: Partial<HttpOptions> = {}): HttpOptions {
  return {
    timeoutMs: config.HTTP_TIMEOUT_MS,
    retries: config.HTTP_RETRIES,
    // Retry-After beyond the answer's deadline: stale now, retry later (issue 9).
    maxRetryAfterMs: config.ANSWER_DEADLINE_MS,
    secrets: config.FRED_API_KEY ? [config.FRED_API_KEY] : [],
    ...extra,
  };
}

/** Removes `api_key=...` values (in URLs and in free text) and any listed secret. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(/(api_key(?:=|%3D))[^&\s"']*/gi, '$1REDACTED');
  for (const s of secrets) if (s) out = out.split(s).join('REDACTED');
  return out;
}

/**
 * Retry-After in milliseconds from either form the RFC allows: delta-seconds or an HTTP date.
 * Returns null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const t = header.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const when = Date.parse(t);
  if (Number.isNaN(when)) return null;
  return Math.max(0, when - now.getTime());
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type Undici = { Agent: typeof Agent; fetch: typeof undiciFetch };
let undici: Undici | undefined;
const loadUndici = (): Undici => (undici ??= createRequire(import.meta.url)('undici') as Undici);

let upstreamAgent: Agent | undefined;
/** The upstream clients' own connection pool, created on first use. */
function sharedUpstreamAgent(): Agent {
  return (upstreamAgent ??= new (loadUndici().Agent)({ keepAliveTimeout: 10_000, connections: 16 }));
}

function retryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

type Attempt =
  | { ok: true; status: number; contentType: string; body: string }
  | { ok: false; retryable: boolean; status?: number; retryAfterMs: number | null; reason: string };

export function createHttpClient(opts: HttpOptions): HttpClient {
  const secrets = opts.secrets ?? [];
  const redact = (s: string) => redactSecrets(s, secrets);
  const sleep = opts.sleep ?? sleepReal;
  const now = opts.now ?? (() => new Date());
  const backoff = opts.backoffMs ?? defaultBackoffMs;
  const cap = opts.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;

  async function attempt(url: string): Promise<Attempt> {
    const signal = AbortSignal.timeout(opts.timeoutMs);
    const dispatcher = opts.dispatcher ?? sharedUpstreamAgent();
    try {
      const res = await loadUndici().fetch(url, {
        method: 'GET',
        dispatcher,
        headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
        signal,
      });
      // Reading the body is inside the timeout too: a server that stalls mid-body is a timeout.
      const body = await res.text();
      if (res.ok) return { ok: true, status: res.status, contentType: res.headers.get('content-type') ?? '', body };
      return {
        ok: false,
        retryable: retryableStatus(res.status),
        status: res.status,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), now()),
        reason: `HTTP ${res.status}`,
      };
    } catch (err) {
      const timedOut = signal.aborted || (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'));
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      const reason = timedOut ? `no answer within ${opts.timeoutMs} ms` : `network error${cause}`;
      return { ok: false, retryable: true, retryAfterMs: null, reason };
    }
  }

  async function get(url: string, upstream: string): Promise<{ contentType: string; body: string }> {
    const shown = redact(url);
    for (let i = 0; ; i++) {
      const r = await attempt(url);
      opts.onAttempt?.(upstream, r.ok ? null : { ...(r.status !== undefined ? { status: r.status } : {}), timedOut: r.reason.startsWith('no answer') });
      if (r.ok) return r;
      const last = i >= opts.retries;
      if (!r.retryable || last) {
        const tries = i + 1 === 1 ? '' : ` after ${i + 1} attempts`;
        throw new UpstreamUnavailableError(upstream, redact(`${r.reason}${tries} for ${shown}`), r.status);
      }
      if (r.retryAfterMs !== null && r.retryAfterMs > cap) {
        throw new UpstreamUnavailableError(upstream, redact(`${r.reason} with Retry-After ${Math.round(r.retryAfterMs / 1000)} s for ${shown}`), r.status, r.retryAfterMs);
      }
      const wait = Math.max(0, r.retryAfterMs ?? backoff(i));
      opts.log?.('warn', redact(`${upstream}: ${r.reason} for ${shown}; retry ${i + 1}/${opts.retries} in ${wait} ms`));
      await sleep(wait);
    }
  }

  return {
    redact,
    async getText(url, upstream) {
      return (await get(url, upstream)).body;
    },
    async getJson(url, upstream) {
      const { contentType, body } = await get(url, upstream);
      try {
        return JSON.parse(body) as unknown;
      } catch {
        const kind = /html/i.test(contentType) || /^\s*</.test(body) ? 'an HTML page' : `unparseable text (${contentType || 'no content type'})`;
        throw new UpstreamFormatError(upstream, redact(`expected JSON from ${redact(url)}, got ${kind}`));
      }
    },
  };
}
