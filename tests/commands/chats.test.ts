// The chat commands through the answer service on the snapshot, with the store's chat port (SQLite
// in memory) and chats as the adapters describe them: the terminal is told where subscriptions live;
// those who may not manage a chat are refused by name of what they need; every bad input is one
// sentence and stores nothing; friendly input is stored in its canonical form; a chat's language
// wins over the asker's client, and per-chat answers are never served from another chat's cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import type { ChatContext } from '../../src/core/chats.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { openStore, type Store } from '../../src/store/store.js';
import { answerText, englishWords } from '../i18n/support.js';
import { answered, NOW } from './support.js';

let store: Store;
let svc: AnswerService;
let n = 0;

beforeAll(async () => {
  store = await openStore({ dbPath: ':memory:' });
  svc = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => NOW, chats: () => store.chats });
});
afterAll(async () => store?.close());

/** A fresh chat per test. */
function chat(o: Partial<ChatContext> = {}): ChatContext {
  n += 1;
  return { platform: 'telegram', chatId: `-1009${n}`, kind: 'group', userId: '42', canManage: true, ...o };
}

async function refused(question: string, c: ChatContext | undefined, locale = 'en'): Promise<string> {
  const r = await svc.askText(question, locale, c);
  if (r.ok) throw new Error(`expected a refusal for ${question}, got: ${r.answer.title}`);
  expect(r.kind).toBe('user');
  return r.error;
}

const stored = async (c: ChatContext) => ({ subs: await store.subscriptions.forChat(c), settings: await store.chats.settings(c) });
const NOTHING = { subs: [], settings: { locale: null, timeZone: null } };

describe('where and by whom', () => {
  it('in the terminal (no chat) each chat command says, in one sentence, that subscriptions live in Telegram and Discord chats', async () => {
    for (const q of ['/subscribe brief', '/unsubscribe all', '/subscriptions', '/language zh-Hant']) {
      expect(await refused(q, undefined)).toBe('Subscriptions live in Telegram and Discord chats: type /subscribe brief in a chat or channel where the bot is.');
    }
    expect(await refused('/subscriptions', undefined, 'zh-TW')).toMatch(/^訂閱存在於 Telegram 與 Discord 的聊天中/);
  });

  it('a Telegram group member who is not an administrator, or a Discord member without Manage Channels, is refused by name; nothing stored', async () => {
    const group = chat({ canManage: false });
    expect(await refused('/subscribe brief', group)).toBe('Only the group\'s administrators can change what the bot posts here.');
    expect(await refused('/language zh-Hans', group)).toBe('Only the group\'s administrators can change what the bot posts here.');
    expect(await refused('/unsubscribe all', group)).toBe('Only the group\'s administrators can change what the bot posts here.');
    const guild = chat({ platform: 'discord', kind: 'guild', canManage: false });
    expect(await refused('/subscribe alerts', guild)).toBe('Changing what the bot posts in this channel needs the Manage Channels permission.');
    expect(await refused('/subscribe alerts', guild, 'zh-TW')).toBe('變更機器人在這個頻道發的內容需要「管理頻道」權限。');
    expect(await stored(group)).toEqual(NOTHING);
    expect(await stored(guild)).toEqual(NOTHING);
    // Reading is anyone's.
    expect(answered(await svc.askText('/subscriptions', 'en', group)).title).toBe('This chat has no subscriptions');
  });

  it('without a database the chat commands say so in one sentence', async () => {
    const bare = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => NOW });
    const r = await bare.askText('/subscribe brief', 'en', chat());
    expect(r.ok ? r.answer.title : r.error).toBe('Subscriptions are not available right now (the bot has no database); please try again later.');
  });
});

