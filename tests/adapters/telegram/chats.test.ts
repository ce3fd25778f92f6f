// The chat commands through the real grammY bot and the fake Bot API, with the durable store (SQLite
// in memory): who may change a chat's subscriptions (a group's administrators, an anonymous one, a
// channel's posts, a private chat's user; not a group's plain member), and /language making the
// next answer in that chat Chinese.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { newestInSnapshot } from '../../helpers/snapshotFacts.js';
import { parseTelegramHtml } from './telegramHtml.js';
import { NOW, startHarness, stopHarness, type Harness } from './harness.js';

const GROUP = -100200300;
let h: Harness | undefined;
let store: Store;

beforeEach(async () => {
  store = await openStore({ dbPath: ':memory:' });
  h = await startHarness({ app: (log) => createApp(loadConfig({ DATA_MODE: 'snapshot' }), { now: NOW, log, store }) });
});

afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
  await store.close();
});

/** The text of the n-th sendMessage (1-based), as the reader sees it. */
async function reply(n: number): Promise<string> {
  const calls = await h!.fake.waitFor('sendMessage', n, 15_000);
  return parseTelegramHtml(String(calls[n - 1]!.params.text));
}

const rows = (chatId: number) => store.subscriptions.forChat({ platform: 'telegram', chatId: String(chatId) });

describe('Telegram: who may change a chat\'s subscriptions', () => {
  it('a group member who is not an administrator is refused in one sentence naming who may; nothing is stored', async () => {
    h!.fake.push(textUpdate('/subscribe brief', { chatType: 'supergroup', chatId: GROUP, userId: 601 }));
    expect(await reply(1)).toBe('Only the group\'s administrators can change what the bot posts here.');
    const asked = h!.fake.callsOf('getChatMember')[0]!.params;
    expect([Number(asked.chat_id), Number(asked.user_id)]).toEqual([GROUP, 601]);
    expect(await rows(GROUP)).toEqual([]);
  }, 20_000);

  it('an administrator subscribes the group; /subscriptions then lists it for any member', async () => {
    h!.fake.setMember(GROUP, 602, 'administrator');
    h!.fake.push(textUpdate('/subscribe alerts rule:srf quiet:22:00-07:00 tz:Asia/Taipei', { chatType: 'supergroup', chatId: GROUP, userId: 602 }));
    expect((await reply(1)).split('\n')[0]).toBe('Subscribed: stress alerts (SRF usage over $50.0B)');
    const [row] = await rows(GROUP);
    expect(row).toMatchObject({ topic: 'alerts', rule: 'srfUsage', quiet_from: '22:00', quiet_to: '07:00', time_zone: 'Asia/Taipei', locale: 'en', origin: 'command', created_by: '602' });

    // Reading needs no role: no getChatMember is needed for the answer to go out.
    h!.fake.push(textUpdate('/subscriptions', { chatType: 'supergroup', chatId: GROUP, userId: 601 }));
    const list = await reply(2);
    expect(list).toContain('This chat has 1 subscription');
    expect(list).toContain('Stress alerts (SRF usage over $50.0B)');
    expect(list).toContain('quiet 22:00-07:00 (Asia/Taipei) · English');
  }, 20_000);

  it('the group\'s creator may too, and so may an anonymous administrator writing as the group', async () => {
    h!.fake.setMember(GROUP, 603, 'creator');
    h!.fake.push(textUpdate('/subscribe brief', { chatType: 'group', chatId: GROUP, userId: 603 }));
    expect((await reply(1)).split('\n')[0]).toBe('Subscribed: the morning brief');
    h!.fake.push(textUpdate('/subscribe h41', { chatType: 'supergroup', chatId: GROUP, anonymousAdmin: true }));
    expect((await reply(2)).split('\n')[0]).toBe('Subscribed: the weekly H.4.1 digest');
    expect((await rows(GROUP)).map((r) => r.topic)).toEqual(['brief', 'h41']);
    // The anonymous administrator was recognised from the message itself, not asked about.
    expect(h!.fake.callsOf('getChatMember')).toHaveLength(1);
  }, 20_000);

  it('a channel post subscribes the channel (only administrators can post there)', async () => {
    h!.fake.push(textUpdate('/subscribe brief', { chatType: 'channel', chatId: -100999 }));
    expect((await reply(1)).split('\n')[0]).toBe('Subscribed: the morning brief');
    expect((await rows(-100999)).map((r) => [r.topic, r.created_by])).toEqual([['brief', null]]);
    expect(h!.fake.callsOf('getChatMember')).toHaveLength(0);
  }, 20_000);

  it('in a private chat the user manages their own subscriptions; /unsubscribe all clears them', async () => {
    h!.fake.push(textUpdate('/subscribe brief'));
    expect((await reply(1)).split('\n')[0]).toBe('Subscribed: the morning brief');
    h!.fake.push(textUpdate('/unsubscribe all'));
    expect(await reply(2)).toBe('Unsubscribed from everything (1 subscription)');
    expect(await rows(777)).toEqual([]);
  }, 20_000);
});

