// 分析指令的繁體中文：/stress（訊號儀表板）與 /compare（今天對比 2019 年 9 月附買回危機或其他日子）。
import { SIGNALS, type Level, type SignalId, type SignalRule } from '../../stress.js';
import { TGA_CASH_TARGET } from '../../thresholds.js';
import type { Messages } from '../index.js';
import { abs, bp, pct, usd, ymd } from './words.js';

const MARK: Record<Level, string> = { calm: '🟢', watch: '🟡', stress: '🔴' };
const LEVEL: Record<Level, string> = { calm: '平穩', watch: '警戒', stress: '緊張' };
const status = (l: Level) => `${LEVEL[l]} ${MARK[l]}`;

const SIGNAL_NAMES: Record<SignalId, string> = {
  reserves: '準備金',
  sofrRrp: 'SOFR - ON RRP 利率',
  srfUsage: 'SRF 使用量',
  sofrSrf: 'SOFR - SRF 利率',
  rrpBuffer: 'ON RRP 緩衝',
  tga: 'TGA 相對現金目標',
};

function value(unit: 'usd' | 'bp', v: number): string {
  return unit === 'bp' ? bp(v) : usd(v);
}

/** 警戒與緊張的起點取自訊號表（src/core/stress.ts），數字不寫在這裡。 */
const THRESHOLDS: Record<SignalId, (l: SignalRule['lines']) => string> = {
  reserves: (l) => `低於 ${usd(l.watch)} 警戒，低於 ${usd(l.stress)} 緊張`,
  sofrRrp: (l) => `${bp(l.watch)} 起警戒，${bp(l.stress)} 起緊張`,
  srfUsage: (l) => `高於 ${usd(l.watch)} 警戒，高於 ${usd(l.stress)} 緊張`,
  sofrSrf: (l) => `差距 ${abs(l.watch)} 內警戒，高於 SRF 利率緊張`,
  rrpBuffer: (l) => `低於 ${usd(l.watch)} 警戒，低於 ${usd(l.stress)} 緊張`,
  tga: (l) => `高於 ${usd(l.watch)}（假設目標）警戒，高於 ${usd(l.stress)} 緊張`,
};

const thresholds = (id: SignalId) => THRESHOLDS[id](SIGNALS.find((s) => s.id === id)!.lines);

const stress: Messages['analysis']['stress'] = {
  name: '壓力訊號',
  status,
  signal: (id) => SIGNAL_NAMES[id],
  title: (overall, red, amber, known) => `資金壓力：${status(overall)}，${known} 項訊號中 ${red} 項紅燈、${amber} 項黃燈`,
  structuralLabel: '背景（結構性）',
  structuralField: (l, names) => `${status(l)}${names.length ? ` · ${names.join('、')}` : ''} · 這是背景狀態，不是急性壓力：整體等級依據對走廊的利差與 SRF 使用量`,
  structuralLine: (l, names) =>
    l === 'calm' ? '背景（準備金、ON RRP 緩衝、TGA）平穩。' : `背景${LEVEL[l]}：${names.join('、')}。這是結構性狀態；整體等級依據急性訊號。`,
  beforeSrf: 'SRF 自 2021年7月28日起設立：之前不判斷',
  chartTitle: (overall, red, amber, known) => `資金壓力：${LEVEL[overall]}，${known} 項訊號中 ${red} 項紅燈、${amber} 項黃燈`,
  field: (level, unit, v, id, date) => `${MARK[level]} ${LEVEL[level]} · ${value(unit, v)}（${thresholds(id)}）· ${ymd(date)}`,
  unknownField: (why) => `未知 · ${why}`,
  noSrfInSnapshot: '離線快照中沒有 SRF 使用量資料：不做猜測',
  noData: '這一天沒有資料：不做猜測',
  overallLabel: '整體（含遲滯）',
  overallField: (overall, now) =>
    `${status(overall)} · 僅看最新數據：${status(now)} · 一項訊號最近 3 筆中有 2 筆一致才升級，連續 3 筆較平穩才降級`,
  worst: (names, level) => (names.length ? `${level === 'stress' ? '紅燈' : '黃燈'}：${names.join('、')}。` : '所有已知訊號都平穩。'),
  sofrAboveSrf: (sofr, srf, d) => `SOFR ${d}報 ${pct(sofr)}，高於 SRF 利率 ${pct(srf)}：市場借現金的價格高過聯準會後援的收費。`,
  hysteresis: (overall, now) =>
    overall === now ? `整體等級為 ${status(overall)}，由不只一筆數據支持。` : `僅看最新數據為 ${status(now)}；在更多數據一致之前，整體等級維持 ${status(overall)}。`,
  unknown: (names) => `未知，不做猜測：${names.join('、')}。`,
  tgaAssumption: `TGA 目標：${usd(TGA_CASH_TARGET)}，美國財政部季度再融資中的季末現金假設（此處為假設）。`,
  panel: (id, unitWord) => `${SIGNAL_NAMES[id]}（${unitWord}）`,
  panelTitle: (l, panel) => `${panel}：${LEVEL[l]}`,
  thresholdLine: '門檻',
  watchLine: '警戒',
  stressLine: '緊張',
  subtitle: (d) => `每格：訊號與其警戒線、緊張線（虛線），至 ${ymd(d)}`,
  alt: (n, start, end, overall) =>
    `小型多圖：${n} 格，每項資金壓力訊號一格，${ymd(start)} 至 ${ymd(end)}，警戒線為琥珀色虛線、緊張線為朱紅色虛線；整體等級${LEVEL[overall]}。`,
  assumptionLabel: '假設',
};

