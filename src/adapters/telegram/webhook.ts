// Webhook mode: a node:http server that hands Telegram's POSTs to grammY. grammY checks
// X-Telegram-Bot-Api-Secret-Token (401 when wrong). An answer that takes longer than Telegram
// waits is still sent: the request is acknowledged and the handler keeps running, so Telegram does
// not deliver the same update twice.
//
// Bodies are bounded (HTTP_MAX_BODY_BYTES; Telegram updates are a few KB): a declared length over
// the limit gets 413 before a byte is read, and a body that streams past it (chunked, or lying
// about its length) is cut off with 413 as soon as it does. Nothing larger is ever buffered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../../log.js';
import { describeError } from './logging.js';

const ACK_AFTER_MS = 8000;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (!res.headersSent) res.writeHead(413, { connection: 'close' }).end();
  // Stop reading: the rest of the body is never taken in.
  req.unpipe();
  req.pause();
  res.once('finish', () => req.destroy());
}

/** Reads a request body of at most `limit` bytes; rejects with BodyTooLarge past it. */
export function readBounded(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new BodyTooLarge(`body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** grammY's node:http adapter, with the body read through readBounded. */
function boundedHttpAdapter(limit: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers[SECRET_HEADER];
    return {
      get update() {
        return readBounded(req, limit).then(
          (raw) => JSON.parse(raw.toString('utf8')) as never,
          (err: unknown) => {
            if (err instanceof BodyTooLarge) tooLarge(req, res);
            throw err;
          },
        );
      },
      header: Array.isArray(header) ? header[0] : header,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('secret token is wrong'),
    };
  };
}

export async function startWebhookServer(
  bot: Bot,
  opts: { port: number; secret: string; log: Logger; redact: (s: string) => string; maxBodyBytes?: number },
): Promise<Server> {
  const limit = opts.maxBodyBytes ?? 262_144;
  const handle = webhookCallback(bot, boundedHttpAdapter(limit), { secretToken: opts.secret, onTimeout: 'return', timeoutMilliseconds: ACK_AFTER_MS }) as (
    req: IncomingMessage,
    res: ServerResponse,
  ) => Promise<unknown>;
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge(req, res);
      return;
    }
    handle(req, res).catch((err: unknown) => {
      if (err instanceof BodyTooLarge) {
        opts.log.warn('telegram webhook: request body over the limit, refused with 413', { limit });
        return;
      }
      opts.log.error('telegram webhook request failed', describeError(err, opts.redact));
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
