// The Telegram adapter: long polling with grammY's runner (per-chat sequencing) by default, a
// webhook server when TELEGRAM_WEBHOOK_URL is set. The command menu is set from the registry at
// start. It translates only: every answer comes from app.service.
import type { Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import type { Adapter } from '../types.js';
import { ALLOWED_UPDATES, createBot } from './bot.js';
import { botCommands } from './commandList.js';
import { TELEGRAM_MENUS } from '../../core/locale.js';
import { commandDescription } from '../../core/messages/commandText.js';
import { catalogs } from '../../core/messages/index.js';
import { FileIdStore } from './fileIds.js';
import { describeError, redactor } from './logging.js';
import { startWebhookServer, stopWebhookServer } from './webhook.js';

export function createTelegramAdapter(app: App, config: Config): Adapter {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const redact = redactor(token);
  const webhook = config.TELEGRAM_WEBHOOK_URL;
  const bot = createBot(app, { token, apiRoot: config.TELEGRAM_API_ROOT, fileIds: new FileIdStore(), redact, sequential: !webhook });
  let runner: RunnerHandle | undefined;
  let server: Server | undefined;

  return {
    name: 'telegram',
    async start() {
      // getMe: a wrong token fails here, before anything else. Network errors are retried without
      // end by auto-retry, so an unreachable API root would hang start-up silently: bound it.
      await withDeadline(bot.init(), START_DEADLINE_MS, `the Telegram Bot API did not answer getMe within ${START_DEADLINE_MS / 1000} s (check TELEGRAM_API_ROOT and the network)`);
      try {
        await bot.api.setMyCommands(botCommands(app.service.commands));
        for (const menu of TELEGRAM_MENUS) {
          await bot.api.setMyCommands(botCommands(app.service.commands, (c) => commandDescription(catalogs[menu.locale], c.name)), { language_code: menu.languageCode });
        }
      } catch (err) {
        app.log.warn('telegram setMyCommands failed', describeError(err, redact));
      }
      if (webhook) {
        const secret = config.TELEGRAM_WEBHOOK_SECRET ?? '';
        server = await startWebhookServer(bot, { port: config.TELEGRAM_WEBHOOK_PORT, secret, log: app.log, redact, maxBodyBytes: config.HTTP_MAX_BODY_BYTES });
        await bot.api.setWebhook(webhook, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
        app.log.info('telegram webhook listening', { bot: bot.botInfo.username, port: config.TELEGRAM_WEBHOOK_PORT });
      } else {
        // A webhook left from an earlier run would make getUpdates fail with 409.
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { timeout: 30, allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
        app.log.info('telegram long polling', { bot: bot.botInfo.username });
      }
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      runner = undefined;
      if (server) await stopWebhookServer(server);
      server = undefined;
    },
  };
}

const START_DEADLINE_MS = 30_000;

function withDeadline<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}
