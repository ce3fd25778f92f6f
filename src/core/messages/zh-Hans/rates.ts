// 利率指令的繁体中文：/sofr、/effr、/srf、/corridor、/spreads、/yields。
import { bpDirection, bpSide, corridorWhere, effrPlace, repoTight, sofrPlace, srfGap } from '../../classify.js';
import type { Messages } from '../index.js';
import { abs, bp, bpDelta, moveWords, pct, usd, ymd } from './words.js';

const na = '无数据';

export const sofr: Messages['sofr'] = {
  // 位置由内核判断（src/core/classify.ts），这里只决定用词。
  title: (v, vsFloor, vsIorb, vsCeil, ceilingName, iorbName) => {
    switch (sofrPlace(vsFloor, vsIorb, vsCeil)) {
      case 'aboveCeiling': return `SOFR ${pct(v)}，高于${ceilingName} ${abs(vsCeil)}`;
      case 'aboveIorb': return `SOFR ${pct(v)}，高于 ${iorbName} ${abs(vsIorb)}`;
      case 'atIorb': return `SOFR ${pct(v)}，与 ${iorbName} 持平`;
      case 'belowFloor': return `SOFR ${pct(v)}，低于 ON RRP 下限 ${abs(vsFloor)}`;
      case 'aboveFloor': return `SOFR ${pct(v)}，高于 ON RRP 下限 ${abs(vsFloor)}`;
    }
  },
  titleUnjudged: (v) => `SOFR ${pct(v)}`,
  moved: (v, dayText, prev) =>
    prev
      ? `SOFR ${dayText}报 ${pct(v)}，较 ${prev.day}的 ${pct(prev.from)}${moveWords(prev.delta * 100)}。`
      : `SOFR ${dayText}报 ${pct(v)}。`,
  position: (vsFloor, vsIorb, vsCeil, r, ceilingName, ceiling) => {
    const place = sofrPlace(vsFloor, vsIorb, vsCeil);
    if (place === 'aboveCeiling') return `已高于${ceilingName}（${pct(ceiling)}），比 ${r.iorbName} 高 ${abs(vsIorb)}：回购利率突破美联储的上限，资金稀缺的信号。`;
    if (place === 'aboveIorb') return `比 ${r.iorbName}（${pct(r.iorb)}）高 ${abs(vsIorb)}，比${ceilingName}（${pct(ceiling)}）低 ${abs(vsCeil)}：资金偏紧。`;
    if (place === 'belowFloor') return `比 ON RRP 下限（${pct(r.rrp)}）低 ${abs(vsFloor)}：资金充裕。`;
    if (place === 'atIorb') return `与 ${r.iorbName}（${pct(r.iorb)}）持平，高于 ON RRP 下限 ${abs(vsFloor)}，低于${ceilingName} ${abs(vsCeil)}。`;
    return `高于 ON RRP 下限（${pct(r.rrp)}）${abs(vsFloor)}，低于 ${r.iorbName}（${pct(r.iorb)}）${abs(vsIorb)}：资金宽松。`;
  },
  distribution: (p1, p99, volume) => `成交利率介于 ${pct(p1)}（第 1 百分位）至 ${pct(p99)}（第 99 百分位），成交量 ${usd(volume)}。`,
  noDistribution: (mode) =>
    mode === 'snapshot' ? '离线快照没有 SOFR 百分位与成交量；实时模式会从纽约美联储读取。' : '纽约美联储未提供当天的百分位或成交量。',
  notInData: (mode, sourceDown = false) => (mode === 'snapshot' ? '离线快照中没有' : sourceDown ? '无法取得（来源未回应）' : '未公布'),
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的 SOFR，位于美联储利率走廊（ON RRP 利率至 SRF 利率）中，附 IORB；最新 ${pct(v)}（${ymd(d)}）。`,
  labels: { percentiles: '第 1-99 百分位', volume: '成交量' },
  percentileBand: 'SOFR 第 1-99 百分位',
  subtitle: (v, d, dayDelta) => `${ymd(d)} ${pct(v)}${dayDelta === null ? '' : `，单日 ${bpDelta(dayDelta)}`}`,
};

export const effr: Messages['effr'] = {
  title: (v, vsBottom, vsTop, vsIorb, iorbName) => {
    switch (effrPlace(vsBottom, vsTop, vsIorb)) {
      case 'aboveRange': return `EFFR ${pct(v)}，高于目标区间 ${abs(vsTop)}`;
      case 'belowRange': return `EFFR ${pct(v)}，低于目标区间 ${abs(vsBottom)}`;
      case 'atIorb': return `EFFR ${pct(v)}，与 ${iorbName} 持平`;
      case 'aboveIorb': return `EFFR ${pct(v)}，高于 ${iorbName} ${abs(vsIorb)}`;
      case 'belowIorb': return `EFFR ${pct(v)}，低于 ${iorbName} ${abs(vsIorb)}`;
    }
  },
  moved: (v, dayText, prev) =>
    prev ? `有效联邦基金利率 ${dayText}为 ${pct(v)}，较 ${prev.day}${moveWords(prev.delta * 100)}。` : `有效联邦基金利率 ${dayText}为 ${pct(v)}。`,
  position: (vsBottom, vsTop, vsIorb, r) => {
    const place = effrPlace(vsBottom, vsTop, vsIorb);
    if (place === 'aboveRange') return `高于 FOMC 的 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目标区间：美联储当天失去对政策利率的控制。`;
    if (place === 'belowRange') return `低于 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目标区间。`;
    return `高于 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目标区间下缘 ${abs(vsBottom)}，${place === 'atIorb' ? `与 ${r.iorbName}（${pct(r.iorb)}）持平` : `${place === 'aboveIorb' ? '高于' : '低于'} ${r.iorbName}（${pct(r.iorb)}）${abs(vsIorb)}`}。`;
  },
  vsSofr: (spreadBp, sofr) =>
    bpSide(spreadBp) === 'above'
      ? `SOFR（${pct(sofr)}）比它高 ${abs(spreadBp)}：有担保资金比无担保资金贵，回购市场担保品多、现金少。`
      : `SOFR（${pct(sofr)}）${bpSide(spreadBp) === 'below' ? '比它低' : '与它相差'} ${abs(spreadBp)}。`,
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的有效联邦基金利率与 SOFR，位于 FOMC 目标区间中，附 IORB；最新 EFFR ${pct(v)}（${ymd(d)}）。`,
  labels: { vsBottom: '相对区间下缘' },
  subtitle: (v, d, low, high) => `${ymd(d)} ${pct(v)}；目标区间 ${pct(low)} - ${pct(high)}`,
};

