// 分析指令的繁体中文：/stress（信号仪表板）与 /compare（今天对比 2019 年 9 月回购危机或其他日子）。
import { SIGNALS, type Level, type SignalId, type SignalRule } from '../../stress.js';
import { TGA_CASH_TARGET } from '../../thresholds.js';
import type { Messages } from '../index.js';
import { abs, bp, pct, usd, ymd } from './words.js';

const MARK: Record<Level, string> = { calm: '🟢', watch: '🟡', stress: '🔴' };
const LEVEL: Record<Level, string> = { calm: '平稳', watch: '警戒', stress: '紧张' };
const status = (l: Level) => `${LEVEL[l]} ${MARK[l]}`;

const SIGNAL_NAMES: Record<SignalId, string> = {
  reserves: '准备金',
  sofrRrp: 'SOFR - ON RRP 利率',
  srfUsage: 'SRF 使用量',
  sofrSrf: 'SOFR - SRF 利率',
  rrpBuffer: 'ON RRP 缓冲',
  tga: 'TGA 相对现金目标',
};

function value(unit: 'usd' | 'bp', v: number): string {
  return unit === 'bp' ? bp(v) : usd(v);
}

/** 警戒与紧张的起点取自信号表（src/core/stress.ts），数字不写在这里。 */
const THRESHOLDS: Record<SignalId, (l: SignalRule['lines']) => string> = {
  reserves: (l) => `低于 ${usd(l.watch)} 警戒，低于 ${usd(l.stress)} 紧张`,
  sofrRrp: (l) => `${bp(l.watch)} 起警戒，${bp(l.stress)} 起紧张`,
  srfUsage: (l) => `高于 ${usd(l.watch)} 警戒，高于 ${usd(l.stress)} 紧张`,
  sofrSrf: (l) => `差距 ${abs(l.watch)} 内警戒，高于 SRF 利率紧张`,
  rrpBuffer: (l) => `低于 ${usd(l.watch)} 警戒，低于 ${usd(l.stress)} 紧张`,
  tga: (l) => `高于 ${usd(l.watch)}（假设目标）警戒，高于 ${usd(l.stress)} 紧张`,
};

const thresholds = (id: SignalId) => THRESHOLDS[id](SIGNALS.find((s) => s.id === id)!.lines);

const stress: Messages['analysis']['stress'] = {
  name: '压力信号',
  status,
  signal: (id) => SIGNAL_NAMES[id],
  title: (overall, red, amber, known) => `资金压力：${status(overall)}，${known} 项信号中 ${red} 项红灯、${amber} 项黄灯`,
  structuralLabel: '背景（结构性）',
  structuralField: (l, names) => `${status(l)}${names.length ? ` · ${names.join('、')}` : ''} · 这是背景状态，不是急性压力：整体等级依据对走廊的利差与 SRF 使用量`,
  structuralLine: (l, names) =>
    l === 'calm' ? '背景（准备金、ON RRP 缓冲、TGA）平稳。' : `背景${LEVEL[l]}：${names.join('、')}。这是结构性状态；整体等级依据急性信号。`,
  beforeSrf: 'SRF 自 2021年7月28日起设立：之前不判断',
  chartTitle: (overall, red, amber, known) => `资金压力：${LEVEL[overall]}，${known} 项信号中 ${red} 项红灯、${amber} 项黄灯`,
  field: (level, unit, v, id, date) => `${MARK[level]} ${LEVEL[level]} · ${value(unit, v)}（${thresholds(id)}）· ${ymd(date)}`,
  unknownField: (why) => `未知 · ${why}`,
  noSrfInSnapshot: '离线快照中没有 SRF 使用量数据：不做猜测',
  noData: '这一天没有数据：不做猜测',
  overallLabel: '整体（含迟滞）',
  overallField: (overall, now) =>
    `${status(overall)} · 仅看最新数据：${status(now)} · 一项信号最近 3 笔中有 2 笔一致才升级，连续 3 笔较平稳才降级`,
  worst: (names, level) => (names.length ? `${level === 'stress' ? '红灯' : '黄灯'}：${names.join('、')}。` : '所有已知信号都平稳。'),
  sofrAboveSrf: (sofr, srf, d) => `SOFR ${d}报 ${pct(sofr)}，高于 SRF 利率 ${pct(srf)}：市场借现金的价格高过美联储后援的收费。`,
  hysteresis: (overall, now) =>
    overall === now ? `整体等级为 ${status(overall)}，由不只一笔数据支持。` : `仅看最新数据为 ${status(now)}；在更多数据一致之前，整体等级维持 ${status(overall)}。`,
  unknown: (names) => `未知，不做猜测：${names.join('、')}。`,
  tgaAssumption: `TGA 目标：${usd(TGA_CASH_TARGET)}，美国财政部季度再融资中的季末现金假设（此处为假设）。`,
  panel: (id, unitWord) => `${SIGNAL_NAMES[id]}（${unitWord}）`,
  panelTitle: (l, panel) => `${panel}：${LEVEL[l]}`,
  thresholdLine: '门槛',
  watchLine: '警戒',
  stressLine: '紧张',
  subtitle: (d) => `每格：信号与其警戒线、紧张线（虚线），至 ${ymd(d)}`,
  alt: (n, start, end, overall) =>
    `小型多图：${n} 格，每项资金压力信号一格，${ymd(start)} 至 ${ymd(end)}，警戒线为琥珀色虚线、紧张线为朱红色虚线；整体等级${LEVEL[overall]}。`,
  assumptionLabel: '假设',
};

