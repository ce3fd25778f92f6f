// Entry point: validate the configuration, wire the app, start the adapters whose tokens are set
// (Discord with DISCORD_TOKEN, Telegram with TELEGRAM_BOT_TOKEN) and the HTTP server when PORT is
// set. With no platform token and no PORT it opens the terminal prompt.
//
// Each adapter is imported only when it starts: discord.js alone costs about 0.4 s and 40 MB to
// load (bench/startup.ts), which a Telegram-only bot or the terminal prompt should not pay.
//
// SIGTERM/SIGINT: stop taking new work (the HTTP work routes answer 503, /readyz turns unready,
// polling stops), let the answers in flight finish within SHUTDOWN_GRACE_MS, close the database,
// exit 0.
import { existsSync } from 'node:fs';
import { createApp, type App } from './app.js';
import { ConfigError, describeConfig, loadConfig, type Config } from './config.js';
import type { Adapter } from './adapters/types.js';
import type { HttpServer } from './http/server.js';
import type { Store } from './store/store.js';
import type { PlatformSender } from './alerts/broadcaster.js';
import { childLogger } from './log.js';

async function createHttp(app: App, config: Config, adapters: Adapter[], stopping: () => boolean): Promise<HttpServer> {
  const { createHttpServer } = await import('./http/server.js');
  const { addOpsRoutes } = await import('./http/ops.js');
  const server = createHttpServer({ port: config.PORT ?? DEFAULT_PORT, bodyLimitBytes: config.HTTP_BODY_LIMIT_BYTES, log: childLogger(app.log, { component: 'http' }) });
  addOpsRoutes(server, {
    metrics: app.metrics!,
    readiness: { reader: app.reader, stopping, adapters: () => adapters.map((a) => ({ name: a.name, connected: a.connected?.() ?? true })) },
  });
  return server;
}

/**
 * The durable store (subscriptions, alert state, the delivery ledger): PostgreSQL when DATABASE_URL
 * is set, else the SQLite file at DB_PATH; migrations run here, before anything is taken. Null
 * (after saying why on stderr, never the URL) when it cannot open: the bot does not run without it.
 */
async function openDurableStore(config: Config, log: App['log']): Promise<Store | null> {
  const { openStore } = await import('./store/store.js');
  const where = config.DATABASE_URL ? 'DATABASE_URL' : `DB_PATH=${config.DB_PATH}`;
  try {
    return await openStore({
      databaseUrl: config.DATABASE_URL,
      dbPath: config.DB_PATH,
      onIdleError: (e) => log.warn('idle database connection failed; the pool opens a new one', { error: e.message }),
    });
  } catch (err) {
    log.error('the store could not open', { where, error: err instanceof Error ? err.message : String(err) });
    return null;
  }
}

/**
 * The bot's own posts (src/alerts/posting.ts) when a platform can be posted to: Telegram with
 * TELEGRAM_BOT_TOKEN, Discord with DISCORD_TOKEN (over REST, in gateway or HTTP mode alike).
 */
async function startPosting(app: App, config: Config, store: Store): Promise<{ stop(): Promise<void> } | undefined> {
  const senders: PlatformSender[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const { Api } = await import('grammy');
    const { telegramSender } = await import('./adapters/telegram/poster.js');
    const { FileIdStore } = await import('./adapters/telegram/fileIds.js');
    senders.push(telegramSender(new Api(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), new FileIdStore(), undefined, app.log));
  }
  if (config.DISCORD_TOKEN) {
    const { REST } = await import('discord.js');
    const { discordSender } = await import('./adapters/discord/poster.js');
    const { DEFAULT_API_BASE } = await import('./adapters/discord/register.js');
    const { createDiscordAgent } = await import('./adapters/discord/dispatcher.js');
    senders.push(discordSender(new REST({ version: '10', api: config.DISCORD_API_BASE ?? DEFAULT_API_BASE, agent: createDiscordAgent() }).setToken(config.DISCORD_TOKEN)));
  }
  if (!senders.length) return undefined;
  const { createPosting } = await import('./alerts/posting.js');
  const posting = createPosting({ app, store, senders, channels: { telegram: config.TELEGRAM_CHANNELS, discord: config.DISCORD_CHANNELS } });
  // One poster among instances sharing a PostgreSQL store (src/alerts/leader.ts).
  const { postWhileLeader } = await import('./alerts/leader.js');
  return postWhileLeader({ store, log: childLogger(app.log, { component: 'posting' }), start: () => posting.start(), stop: () => posting.stop() });
}

/** The port when an HTTP feature (interactions endpoint, webhook) is on and PORT is not set. */
const DEFAULT_PORT = 8080;

/** Reads `.env` (or ENV_FILE; empty to read none) when present; variables already set win. */
function readEnvFile(): void {
  const file = process.env.ENV_FILE ?? '.env';
  if (file && existsSync(file)) process.loadEnvFile(file);
}

