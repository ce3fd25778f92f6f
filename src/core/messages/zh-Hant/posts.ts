// 機器人主動發布的內容與 /brief 的繁體中文：晨報（每日摘要）、門檻警示與解除的標題。
import type { AlertRuleId } from '../../alerts.js';
import { corridorWhere, reservesUnderAmple, srfOverStress, type CorridorWhere } from '../../classify.js';
import { RESERVES_WATCH_BAND, SOFR_RRP_SPREAD_WATCH_BP, SRF_USAGE_STRESS } from '../../thresholds.js';
import type { Messages } from '../index.js';
import { bp, pct, usd, usdChange, ymd } from './words.js';

/** 走廊之外時以文字說明位置，而不是比例。 */
const outside = (p: number) => corridorWhere(p) === 'aboveCeiling' || corridorWhere(p) === 'belowFloor';

const WHERE: Record<CorridorWhere, string> = {
  aboveCeiling: '高於上限',
  belowFloor: '低於下限',
  nearCeiling: '逼近上限',
  inside: '位於走廊內',
};

const dayBp = (d: number | null) => (d === null ? '' : `，日變動 ${bp(d)}`);
const dayUsd = (d: number | null) => (d === null ? '' : `，日變動 ${usdChange(d)}`);

export const brief: Messages['brief'] = {
  title: (sofr, where, dayText) => `晨報 ${dayText}：SOFR ${pct(sofr)}${where ? `，${WHERE[where]}` : ''}`,
  rate: (name, v, dayText, change, position) =>
    `${name} ${pct(v)}（${dayText}）${dayBp(change)}${position === null ? '，當日走廊尚未確認' : outside(position) ? `，${WHERE[corridorWhere(position)]}` : `，位於下限至上限的 ${Math.round(position * 100)}% 處`}。`,
  rrp: (v, dayText, change, rate) => `ON RRP ${usd(v, 'B')}（${dayText}）${dayUsd(change)}${rate === null ? '' : `，利率為下限 ${pct(rate)}`}。`,
  srf: (v, dayText, change, stress) => `SRF 使用量 ${usd(v, 'B')}（${dayText}）${dayUsd(change)}${srfOverStress(v) ? `，高於 ${usd(stress, 'B')} 的壓力線` : ''}。`,
  srfMissing: (missing) => `SRF 使用量：${missing}`,
  tga: (v, dayText, change) => `TGA ${usd(v, 'B')}（${dayText}）${dayUsd(change)}。`,
  reserves: (v, dayText, published, baseDay, watchHigh) =>
    `準備金約 ${usd(v, 'T')}（${dayText}，即時估計），至 ${baseDay} 當週公布值為 ${usd(published, 'T')}${reservesUnderAmple(v) ? `，低於 ${usd(watchHigh, 'T')} 的充裕邊界` : ''}。`,
  reservesMissing: '準備金即時估計：TGA 與 ON RRP 資料不足。',
  walls: (floor, iorbName, iorb, ceilingName, ceiling) => `走廊：下限 ${pct(floor)}，${iorbName} ${pct(iorb)}，${ceilingName} ${pct(ceiling)}。`,
  labels: { sofr: 'SOFR', effr: 'EFFR', rrp: 'ON RRP', srf: 'SRF 使用量', tga: 'TGA', reserves: '準備金（即時估計）', corridor: '走廊' },
  values: {
    rate: (v, d, change) => `${pct(v)}（${ymd(d)}）${change === null ? '' : `，${bp(change)}`}`,
    amount: (v, d, change, scale = 'B') => `${usd(v, scale)}（${ymd(d)}）${change === null ? '' : `，${usdChange(change)}`}`,
    corridor: (floor, iorb, ceiling) => `${pct(floor)} / ${pct(iorb)} / ${pct(ceiling)}`,
  },
  alt: (start, end) => `SOFR 與 EFFR 自 ${ymd(start)} 至 ${ymd(end)} 的折線圖，位於 ON RRP 利率至 SRF 利率的走廊帶內，並標出 IORB。`,
};

const RULE: Record<AlertRuleId, string> = {
  sofrAboveSrf: 'SOFR 高於 SRF 利率',
  srfUsage: `SRF 使用量高於 ${usd(SRF_USAGE_STRESS)}`,
  reservesLow: `準備金低於 ${usd(RESERVES_WATCH_BAND.high)}`,
  sofrRrpSpread: `SOFR - ON RRP 超過 ${SOFR_RRP_SPREAD_WATCH_BP} bp`,
};

export const posts: Messages['posts'] = {
  alertTitle: (rule, event, value, dayText) => (event === 'fire' ? `🔴 警示：${RULE[rule]}（${dayText} ${value}）` : `🟢 解除：${RULE[rule]} 已回落（${dayText} ${value}）`),
  ruleName: (rule) => RULE[rule],
  context: (title) => title,
  h41Title: (title, week) => `H.4.1 至 ${ymd(week)} 當週：${title}`,
  value: { bp: (v) => bp(v), usd: (v) => usd(v) },
};
