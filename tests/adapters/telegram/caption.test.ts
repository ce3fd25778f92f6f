// Given an Answer, then a caption Telegram accepts: ≤1024 visible characters, valid HTML, the stale
// note first, and nothing lost (what does not fit follows in messages of ≤4096).
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/core/messages/index.js';
import type { Answer } from '../../../src/core/types.js';
import { CAPTION_LIMIT, photoLayout, postLayout, textLayout } from '../../../src/adapters/telegram/caption.js';
import { snapshotService } from '../../commands/support.js';
import { botCommands } from '../../../src/adapters/telegram/commandList.js';
import { escapeHtml, packMessages, plain } from '../../../src/adapters/telegram/html.js';
import { commands } from '../../../commands/index.js';
import { parseTelegramHtml } from './telegramHtml.js';

const m = messagesFor('en');
const base: Answer = {
  title: 'SOFR 3.65%, at IORB',
  summary: ['SOFR printed 3.65% for Thu Jul 30.'],
  fields: [{ label: 'SOFR', value: '3.65% (2026-07-30)' }],
  asOf: [{ series: 'SOFR', date: '2026-07-30', source: 'FRED SOFR' }],
  nextRelease: 'Next: Tue Nov 24 8:00 am ET',
};

describe('photoLayout', () => {
  it('given a short answer, then everything is in the caption', () => {
    const { caption, rest } = photoLayout(base, m);
    expect(rest).toEqual([]);
    const text = parseTelegramHtml(caption);
    expect(text.split('\n')[0]).toBe('SOFR 3.65%, at IORB');
    for (const s of ['SOFR printed', 'SOFR: 3.65% (2026-07-30)', 'FRED SOFR', 'Next: Tue Nov 24']) expect(text).toContain(s);
    expect(caption).toMatch(/^<b>SOFR 3\.65%, at IORB<\/b>/);
  });

  it('given a stale answer, then the stale note is the first line', () => {
    const text = parseTelegramHtml(photoLayout({ ...base, stale: 'NY Fed failed; showing data from Jul 29.' }, m).caption);
    expect(text.split('\n')[0]).toBe('⚠️ NY Fed failed; showing data from Jul 29.');
  });

  it('given a long answer, then the caption keeps title, fields, sources and next release within 1024 and the rest follows', () => {
    const long: Answer = {
      ...base,
      stale: 'Stale note',
      summary: Array.from({ length: 12 }, (_, i) => `Sentence ${i} ${'x'.repeat(80)}.`),
      fields: Array.from({ length: 60 }, (_, i) => ({ label: `Field ${i}`, value: `${i}.00% & <more>` })),
    };
    const { caption, rest } = photoLayout(long, m);
    const text = parseTelegramHtml(caption);
    expect(text.length).toBeLessThanOrEqual(1024);
    expect(text.split('\n')[0]).toContain('Stale note');
    expect(text).toContain('Field 0: 0.00% & <more>');
    expect(text).toContain('SOFR: 2026-07-30, FRED SOFR');
    expect(text).toContain('Next: Tue Nov 24');
    expect(text).not.toContain('Sentence 0');
    const after = rest.map(parseTelegramHtml).join('\n');
    expect(after).toContain('Sentence 0');
    expect(after).toContain('Sentence 11');
    expect(after).toContain('Field 59: 59.00% & <more>');
    // Every field is somewhere, once.
    for (let i = 0; i < 60; i++) expect((text + '\n' + after).split(`Field ${i}: `).length - 1).toBe(1);
  });

  it('given an absurdly long title, then the caption is cut to 1024 with valid HTML and the full text follows', () => {
    const huge: Answer = { ...base, title: '<b>&'.repeat(600), stale: '_*['.repeat(300) };
    const { caption, rest } = photoLayout(huge, m);
    const text = parseTelegramHtml(caption);
    expect(text.length).toBeLessThanOrEqual(1024);
    expect(text.startsWith('⚠️ _*[')).toBe(true);
    const after = rest.map(parseTelegramHtml);
    for (const msg of after) expect(msg.length).toBeLessThanOrEqual(4096);
    expect(after.join('')).toContain('<b>&'.repeat(600));
  });

  it('counts an emoji as Telegram does and never splits one', () => {
    const emoji: Answer = { ...base, title: '📈'.repeat(700), summary: [], fields: [], asOf: [] };
    delete emoji.nextRelease;
    const text = parseTelegramHtml(photoLayout(emoji, m).caption);
    expect(text.length).toBeLessThanOrEqual(1024);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('textLayout and packing', () => {
  it('given a text answer longer than a message, then it is split into messages of at most 4096', () => {
    const long: Answer = { ...base, fields: Array.from({ length: 200 }, (_, i) => ({ label: `/cmd${i}`, value: 'y'.repeat(40) })) };
    const msgs = textLayout(long, m).map(parseTelegramHtml);
    expect(msgs.length).toBeGreaterThan(1);
    for (const t of msgs) expect(t.length).toBeLessThanOrEqual(4096);
    expect(msgs.join('\n')).toContain('/cmd199: ');
  });

  it('splits a single line longer than a message', () => {
    const packed = packMessages([[plain('z'.repeat(9000))]], 4096);
    expect(packed.map((p) => p[0]!.map((s) => s.text).join('').length)).toEqual([4096, 4096, 808]);
  });

  it('escapes only < > &', () => {
    expect(escapeHtml(`<b>&"'_*[`)).toBe(`&lt;b&gt;&amp;"'_*[`);
  });
});

describe('botCommands', () => {
  it('lists every registry command with a description Telegram accepts', () => {
    const list = botCommands(commands);
    expect(list.map((c) => c.command)).toEqual(commands.map((c) => c.name));
    for (const c of list) {
      expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(c.description.length).toBeGreaterThanOrEqual(1);
      expect(c.description.length).toBeLessThanOrEqual(256);
    }
  });
});

describe('postLayout (what subscribers get)', () => {
  const svc = snapshotService();
  it.each(['en', 'zh-TW', 'zh-CN'])('the morning brief is one message in %s: the photo with the summary in its caption', async (locale) => {
    const r = await svc.askText('/brief', locale);
    if (!r.ok) throw new Error(r.error);
    const m = messagesFor(locale);
    const post = postLayout(r.answer, m);
    expect(post.rest).toEqual([]);
    const text = parseTelegramHtml(post.caption);
    expect(text.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    for (const line of r.answer.summary) expect(text).toContain(line);
    // The reply's layout of the same answer needs a second message for the summary.
    expect(photoLayout(r.answer, m).rest.length).toBeGreaterThan(0);
  });

  it('a post whose summary cannot fit falls back to the reply layout, losing nothing', () => {
    const long: Answer = { title: 'T', summary: ['x '.repeat(700)], fields: [{ label: 'F', value: '1' }], asOf: [], stale: undefined } as unknown as Answer;
    const post = postLayout(long, messagesFor('en'));
    expect(post.rest.length).toBeGreaterThan(0);
    expect(parseTelegramHtml(post.rest.join('\n'))).toContain('x x x');
  });
});
