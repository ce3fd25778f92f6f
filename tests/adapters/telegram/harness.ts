// A real grammY bot (through createTelegramAdapter) against the fake Bot API, on the snapshot data.
import { createServer } from 'node:net';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/log.js';
import type { Adapter } from '../../../src/adapters/types.js';
import type { HttpServer } from '../../../src/http/server.js';
import { createTelegramAdapter } from '../../../src/adapters/telegram/index.js';
import { startFakeTelegram, type FakeTelegram } from '../../helpers/fakeTelegram.js';

export const TOKEN = '123456:TEST-token_do-not-log';
export const NOW = () => new Date('2026-11-23T20:00:00Z');

export type Harness = { fake: FakeTelegram; app: App; adapter: Adapter; logs: string[]; stop(): Promise<void> };

export function captureLogger(lines: string[]): Logger {
  const at = (level: string) => (msg: string, extra?: object) => void lines.push(JSON.stringify({ level, msg, ...extra }));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** With `server`, the adapter mounts its webhook there (main.ts passes the app's HTTP server). */
export async function startHarness(opts: { env?: Record<string, string>; app?: (logger: Logger) => App; server?: HttpServer } = {}): Promise<Harness> {
  const fake = await startFakeTelegram({ token: TOKEN });
  const logs: string[] = [];
  const log = captureLogger(logs);
  const config = loadConfig({ DATA_MODE: 'snapshot', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ...opts.env });
  const app = opts.app ? opts.app(log) : createApp(config, { now: NOW, log });
  const adapter = createTelegramAdapter(app, config, opts.server);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await adapter.stop();
    } finally {
      app.close();
      await fake.close();
    }
  };
  try {
    await adapter.start();
  } catch (err) {
    await stop();
    throw err;
  }
  return { fake, app, adapter, logs, stop };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a harness and fails the test if grammY called a Bot API method the fake does not know
 * (an unknown method makes grammY retry forever, so every test checks this on the way out).
 */
export async function stopHarness(h: Harness | undefined): Promise<void> {
  const unknown = h?.fake.unknown ?? [];
  await h?.stop();
  if (unknown.length) throw new Error(`grammY called Bot API methods the fake does not know: ${JSON.stringify(unknown)}`);
}
