// `npx tsx bench/webhookBody.ts`: process memory before and after a 200 MB body sent to the Telegram
// webhook on the shared HTTP server, with a declared length and chunked (issue 9: refused with 413
// before buffering; the limit is the server's, HTTP_BODY_LIMIT_BYTES).
import { request } from 'node:http';
import { Bot } from 'grammy';
import { mountWebhook } from '../src/adapters/telegram/webhook.js';
import { createHttpServer } from '../src/http/server.js';
const bot = new Bot('123:abc', { botInfo: { id: 1, is_bot: true, first_name: 'b', username: 'b', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as never });
const log = { debug() {}, info() {}, warn() {}, error() {} } as never;
const server = createHttpServer({ port: 18943, bodyLimitBytes: 262144, log });
const path = mountWebhook(server, bot, { secret: 's', log });
await server.listen();
const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const send = (total: number, declared: boolean) => new Promise<number>((resolve) => {
  const req = request({ host: '127.0.0.1', port: 18943, method: 'POST', path, headers: { 'x-telegram-bot-api-secret-token': 's', ...(declared ? { 'content-length': String(total) } : {}) } });
  let sent = 0; const chunk = Buffer.alloc(1 << 20, 0x20);
  req.on('response', (res) => { res.resume(); resolve(res.statusCode ?? 0); req.destroy(); });
  req.on('error', () => resolve(-1));
  const pump = () => { while (sent < total) { sent += chunk.length; if (!req.write(chunk)) return void req.once('drain', pump); } req.end(); };
  pump();
});
const before = rss();
const a = await send(200 * 1048576, true);
const mid = rss();
const b = await send(200 * 1048576, false);
const after = rss();
console.log(`rss before ${before} MB; 200 MB declared -> ${a}, rss ${mid} MB; 200 MB chunked -> ${b}, rss ${after} MB`);
await server.close();
process.exit(0);
