// 餘額指令的繁體中文：/rrp、/tga、/reserves、/balance、/netliq。
import { amountDirection, nearPeriodEnd, rrpBuffer } from '../../classify.js';
import type { IsoDate } from '../../types.js';
import type { Messages } from '../index.js';
import { qtWords, usd, usdChange, ymd } from './words.js';

function onTheDay(v: number, d: IsoDate, dayDelta: number | null): string {
  return `${ymd(d)} ${usd(v)}${dayDelta === null ? '' : `，單日 ${usdChange(dayDelta)}`}`;
}

export const rrp: Messages['rrp'] = {
  title: (v, delta) => (delta === null ? `ON RRP ${usd(v)}` : `ON RRP ${usd(v)}，單日 ${usdChange(delta)}`),
  moved: (v, dayText, prev) =>
    prev
      ? `貨幣市場基金等機構 ${dayText}存放在聯準會逆附買回協議的資金為 ${usd(v)}，較 ${prev.day} ${usdChange(prev.delta)}。`
      : `${dayText}存放在聯準會逆附買回協議的資金為 ${usd(v)}。`,
  vsPeak: (v, peak, peakDay) => `區間高點為 ${ymd(peakDay)}的 ${usd(peak)}。`,
  meaning: (v, d) =>
    rrpBuffer(v) === 'low'
      ? `緩衝已這麼低，任何進一步的抽離（TGA 回補、QT、交割${nearPeriodEnd(d) ? '、月底' : ''}）都會直接減少銀行準備金。`
      : '這個緩衝仍能在資金抽離觸及銀行準備金之前先行吸收。',
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 每日 ON RRP 使用量；最新 ${usd(v)}（${ymd(d)}）。`,
  labels: { rate: 'ON RRP 利率' },
  subtitle: (v, d, dayDelta) => onTheDay(v, d, dayDelta),
};

export const tga: Messages['tga'] = {
  title: (v, delta) => (delta === null ? `TGA ${usd(v)}` : `TGA ${usd(v)}，單日 ${usdChange(delta)}`),
  moved: (v, dayText, prev) =>
    prev
      ? `美國財政部 ${dayText}收盤時存放在聯準會的現金為 ${usd(v)}，較 ${prev.day} ${usdChange(prev.delta)}。`
      : `美國財政部 ${dayText}收盤時存放在聯準會的現金為 ${usd(v)}。`,
  month: (delta) =>
    amountDirection(delta) === 'flat'
      ? '本月大致持平。'
      : amountDirection(delta) === 'up'
      ? `本月增加 ${usdChange(delta).slice(1)}，資金從銀行準備金與貨幣市場抽走。`
      : `本月減少 ${usdChange(delta).slice(1)}，資金回到銀行準備金。`,
  range: (hi, hiDay, lo, loDay) => `這段期間介於 ${usd(lo)}（${ymd(loDay)}）至 ${usd(hi)}（${ymd(hiDay)}）。`,
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 財政部一般帳戶每日收盤餘額（兆美元）；最新 ${usd(v)}（${ymd(d)}）。`,
  labels: { close: 'TGA（每日國庫報表收盤）', highLow: '區間高點／低點', weekAverage: '週平均（H.4.1）', weekAverageDerived: '週平均（由每日國庫報表推得）' },
  values: { highLow: (hi, lo) => `${usd(hi)}／${usd(lo)}` },
  asOfWeekly: 'TGA 週平均',
  weeklyTitle: (v, delta) => (delta === null ? `TGA ${usd(v)}（週平均）` : `TGA ${usd(v)}（週平均），本週 ${usdChange(delta)}`),
  weeklyMoved: (v, dayText, delta) =>
    `至 ${dayText}當週，美國財政部存放在聯準會的現金平均為 ${usd(v)}${delta === null ? '' : `，較前一週 ${usdChange(delta)}`}。`,
  weeklyOnly: (dailyFrom) => `這裡的每日國庫報表自 ${ymd(dailyFrom)} 起；之前採用 H.4.1 週平均（FRED WTREGEN）。`,
  weeklyLine: 'TGA，週平均',
  weeklySubtitle: (v, d, delta) => `至 ${ymd(d)} 當週 ${usd(v)}${delta === null ? '' : `，本週 ${usdChange(delta)}`}`,
  weeklyAlt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的 TGA H.4.1 週平均（兆美元）；最新 ${usd(v)}（至 ${ymd(d)} 當週）。`,
  line: 'TGA，每日收盤',
  subtitle: (v, d, dayDelta) => onTheDay(v, d, dayDelta),
};

export const reserves: Messages['reserves'] = {
  title: (v, delta) => (delta === null ? `準備金 ${usd(v, 'T')}` : `準備金 ${usd(v, 'T')}，本週 ${usdChange(delta)}`),
  moved: (v, dayText, prev) => `至 ${dayText}當週，銀行存放在聯準會的準備金平均為 ${usd(v, 'T')}${prev ? `，較前一週 ${usdChange(prev.delta)}` : ''}。`,
  band: (v, low, high) =>
    v < low
      ? `低於市場關注的 ${usd(low, 'T')}-${usd(high, 'T')} 區間：準備金轉趨稀缺，附買回利率可能飆升。`
      : v <= high
        ? `位於市場關注的 ${usd(low, 'T')}-${usd(high, 'T')} 區間內，附買回市場已開始出現壓力。`
        : `高於市場關注的 ${usd(low, 'T')}-${usd(high, 'T')} 區間：準備金仍然充足。`,
  gdp: (ratio, gdpDate) => `準備金相當於名目 GDP 的 ${ratio.toFixed(1)}%（${ymd(gdpDate)} 起的季度）。`,
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 銀行準備金週平均（兆美元），2.5至3.0兆美元關注區間以陰影標示；最新 ${usd(v, 'T')}（至 ${ymd(d)} 當週）。`,
  name: '準備金',
  labels: { level: '準備金（週平均）', change1w4w: '變動 1週／4週', watch: '關注區間', perGdp: '準備金／GDP' },
  values: {
    watch: (low, high) => `${usd(low, 'T')} - ${usd(high, 'T')}`,
    perGdp: (ratio, gdpDate) => `${ratio.toFixed(1)}%（GDP ${gdpDate.slice(0, 4)}年${Number(gdpDate.slice(5, 7))}月）`,
  },
  asOf: { level: '準備金（週平均）', gdp: 'GDP（名目，季調年率）' },
  line: '準備金，週平均',
  watchBand: (low, high) => `關注區間 ${usd(low, 'T')}-${usd(high, 'T')}`,
  subtitle: (v, d, weekDelta) => `至 ${ymd(d)} 當週 ${usd(v, 'T')}${weekDelta === null ? '' : `，本週 ${usdChange(weekDelta)}`}`,
};

