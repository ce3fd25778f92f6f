// The analyst's commands (issue 5) through the real grammY bot: free text for /ask, a CSV document
// for /export, a chart for /stress, text only for /calendar.
import { afterEach, describe, expect, it } from 'vitest';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { hasPngSignature } from '../../helpers/png.js';
import { parseTelegramHtml } from './telegramHtml.js';
import { startHarness, stopHarness, type Harness } from './harness.js';
import { newestInSnapshot } from '../../helpers/snapshotFacts.js';

let h: Harness | undefined;
afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
});

describe('given the analyst commands on Telegram', () => {
  it('/ask with free text is routed and answered with the routed chart and a "Read as" line', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/ask what was sofr on sept 17 2019'));
    const [photo] = await h.fake.waitFor('sendPhoto', 1, 15_000);
    const caption = parseTelegramHtml(String(photo!.params.caption));
    expect(caption).toContain('5.25%');
    // With the percentiles and volume the answer outgrows one caption (1024): the rest follows as a message.
    const [rest] = await h.fake.waitFor('sendMessage', 1, 15_000);
    expect(`${caption}\n${parseTelegramHtml(String(rest!.params.text))}`).toContain('Read as /sofr date:2019-09-17');
  }, 20_000);

  it('/export sends the CSV as a document', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/export series:reserves range:1y'));
    const [doc] = await h.fake.waitFor('sendDocument', 1, 15_000);
    const file = Object.values(doc!.files)[0]!;
    const csv = Buffer.from(file.data).toString('utf8');
    expect(csv).toMatch(/^# /m);
    expect(csv).toMatch(/^date,value$/m);
    const reserves = newestInSnapshot('RESERVES');
    expect(csv).toMatch(new RegExp(`^${reserves.date},${(reserves.value / 1e12).toFixed(2).replace('.', '\\.')}\\d*$`, 'm'));
  }, 20_000);

  it('/stress answers with its small-multiples chart', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/stress 2025-10-31'));
    const [photo] = await h.fake.waitFor('sendPhoto', 1, 15_000);
    expect(hasPngSignature(Object.values(photo!.files)[0]!.data)).toBe(true);
    expect(parseTelegramHtml(String(photo!.params.caption))).toMatch(/stress/i);
  }, 20_000);

  it('/calendar answers in text', async () => {
    h = await startHarness();
    h.fake.push(textUpdate('/calendar'));
    const [msg] = await h.fake.waitFor('sendMessage', 1, 15_000);
    expect(parseTelegramHtml(String(msg!.params.text))).toMatch(/ET\/\d+:\d{2} UTC|UTC/);
  }, 20_000);
});
