// The chat commands through the built entry point (dist/src/main.js) with Telegram settings and a
// SQLite file: main.ts opens the store after the app is built, and the answers must still find it.
// A subscription and a chat's language survive a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { parseTelegramHtml } from '../adapters/telegram/telegramHtml.js';
import { startEntry, type Entry } from '../helpers/entry.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../helpers/fakeTelegram.js';

const TOKEN = '4242:chats-entry-token-never-logged';
const dir = mkdtempSync(join(tmpdir(), 'liq-chats-entry-'));
const DB_PATH = join(dir, 'bot.sqlite');
let entry: Entry | undefined;
let fake: FakeTelegram | undefined;

afterEach(async () => {
  const code = await entry?.stop();
  entry = undefined;
  await fake?.close();
  fake = undefined;
  if (code !== undefined) expect(code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(): Promise<FakeTelegram> {
  fake = await startFakeTelegram({ token: TOKEN });
  entry = startEntry({ DATA_MODE: 'snapshot', LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DB_PATH });
  await entry.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'telegram', 20_000);
  return fake;
}

const text = (c: { params: Record<string, unknown> }) => parseTelegramHtml(String(c.params.text ?? c.params.caption));

describe('the built entry point keeps a chat\'s subscriptions and language in its database', () => {
  it('subscribes and sets the language; after a restart the chat is still subscribed and answered in Chinese', async () => {
    const tg = await start();
    tg.push(textUpdate('/subscribe brief quiet:22:00-07:00 tz:Asia/Taipei', { languageCode: 'en' }));
    expect(text((await tg.waitFor('sendMessage', 1, 15_000))[0]!).split('\n')[0]).toBe('Subscribed: the morning brief');
    tg.push(textUpdate('/language zh-Hans', { languageCode: 'en' }));
    expect(text((await tg.waitFor('sendMessage', 2, 15_000))[1]!).split('\n')[0]).toBe('这个聊天现在使用简体中文回答');
    await entry!.stop();
    entry = undefined;
    await tg.close();
    fake = undefined;

    const store = await openStore({ dbPath: DB_PATH });
    try {
      expect(await store.subscriptions.forChat({ platform: 'telegram', chatId: '777' })).toMatchObject([{ topic: 'brief', locale: 'zh-Hans', quiet_from: '22:00', quiet_to: '07:00', time_zone: 'Asia/Taipei', created_by: '555' }]);
    } finally {
      await store.close();
    }

    const again = await start();
    again.push(textUpdate('/subscriptions', { languageCode: 'en' }));
    const list = text((await again.waitFor('sendMessage', 1, 15_000))[0]!);
    expect(list).toContain('这个聊天有 1 项订阅');
    expect(list).toContain('晨报');
    again.push(textUpdate('/sofr 1y', { languageCode: 'en' }));
    const [photo] = await again.waitFor('sendPhoto', 1, 15_000);
    expect(text(photo!).split('\n')[0]).toMatch(/离线快照/);
    expect(entry!.output()).not.toContain('never-logged');
  }, 60_000);
});