export const balance: Messages['balance'] = {
  title: (v, pace) => (pace === null ? `聯準會資產負債表 ${usd(v, 'T')}` : `聯準會資產負債表 ${usd(v, 'T')}，4 週 ${usdChange(pace)}`),
  moved: (v, dayText, delta) => `聯準會 ${dayText}持有資產 ${usd(v, 'T')}${delta === null ? '' : `，本週 ${usdChange(delta)}`}。`,
  pace: (fourWeeks, perMonth3m) =>
    `過去 4 週資產負債表${amountDirection(fourWeeks) === 'down' ? '縮減' : '擴張'} ${usdChange(fourWeeks).slice(1)}${perMonth3m === null ? '' : `；過去 13 週平均每月 ${usdChange(perMonth3m)}`}。`,
  regime: (regime) => `${qtWords(regime)}（自 ${ymd(regime.from)} 起）。`,
  noQt: () => '當天沒有進行量化緊縮（QT）。',
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的聯準會總資產（兆美元）；最新 ${usd(v, 'T')}（${ymd(d)}）。`,
  labels: { total: '總資產', qtPace: '4 週變動', caps: '縮表上限' },
  values: {
    caps: (regime) =>
      regime === null ? '沒有 QT' : regime.treasuryCap === null ? '無（沒有 QT）' : `每月 美國公債 ${usd(regime.treasuryCap, 'B')}、MBS ${usd(regime.mbsCap ?? 0, 'B')}`,
  },
  asOf: { qtRegime: 'QT 階段', qtSource: 'FOMC 聲明' },
  subtitle: (v, d, fourWeeks) => `${ymd(d)} ${usd(v, 'T')}${fourWeeks === null ? '' : `，4 週 ${usdChange(fourWeeks)}`}`,
};

export const netliq: Messages['netliq'] = {
  title: (v, delta) => (delta === null ? `淨流動性 ${usd(v, 'T')}` : `淨流動性 ${usd(v, 'T')}，本週 ${usdChange(delta)}`),
  recipe: (assets, tga, rrp, v, dayText) => `${dayText}：聯準會資產 ${usd(assets, 'T')} 減 TGA ${usd(tga, 'B')} 減 ON RRP ${usd(rrp, 'B')}，剩 ${usd(v, 'T')}。`,
  moved: (delta, fromAssets, fromTga, fromRrp) =>
    `本週變動 ${usdChange(delta)}：資產負債表 ${usdChange(fromAssets)}、TGA ${usdChange(fromTga)}、ON RRP ${usdChange(fromRrp)}。`,
  lag: (d, tgaLast) => `TGA 週平均只到 ${ymd(tgaLast)}，因此最新的完整數據是 ${ymd(d)}。`,
  partEnds: (d, part, partLast) => `淨流動性只算到至 ${ymd(d)} 當週：${part}只到 ${ymd(partLast)}，之後的週無法推得。`,
  derivedTga: (from) => `自 ${ymd(from)} 起的 TGA 週平均由每日國庫報表推得（其 7 日平均，與 FRED WTREGEN 一致）。`,
  derivedSource: '美國財政部每日國庫報表 7 日平均',
  dailyTga: '每日 TGA（每日國庫報表）',
  noOverlap: (tgaLast) => `淨流動性的三個部分在那一天沒有重疊（TGA 週平均只到 ${ymd(tgaLast)}）。請試 /netliq date:2025-10-29。`,
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的淨流動性（聯準會資產減 TGA 減 ON RRP）與其三個部分（兆美元）；最新 ${usd(v, 'T')}（${ymd(d)}）。`,
  labels: { tga: 'TGA，週平均' },
  panels: { level: '淨流動性與聯準會總資產（兆美元）', tga: 'TGA，週平均（十億美元）', rrp: 'ON RRP 使用量（十億美元）' },
  subtitle: (v, d, assets, tga, rrp) => `${ymd(d)} ${usd(v, 'T')} = 資產 ${usd(assets, 'T')} - TGA ${usd(tga, 'B')} - ON RRP ${usd(rrp, 'B')}`,
};
