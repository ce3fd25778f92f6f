// Hostile text in an Answer reaches Telegram escaped and valid for HTML parse mode; CSV files go
// as documents; the user's language_code reaches the service.
import { afterEach, expect, it } from 'vitest';
import { AnswerService, type AskResult } from '../../../src/answers/service.js';
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import type { Answer } from '../../../src/core/types.js';
import type { SeriesReader } from '../../../src/sources/types.js';
import { textUpdate } from '../../helpers/fakeTelegram.js';
import { parseTelegramHtml } from './telegramHtml.js';
import { NOW, startHarness, stopHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  const done = h;
  h = undefined;
  await stopHarness(done);
});

/** The real snapshot service, with the answer's text replaced by whatever a test wants. */
class RewritingService extends AnswerService {
  locales: string[] = [];
  constructor(
    private readonly base: AnswerService,
    reader: SeriesReader,
    private readonly rewrite: (a: Answer) => Answer,
  ) {
    super({ commands: base.commands, reader, render: async () => new Uint8Array(), theme: 'dark' });
  }
  override async askText(text: string, locale = 'en'): Promise<AskResult> {
    this.locales.push(locale);
    const r = await this.base.askText(text, locale);
    return r.ok ? { ...r, answer: this.rewrite(r.answer) } : r;
  }
}

it('delivers a caption built from hostile text escaped and parseable, files as documents, with the locale', async () => {
  let service: RewritingService | undefined;
  h = await startHarness({
    app: (log) => {
      const real = createApp(loadConfig({ DATA_MODE: 'snapshot' }), { now: NOW, log });
      service = new RewritingService(real.service, real.reader, (a) => ({
        ...a,
        title: 'SOFR <b>& 3.65% _*[',
        summary: ['Tags </i><script>alert(1)</script> & &amp; stay text.'],
        fields: [{ label: '<i>_*[`label', value: '3.65% & <u>rising</u> ]*_' }, ...a.fields],
        stale: 'Old <data> & co',
        files: [{ name: 'sofr.csv', bytes: new TextEncoder().encode('date,value\n2026-07-30,3.65\n'), type: 'text/csv' }],
      }));
      return { ...real, service };
    },
  });
  h.fake.push(textUpdate('/sofr 1y', { languageCode: 'de' }));
  const [photo] = await h.fake.waitFor('sendPhoto', 1, 15_000);
  const [doc] = await h.fake.waitFor('sendDocument', 1, 10_000);
  const html = String(photo!.params.caption);
  expect(html).toContain('<b>SOFR &lt;b&gt;&amp; 3.65% _*[</b>');
  expect(html).not.toContain('<script>');
  const visible = parseTelegramHtml(html);
  expect(visible).toContain('SOFR <b>& 3.65% _*[');
  expect(visible).toContain('<i>_*[`label: 3.65% & <u>rising</u> ]*_');
  expect(visible.split('\n')[0]).toContain('Old <data> & co');
  expect(visible).toContain('Tags </i><script>alert(1)</script> & &amp; stay text.');
  expect(visible.length).toBeLessThanOrEqual(1024);
  const csv = Object.values(doc!.files)[0]!;
  expect(csv.filename).toBe('sofr.csv');
  expect(csv.data.toString('utf8')).toBe('date,value\n2026-07-30,3.65\n');
  expect(service!.locales).toEqual(['de']);
}, 20_000);