const compare: Messages['analysis']['compare'] = {
  title: (then, nowHigh, thenHigh, nowRes, thenRes) =>
    `現在對比 ${ymd(then)}：SOFR 高點 ${nowHigh === null ? '無資料' : pct(nowHigh)} 對 ${thenHigh === null ? '無資料' : pct(thenHigh)}，準備金 ${nowRes === null ? '無資料' : usd(nowRes, 'T')} 對 ${thenRes === null ? '無資料' : usd(thenRes, 'T')}`,
  peaks: (then, thenPeak, now, nowPeak, thenName, nowName) =>
    thenPeak !== null && nowPeak !== null
      ? `各自前後兩週內，SOFR 在 ${ymd(then)} 前後最高高出 ${thenName} ${bp(thenPeak)}，在 ${ymd(now)} 前後最高高出 ${nowName} ${bp(nowPeak)}。`
      : '其中一天前後缺少 SOFR 資料。',
  labels: {
    reserves: '準備金（週平均）',
    tga: 'TGA',
    rrp: 'ON RRP 使用量',
    fedAssets: '聯準會資產（週三）',
    sofrVsIorb: 'SOFR，相對 IOER/IORB',
    sofr: 'SOFR',
  },
  pair: (then, now) => `${then}｜現在 ${now}`,
  weekTo: (v, d) => `${usd(v)}（至 ${ymd(d)} 當週）`,
  weekAvgTo: (v, d) => `${usd(v)}（至 ${ymd(d)} 當週平均）`,
  dayOf: (v, d) => `${usd(v)}（${ymd(d)}）`,
  spreadOf: (v, name, rate, d) => `相對 ${name} ${pct(rate)} ${bp(v)}（${ymd(d)}）`,
  lineNow: (d, iorb) => `${ymd(d)} 前後的 SOFR - ${iorb}`,
  lineThen: (d, iorb) => `${ymd(d)} 前後的 SOFR - ${iorb}`,
  anchor: '對齊日',
  subtitle: (then, now) => `SOFR 相對 IOER/IORB 的利差，以距 ${ymd(then)} 與距 ${ymd(now)} 的天數排列`,
  alt: (then, now) =>
    `折線圖：SOFR 減準備金利率（IOER/IORB）的基點利差，${ymd(now)} 前後兩週（藍色）與 ${ymd(then)} 前後兩週（橘色），橫軸為距各自對齊日的天數。`,
  sofrAndSpread: (v, spread, name, d) => `${pct(v)}，相對 ${name} ${bp(spread)}（${ymd(d)}）`,
  asOfThen: (series, then) => `${series}（當時 ${ymd(then)}）`,
  tooClose: (then, now) => `${ymd(then)} 距離最新資料（${ymd(now)}）不到兩週。請試 /compare date:2019-09-17。`,
};

export const analysis: Messages['analysis'] = { stress, compare };
