// 机器人主动发布的内容与 /brief 的繁体中文：晨报（每日摘要）、门槛警示与解除的标题。
import type { AlertRuleId } from '../../alerts.js';
import { corridorWhere, reservesUnderAmple, srfOverStress, type CorridorWhere } from '../../classify.js';
import { RESERVES_WATCH_BAND, SOFR_RRP_SPREAD_WATCH_BP, SRF_USAGE_STRESS } from '../../thresholds.js';
import type { Messages } from '../index.js';
import { bp, pct, usd, usdChange, ymd } from './words.js';

/** 走廊之外时以文字说明位置，而不是比例。 */
const outside = (p: number) => corridorWhere(p) === 'aboveCeiling' || corridorWhere(p) === 'belowFloor';

const WHERE: Record<CorridorWhere, string> = {
  aboveCeiling: '高于上限',
  belowFloor: '低于下限',
  nearCeiling: '逼近上限',
  inside: '位于走廊内',
};

const dayBp = (d: number | null) => (d === null ? '' : `，日变动 ${bp(d)}`);
const dayUsd = (d: number | null) => (d === null ? '' : `，日变动 ${usdChange(d)}`);

export const brief: Messages['brief'] = {
  title: (sofr, where, dayText) => `晨报 ${dayText}：SOFR ${pct(sofr)}${where ? `，${WHERE[where]}` : ''}`,
  rate: (name, v, dayText, change, position) =>
    `${name} ${pct(v)}（${dayText}）${dayBp(change)}${position === null ? '，当日走廊尚未确认' : outside(position) ? `，${WHERE[corridorWhere(position)]}` : `，位于下限至上限的 ${Math.round(position * 100)}% 处`}。`,
  rrp: (v, dayText, change, rate) => `ON RRP ${usd(v, 'B')}（${dayText}）${dayUsd(change)}${rate === null ? '' : `，利率为下限 ${pct(rate)}`}。`,
  srf: (v, dayText, change, stress) => `SRF 使用量 ${usd(v, 'B')}（${dayText}）${dayUsd(change)}${srfOverStress(v) ? `，高于 ${usd(stress, 'B')} 的压力线` : ''}。`,
  srfMissing: (missing) => `SRF 使用量：${missing}`,
  tga: (v, dayText, change) => `TGA ${usd(v, 'B')}（${dayText}）${dayUsd(change)}。`,
  reserves: (v, dayText, published, baseDay, watchHigh) =>
    `准备金约 ${usd(v, 'T')}（${dayText}，实时估计），至 ${baseDay} 当周公布值为 ${usd(published, 'T')}${reservesUnderAmple(v) ? `，低于 ${usd(watchHigh, 'T')} 的充裕边界` : ''}。`,
  reservesMissing: '准备金实时估计：TGA 与 ON RRP 数据不足。',
  walls: (floor, iorbName, iorb, ceilingName, ceiling) => `走廊：下限 ${pct(floor)}，${iorbName} ${pct(iorb)}，${ceilingName} ${pct(ceiling)}。`,
  labels: { sofr: 'SOFR', effr: 'EFFR', rrp: 'ON RRP', srf: 'SRF 使用量', tga: 'TGA', reserves: '准备金（实时估计）', corridor: '走廊' },
  values: {
    rate: (v, d, change) => `${pct(v)}（${ymd(d)}）${change === null ? '' : `，${bp(change)}`}`,
    amount: (v, d, change, scale = 'B') => `${usd(v, scale)}（${ymd(d)}）${change === null ? '' : `，${usdChange(change)}`}`,
    corridor: (floor, iorb, ceiling) => `${pct(floor)} / ${pct(iorb)} / ${pct(ceiling)}`,
  },
  alt: (start, end) => `SOFR 与 EFFR 自 ${ymd(start)} 至 ${ymd(end)} 的折线图，位于 ON RRP 利率至 SRF 利率的走廊带内，并标出 IORB。`,
};

const RULE: Record<AlertRuleId, string> = {
  sofrAboveSrf: 'SOFR 高于 SRF 利率',
  srfUsage: `SRF 使用量高于 ${usd(SRF_USAGE_STRESS)}`,
  reservesLow: `准备金低于 ${usd(RESERVES_WATCH_BAND.high)}`,
  sofrRrpSpread: `SOFR - ON RRP 超过 ${SOFR_RRP_SPREAD_WATCH_BP} bp`,
};

export const posts: Messages['posts'] = {
  alertTitle: (rule, event, value, dayText) => (event === 'fire' ? `🔴 警示：${RULE[rule]}（${dayText} ${value}）` : `🟢 解除：${RULE[rule]} 已回落（${dayText} ${value}）`),
  ruleName: (rule) => RULE[rule],
  context: (title) => title,
  h41Title: (title, week) => `H.4.1 至 ${ymd(week)} 当周：${title}`,
  value: { bp: (v) => bp(v), usd: (v) => usd(v) },
};