function splitWords(split: { am: number | null; pm: number | null } | null): string {
  if (!split) return '上午与下午操作';
  if (split.am === null) return `下午操作 ${usd(split.pm ?? 0, 'B')}`;
  if (split.pm === null) return `上午操作 ${usd(split.am, 'B')}`;
  return `上午操作 ${usd(split.am, 'B')}，下午 ${usd(split.pm, 'B')}`;
}

export const srf: Messages['srf'] = {
  title: (v, dayText) => `SRF 使用量 ${usd(v, 'B')}（${dayText}）`,
  titleNoUsage: (srfRate, gapBp) => (srfGap(gapBp) === 'above' ? `SOFR 高于 SRF 利率 ${pct(srfRate)} ${abs(gapBp)}` : `SOFR 低于 SRF 利率 ${pct(srfRate)} ${abs(gapBp)}`),
  usage: (v, dayText, peak, split = null) =>
    `银行与交易商 ${dayText}向常设回购便利借入 ${usd(v, 'B')}（${splitWords(split)}）${peak ? `；区间高点为 ${peak.day}的 ${usd(peak.value, 'B')}` : '；这是区间高点'}。`,
  labels2: { split: '上午／下午' },
  splitValue: (am, pm) => `${am === null ? '无上午操作' : usd(am, 'B')}／${pm === null ? '无下午操作' : usd(pm, 'B')}`,
  noUsage: () => '纽约美联储在这段期间没有公布 SRF 操作。',
  gap: (sofr, dayText, srfRate, gapBp) =>
    srfGap(gapBp) === 'above'
      ? `SOFR（${dayText} ${pct(sofr)}）高于 SRF 利率（${pct(srfRate)}）${abs(gapBp)}：向美联储借比市场便宜，因此会动用这项工具。`
      : `SOFR（${dayText} ${pct(sofr)}）低于 SRF 利率（${pct(srfRate)}）${abs(gapBp)}：市场比美联储的后援便宜。`,
  notYet: () => '常设回购便利自 2021年7月29日起运作。请试 /srf date:2025-10-31。',
  notInData: (mode, sourceDown = false) => (mode === 'snapshot' ? '离线快照中没有' : sourceDown ? '无法取得（来源未回应）' : '未公布'),
  alt: (start, end, usage) =>
    usage ? `长条图：${ymd(start)} 至 ${ymd(end)} 每日常设回购便利使用量（十亿美元）。` : `折线图：${ymd(start)} 至 ${ymd(end)} 的 SOFR 相对 SRF 最低投标利率与 IORB。`,
  labels: { minimumBid: 'SRF 最低投标利率', sofrVsSrf: 'SOFR 相对 SRF 利率' },
  subtitleUsage: (v, d, srfRate) => `${ymd(d)} ${usd(v, 'B')}；SRF 利率 ${pct(srfRate)}`,
  subtitleRate: (sofr, d, gapBp) => `${ymd(d)} SOFR ${pct(sofr)}，相对 SRF 利率 ${bp(gapBp)}`,
};

