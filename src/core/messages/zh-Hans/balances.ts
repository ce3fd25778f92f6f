// 余额指令的繁体中文：/rrp、/tga、/reserves、/balance、/netliq。
import { amountDirection, nearPeriodEnd, rrpBuffer } from '../../classify.js';
import type { IsoDate } from '../../types.js';
import type { Messages } from '../index.js';
import { qtWords, usd, usdChange, ymd } from './words.js';

function onTheDay(v: number, d: IsoDate, dayDelta: number | null): string {
  return `${ymd(d)} ${usd(v)}${dayDelta === null ? '' : `，单日 ${usdChange(dayDelta)}`}`;
}

export const rrp: Messages['rrp'] = {
  title: (v, delta) => (delta === null ? `ON RRP ${usd(v)}` : `ON RRP ${usd(v)}，单日 ${usdChange(delta)}`),
  moved: (v, dayText, prev) =>
    prev
      ? `货币市场基金等机构 ${dayText}存放在美联储逆回购的资金为 ${usd(v)}，较 ${prev.day} ${usdChange(prev.delta)}。`
      : `${dayText}存放在美联储逆回购的资金为 ${usd(v)}。`,
  vsPeak: (v, peak, peakDay) => `区间高点为 ${ymd(peakDay)}的 ${usd(peak)}。`,
  meaning: (v, d) =>
    rrpBuffer(v) === 'low'
      ? `缓冲已这么低，任何进一步的抽离（TGA 回补、QT、交割${nearPeriodEnd(d) ? '、月底' : ''}）都会直接减少银行准备金。`
      : '这个缓冲仍能在资金抽离触及银行准备金之前先行吸收。',
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 每日 ON RRP 使用量；最新 ${usd(v)}（${ymd(d)}）。`,
  labels: { rate: 'ON RRP 利率' },
  subtitle: (v, d, dayDelta) => onTheDay(v, d, dayDelta),
};

export const tga: Messages['tga'] = {
  title: (v, delta) => (delta === null ? `TGA ${usd(v)}` : `TGA ${usd(v)}，单日 ${usdChange(delta)}`),
  moved: (v, dayText, prev) =>
    prev
      ? `美国财政部 ${dayText}收盘时存放在美联储的现金为 ${usd(v)}，较 ${prev.day} ${usdChange(prev.delta)}。`
      : `美国财政部 ${dayText}收盘时存放在美联储的现金为 ${usd(v)}。`,
  month: (delta) =>
    amountDirection(delta) === 'flat'
      ? '本月大致持平。'
      : amountDirection(delta) === 'up'
      ? `本月增加 ${usdChange(delta).slice(1)}，资金从银行准备金与货币市场抽走。`
      : `本月减少 ${usdChange(delta).slice(1)}，资金回到银行准备金。`,
  range: (hi, hiDay, lo, loDay) => `这段期间介于 ${usd(lo)}（${ymd(loDay)}）至 ${usd(hi)}（${ymd(hiDay)}）。`,
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 财政部一般账户每日收盘余额（万亿美元）；最新 ${usd(v)}（${ymd(d)}）。`,
  labels: { close: 'TGA（每日国库报表收盘）', highLow: '区间高点／低点', weekAverage: '周平均（H.4.1）', weekAverageDerived: '周平均（由每日国库报表推得）' },
  values: { highLow: (hi, lo) => `${usd(hi)}／${usd(lo)}` },
  asOfWeekly: 'TGA 周平均',
  weeklyTitle: (v, delta) => (delta === null ? `TGA ${usd(v)}（周平均）` : `TGA ${usd(v)}（周平均），本周 ${usdChange(delta)}`),
  weeklyMoved: (v, dayText, delta) =>
    `至 ${dayText}当周，美国财政部存放在美联储的现金平均为 ${usd(v)}${delta === null ? '' : `，较前一周 ${usdChange(delta)}`}。`,
  weeklyOnly: (dailyFrom) => `这里的每日国库报表自 ${ymd(dailyFrom)} 起；之前采用 H.4.1 周平均（FRED WTREGEN）。`,
  weeklyLine: 'TGA，周平均',
  weeklySubtitle: (v, d, delta) => `至 ${ymd(d)} 当周 ${usd(v)}${delta === null ? '' : `，本周 ${usdChange(delta)}`}`,
  weeklyAlt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的 TGA H.4.1 周平均（万亿美元）；最新 ${usd(v)}（至 ${ymd(d)} 当周）。`,
  line: 'TGA，每日收盘',
  subtitle: (v, d, dayDelta) => onTheDay(v, d, dayDelta),
};

export const reserves: Messages['reserves'] = {
  title: (v, delta) => (delta === null ? `准备金 ${usd(v, 'T')}` : `准备金 ${usd(v, 'T')}，本周 ${usdChange(delta)}`),
  moved: (v, dayText, prev) => `至 ${dayText}当周，银行存放在美联储的准备金平均为 ${usd(v, 'T')}${prev ? `，较前一周 ${usdChange(prev.delta)}` : ''}。`,
  band: (v, low, high) =>
    v < low
      ? `低于市场关注的 ${usd(low, 'T')}-${usd(high, 'T')} 区间：准备金转趋稀缺，回购利率可能飙升。`
      : v <= high
        ? `位于市场关注的 ${usd(low, 'T')}-${usd(high, 'T')} 区间内，回购市场已开始出现压力。`
        : `高于市场关注的 ${usd(low, 'T')}-${usd(high, 'T')} 区间：准备金仍然充足。`,
  gdp: (ratio, gdpDate) => `准备金相当于名目 GDP 的 ${ratio.toFixed(1)}%（${ymd(gdpDate)} 起的季度）。`,
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 银行准备金周平均（万亿美元），2.5至3.0万亿美元关注区间以阴影标示；最新 ${usd(v, 'T')}（至 ${ymd(d)} 当周）。`,
  name: '准备金',
  labels: { level: '准备金（周平均）', change1w4w: '变动 1周／4周', watch: '关注区间', perGdp: '准备金／GDP' },
  values: {
    watch: (low, high) => `${usd(low, 'T')} - ${usd(high, 'T')}`,
    perGdp: (ratio, gdpDate) => `${ratio.toFixed(1)}%（GDP ${gdpDate.slice(0, 4)}年${Number(gdpDate.slice(5, 7))}月）`,
  },
  asOf: { level: '准备金（周平均）', gdp: 'GDP（名目，季调年率）' },
  line: '准备金，周平均',
  watchBand: (low, high) => `关注区间 ${usd(low, 'T')}-${usd(high, 'T')}`,
  subtitle: (v, d, weekDelta) => `至 ${ymd(d)} 当周 ${usd(v, 'T')}${weekDelta === null ? '' : `，本周 ${usdChange(weekDelta)}`}`,
};

