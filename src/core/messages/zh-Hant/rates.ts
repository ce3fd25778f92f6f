// 利率指令的繁體中文：/sofr、/effr、/srf、/corridor、/spreads、/yields。
import { bpDirection, bpSide, corridorWhere, effrPlace, repoTight, sofrPlace, srfGap } from '../../classify.js';
import type { Messages } from '../index.js';
import { abs, bp, bpDelta, moveWords, pct, usd, ymd } from './words.js';

const na = '無資料';

export const sofr: Messages['sofr'] = {
  // 位置由核心判斷（src/core/classify.ts），這裡只決定用詞。
  title: (v, vsFloor, vsIorb, vsCeil, ceilingName, iorbName) => {
    switch (sofrPlace(vsFloor, vsIorb, vsCeil)) {
      case 'aboveCeiling': return `SOFR ${pct(v)}，高於${ceilingName} ${abs(vsCeil)}`;
      case 'aboveIorb': return `SOFR ${pct(v)}，高於 ${iorbName} ${abs(vsIorb)}`;
      case 'atIorb': return `SOFR ${pct(v)}，與 ${iorbName} 持平`;
      case 'belowFloor': return `SOFR ${pct(v)}，低於 ON RRP 下限 ${abs(vsFloor)}`;
      case 'aboveFloor': return `SOFR ${pct(v)}，高於 ON RRP 下限 ${abs(vsFloor)}`;
    }
  },
  titleUnjudged: (v) => `SOFR ${pct(v)}`,
  moved: (v, dayText, prev) =>
    prev
      ? `SOFR ${dayText}報 ${pct(v)}，較 ${prev.day}的 ${pct(prev.from)}${moveWords(prev.delta * 100)}。`
      : `SOFR ${dayText}報 ${pct(v)}。`,
  position: (vsFloor, vsIorb, vsCeil, r, ceilingName, ceiling) => {
    const place = sofrPlace(vsFloor, vsIorb, vsCeil);
    if (place === 'aboveCeiling') return `已高於${ceilingName}（${pct(ceiling)}），比 ${r.iorbName} 高 ${abs(vsIorb)}：附買回利率突破聯準會的上限，資金稀缺的訊號。`;
    if (place === 'aboveIorb') return `比 ${r.iorbName}（${pct(r.iorb)}）高 ${abs(vsIorb)}，比${ceilingName}（${pct(ceiling)}）低 ${abs(vsCeil)}：資金偏緊。`;
    if (place === 'belowFloor') return `比 ON RRP 下限（${pct(r.rrp)}）低 ${abs(vsFloor)}：資金充裕。`;
    if (place === 'atIorb') return `與 ${r.iorbName}（${pct(r.iorb)}）持平，高於 ON RRP 下限 ${abs(vsFloor)}，低於${ceilingName} ${abs(vsCeil)}。`;
    return `高於 ON RRP 下限（${pct(r.rrp)}）${abs(vsFloor)}，低於 ${r.iorbName}（${pct(r.iorb)}）${abs(vsIorb)}：資金寬鬆。`;
  },
  distribution: (p1, p99, volume) => `成交利率介於 ${pct(p1)}（第 1 百分位）至 ${pct(p99)}（第 99 百分位），成交量 ${usd(volume)}。`,
  noDistribution: (mode) =>
    mode === 'snapshot' ? '離線快照沒有 SOFR 百分位與成交量；即時模式會從紐約聯準會讀取。' : '紐約聯準會未提供當天的百分位或成交量。',
  notInData: (mode, sourceDown = false) => (mode === 'snapshot' ? '離線快照中沒有' : sourceDown ? '無法取得（來源未回應）' : '未公布'),
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的 SOFR，位於聯準會利率走廊（ON RRP 利率至 SRF 利率）中，附 IORB；最新 ${pct(v)}（${ymd(d)}）。`,
  labels: { percentiles: '第 1-99 百分位', volume: '成交量' },
  percentileBand: 'SOFR 第 1-99 百分位',
  subtitle: (v, d, dayDelta) => `${ymd(d)} ${pct(v)}${dayDelta === null ? '' : `，單日 ${bpDelta(dayDelta)}`}`,
};

export const effr: Messages['effr'] = {
  title: (v, vsBottom, vsTop, vsIorb, iorbName) => {
    switch (effrPlace(vsBottom, vsTop, vsIorb)) {
      case 'aboveRange': return `EFFR ${pct(v)}，高於目標區間 ${abs(vsTop)}`;
      case 'belowRange': return `EFFR ${pct(v)}，低於目標區間 ${abs(vsBottom)}`;
      case 'atIorb': return `EFFR ${pct(v)}，與 ${iorbName} 持平`;
      case 'aboveIorb': return `EFFR ${pct(v)}，高於 ${iorbName} ${abs(vsIorb)}`;
      case 'belowIorb': return `EFFR ${pct(v)}，低於 ${iorbName} ${abs(vsIorb)}`;
    }
  },
  moved: (v, dayText, prev) =>
    prev ? `有效聯邦資金利率 ${dayText}為 ${pct(v)}，較 ${prev.day}${moveWords(prev.delta * 100)}。` : `有效聯邦資金利率 ${dayText}為 ${pct(v)}。`,
  position: (vsBottom, vsTop, vsIorb, r) => {
    const place = effrPlace(vsBottom, vsTop, vsIorb);
    if (place === 'aboveRange') return `高於 FOMC 的 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目標區間：聯準會當天失去對政策利率的控制。`;
    if (place === 'belowRange') return `低於 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目標區間。`;
    return `高於 ${pct(r.targetLow)}-${pct(r.targetHigh)} 目標區間下緣 ${abs(vsBottom)}，${place === 'atIorb' ? `與 ${r.iorbName}（${pct(r.iorb)}）持平` : `${place === 'aboveIorb' ? '高於' : '低於'} ${r.iorbName}（${pct(r.iorb)}）${abs(vsIorb)}`}。`;
  },
  vsSofr: (spreadBp, sofr) =>
    bpSide(spreadBp) === 'above'
      ? `SOFR（${pct(sofr)}）比它高 ${abs(spreadBp)}：有擔保資金比無擔保資金貴，附買回市場擔保品多、現金少。`
      : `SOFR（${pct(sofr)}）${bpSide(spreadBp) === 'below' ? '比它低' : '與它相差'} ${abs(spreadBp)}。`,
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的有效聯邦資金利率與 SOFR，位於 FOMC 目標區間中，附 IORB；最新 EFFR ${pct(v)}（${ymd(d)}）。`,
  labels: { vsBottom: '相對區間下緣' },
  subtitle: (v, d, low, high) => `${ymd(d)} ${pct(v)}；目標區間 ${pct(low)} - ${pct(high)}`,
};