function place(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? '高于上限' : where === 'belowFloor' ? '低于下限' : `位于下限至上限的 ${Math.round(p * 100)}% 处`;
}

function shortPlace(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? '高于上限' : where === 'belowFloor' ? '低于下限' : `${Math.round(p * 100)}%`;
}

const PRINTS_TAIL: Record<ReturnType<typeof corridorWhere>, string> = {
  aboveCeiling: '：回购利率高于上限',
  belowFloor: '：现金充裕，回购利率低于下限',
  nearCeiling: '：回购利率逼近上限',
  inside: '',
};

export const corridor: Messages['corridor'] = {
  title: (sofr, effr, sofrPos, effrPos, ceilingName) => {
    const where = (p: number) => {
      const w = corridorWhere(p);
      return w === 'aboveCeiling' ? `高于${ceilingName}` : w === 'belowFloor' ? '低于 ON RRP 下限' : '位于利率走廊内';
    };
    const [s, e] = [where(sofrPos), where(effrPos)];
    return s === e ? `SOFR ${pct(sofr)} 与 EFFR ${pct(effr)} ${s}` : `SOFR ${pct(sofr)} ${s}；EFFR ${pct(effr)} ${e}`;
  },
  walls: (floor, iorb, iorbName, ceiling, ceilingName, widthBp, since) =>
    `利率走廊从 ON RRP 下限 ${pct(floor)}，经 ${iorbName} ${pct(iorb)}，到${ceilingName} ${pct(ceiling)}，自 ${ymd(since)} 起宽 ${Math.round(widthBp)} bp。`,
  prints: (sofr, effr, dayText, sofrPos, effrPos) =>
    `${dayText} SOFR 报 ${pct(sofr)}（${place(sofrPos)}），EFFR 报 ${pct(effr)}（${place(effrPos)}）${PRINTS_TAIL[corridorWhere(sofrPos)]}。`,
  alt: (start, end) => `折线图：${ymd(start)} 至 ${ymd(end)} 的 SOFR 与 EFFR，位于 ON RRP 利率至 SRF 利率的利率走廊中，附 IORB。`,
  labels: {
    floor: '下限：ON RRP 利率',
    ceiling: (name) => `上限：${name}`,
    position: '走廊位置',
  },
  values: {
    rate: (v, d, vsIorbBp, iorbName) => `${pct(v)}（${ymd(d)}），相对 ${iorbName} ${bp(vsIorbBp)}`,
    position: (sofrPos, effrPos) => `SOFR ${shortPlace(sofrPos)}，EFFR ${shortPlace(effrPos)}（0% 为下限，100% 为上限）`,
  },
  subtitle: (floor, iorbName, iorb, ceiling, sofr, effr, d) =>
    `下限 ${pct(floor)} · ${iorbName} ${pct(iorb)} · 上限 ${pct(ceiling)} · ${ymd(d)} SOFR ${pct(sofr)} · EFFR ${pct(effr)}`,
};

