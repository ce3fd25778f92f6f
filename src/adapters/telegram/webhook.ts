// Webhook mode: a node:http server that hands Telegram's POSTs to grammY. grammY checks
// X-Telegram-Bot-Api-Secret-Token (401 when wrong). An answer that takes longer than Telegram
// waits is still sent: the request is acknowledged and the handler keeps running, so Telegram does
// not deliver the same update twice.
import { createServer, type Server } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../log.js';
import { describeError } from './logging.js';

const ACK_AFTER_MS = 8000;

export async function startWebhookServer(bot: Bot, opts: { port: number; secret: string; log: Logger }): Promise<Server> {
  const handle = webhookCallback(bot, 'http', { secretToken: opts.secret, onTimeout: 'return', timeoutMilliseconds: ACK_AFTER_MS });
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      opts.log.error('telegram webhook request failed', describeError(err));
      if (!res.headersSent) res.writeHead(500).end();
      else if (!res.writableEnded) res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

export async function stopWebhookServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