export const balance: Messages['balance'] = {
  title: (v, pace) => (pace === null ? `美联储资产负债表 ${usd(v, 'T')}` : `美联储资产负债表 ${usd(v, 'T')}，4 周 ${usdChange(pace)}`),
  moved: (v, dayText, delta) => `美联储 ${dayText}持有资产 ${usd(v, 'T')}${delta === null ? '' : `，本周 ${usdChange(delta)}`}。`,
  pace: (fourWeeks, perMonth3m) =>
    `过去 4 周资产负债表${amountDirection(fourWeeks) === 'down' ? '缩减' : '扩张'} ${usdChange(fourWeeks).slice(1)}${perMonth3m === null ? '' : `；过去 13 周平均每月 ${usdChange(perMonth3m)}`}。`,
  regime: (regime) => `${qtWords(regime)}（自 ${ymd(regime.from)} 起）。`,
  noQt: () => '当天没有进行量化紧缩（QT）。',
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的美联储总资产（万亿美元）；最新 ${usd(v, 'T')}（${ymd(d)}）。`,
  labels: { total: '总资产', qtPace: '4 周变动', caps: '缩表上限' },
  values: {
    caps: (regime) =>
      regime === null ? '没有 QT' : regime.treasuryCap === null ? '无（没有 QT）' : `每月 美国国债 ${usd(regime.treasuryCap, 'B')}、MBS ${usd(regime.mbsCap ?? 0, 'B')}`,
  },
  asOf: { qtRegime: 'QT 阶段', qtSource: 'FOMC 声明' },
  subtitle: (v, d, fourWeeks) => `${ymd(d)} ${usd(v, 'T')}${fourWeeks === null ? '' : `，4 周 ${usdChange(fourWeeks)}`}`,
};

export const netliq: Messages['netliq'] = {
  title: (v, delta) => (delta === null ? `净流动性 ${usd(v, 'T')}` : `净流动性 ${usd(v, 'T')}，本周 ${usdChange(delta)}`),
  recipe: (assets, tga, rrp, v, dayText) => `${dayText}：美联储资产 ${usd(assets, 'T')} 减 TGA ${usd(tga, 'B')} 减 ON RRP ${usd(rrp, 'B')}，剩 ${usd(v, 'T')}。`,
  moved: (delta, fromAssets, fromTga, fromRrp) =>
    `本周变动 ${usdChange(delta)}：资产负债表 ${usdChange(fromAssets)}、TGA ${usdChange(fromTga)}、ON RRP ${usdChange(fromRrp)}。`,
  lag: (d, tgaLast) => `TGA 周平均只到 ${ymd(tgaLast)}，因此最新的完整数据是 ${ymd(d)}。`,
  partEnds: (d, part, partLast) => `净流动性只算到至 ${ymd(d)} 当周：${part}只到 ${ymd(partLast)}，之后的周无法推得。`,
  derivedTga: (from) => `自 ${ymd(from)} 起的 TGA 周平均由每日国库报表推得（其 7 日平均，与 FRED WTREGEN 一致）。`,
  derivedSource: '美国财政部每日国库报表 7 日平均',
  dailyTga: '每日 TGA（每日国库报表）',
  noOverlap: (tgaLast) => `净流动性的三个部分在那一天没有重叠（TGA 周平均只到 ${ymd(tgaLast)}）。请试 /netliq date:2025-10-29。`,
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的净流动性（美联储资产减 TGA 减 ON RRP）与其三个部分（万亿美元）；最新 ${usd(v, 'T')}（${ymd(d)}）。`,
  labels: { tga: 'TGA，周平均' },
  panels: { level: '净流动性与美联储总资产（万亿美元）', tga: 'TGA，周平均（十亿美元）', rrp: 'ON RRP 使用量（十亿美元）' },
  subtitle: (v, d, assets, tga, rrp) => `${ymd(d)} ${usd(v, 'T')} = 资产 ${usd(assets, 'T')} - TGA ${usd(tga, 'B')} - ON RRP ${usd(rrp, 'B')}`,
};