describe('Telegram: a chat\'s language', () => {
  it('/language zh-Hant in a group makes the next /sofr there Traditional Chinese, and the chat\'s posts follow', async () => {
    h!.fake.setMember(GROUP, 602, 'administrator');
    h!.fake.push(textUpdate('/subscribe brief', { chatType: 'supergroup', chatId: GROUP, userId: 602, languageCode: 'en' }));
    await reply(1);
    h!.fake.push(textUpdate('/language zh-Hant', { chatType: 'supergroup', chatId: GROUP, userId: 602, languageCode: 'en' }));
    expect((await reply(2)).split('\n')[0]).toBe('這個聊天現在使用繁體中文回答');
    expect((await rows(GROUP)).map((r) => r.locale)).toEqual(['zh-Hant']);

    // A member whose client is English asks /sofr in that group: the chart's caption is Chinese.
    h!.fake.push(textUpdate('/sofr 1y', { chatType: 'supergroup', chatId: GROUP, userId: 601, languageCode: 'en' }));
    const [photo] = await h!.fake.waitFor('sendPhoto', 1, 15_000);
    const caption = parseTelegramHtml(String(photo!.params.caption));
    const sofr = newestInSnapshot('SOFR');
    expect(caption).toContain(`${sofr.value.toFixed(2)}%`);
    expect(caption).toMatch(/聯準會|離線快照/);
    expect(caption).not.toMatch(/Offline snapshot|Source/);

    // The same question in a private chat still follows the asker's own client (English).
    h!.fake.push(textUpdate('/sofr 1y', { languageCode: 'en' }));
    const photos = await h!.fake.waitFor('sendPhoto', 2, 15_000);
    expect(parseTelegramHtml(String(photos[1]!.params.caption)).split('\n')[0]).toMatch(/Offline snapshot/);
  }, 30_000);

  it('a plain member cannot change the group\'s language', async () => {
    h!.fake.push(textUpdate('/language zh-Hans', { chatType: 'supergroup', chatId: GROUP, userId: 601 }));
    expect(await reply(1)).toBe('Only the group\'s administrators can change what the bot posts here.');
    expect(await store.chats.settings({ platform: 'telegram', chatId: String(GROUP) })).toEqual({ locale: null, timeZone: null });
  }, 20_000);
});

describe('Telegram: a chat that moves or drops the bot', () => {
  const until = async (cond: () => Promise<boolean>, what: string) => {
    const end = Date.now() + 10_000;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('a group that became a supergroup keeps its subscriptions and language under the new id', async () => {
    const OLD = -4001;
    const NEW = -1004001;
    await store.subscriptions.add({ platform: 'telegram', chat_id: String(OLD), topic: 'brief', rule: '', locale: 'zh-Hant', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: '1' });
    await store.chats.setLocale({ platform: 'telegram', chatId: String(OLD) }, 'zh-Hant', 'zh-Hant', '1');
    h!.fake.push({ message: { message_id: 9, date: 1_765_000_000, chat: { id: OLD, type: 'group', title: 'desk' }, from: { id: 1, is_bot: false, first_name: 'a' }, migrate_to_chat_id: NEW } });
    await until(async () => (await rows(NEW)).length === 1, 'the subscription to move');
    expect(await rows(OLD)).toEqual([]);
    expect((await rows(NEW))[0]).toMatchObject({ topic: 'brief', locale: 'zh-Hant' });
    expect(await store.chats.settings({ platform: 'telegram', chatId: String(NEW) })).toMatchObject({ locale: 'zh-Hant' });
  }, 20_000);

  it('removed from a group (or blocked): the chat is unsubscribed at once; an ordinary member change is not', async () => {
    const G = -1005001;
    await store.subscriptions.add({ platform: 'telegram', chat_id: String(G), topic: 'alerts', rule: '', locale: 'en', time_zone: null, quiet_from: null, quiet_to: null, origin: 'command', created_by: '1' });
    const member = (status: string) => ({ my_chat_member: { chat: { id: G, type: 'supergroup', title: 'desk' }, from: { id: 1, is_bot: false, first_name: 'a' }, date: 1_765_000_000, old_chat_member: { status: 'member', user: { id: 42, is_bot: true, first_name: 'bot' } }, new_chat_member: { status, user: { id: 42, is_bot: true, first_name: 'bot' } } } });
    h!.fake.push(member('administrator'));
    h!.fake.push(member('kicked'));
    await until(async () => (await rows(G)).length === 0, 'the chat to be unsubscribed');
  }, 20_000);
});
