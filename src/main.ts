// Entry point: validate the configuration, wire the app, start the adapters whose tokens are set.
// With no platform token it opens the terminal prompt.
import { createApp } from './app.js';
import { ConfigError, describeConfig, loadConfig } from './config.js';
import { runPrompt } from './adapters/cli/prompt.js';

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
  const stop = () => {
    app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Platform adapters (Discord, Telegram) start here when their tokens are set; none yet.
  await runPrompt(app, config);
  app.close();
  return 0;
}

main().then((code) => process.exit(code));
