// One logger (pino): JSON lines on stderr, one object per line with `time`, `level` (a word),
// `msg` and the call's fields. A child logger per adapter (`childLogger(log, { adapter })`).
//
// Secrets are taken out in ONE place, here: `redacting()` wraps whatever logger the app uses and
// replaces every secret value of the configuration (config.ts's SECRET_KEYS) wherever it appears,
// in the message or any field, raw or URL-encoded, plus any `api_key=`/`token=` query value and the
// `bot<token>` path of a Bot API URL. pino's key redaction covers fields named like credentials.
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { SECRET_KEYS, type Config } from './config.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export type Logger = {
  debug(msg: string, extra?: object): void;
  info(msg: string, extra?: object): void;
  warn(msg: string, extra?: object): void;
  error(msg: string, extra?: object): void;
  /** A logger whose every line carries `bindings` (absent on hand-made test loggers: see childLogger). */
  child?(bindings: object): Logger;
};

export const REDACTED = '[redacted]';

/** Values in URLs and text that are credentials whatever they are: FRED's api_key, any token=. */
const SECRET_PARAMS = /((?:api_key|token|secret|password)(?:=|%3D))[^&\s"'\\]+/gi;
/** The Bot API puts the token in the path: https://api.telegram.org/bot<token>/method. */
const BOT_PATH = /(\/bot)\d+:[A-Za-z0-9_-]+/g;

/** The configuration's secret values, as they may appear in text. */
export function configSecrets(config: Partial<Config>): string[] {
  const out = new Set<string>();
  for (const key of SECRET_KEYS) {
    const v = config[key];
    if (typeof v !== 'string' || v.length < 4) continue;
    out.add(v);
    out.add(encodeURIComponent(v));
    // A Telegram token's secret half alone is still the secret.
    const half = v.includes(':') ? v.slice(v.indexOf(':') + 1) : '';
    if (half.length >= 8) out.add(half);
  }
  // Longest first, so that a token is replaced whole before its half is looked for.
  return [...out].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let s = text;
  for (const secret of secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
  return s.replace(SECRET_PARAMS, `$1${REDACTED}`).replace(BOT_PATH, `$1${REDACTED}`);
}

function scrubValue(v: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof v === 'string') return scrubText(v, secrets);
  if (v instanceof Error) return scrubText(v.stack ?? `${v.name}: ${v.message}`, secrets);
  if (depth > 6 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => scrubValue(x, secrets, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubValue(x, secrets, depth + 1)]));
}

/** The one redaction: every line through `log` has the secrets taken out. */
export function redacting(log: Logger, secrets: readonly string[]): Logger {
  const at =
    (level: Level) =>
    (msg: string, extra?: object): void => {
      const clean = extra === undefined ? undefined : (scrubValue(extra, secrets) as object);
      log[level](scrubText(msg, secrets), clean);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => redacting(childLogger(log, scrubValue(bindings, secrets) as object), secrets),
  };
}

/** A child of `log` with `bindings` on every line; works on hand-made loggers too. */
export function childLogger(log: Logger, bindings: object): Logger {
  if (log.child) return log.child(bindings);
  const at =
    (level: Level) =>
    (msg: string, extra?: object): void =>
      log[level](msg, { ...bindings, ...extra });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => childLogger(log, { ...bindings, ...more }) };
}

function fromPino(p: PinoLogger): Logger {
  return {
    debug: (msg, extra) => p.debug(extra ?? {}, msg),
    info: (msg, extra) => p.info(extra ?? {}, msg),
    warn: (msg, extra) => p.warn(extra ?? {}, msg),
    error: (msg, extra) => p.error(extra ?? {}, msg),
    child: (bindings) => fromPino(p.child(bindings)),
  };
}

/**
 * The process logger: pino, JSON lines on stderr (written synchronously, so that nothing is lost
 * when the process exits right after a line). `write` receives each line instead (tests).
 * Pass the configuration's secrets (configSecrets) to have them taken out; createApp does.
 */
export function createLogger(level: Level, write?: (line: string) => void, secrets: readonly string[] = []): Logger {
  const destination: DestinationStream = write ? { write: (s: string) => write(s.replace(/\n$/, '')) } : pino.destination({ fd: 2, sync: true });
  const p = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ['token', '*.token', 'authorization', '*.authorization', 'password', '*.password', 'apiKey', '*.apiKey'], censor: REDACTED },
    },
    destination,
  );
  return redacting(fromPino(p), secrets);
}
