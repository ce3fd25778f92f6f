// Every command answers in Traditional and Simplified Chinese on the snapshot: the answer and the
// chart's words (title, subtitle, footer, axis, legends, event labels, panels) hold no English word
// except the codes the glossary keeps, each script uses its own glossary terms, and every Han
// character the answers use is drawn by the chart fonts as a glyph, not a tofu box.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { ensureFonts, FONT_FAMILY } from '../../src/charts/fonts.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import type { Answer } from '../../src/core/types.js';
import { messagesFor } from '../../src/core/messages/index.js';
import { answered } from '../commands/support.js';
import { answerText, chartWords, englishWords, recordingService } from './support.js';

const ARGS: Record<string, string[]> = { explain: ['sofr'], export: ['reserves'] };

// Glossary (docs/glossary.md): the same tool in each script's own words.
const HANT_ONLY = ['聯準會', '附買回', '準備金', '財政部一般帳戶', '常設回購工具', '資料'];
const HANS_ONLY = ['美联储', '回购', '准备金', '财政部一般账户', '常设回购便利', '数据'];

const seen = new Set<string>();

describe.each([
  ['zh-TW', HANS_ONLY, HANT_ONLY],
  ['zh-CN', HANT_ONLY, HANS_ONLY],
] as const)('answers for locale %s', (locale, foreign, own) => {
  const specs: ChartSpec[] = [];
  const svc = recordingService(specs);
  const all: string[] = [];

  // The chat commands answer only in a chat (tests/commands/chats.test.ts checks their Chinese).
  for (const c of commands.filter((x) => !x.perChat)) {
    it(`/${c.name} answers in Chinese, with no English word but the kept codes`, async () => {
      const before = specs.length;
      const a: Answer = answered(await svc.ask(c.name, ARGS[c.name] ?? [], locale));
      // Sources as the adapters show them (footer, Telegram's list, the terminal's as-of lines).
      const text = [answerText(a), ...a.asOf.map((x) => messagesFor(locale).common.source(x.source))].join('\n');
      const chart = specs.slice(before).map(chartWords).join('\n');
      expect(englishWords(text), text).toEqual([]);
      expect(englishWords(chart), chart).toEqual([]);
      expect(a.title + a.summary.join('')).toMatch(/\p{Script=Han}/u);
      for (const term of foreign) expect(text + chart, term).not.toContain(term);
      all.push(text, chart);
      for (const ch of text + chart) if (/\p{Script=Han}/u.test(ch)) seen.add(ch);
    });
  }

  it('uses its own script\'s glossary terms', () => {
    const joined = all.join('\n');
    for (const term of own.filter((t) => t !== '常設回購工具' && t !== '常设回购便利' && !t.includes('一般'))) expect(joined, term).toContain(term);
  });
});

describe('the chart fonts', () => {
  it('draw every Han character the Chinese answers use as a glyph, not a tofu box', () => {
    ensureFonts();
    const canvas = createCanvas(40, 40);
    const ctx = canvas.getContext('2d');
    const bitmap = (ch: string) => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 40, 40);
      ctx.fillStyle = '#000';
      ctx.font = `28px ${FONT_FAMILY}`;
      ctx.fillText(ch, 4, 32);
      return Buffer.from(ctx.getImageData(0, 0, 40, 40).data).toString('base64');
    };
    const tofu = bitmap('\u{3FFFD}');
    expect(seen.size).toBeGreaterThan(300);
    const missing = [...seen].filter((ch) => bitmap(ch) === tofu);
    expect(missing).toEqual([]);
  });
});
