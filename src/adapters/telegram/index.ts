// The Telegram adapter: long polling with grammY's runner (per-chat sequencing) by default, a
// webhook on the shared HTTP server when TELEGRAM_WEBHOOK_URL is set. The command menu is set from the registry at
// start. It translates only: every answer comes from app.service.
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import type { Adapter } from '../types.js';
import { ALLOWED_UPDATES, createBot } from './bot.js';
import { botMenus } from './commandList.js';
import { FileIdStore } from './fileIds.js';
import { childLogger } from '../../log.js';
import { describeError } from './logging.js';
import type { HttpServer } from '../../http/server.js';
import { mountWebhook } from './webhook.js';

export function createTelegramAdapter(app: App, config: Config, server?: HttpServer): Adapter {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const log = childLogger(app.log, { adapter: 'telegram' });
  const webhook = config.TELEGRAM_WEBHOOK_URL;
  const bot = createBot(app, { token, apiRoot: config.TELEGRAM_API_ROOT, fileIds: new FileIdStore(), log, sequential: !webhook });
  let runner: RunnerHandle | undefined;
  let listening = false;
  if (webhook && !server) throw new Error('TELEGRAM_WEBHOOK_URL needs the HTTP server (main.ts starts it)');
  const path = webhook && server ? mountWebhook(server, bot, { secret: config.TELEGRAM_WEBHOOK_SECRET ?? '', log }) : undefined;

  return {
    name: 'telegram',
    async start() {
      // getMe: a wrong token fails here, before anything else. Network errors are retried without
      // end by auto-retry, so an unreachable API root would hang start-up silently: bound it.
      await withDeadline(bot.init(), START_DEADLINE_MS, `the Telegram Bot API did not answer getMe within ${START_DEADLINE_MS / 1000} s (check TELEGRAM_API_ROOT and the network)`);
      try {
        for (const menu of botMenus(app.service.commands)) {
          await bot.api.setMyCommands(menu.commands, menu.languageCode ? { language_code: menu.languageCode } : undefined);
        }
      } catch (err) {
        log.warn('telegram setMyCommands failed', describeError(err));
      }
      if (webhook && path) {
        // TELEGRAM_WEBHOOK_URL is this server's public base URL; Telegram posts to its webhook path.
        await bot.api.setWebhook(`${webhook}${path}`, { secret_token: config.TELEGRAM_WEBHOOK_SECRET ?? '', allowed_updates: [...ALLOWED_UPDATES] });
        listening = true;
        log.info('telegram webhook set', { bot: bot.botInfo.username });
      } else {
        // A webhook left from an earlier run would make getUpdates fail with 409.
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { timeout: 30, allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
        log.info('telegram long polling', { bot: bot.botInfo.username });
      }
    },
    async stop(graceMs?: number) {
      listening = false;
      // The runner stops fetching at once and resolves when the updates it holds are handled
      // (bounded by graceMs when given: a shutdown; waited for in full otherwise).
      if (runner?.isRunning()) {
        const stopped = runner.stop();
        if (graceMs === undefined) await stopped;
        else await withDeadline(stopped, graceMs, 'telegram updates still running at the end of the grace period').catch((e: unknown) => log.warn(e instanceof Error ? e.message : String(e)));
      }
      runner = undefined;
    },
    connected: () => (webhook ? listening : runner?.isRunning() === true),
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
