// Issue 12's acceptance: every registered command answers in zh-Hant and in zh-Hans on the snapshot,
// with its typical options and the usual mistakes, with no English word left but the short allowlist
// in ./support.ts (series codes, FRED's names, bp, what the reader types). Checked through the answer
// service for every question below (the text, the errors, the chart spec's words and the axis words
// the renderer draws), and through the terminal child process (`--lang`) for a few. The platforms'
// fakes (Discord, Telegram) are driven with /sofr and its chart in ./platforms.test.ts, with the same check.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { axisWords } from '../../src/charts/format.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { resolveLocale } from '../../src/core/locale.js';
import { messagesFor } from '../../src/core/messages/index.js';
import { ASK_ENTRY, childEnv } from '../helpers/entry.js';
import { answerText, chartWords, englishWords, recordingService } from './support.js';

/** Typical questions: each command with its usual options, then the mistakes readers make. */
const ANSWERS = [
  '/sofr', '/sofr range:1y', '/sofr 2019-09-17', '/sofr date:2026-10-08', '/sofr date:2025-11-15',
  '/effr', '/effr 2019-09-17', '/corridor range:1y', '/corridor 2019-09-17',
  '/rrp', '/rrp 2022-12-30', '/srf', '/srf 2025-10-31', '/srf 2026-02-17',
  '/tga', '/tga range:5y', '/reserves', '/reserves 2019-09-17', '/nowcast', '/nowcast 2025-10-31',
  '/balance', '/balance 2019-09-17', '/netliq', '/netliq 2025-11-14',
  '/spreads', '/spreads 2019-09-17', '/yields', '/stress', '/stress 2020-03-16', '/stress 2019-09-17',
  '/compare', '/compare 2020-03-16', '/calendar', '/calendar 2026-03-06',
  ...['sofr', 'effr', 'iorb', 'onrrp', 'srf', 'tga', 'reserves', 'qt', 'netliq', 'corridor', '2019', 'basis'].map((t) => `/explain ${t}`),
  '/export reserves', '/export sofr range:1y', '/help', '/about', '/brief', '/brief 2025-10-31',
  '/ask sofr', '/ask 2025年11月14日 sofr', '/ask 準备金 1y', '/ask 附買回市場緊張嗎',
];
const ERRORS = [
  '/sofr date:2019-02-30', '/sofr date:2030-01-01', '/sofr date:2017-01-03', '/sofr range:zz', '/sofr extra words here',
  '/srf date:2020-01-02', '/corridor date:2015-01-05', '/explain', '/explain foo', '/export', '/nosuch', '/ask blah blah',
  // The chat commands outside a chat (here, the service with no chat: the terminal's case) refuse in
  // one sentence; in a chat they are covered by tests/commands/chats.test.ts and the platform tests.
  '/subscribe brief', '/unsubscribe all', '/subscriptions', '/language zh-Hant',
];

const LOCALES = [
  ['zh-TW', '聯準會'],
  ['zh-CN', '美联储'],
] as const;

/** The renderer's own words for a chart (ticks, end labels, day offsets), as it draws them for the spec's locale. */
function axisText(spec: ChartSpec): string {
  const a = axisWords(spec.locale);
  return [a.amount(2.9, 1, 'T'), a.amount(50, 0, 'B'), a.month(2025, 0, true), a.month(2025, 3, false), a.day(9, 31), a.offset(-14), a.offset(0), a.bp(18)].join('\n');
}

describe.each(LOCALES)('every command in %s on the snapshot', (locale, fed) => {
  const specs: ChartSpec[] = [];
  const svc = recordingService(specs);
  const m = messagesFor(locale);
  let charts = 0;

  it('asks every registered command', () => {
    const asked = new Set([...ANSWERS, ...ERRORS].map((q) => q.split(' ')[0]!.slice(1)));
    for (const c of commands) expect(asked, c.name).toContain(c.name);
  });

  it.each(ANSWERS)('%s answers in Chinese, its chart too', async (question) => {
    const before = specs.length;
    const r = await svc.askText(question, locale);
    if (!r.ok) throw new Error(`${question}: ${r.error}`);
    const a = r.answer;
    // Sources as every adapter shows them (footers, Telegram's list, the terminal's as-of lines).
    const text = [answerText(a), ...a.asOf.map((x) => m.common.source(x.source))].join('\n');
    expect(englishWords(text), text).toEqual([]);
    expect(a.title + a.summary.join('') + a.fields.map((f) => f.label).join(''), question).toMatch(/\p{Script=Han}/u);
    for (const spec of specs.slice(before)) {
      charts++;
      expect(resolveLocale(spec.locale), question).toBe(resolveLocale(locale));
      const drawn = `${chartWords(spec)}\n${axisText(spec)}`;
      expect(englishWords(drawn), drawn).toEqual([]);
      expect(spec.title + spec.footer).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(ERRORS)('%s is refused in one Chinese sentence', async (question) => {
    const r = await svc.askText(question, locale);
    const said = r.ok ? answerText(r.answer) : r.error;
    if (!r.ok) expect(r.kind, said).toBe('user');
    expect(said).toMatch(/\p{Script=Han}/u);
    expect(englishWords(said), said).toEqual([]);
  });

  it('drew charts and used its own script', async () => {
    expect(charts).toBeGreaterThan(30);
    const r = await svc.askText('/sofr', locale);
    expect(r.ok && r.answer.summary.join('') + r.answer.fields.map((f) => f.value).join('')).toContain(fed);
  });
});

describe('the terminal in Chinese (--lang, whatever LANG says)', () => {
  const out = mkdtempSync(join(tmpdir(), 'liq-words-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const ask = async (...args: string[]) => {
    try {
      return (await promisify(execFile)(process.execPath, [ASK_ENTRY, ...args], { env: childEnv({ DATA_MODE: 'snapshot', OUT_DIR: out, LOG_LEVEL: 'error' }), timeout: 30_000 })).stdout;
    } catch (e) {
      return (e as { stdout: string }).stdout;
    }
  };

  it.each([
    ['zh-TW', '/sofr 2019-09-17'],
    ['zh-CN', '/stress'],
    ['zh-TW', '/srf 2025-10-31'],
    ['zh-CN', '/sofr date:2019-02-30'],
  ])('--lang %s %s', async (lang, question) => {
    const stdout = await ask('--lang', lang, question);
    expect(stdout).toMatch(/\p{Script=Han}/u);
    expect(englishWords(stdout), stdout).toEqual([]);
  });
});