export const spreads: Messages['spreads'] = {
  title: (sofrRrp, sofrIorb, _watch) =>
    repoTight(sofrRrp)
      ? `SOFR 高于 ON RRP 利率 ${abs(sofrRrp)}：回购市场偏紧`
      : `SOFR ${bpDirection(sofrRrp) === 'down' ? '低于' : '高于'} ON RRP 利率 ${abs(sofrRrp)}${sofrIorb === null ? '' : `，相对 IORB ${bp(sofrIorb)}`}`,
  main: (sofrRrp, dayText, watch, avg5) =>
    `${dayText} SOFR ${bpDirection(sofrRrp) === 'down' ? '低于' : '高于'} ON RRP 利率 ${abs(sofrRrp)}，${repoTight(sofrRrp) ? '达到或超过' : '低于'}视为回购偏紧的 ${watch} bp${avg5 === null ? '' : `（5 日平均 ${bp(avg5)}）`}。`,
  iorb: (sofrIorb, effrIorb, iorbName) =>
    `相对 ${iorbName}，SOFR 为 ${bp(sofrIorb)}，EFFR 为 ${bp(effrIorb)}${bpDirection(sofrIorb) === 'up' ? '：银行在回购市场放款比持有准备金赚得多' : ''}。`,
  secured: (sofrEffr) =>
    bpDirection(sofrEffr) === 'flat'
      ? '有担保（SOFR）与无担保（EFFR）隔夜资金成本相同。'
      : bpDirection(sofrEffr) === 'up' ? `有担保资金（SOFR）比无担保（EFFR）贵 ${abs(sofrEffr)}。` : `有担保资金（SOFR）比无担保（EFFR）便宜 ${abs(sofrEffr)}。`,
  alt: (start, end) => `折线图：${ymd(start)} 至 ${ymd(end)} 的 SOFR 减 ON RRP 利率、SOFR 减 IORB、EFFR 减 IORB（bp），20 bp 警戒线为虚线。`,
  labels: {
    sofrRrpOn: (d) => `SOFR - ON RRP 利率（${ymd(d)}）`,
    sofrRrpAvg5: 'SOFR - ON RRP，5 日平均',
    sofrIorb: (iorbName) => `SOFR - ${iorbName}`,
    effrIorb: (iorbName) => `EFFR - ${iorbName}`,
    watch: '警戒线，SOFR - ON RRP',
  },
  lines: {
    sofrRrp: 'SOFR - ON RRP 利率',
    watch: (levelBp) => `警戒：SOFR - ON RRP ${bp(levelBp)}`,
  },
  subtitle: (sofrRrp, iorbName, sofrIorb, effrIorb, d) =>
    `SOFR - ON RRP ${bp(sofrRrp)} · SOFR - ${iorbName} ${sofrIorb === null ? na : bp(sofrIorb)} · EFFR - ${iorbName} ${effrIorb === null ? na : bp(effrIorb)}（${ymd(d)}）`,
};

export const yields: Messages['yields'] = {
  title: (v, weekDelta) => (weekDelta === null ? `10 年期收益率 ${pct(v)}` : `10 年期收益率 ${pct(v)}，本周 ${bp(weekDelta * 100)}`),
  moved: (v, dayText, week, ytd) =>
    `10 年期美国国债收益率 ${dayText}为 ${pct(v)}${week === null ? '' : `，本周${moveWords(week * 100)}`}${ytd === null ? '' : `，今年以来${moveWords(ytd * 100)}`}。`,
  vsSofr: (spreadBp, sofr) =>
    bpDirection(spreadBp) === 'flat' ? `与隔夜 SOFR（${pct(sofr)}）持平：利差交易约为零。` : bpDirection(spreadBp) === 'up' ? `比隔夜 SOFR（${pct(sofr)}）高 ${abs(spreadBp)}：利差交易为正。` : `比隔夜 SOFR（${pct(sofr)}）低 ${abs(spreadBp)}：收益率曲线在此倒挂，利差交易为负。`,
  alt: (start, end, v, d) => `折线图：${ymd(start)} 至 ${ymd(end)} 的 10 年期美国国债收益率与 SOFR；最新 10 年期 ${pct(v)}（${ymd(d)}）。`,
  name: '10 年期收益率',
  labels: { vsSofr: '10 年期 - SOFR' },
  line: '10 年期美国国债',
  subtitle: (v, d, sofr) => `${ymd(d)} 10 年期 ${pct(v)}${sofr === null ? '' : `；SOFR ${pct(sofr)}`}`,
};
