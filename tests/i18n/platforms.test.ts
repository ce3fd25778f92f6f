// The reader's language through each platform's real adapter and its local fake: a zh-TW Discord
// interaction, a zh-hant / zh-hans Telegram user and the terminal's --lang / LANG get Chinese
// answers with no English word but the codes the glossary keeps; the command descriptions reach
// Discord (description_localizations) and Telegram (a "zh" command menu) in Chinese.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandsJson } from '../../src/adapters/discord/commandJson.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ASK_ENTRY, childEnv } from '../helpers/entry.js';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord.js';
import { textUpdate } from '../helpers/fakeTelegram.js';
import { parseTelegramHtml } from '../adapters/telegram/telegramHtml.js';
import { startHarness, stopHarness, type Harness } from '../adapters/telegram/harness.js';
import { hasPngSignature } from '../helpers/png.js';
import { englishWords } from './support.js';

const HAN = /\p{Script=Han}/u;
const chinese = (text: string) => {
  expect(text).toMatch(HAN);
  expect(englishWords(text), text).toEqual([]);
};

describe('Discord', () => {
  let fake: FakeDiscord;
  let app: App;
  let adapter: DiscordAdapter;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    const config = loadConfig({ DATA_MODE: 'snapshot', LOG_LEVEL: 'error', DISCORD_TOKEN: 'fake-token.zh', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
    app = createApp(config, { now: () => new Date('2026-11-23T20:00:00Z') });
    adapter = createDiscordAdapter(app, config, { client: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } } as never });
    await adapter.start();
  }, 20_000);
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    app?.close();
  });

  it('a zh-TW interaction gets its /sofr embed in Traditional Chinese', async () => {
    fake.sendInteraction(interactionPayload({ id: '810000000000000001', token: 'zh-1', name: 'sofr', locale: 'zh-TW', options: [{ name: 'range', value: '1y' }] }));
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/zh-1/messages/@original`);
    const embed = (edit.json as { embeds: { title: string; description: string; fields: { name: string; value: string }[]; footer: { text: string } }[] }).embeds[0]!;
    const text = [embed.title, embed.description, ...embed.fields.flatMap((f) => [f.name, f.value]), embed.footer.text].join('\n');
    chinese(text);
    expect(text).toContain('聯準會');
    // The chart travels with it: one PNG, the embed's image, drawn for this reader (its spec's words are checked in everyCommand.test.ts).
    expect(edit.files).toHaveLength(1);
    expect(hasPngSignature(edit.files[0]!.bytes)).toBe(true);
    expect((edit.json as { embeds: { image?: { url: string } }[] }).embeds[0]!.image?.url).toBe(`attachment://${edit.files[0]!.name}`);
    expect(text).toMatch(/資料來源：.+ · 截至 \d{4}年\d{1,2}月\d{1,2}日/);
  }, 20_000);

  it('a zh-CN interaction with a bad date gets one ephemeral line in Simplified Chinese', async () => {
    fake.sendInteraction(interactionPayload({ id: '810000000000000002', token: 'zh-2', name: 'sofr', locale: 'zh-CN', userId: '333333333333333399', options: [{ name: 'date', value: '2019-02-30' }] }));
    const reply = await fake.waitFor((r) => r.method === 'POST' && r.path.startsWith('/api/v10/interactions/810000000000000002/'));
    const data = (reply.json as { data: { content: string; flags: number } }).data;
    expect(data.flags & 64).toBe(64);
    chinese(data.content);
    expect(data.content).toBe('2019-02-30 不是真实存在的日期。请试 /sofr date:2025-10-31。');
  }, 20_000);

  it('every command and option carries zh-TW and zh-CN descriptions', () => {
    for (const c of commandsJson(commands)) {
      for (const l10n of [c.description_localizations, ...c.options.map((o) => o.description_localizations)]) {
        expect(l10n?.['zh-TW'], c.name).toMatch(HAN);
        expect(l10n?.['zh-CN'], c.name).toMatch(HAN);
        expect(l10n!['zh-TW']!.length).toBeLessThanOrEqual(100);
      }
    }
    const sofr = commandsJson(commands).find((c) => c.name === 'sofr')!;
    expect(sofr.description_localizations).toEqual({ 'zh-TW': 'SOFR 隔夜附買回利率在聯準會利率走廊中的位置', 'zh-CN': 'SOFR 隔夜回购利率在美联储利率走廊中的位置' });
  });
});

describe('Telegram', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    const done = h;
    h = undefined;
    await stopHarness(done);
  });

  it.each([
    ['zh-hant', '聯準會', '美联储'],
    ['zh-hk', '聯準會', '美联储'],
    ['zh-hans', '美联储', '聯準會'],
    ['zh', '美联储', '聯準會'],
  ])('a %s user gets /sofr in that script', async (code, own, other) => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr 1y', { languageCode: code }));
    const [photo] = await h.fake.waitFor('sendPhoto', 1, 15_000);
    const caption = parseTelegramHtml(String(photo!.params.caption));
    chinese(caption);
    expect(caption).toContain(own);
    expect(caption).not.toContain(other);
    const png = Object.values(photo!.files)[0]!;
    expect(hasPngSignature(png.data)).toBe(true);
  }, 20_000);

  it('sets a Chinese command menu for language_code zh beside the default one', async () => {
    h = await startHarness();
    const calls = await h.fake.waitFor('setMyCommands', 2);
    expect(calls[0]!.params.language_code).toBeUndefined();
    expect(calls[1]!.params.language_code).toBe('zh');
    const list = calls[1]!.params.commands as { command: string; description: string }[];
    expect(list.map((c) => c.command)).toEqual(commands.map((c) => c.name));
    for (const c of list) expect(c.description).toMatch(HAN);
  }, 20_000);
});

describe('terminal', () => {
  const out = mkdtempSync(join(tmpdir(), 'liq-zh-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const ask = (env: Record<string, string>, ...args: string[]) =>
    promisify(execFile)(process.execPath, [ASK_ENTRY, ...args], {
      env: childEnv({ DATA_MODE: 'snapshot', OUT_DIR: out, LOG_LEVEL: 'error', ...env }),
      timeout: 30_000,
    });

  it('--lang zh-TW answers /reserves in Traditional Chinese, the chart line included', async () => {
    const { stdout } = await ask({ LANG: 'en_US.UTF-8' }, '--lang', 'zh-TW', '/reserves');
    chinese(stdout.replace(/\S+\.png$/m, ''));
    expect(stdout).toContain('準備金');
    expect(stdout).toMatch(/^圖表：.+\.png$/m);
  });

  it('LANG=zh_CN.UTF-8 answers /tga in Simplified Chinese', async () => {
    const { stdout } = await ask({ LANG: 'zh_CN.UTF-8' }, '/tga');
    chinese(stdout.replace(/\S+\.png$/m, ''));
    expect(stdout).toContain('财政部');
  });
});