function splitWords(split: { am: number | null; pm: number | null } | null): string {
  if (!split) return '上午與下午操作';
  if (split.am === null) return `下午操作 ${usd(split.pm ?? 0, 'B')}`;
  if (split.pm === null) return `上午操作 ${usd(split.am, 'B')}`;
  return `上午操作 ${usd(split.am, 'B')}，下午 ${usd(split.pm, 'B')}`;
}

export const srf: Messages['srf'] = {
  title: (v, dayText) => `SRF 使用量 ${usd(v, 'B')}（${dayText}）`,
  titleNoUsage: (srfRate, gapBp) => (srfGap(gapBp) === 'above' ? `SOFR 高於 SRF 利率 ${pct(srfRate)} ${abs(gapBp)}` : `SOFR 低於 SRF 利率 ${pct(srfRate)} ${abs(gapBp)}`),
  usage: (v, dayText, peak, split = null) =>
    `銀行與交易商 ${dayText}向常設回購工具借入 ${usd(v, 'B')}（${splitWords(split)}）${peak ? `；區間高點為 ${peak.day}的 ${usd(peak.value, 'B')}` : '；這是區間高點'}。`,
  labels2: { split: '上午／下午' },
  splitValue: (am, pm) => `${am === null ? '無上午操作' : usd(am, 'B')}／${pm === null ? '無下午操作' : usd(pm, 'B')}`,
  noUsage: () => '紐約聯準會在這段期間沒有公布 SRF 操作。',
  gap: (sofr, dayText, srfRate, gapBp) =>
    srfGap(gapBp) === 'above'
      ? `SOFR（${dayText} ${pct(sofr)}）高於 SRF 利率（${pct(srfRate)}）${abs(gapBp)}：向聯準會借比市場便宜，因此會動用這項工具。`
      : `SOFR（${dayText} ${pct(sofr)}）低於 SRF 利率（${pct(srfRate)}）${abs(gapBp)}：市場比聯準會的後援便宜。`,
  notYet: () => '常設回購工具自 2021年7月29日起運作。請試 /srf date:2025-10-31。',
  notInData: (mode, sourceDown = false) => (mode === 'snapshot' ? '離線快照中沒有' : sourceDown ? '無法取得（來源未回應）' : '未公布'),
  alt: (start, end, usage) =>
    usage ? `長條圖：${ymd(start)} 至 ${ymd(end)} 每日常設回購工具使用量（十億美元）。` : `折線圖：${ymd(start)} 至 ${ymd(end)} 的 SOFR 相對 SRF 最低投標利率與 IORB。`,
  labels: { minimumBid: 'SRF 最低投標利率', sofrVsSrf: 'SOFR 相對 SRF 利率' },
  subtitleUsage: (v, d, srfRate) => `${ymd(d)} ${usd(v, 'B')}；SRF 利率 ${pct(srfRate)}`,
  subtitleRate: (sofr, d, gapBp) => `${ymd(d)} SOFR ${pct(sofr)}，相對 SRF 利率 ${bp(gapBp)}`,
};

