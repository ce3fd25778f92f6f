// Entry point: validate the configuration, wire the app, start the adapters whose tokens are set
// (Discord with DISCORD_TOKEN, Telegram with TELEGRAM_BOT_TOKEN). With no platform token it opens
// the terminal prompt.
//
// Each adapter is imported only when it starts: discord.js alone costs about 0.4 s and 40 MB to
// load (bench/startup.ts), which a Telegram-only bot or the terminal prompt should not pay.
import { createApp } from './app.js';
import { ConfigError, describeConfig, loadConfig } from './config.js';
import type { Adapter } from './adapters/types.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
    return 2;
  }
  const app = createApp(config);
  app.log.info('starting', { config: describeConfig(config) });

  const adapters: Adapter[] = [];
  if (config.DISCORD_TOKEN) adapters.push((await import('./adapters/discord/index.js')).createDiscordAdapter(app, config));
  if (config.TELEGRAM_BOT_TOKEN) adapters.push((await import('./adapters/telegram/index.js')).createTelegramAdapter(app, config));

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const a of adapters) {
      try {
        await a.stop();
      } catch (err) {
        app.log.error('adapter did not stop cleanly', { adapter: a.name, error: err instanceof Error ? err.message : String(err) });
      }
    }
    app.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  if (adapters.length === 0) {
    const { runPrompt } = await import('./adapters/cli/prompt.js');
    await runPrompt(app, config);
    await stop(0);
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
      await stop(2);
    }
  }
  return new Promise<number>(() => {}); // run until a signal stops us
}

main().then((code) => process.exit(code));
