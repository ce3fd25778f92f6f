// Webhook mode: Telegram's POSTs arrive on the shared HTTP server (src/http/server.ts, which limits
// the body size and answers 404 on every other path) at /telegram/<hash of the secret>, so that the
// path alone is hard to guess and an access log that shows it does not show the secret. grammY
// checks X-Telegram-Bot-Api-Secret-Token (401 when wrong). An answer that takes longer than
// Telegram waits is still sent: the request is acknowledged and the handler keeps running, so
// Telegram does not deliver the same update twice.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { HttpServer } from '../../http/server.js';
import type { Logger } from '../../log.js';
import { describeError } from './logging.js';

const ACK_AFTER_MS = 8000;

/** The webhook's path on this server: derived from the secret, never the secret itself. */
export function webhookPath(secret: string): string {
  return `/telegram/${createHash('sha256').update(`telegram-webhook\0${secret}`).digest('hex').slice(0, 32)}`;
}

/** grammY's side of one request whose body the server has already read (and size-checked). */
const bodyAdapter = (update: Update, header: string | undefined, res: ServerResponse) => ({
  update,
  header,
  end: () => void res.end(),
  respond: (json: string) => void res.writeHead(200, { 'content-type': 'application/json' }).end(json),
  unauthorized: () => void res.writeHead(401, { 'content-type': 'text/plain' }).end('secret token is wrong\n'),
});

export function mountWebhook(server: HttpServer, bot: Bot, opts: { secret: string; log: Logger }): string {
  const path = webhookPath(opts.secret);
  const handle = webhookCallback(bot, bodyAdapter, { secretToken: opts.secret, onTimeout: 'return', timeoutMilliseconds: ACK_AFTER_MS });
  server.add({
    method: 'POST',
    path,
    work: true,
    async handle(req, res, body) {
      let update: Update;
      try {
        update = JSON.parse(body.toString('utf8')) as Update;
      } catch {
        res.writeHead(400).end();
        return;
      }
      const header = req.headers['x-telegram-bot-api-secret-token'];
      try {
        await handle(update, typeof header === 'string' ? header : undefined, res);
      } catch (err) {
        opts.log.error('telegram webhook request failed', describeError(err));
        if (!res.headersSent) res.writeHead(500).end();
        else if (!res.writableEnded) res.end();
      }
    },
  });
  return path;
}