function place(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? '高於上限' : where === 'belowFloor' ? '低於下限' : `位於下限至上限的 ${Math.round(p * 100)}% 處`;
}

function shortPlace(p: number): string {
  const where = corridorWhere(p);
  return where === 'aboveCeiling' ? '高於上限' : where === 'belowFloor' ? '低於下限' : `${Math.round(p * 100)}%`;
}

const PRINTS_TAIL: Record<ReturnType<typeof corridorWhere>, string> = {
  aboveCeiling: '：附買回利率高於上限',
  belowFloor: '：現金充裕，附買回利率低於下限',
  nearCeiling: '：附買回利率逼近上限',
  inside: '',
};

export const corridor: Messages['corridor'] = {
  title: (sofr, effr, sofrPos, effrPos, ceilingName) => {
    const where = (p: number) => {
      const w = corridorWhere(p);
      return w === 'aboveCeiling' ? `高於${ceilingName}` : w === 'belowFloor' ? '低於 ON RRP 下限' : '位於利率走廊內';
    };
    const [s, e] = [where(sofrPos), where(effrPos)];
    return s === e ? `SOFR ${pct(sofr)} 與 EFFR ${pct(effr)} ${s}` : `SOFR ${pct(sofr)} ${s}；EFFR ${pct(effr)} ${e}`;
  },
  walls: (floor, iorb, iorbName, ceiling, ceilingName, widthBp, since) =>
    `利率走廊從 ON RRP 下限 ${pct(floor)}，經 ${iorbName} ${pct(iorb)}，到${ceilingName} ${pct(ceiling)}，自 ${ymd(since)} 起寬 ${Math.round(widthBp)} bp。`,
  prints: (sofr, effr, dayText, sofrPos, effrPos) =>
    `${dayText} SOFR 報 ${pct(sofr)}（${place(sofrPos)}），EFFR 報 ${pct(effr)}（${place(effrPos)}）${PRINTS_TAIL[corridorWhere(sofrPos)]}。`,
  alt: (start, end) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的 SOFR 與 EFFR，位於 ON RRP 利率至 SRF 利率的利率走廊中，附 IORB。`,
  labels: {
    floor: '下限：ON RRP 利率',
    ceiling: (name) => `上限：${name}`,
    position: '走廊位置',
  },
  values: {
    rate: (v, d, vsIorbBp, iorbName) => `${pct(v)}（${ymd(d)}），相對 ${iorbName} ${bp(vsIorbBp)}`,
    position: (sofrPos, effrPos) => `SOFR ${shortPlace(sofrPos)}，EFFR ${shortPlace(effrPos)}（0% 為下限，100% 為上限）`,
  },
  subtitle: (floor, iorbName, iorb, ceiling, sofr, effr, d) =>
    `下限 ${pct(floor)} · ${iorbName} ${pct(iorb)} · 上限 ${pct(ceiling)} · ${ymd(d)} SOFR ${pct(sofr)} · EFFR ${pct(effr)}`,
};

export const spreads: Messages['spreads'] = {
  title: (sofrRrp, sofrIorb, _watch) =>
    repoTight(sofrRrp)
      ? `SOFR 高於 ON RRP 利率 ${abs(sofrRrp)}：附買回市場偏緊`
      : `SOFR ${bpDirection(sofrRrp) === 'down' ? '低於' : '高於'} ON RRP 利率 ${abs(sofrRrp)}${sofrIorb === null ? '' : `，相對 IORB ${bp(sofrIorb)}`}`,
  main: (sofrRrp, dayText, watch, avg5) =>
    `${dayText} SOFR ${bpDirection(sofrRrp) === 'down' ? '低於' : '高於'} ON RRP 利率 ${abs(sofrRrp)}，${repoTight(sofrRrp) ? '達到或超過' : '低於'}視為附買回偏緊的 ${watch} bp${avg5 === null ? '' : `（5 日平均 ${bp(avg5)}）`}。`,
  iorb: (sofrIorb, effrIorb, iorbName) =>
    `相對 ${iorbName}，SOFR 為 ${bp(sofrIorb)}，EFFR 為 ${bp(effrIorb)}${bpDirection(sofrIorb) === 'up' ? '：銀行在附買回市場放款比持有準備金賺得多' : ''}。`,
  secured: (sofrEffr) =>
    bpDirection(sofrEffr) === 'flat'
      ? '有擔保（SOFR）與無擔保（EFFR）隔夜資金成本相同。'
      : bpDirection(sofrEffr) === 'up' ? `有擔保資金（SOFR）比無擔保（EFFR）貴 ${abs(sofrEffr)}。` : `有擔保資金（SOFR）比無擔保（EFFR）便宜 ${abs(sofrEffr)}。`,
  alt: (start, end) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的 SOFR 減 ON RRP 利率、SOFR 減 IORB、EFFR 減 IORB（bp），20 bp 警戒線為虛線。`,
  labels: {
    sofrRrpOn: (d) => `SOFR - ON RRP 利率（${ymd(d)}）`,
    sofrRrpAvg5: 'SOFR - ON RRP，5 日平均',
    sofrIorb: (iorbName) => `SOFR - ${iorbName}`,
    effrIorb: (iorbName) => `EFFR - ${iorbName}`,
    watch: '警戒線，SOFR - ON RRP',
  },
  lines: {
    sofrRrp: 'SOFR - ON RRP 利率',
    watch: (levelBp) => `警戒：SOFR - ON RRP ${bp(levelBp)}`,
  },
  subtitle: (sofrRrp, iorbName, sofrIorb, effrIorb, d) =>
    `SOFR - ON RRP ${bp(sofrRrp)} · SOFR - ${iorbName} ${sofrIorb === null ? na : bp(sofrIorb)} · EFFR - ${iorbName} ${effrIorb === null ? na : bp(effrIorb)}（${ymd(d)}）`,
};

