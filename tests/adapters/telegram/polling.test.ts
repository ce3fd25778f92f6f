// End to end: the real grammY bot, long polling through @grammyjs/runner, against the fake Bot API.
import { afterEach, describe, expect, it } from 'vitest';
import { decodePng, hasPngSignature } from '../../helpers/png.js';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { parseTelegramHtml } from './telegramHtml.js';
import { sleep, startHarness, stopHarness, TOKEN, type Harness } from './harness.js';
import { newestInSnapshot } from '../../helpers/snapshotFacts.js';

let h: Harness | undefined;
afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
});

describe('telegram adapter, long polling', () => {
  it('sets the command menu from the registry at start', async () => {
    h = await startHarness();
    const [call] = await h.fake.waitFor('setMyCommands');
    const list = call!.params.commands as { command: string; description: string }[];
    expect(list.map((c) => c.command)).toEqual(h.app.service.commands.map((c) => c.name));
    expect(list.every((c) => c.description.length >= 1 && c.description.length <= 256)).toBe(true);
    expect(h.fake.callsOf('getMe')).toHaveLength(1);
  }, 20_000);

  it('/sofr 1y answers with a PNG photo whose caption holds the SOFR value and its date', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr 1y'));
    const [photo] = await h.fake.waitFor('sendPhoto', 1, 15_000);
    const file = Object.values(photo!.files)[0]!;
    expect(String(photo!.params.photo)).toMatch(/^attach:\/\//);
    expect(hasPngSignature(file.data)).toBe(true);
    const img = await decodePng(file.data);
    expect(img.width).toBeGreaterThan(300);
    expect(photo!.params.parse_mode).toBe('HTML');
    const caption = parseTelegramHtml(String(photo!.params.caption));
    const sofr = newestInSnapshot('SOFR');
    expect(caption).toContain(`${sofr.value.toFixed(2)}%`);
    expect(caption).toContain(sofr.date);
    expect(caption.length).toBeLessThanOrEqual(1024);
    // The stale note (offline snapshot age) comes first.
    expect(caption.split('\n')[0]).toMatch(/Offline snapshot/);
    expect(Number(photo!.params.chat_id)).toBe(777);
    // The upload_photo action went out before the photo.
    const action = h.fake.callsOf('sendChatAction')[0];
    expect(action?.params.action).toBe('upload_photo');
    expect(h.fake.calls.indexOf(action!)).toBeLessThan(h.fake.calls.indexOf(photo!));
  }, 20_000);

  it('/sofr 2031-02-30 yields exactly one clear error message', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr 2031-02-30'));
    const [reply] = await h.fake.waitFor('sendMessage');
    await sleep(400);
    expect(h.fake.callsOf('sendMessage')).toHaveLength(1);
    expect(h.fake.callsOf('sendPhoto')).toHaveLength(0);
    expect(parseTelegramHtml(String(reply!.params.text))).toBe('2031-02-30 is not a real date. Try /sofr date:2025-10-31.');
  }, 20_000);

  it('sends an identical chart the second time by file_id, without uploading it', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr 1y'));
    await h.fake.waitFor('sendPhoto', 1, 15_000);
    h.fake.push(textUpdate('/sofr 1y'));
    const [first, second] = await h.fake.waitFor('sendPhoto', 2, 15_000);
    expect(Object.keys(first!.files)).toHaveLength(1);
    expect(second!.params.photo).toBe('photo-1');
    expect(Object.keys(second!.files)).toHaveLength(0);
    expect(second!.params.caption).toBe(first!.params.caption);
  }, 30_000);

  it('retries a 429 once after retry_after and delivers the message exactly once', async () => {
    h = await startHarness();
    h.fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    h.fake.push(textUpdate('/sofr 2031-02-30'));
    const [refused, delivered] = await h.fake.waitFor('sendMessage', 2, 10_000);
    expect(delivered!.at - refused!.at).toBeGreaterThanOrEqual(950);
    await sleep(400);
    expect(h.fake.callsOf('sendMessage')).toHaveLength(2); // one refused, one delivered
    expect(delivered!.params.text).toBe(refused!.params.text);
  }, 20_000);

  it('ignores other bots and edited messages, and commands meant for another bot', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr 2031-02-30', { isBot: true }));
    h.fake.push(textUpdate('/sofr 2031-02-30', { kind: 'edited_message' }));
    h.fake.push(textUpdate('/sofr@OtherBot 2031-02-30', { chatType: 'group' }));
    h.fake.push(textUpdate('/weather', { chatType: 'supergroup' }));
    h.fake.push(textUpdate('/sofr 2031-02-01', { chatId: 778 }));
    await h.fake.waitFor('sendMessage', 1, 15_000);
    await sleep(500);
    const sent = h.fake.callsOf('sendMessage').concat(h.fake.callsOf('sendPhoto'));
    expect(sent.map((c) => Number(c.params.chat_id))).toEqual([778]);
    expect(h.fake.callsOf('sendChatAction')).toHaveLength(1);
  }, 20_000);

  it('answers in groups (/sofr@Bot), supergroups and channels (channel_post)', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/sofr@LiquidityTestBot 2031-02-30', { chatType: 'group', chatId: -1 }));
    h.fake.push(textUpdate('/sofr 2031-02-30', { chatType: 'supergroup', chatId: -1002 }));
    h.fake.push(textUpdate('/sofr 2031-02-30', { chatType: 'channel', chatId: -1003 }));
    const replies = await h.fake.waitFor('sendMessage', 3, 15_000);
    const byChat = new Map(replies.map((c) => [Number(c.params.chat_id), c]));
    expect([...byChat.keys()].sort((a, b) => a - b)).toEqual([-1003, -1002, -1]);
    expect(byChat.get(-1)!.params.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    expect(byChat.get(-1003)!.params.reply_parameters).toBeUndefined();
    for (const c of replies) expect(String(c.params.text)).toContain('not a real date');
  }, 20_000);

  it('logs a refused call with its method and never the token', async () => {
    h = await startHarness();
    h.fake.failNext('sendMessage', { error_code: 400, description: "Bad Request: can't parse entities" });
    h.fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    h.fake.push(textUpdate('/sofr 2031-02-30'));
    await h.fake.waitFor('sendMessage', 2, 10_000);
    await sleep(300);
    const refused = h.logs.filter((l) => l.includes('refused')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(refused[0]).toMatchObject({ method: 'sendMessage', error_code: 400 });
    expect(h.logs.join('\n')).not.toContain(TOKEN);
    expect(h.logs.join('\n')).not.toContain(TOKEN.split(':')[1]);
  }, 20_000);
});