async function main(): Promise<number> {
  readEnvFile();
  if (process.argv.includes('--check')) {
    const { runChecks } = await import('./check.js');
    return runChecks(process.env, (l) => process.stdout.write(`${l}\n`));
  }
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
    return 2;
  }
  const httpOn = config.PORT !== undefined || config.DISCORD_PUBLIC_KEY !== undefined || config.TELEGRAM_WEBHOOK_URL !== undefined;
  const metrics = httpOn ? (await import('./http/metrics.js')).createMetrics() : undefined;
  const platformOn = config.DISCORD_TOKEN !== undefined || config.TELEGRAM_BOT_TOKEN !== undefined;
  const app = createApp(config, metrics ? { metrics } : {});
  // The durable store only where something can subscribe: the terminal prompt does not open it.
  const store = platformOn || httpOn ? await openDurableStore(config, app.log) : undefined;
  if (store === null) {
    app.close();
    return 2;
  }
  if (store) app.store = store;
  app.log.info('starting', { config: describeConfig(config), store: store?.kind ?? 'none' });

  const adapters: Adapter[] = [];
  let stopping = false;
  let posting: { stop(): Promise<void> } | undefined;
  const http = httpOn ? await createHttp(app, config, adapters, () => stopping) : undefined;
  // With DISCORD_PUBLIC_KEY, Discord sends interactions to the endpoint, not over the gateway.
  if (config.DISCORD_PUBLIC_KEY && http) adapters.push((await import('./adapters/discord/http.js')).createDiscordHttpAdapter(app, config, http));
  else if (config.DISCORD_TOKEN) adapters.push((await import('./adapters/discord/index.js')).createDiscordAdapter(app, config));
  if (config.TELEGRAM_BOT_TOKEN) adapters.push((await import('./adapters/telegram/index.js')).createTelegramAdapter(app, config, http));

  const stop = async (code: number, why: string) => {
    if (stopping) return;
    stopping = true;
    const grace = config.SHUTDOWN_GRACE_MS;
    app.log.info('stopping', { why, in_flight: app.work?.size ?? 0, grace_ms: grace });
    http?.stopAccepting();
    const results = await Promise.all([
      // Sends not finished within the grace stay due in the ledger and go out at the next start.
      Promise.race([posting?.stop(), new Promise<void>((r) => setTimeout(r, grace).unref())]).catch((err: unknown) => app.log.warn('posting did not stop cleanly', { error: err instanceof Error ? err.message : String(err) })),
      app.work?.drain(grace) ?? true,
      ...adapters.map(async (a) => {
        try {
          await a.stop(grace);
        } catch (err) {
          app.log.error('adapter did not stop cleanly', { adapter: a.name, error: err instanceof Error ? err.message : String(err) });
        }
        return true;
      }),
    ]);
    if (results[1] === false) app.log.warn('answers still running at the end of the grace period', { in_flight: app.work?.size ?? 0 });
    await http?.close();
    // At most 2 s: a connection still held by posts cut off at the grace (the posting role's, say)
    // ends with the process, and the server releases what it held.
    const closed = app.store?.close().catch((err: unknown) => app.log.warn('store did not close cleanly', { error: err instanceof Error ? err.message : String(err) }));
    await Promise.race([closed, new Promise<void>((r) => setTimeout(r, 2000).unref())]);
    app.close();
    app.log.info('stopped', { code });
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0, 'SIGINT'));
  process.once('SIGTERM', () => void stop(0, 'SIGTERM'));

  if (http) {
    try {
      const port = await http.listen();
      app.log.info('http listening', { port });
    } catch (err) {
      app.log.error('http server failed to start', { port: config.PORT, error: err instanceof Error ? err.message : String(err) });
      await stop(2, 'http server failed to start');
    }
  }

  if (adapters.length === 0 && !httpOn) {
    const { runPrompt } = await import('./adapters/cli/prompt.js');
    await runPrompt(app, config);
    await stop(0, 'prompt closed');
    return 0;
  }
  for (const a of adapters) {
    try {
      // Reaching the platform can take a while when it is down (bounded retries with back-off).
      app.log.info('adapter starting', { adapter: a.name });
      await a.start();
      app.log.info('adapter started', { adapter: a.name });
    } catch (err) {
      // A bad token or an unreachable platform at start: say which adapter, stop cleanly.
      app.log.error('adapter failed to start', { adapter: a.name, error: err instanceof Error ? err.message : String(err) });
      await stop(2, 'adapter failed to start');
    }
  }
  if (app.store && !stopping) posting = await startPosting(app, config, app.store);
  return new Promise<number>(() => {}); // run until a signal stops us
}

main().then((code) => process.exit(code));