const compare: Messages['analysis']['compare'] = {
  title: (then, nowHigh, thenHigh, nowRes, thenRes) =>
    `现在对比 ${ymd(then)}：SOFR 高点 ${nowHigh === null ? '无数据' : pct(nowHigh)} 对 ${thenHigh === null ? '无数据' : pct(thenHigh)}，准备金 ${nowRes === null ? '无数据' : usd(nowRes, 'T')} 对 ${thenRes === null ? '无数据' : usd(thenRes, 'T')}`,
  peaks: (then, thenPeak, now, nowPeak, thenName, nowName) =>
    thenPeak !== null && nowPeak !== null
      ? `各自前后两周内，SOFR 在 ${ymd(then)} 前后最高高出 ${thenName} ${bp(thenPeak)}，在 ${ymd(now)} 前后最高高出 ${nowName} ${bp(nowPeak)}。`
      : '其中一天前后缺少 SOFR 数据。',
  labels: {
    reserves: '准备金（周平均）',
    tga: 'TGA',
    rrp: 'ON RRP 使用量',
    fedAssets: '美联储资产（周三）',
    sofrVsIorb: 'SOFR，相对 IOER/IORB',
    sofr: 'SOFR',
  },
  pair: (then, now) => `${then}｜现在 ${now}`,
  weekTo: (v, d) => `${usd(v)}（至 ${ymd(d)} 当周）`,
  weekAvgTo: (v, d) => `${usd(v)}（至 ${ymd(d)} 当周平均）`,
  dayOf: (v, d) => `${usd(v)}（${ymd(d)}）`,
  spreadOf: (v, name, rate, d) => `相对 ${name} ${pct(rate)} ${bp(v)}（${ymd(d)}）`,
  lineNow: (d, iorb) => `${ymd(d)} 前后的 SOFR - ${iorb}`,
  lineThen: (d, iorb) => `${ymd(d)} 前后的 SOFR - ${iorb}`,
  anchor: '对齐日',
  subtitle: (then, now) => `SOFR 相对 IOER/IORB 的利差，以距 ${ymd(then)} 与距 ${ymd(now)} 的天数排列`,
  alt: (then, now) =>
    `折线图：SOFR 减准备金利率（IOER/IORB）的基点利差，${ymd(now)} 前后两周（蓝色）与 ${ymd(then)} 前后两周（橘色），横轴为距各自对齐日的天数。`,
  sofrAndSpread: (v, spread, name, d) => `${pct(v)}，相对 ${name} ${bp(spread)}（${ymd(d)}）`,
  asOfThen: (series, then) => `${series}（当时 ${ymd(then)}）`,
  tooClose: (then, now) => `${ymd(then)} 距离最新数据（${ymd(now)}）不到两周。请试 /compare date:2019-09-17。`,
};

export const analysis: Messages['analysis'] = { stress, compare };