describe('bad input is one sentence and changes nothing', () => {
  it.each([
    ['/subscribe weekly', /^I don't understand "weekly" for \/subscribe; its options are topic, rule, quiet, tz/],
    ['/subscribe topic:weekly', /^topic:weekly is not one of brief, h41, alerts\.$/],
    ['/subscribe', /^\/subscribe needs topic: one of brief, h41, alerts\.$/],
    ['/subscribe alerts rule:moon', /^"moon" is not an alert rule; use one of sofrAboveSrf, srfUsage, reservesLow, sofrRrpSpread, e\.g\. \/subscribe alerts rule:srfUsage\.$/],
    ['/subscribe brief rule:srf', /^Only alerts take a rule; type \/subscribe brief without one\.$/],
    ['/subscribe brief tz:Mars/Olympus', /^tz:Mars\/Olympus is not a time zone; use a name such as tz:Asia\/Taipei or tz:America\/New_York\.$/],
    ['/subscribe brief tz:+08:00', /^tz:\+08:00 is not a time zone;/],
    ['/subscribe brief tz:CST', /^tz:CST is not a time zone;/],
    ['/subscribe brief quiet:25:00-07:00', /^quiet:25:00-07:00 is not a span of hours; write it as quiet:22:00-07:00 \(24-hour clock, local time\) or quiet:off\.$/],
    ['/subscribe brief quiet:22:00-22:00', /^quiet:22:00-22:00 is not a span of hours;/],
    ['/subscribe brief quiet:22:61-07:00', /^quiet:22:61-07:00 is not a span of hours;/],
    ['/subscribe brief quiet:<b>@everyone</b>', /^quiet:<b>@\u200Beveryone<\/b> is not a span of hours;/],
    ['/subscribe alerts rule:`rm -rf` tz:Asia/Taipei', /^I don't understand "-rf'" for \/subscribe/],
    [`/subscribe brief tz:${'A/'.repeat(60)}`, /^tz:A\/A\/A\/A\/A\/A\/A\/A\/A\/A\/A\/A\/… is not a time zone;/],
    ['/unsubscribe weekly', /^I don't understand "weekly" for \/unsubscribe/],
    ['/unsubscribe brief rule:srf', /^Only alerts take a rule; type \/unsubscribe brief without one\.$/],
    ['/language klingon', /^I don't understand "klingon" for \/language/],
    ['/language language:fr', /^language:fr is not one of zh-Hant, zh-Hans, en, auto\.$/],
  ])('%s', async (question, expected) => {
    const c = chat();
    await store.chats.subscribe(c, { topic: 'h41', rule: null, locale: 'en', timeZone: undefined, quiet: undefined, createdBy: 'x' });
    const before = await stored(c);
    const error = await refused(question, c);
    expect(error).toMatch(expected);
    expect(error.split('\n')).toHaveLength(1);
    expect(await stored(c)).toEqual(before);
  });
});

describe('what is stored', () => {
  it('friendly input is stored canonically: rule srf-usage, quiet 22-7, tz asia/taipei', async () => {
    const c = chat({ userId: '7' });
    const a = answered(await svc.askText('/subscribe alerts rule:SRF-usage quiet:22-7 tz:asia/taipei', 'en', c));
    expect(a.title).toBe('Subscribed: stress alerts (SRF usage over $50.0B)');
    expect(a.summary).toEqual([
      'An alert is posted here once when a signal crosses its threshold, and once when it clears.',
      'Between 22:00 and 07:00 (Asia/Taipei) posts arrive without a notification.',
      'Posts here are in English.',
    ]);
    expect(await store.subscriptions.forChat(c)).toMatchObject([{ topic: 'alerts', rule: 'srfUsage', quiet_from: '22:00', quiet_to: '07:00', time_zone: 'Asia/Taipei', locale: 'en', origin: 'command', created_by: '7' }]);
    // The bare rule id works as a word too.
    expect(answered(await svc.askText('/subscribe alerts reservesLow', 'en', c)).title).toBe('Subscribed: stress alerts (reserves under $3.00T)');
  });

  it('a subscription takes the chat\'s language, else the asker\'s client language (zh-hk is Traditional)', async () => {
    const c = chat();
    expect(answered(await svc.askText('/subscribe brief', 'zh-hk', c)).title).toBe('已訂閱：晨報');
    expect((await store.subscriptions.forChat(c))[0]!.locale).toBe('zh-Hant');
  });

  it('/unsubscribe names what went and what was not there', async () => {
    const c = chat();
    await svc.askText('/subscribe alerts', 'en', c);
    expect(answered(await svc.askText('/unsubscribe alerts rule:srf', 'en', c)).title).toBe('This chat gets every alert, not SRF usage over $50.0B alone: /unsubscribe alerts stops them all.');
    expect(answered(await svc.askText('/unsubscribe brief', 'en', c)).title).toBe('This chat was not subscribed to the morning brief; /subscriptions lists what it has.');
    expect(answered(await svc.askText('/unsubscribe alerts', 'en', c)).title).toBe('Unsubscribed: stress alerts');
    expect(await store.subscriptions.forChat(c)).toEqual([]);
  });
});

describe('a chat\'s language', () => {
  it('/language zh-Hant makes the next /sofr in that chat Traditional Chinese on the snapshot, for an English client; another chat stays English', async () => {
    const desk = chat();
    const other = chat();
    const set = await svc.askText('/language zh-Hant', 'en-US', desk);
    expect(answered(set).title).toBe('這個聊天現在使用繁體中文回答');
    expect(set.locale).toBe('zh-Hant');

    const zh = await svc.askText('/sofr 1y', 'en-US', desk);
    expect(zh.locale).toBe('zh-Hant');
    const a = answered(zh);
    expect(a.title).toMatch(/^SOFR/);
    expect(a.title + a.summary.join('')).toMatch(/\p{Script=Han}/u);
    expect(a.stale).toMatch(/^離線快照/);
    expect(answered(await svc.askText('/sofr 1y', 'en-US', other)).stale).toMatch(/^Offline snapshot/);

    // auto: each reader their own again; the answer is in the asker's language.
    expect(answered(await svc.askText('/language auto', 'en-US', desk)).title).toBe('This chat now answers each reader in their own language');
    expect(answered(await svc.askText('/sofr 1y', 'en-US', desk)).stale).toMatch(/^Offline snapshot/);
  });

  it('/subscriptions in a Simplified chat is Chinese throughout (no English but codes and what is typed)', async () => {
    const c = chat();
    await svc.askText('/subscribe alerts rule:reserves quiet:23:00-06:00 tz:Asia/Shanghai', 'en', c);
    await svc.askText('/subscribe h41', 'en', c);
    await svc.askText('/language zh-Hans', 'en', c);
    const a = answered(await svc.askText('/subscriptions', 'en', c));
    expect(a.title).toBe('这个聊天有 2 项订阅');
    expect(a.fields).toEqual([
      { label: '紧张警报（准备金低于 3.00万亿美元）', value: '勿扰 23:00-06:00（Asia/Shanghai） · 简体中文' },
      { label: 'H.4.1 周报', value: '勿扰 无 · 简体中文' },
    ]);
    // What is typed stays as typed: a zone name, a command's option values.
    const text = answerText(a).replace(/(tz:)?Asia\/\w+/g, '');
    expect(englishWords(text)).toEqual([]);
  });
});

describe('per-chat answers are never another chat\'s', () => {
  it('/subscriptions answers each chat from its own rows, and again after a change', async () => {
    const a = chat();
    const b = chat();
    await svc.askText('/subscribe brief', 'en', a);
    expect(answered(await svc.askText('/subscriptions', 'en', a)).title).toBe('This chat has 1 subscription');
    expect(answered(await svc.askText('/subscriptions', 'en', b)).title).toBe('This chat has no subscriptions');
    await svc.askText('/subscribe h41', 'en', a);
    const again = await svc.askText('/subscriptions', 'en', a);
    expect(again.ok && again.cached).toBe(false);
    expect(answered(again).title).toBe('This chat has 2 subscriptions');
    // Asked at the same moment from two chats: two answers, not one shared.
    const [ra, rb] = await Promise.all([svc.askText('/subscriptions', 'en', a), svc.askText('/subscriptions', 'en', b)]);
    expect([answered(ra).title, answered(rb).title]).toEqual(['This chat has 2 subscriptions', 'This chat has no subscriptions']);
  });
});
