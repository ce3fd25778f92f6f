// /ask in Chinese, both scripts: the glossary's terms and their synonyms, Chinese dates
// (2025年11月14日, 11月14日, 去年9月, 2019年) and ranges (近一年, 過去6個月, 今年以來), routed to the
// right command and options. "Today" is Mon 2026-11-23.
import { commands } from '../../commands/index.js';
import { describe, expect, it } from 'vitest';
import { chineseDates } from '../../src/ask/dates.js';
import { dateOption } from '../../src/core/options.js';
import { route } from '../../src/ask/index.js';

const TODAY = '2026-11-23';

const TABLE: [string, string, string[]][] = [
  // Dates (2025年11月14日 used to be read as the year alone: 2025-12-31).
  ['2025年11月14日 sofr', 'sofr', ['date:2025-11-14']],
  ['SOFR 2025年11月14日是多少', 'sofr', ['date:2025-11-14']],
  ['2019年9月17日的有擔保隔夜融資利率', 'sofr', ['date:2019-09-17']],
  ['2019年9月17日的有担保隔夜融资利率', 'sofr', ['date:2019-09-17']],
  ['11月14日的準備金', 'reserves', ['date:2026-11-14']],
  ['11月14日的准备金', 'reserves', ['date:2026-11-14']],
  ['去年9月的逆回購', 'rrp', ['date:2025-09-30']],
  ['去年9月的逆回购', 'rrp', ['date:2025-09-30']],
  ['逆附買回協議 2025年', 'rrp', ['date:2025-12-31', 'range:1y']],
  ['逆回購 去年', 'rrp', ['date:2025-12-31', 'range:1y']],
  ['常設回購工具 2025年10月31日', 'srf', ['date:2025-10-31']],
  ['有效聯邦資金利率 2019年9月17日', 'effr', ['date:2019-09-17']],
  ['利率走廊 2019年9月17日', 'corridor', ['date:2019-09-17']],
  ['利差 2025年10月31日', 'spreads', ['date:2025-10-31']],
  // Ranges.
  ['準備金 近一年', 'reserves', ['range:1y']],
  ['准备金 过去两年', 'reserves', ['range:2y']],
  ['財政部一般帳戶 過去6個月', 'tga', ['range:6m']],
  ['财政部一般账户 最近3个月', 'tga', ['range:3m']],
  ['美联储资产负债表 近五年', 'balance', ['range:5y']],
  ['缩表 过去一年', 'balance', ['range:1y']],
  ['淨流動性 2y', 'netliq', ['range:2y']],
  ['净流动性 今年以来', 'netliq', ['range:1y']],
  ['自2020年以來的準備金', 'reserves', ['range:max']],
  ['十年期国债收益率 近两年', 'yields', ['range:2y']],
  // The series by name, both scripts, with the press's synonyms.
  ['國債一般帳戶', 'tga', []],
  ['常備回購便利 使用量', 'srf', []],
  ['常设回购便利', 'srf', []],
  ['聯準會資產負債表', 'balance', []],
  ['量化緊縮', 'balance', []],
  ['利率走廊', 'corridor', []],
  ['联邦基金利率', 'effr', []],
  ['10年期殖利率', 'yields', []],
  ['SOFR 利差', 'spreads', []],
  // Intents.
  ['附買回市場緊張嗎', 'stress', []],
  ['回购市场有压力吗', 'stress', []],
  ['資金壓力 2019年9月17日', 'stress', ['date:2019-09-17']],
  ['準備金 對比 2019', 'compare', []],
  ['准备金对比2019年', 'compare', []],
  ['今天的SOFR 對比 2022年3月1日', 'compare', ['date:2022-03-01']],
  ['準備金利率是什麼', 'explain', ['topic:iorb']],
  ['什么是逆回购', 'explain', ['topic:onrrp']],
  ['解釋 量化緊縮', 'explain', ['topic:qt']],
  ['基差交易是什麼', 'explain', ['topic:basis']],
  ['本週有什麼事件', 'calendar', []],
  ['本周 日程', 'calendar', []],
  ['準備金 即時估計', 'nowcast', []],
  ['准备金 估计 近一年', 'nowcast', ['range:1y']],
  ['匯出 準備金 近一年', 'export', ['series:reserves', 'range:1y']],
  ['导出 财政部一般账户', 'export', ['series:tga']],
  ['資料來源', 'about', []],
  ['指令', 'help', []],
];

describe('Chinese questions route to the right command and options', () => {
  it('the table holds at least 40 phrasings, in both scripts', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter(([q]) => /[準聯國帳戶動設備過個來對較壓緊釋麼週議匯資張]/.test(q)).length).toBeGreaterThanOrEqual(15);
    expect(TABLE.filter(([q]) => /[准联国账户动设备过个来对较压紧释么周议导资张]/.test(q)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(TABLE)('%s -> /%s %j', (question, command, words) => {
    const r = route(question, TODAY, commands);
    expect('command' in r ? { command: r.command, words: r.words } : r).toEqual({ command, words });
  });

  it('/ask nowcast 1y runs /nowcast range:1y (the router reads from the registry that /nowcast takes a range)', () => {
    expect(route('nowcast 1y', TODAY, commands)).toMatchObject({ command: 'nowcast', words: ['range:1y'] });
    // The same question against a registry whose /nowcast declares no range: the range cannot be
    // given, so the router is unsure and suggests instead of dropping words silently.
    const noRange = commands.map((c) => (c.name === 'nowcast' ? { ...c, options: { date: dateOption() } } : c));
    expect(route('nowcast 1y', TODAY, noRange)).toHaveProperty('suggestions');
  });
});

describe('chineseDates rewrites Chinese dates into the forms the date rules read', () => {
  it.each([
    ['2025年11月14日', '2025-11-14'],
    ['2025 年 1 月 5 號', '2025-01-05'],
    ['11月14日', 'nov 14'],
    ['去年9月', 'sep 2025'],
    ['前年3月', 'mar 2024'],
    ['今年2月3日', '2026-02-03'],
    ['近一年', '1 years'],
    ['過去6個月', '6 months'],
    ['最近3个月', '3 months'],
    ['近兩週', '2 weeks'],
    ['今年以來', 'ytd'],
    ['10年期', '10-year yield'],
    ['2019年', '2019'],
  ])('%s -> %s', (text, english) => {
    expect(chineseDates(text, TODAY).replace(/\s+/g, ' ').trim()).toBe(english);
  });
});

describe('/ask end to end in Chinese', () => {
  it('a zh-TW reader asking 2025年11月14日的SOFR gets that day, read back in Chinese', async () => {
    const { snapshotService, answered } = await import('../commands/support.js');
    const a = answered(await snapshotService().askText('/ask 2025年11月14日的SOFR是多少', 'zh-TW'));
    expect(a.summary[0]).toBe('理解為 /sofr date:2025-11-14。');
    expect(a.title).toMatch(/^SOFR \d\.\d\d%/);
    expect(a.summary.join('')).toContain('2025年11月14日');
  });
});
