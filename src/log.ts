// One-line JSON logs on stderr. Nothing secret goes in: callers pass no tokens, and anything that
// looks like a key in a URL is redacted here as a last line of defence.
import type { Config } from './config.js';

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type Level = keyof typeof ORDER;

export type Logger = {
  debug(msg: string, extra?: object): void;
  info(msg: string, extra?: object): void;
  warn(msg: string, extra?: object): void;
  error(msg: string, extra?: object): void;
};

const SECRET_IN_TEXT = /((?:api_key|token|key|secret)=)[^&\s"]+/gi;

export function createLogger(level: Config['LOG_LEVEL'], write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const at = (lvl: Level) => (msg: string, extra?: object) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...extra });
    write(line.replace(SECRET_IN_TEXT, '$1[redacted]'));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
