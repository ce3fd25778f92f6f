// `npx tsx bench/broadcast.ts`: one brief (/brief) to 1,000 Telegram chats through the real grammY client
// against the local fake Bot API, over the delivery ledger on a SQLite file, at the bot's own
// Telegram limits (TELEGRAM_POST_LIMITS: 28 a second, 8 in flight). Reports the time from the
// broadcast call (the watcher has seen the release) to the first post and to the last, and from the
// publication itself at worst (one whole poll interval, DEFAULT_POLL_MS, before the watcher sees
// it), against the targets
// (first under 15 s; the last near 1,000 / 30 a second = 34 s, the platform's own limit), and the
// number of chart uploads (target: one per chart). Reported, not asserted: the machine is shared.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'grammy';
import { Broadcaster } from '../src/alerts/broadcaster.js';
import { DEFAULT_POLL_MS } from '../src/alerts/watcher.js';
import { FileIdStore } from '../src/adapters/telegram/fileIds.js';
import { TELEGRAM_POST_LIMITS, telegramSender } from '../src/adapters/telegram/poster.js';
import { AnswerService } from '../src/answers/service.js';
import { commands } from '../commands/index.js';
import { renderChart } from '../src/charts/render.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';
import { openStore } from '../src/store/store.js';
import { startFakeTelegram } from '../tests/helpers/fakeTelegram.js';

const CHATS = Number(process.env.BROADCAST_CHATS ?? 1000);
const TOKEN = '123456:BENCH-broadcast';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liq-bench-bc-'));
  const fake = await startFakeTelegram({ token: TOKEN });
  const store = await openStore({ dbPath: join(dir, 'bot.sqlite') });
  const service = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark' });
  try {
    const b = new Broadcaster({
      store,
      senders: [telegramSender(new Api(TOKEN, { apiRoot: fake.apiRoot }), new FileIdStore())],
      render: async () => {
        const r = await service.askText('/brief');
        if (!r.ok) throw new Error(r.error);
        return r.answer;
      },
      log: { debug() {}, info() {}, warn: (m) => process.stderr.write(`${m}\n`), error: (m) => process.stderr.write(`${m}\n`) },
    });
    const chats = Array.from({ length: CHATS }, (_, i) => ({ platform: 'telegram' as const, chatId: String(-1_000_000_000 - i), locale: 'en' }));
    const t0 = Date.now(); // the fake stamps calls with Date.now()
    const r = await b.broadcast('brief:bench', chats);
    const total = Date.now() - t0;
    const photos = fake.callsOf('sendPhoto');
    const first = Math.min(...photos.map((c) => c.at)) - t0;
    const last = Math.max(...photos.map((c) => c.at)) - t0;
    const uploads = photos.filter((c) => String(c.params.photo).startsWith('attach://')).length;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`\nBroadcast of one brief to ${CHATS} Telegram chats (fake Bot API; limits ${TELEGRAM_POST_LIMITS.perSecond}/s, ${TELEGRAM_POST_LIMITS.inFlight} in flight)`);
    console.log(`measure                     value    target`);
    console.log(`--------------------------  -------  ------------------------------`);
    console.log(`seen -> first post          ${s(first).padEnd(7)}`);
    console.log(`publication -> first post   ${s(first + DEFAULT_POLL_MS).padEnd(7)}  under 15 s  ${first + DEFAULT_POLL_MS < 15_000 ? 'PASS' : 'FAIL'}  (at worst: a ${DEFAULT_POLL_MS / 1000} s poll interval first)`);
    console.log(`seen -> last post           ${s(last).padEnd(7)}  about ${(CHATS / 30).toFixed(0)} s at Telegram's 30/s`);
    console.log(`chart uploads               ${String(uploads).padEnd(7)}  1 per chart  ${uploads === 1 ? 'PASS' : 'FAIL'}`);
    const perPost = (photos.length + fake.callsOf('sendMessage').length) / Math.max(photos.length, 1);
    console.log(`messages per post           ${perPost.toFixed(2).padEnd(7)}  1 (each message counts against Telegram's limit)`);
    console.log(`sent / failed               ${r.sent} / ${r.failed}   (all done in ${s(total)})`);
  } finally {
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