export const yields: Messages['yields'] = {
  title: (v, weekDelta) => (weekDelta === null ? `10 年期殖利率 ${pct(v)}` : `10 年期殖利率 ${pct(v)}，本週 ${bp(weekDelta * 100)}`),
  moved: (v, dayText, week, ytd) =>
    `10 年期美國公債殖利率 ${dayText}為 ${pct(v)}${week === null ? '' : `，本週${moveWords(week * 100)}`}${ytd === null ? '' : `，今年以來${moveWords(ytd * 100)}`}。`,
  vsSofr: (spreadBp, sofr) =>
    bpDirection(spreadBp) === 'flat' ? `與隔夜 SOFR（${pct(sofr)}）持平：利差交易約為零。` : bpDirection(spreadBp) === 'up' ? `比隔夜 SOFR（${pct(sofr)}）高 ${abs(spreadBp)}：利差交易為正。` : `比隔夜 SOFR（${pct(sofr)}）低 ${abs(spreadBp)}：殖利率曲線在此倒掛，利差交易為負。`,
  alt: (start, end, v, d) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的 10 年期美國公債殖利率與 SOFR；最新 10 年期 ${pct(v)}（${ymd(d)}）。`,
  name: '10 年期殖利率',
  labels: { vsSofr: '10 年期 - SOFR' },
  line: '10 年期美國公債',
  subtitle: (v, d, sofr) => `${ymd(d)} 10 年期 ${pct(v)}${sofr === null ? '' : `；SOFR ${pct(sofr)}`}`,
};
