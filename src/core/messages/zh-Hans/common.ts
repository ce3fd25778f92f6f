// 各指令共用的繁体中文：错误、附注、字段标签、图表座标轴与图例、系列名称。
import { exampleDate } from '../../classify.js';
import { firstFailures, type FailureKind, type MissingRead, type Tried } from '../../reads.js';
import type { Messages } from '../index.js';
import { axis, bp, bpDelta, dayText, etTime, md, pct, qtWords, rateChangeWords, sourceName, usd, usdChange, ymd } from './words.js';

const na = '无数据';

const FAILED: Record<FailureKind, string> = {
  unavailable: '没有回应',
  format: '传来无法解读的数据',
  implausible: '传来未通过检查的数字',
  slow: '未及时回应',
};

const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join('、')}与${xs.at(-1)}`);

/** 「纽约美联储没有回应」「纽约美联储传来无法解读的数据，FRED 没有回应」。 */
function failedWords(tried: readonly Tried[]): string {
  const first = firstFailures(tried);
  if (first.length === 0) return '没有任何来源回应';
  const kinds = new Set(first.map((t) => t.kind));
  if (kinds.size === 1) return `${joinAnd(first.map((t) => sourceName(t.upstream)))}${FAILED[first[0]!.kind]}`;
  return first.map((t) => `${sourceName(t.upstream)}${FAILED[t.kind]}`).join('，');
}

const asOfDay = (d: string, currentYear: number) => (Number(d.slice(0, 4)) === currentYear ? md(d) : ymd(d));

/** 这里为何没有某系列的数据；`live` 时不再指向实时模式（我们就是实时模式）。 */
function missingWords(m: MissingRead, live = false): string {
  switch (m.reason) {
    case 'notInSnapshot':
      return `离线快照没有${series[m.series]}数据。`;
    case 'snapshotHole': {
      const known = m.coveredUpTo && m.coveredFrom ? `（涵盖至 ${ymd(m.coveredUpTo)}，自 ${ymd(m.coveredFrom)} 起再度涵盖）` : m.coveredFrom ? `（自 ${ymd(m.coveredFrom)} 起涵盖）` : '';
      return `离线快照没有 ${ymd(m.date)} 的${series[m.series]}：创建快照的文档都不涵盖那一天${known}。${live ? '' : '实时模式会从纽约美联储读取。'}`;
    }
    case 'upstreamsFailed':
      return `${failedWords(m.tried)}，而且${missingWords(m.snapshot, true)}`;
  }
}

export const common: Messages['common'] = {
  futureDate: (d, cmd) => `${ymd(d)} 尚未到来。请改用不带日期的 /${cmd}。`,
  noDataBefore: (label, first, cmd) =>
    first
      ? `${ymd(first)} 之前没有${label}数据。请试 /${cmd} date:${exampleDate(first)}。`
      : `这里没有那一天的${label}数据。请改用不带日期的 /${cmd}。`,
  noObservationOn: (asked, shown) => `${asked} 没有数据；显示之前最后一笔，${shown}。`,
  noWeekBy: (asked, shown) => `截至 ${asked} 尚未公布该周的 H.4.1；显示数据中最后一周，至 ${shown} 当周。`,
  behindRelease: (shown, expected) => `数据截至 ${shown}；${expected} 的数据尚未公布。`,
  noCorridor: (cmd) => `这里的美联储利率走廊数据自 2018年12月20日起。请试 /${cmd} date:2019-09-17。`,
  unknownCommand: (name) => `没有 /${name} 这个指令。输入 /help 查看指令清单。`,
  internalError: (ref) => `抱歉，我们这边出了问题（编号 ${ref}）。请一分钟后再试。`,
  staleFirst: (notes) => notes.join(' '),
  missing: (m) => missingWords(m),
  stale: (s, currentYear) => {
    const why = failedWords(s.tried);
    if (s.from === 'store' && s.asOf) return `数据截至 ${asOfDay(s.asOf, currentYear)}（${why}；重试中）。`;
    return s.asOf ? `数据截至 ${asOfDay(s.asOf, currentYear)}，取自离线快照（${why}；重试中）。` : `离线快照数据（${why}；重试中）。`;
  },
  snapshotAge: (newest, days) => `离线快照：数据截至 ${ymd(newest)}，${days} 天前。`,
  snapshotNoNext: '离线快照',
  day: (d, currentYear) => dayText(d, currentYear),
  source: sourceName,
  na,
  labels: {
    change1d1w1m: '变动 1日／1周／1月',
    change1w: '1周变动',
    change1y: '1年变动',
    yearToDate: '年初至今',
    highInWindow: '区间高点',
    targetRange: '目标区间',
    sofrMinusEffr: 'SOFR - EFFR',
    vsRate: (name, rate) => `相对 ${name} ${pct(rate)}`,
  },
  values: {
    usd: (v, scale) => usd(v, scale),
    usdChange: (v, scale = 'B') => usdChange(v, scale),
    bpChanges: (deltas) => deltas.map((d) => (d === null ? na : bpDelta(d))).join('／'),
    usdChanges: (deltas, scale = 'B') => deltas.map((d) => (d === null ? na : usdChange(d, scale))).join('／'),
    pctRange: (low, high) => `${pct(low)} - ${pct(high)}`,
    rateSince: (rate, since) => `${pct(rate)}（自 ${ymd(since)} 起）`,
    rangeSince: (low, high, since) => `${pct(low)} - ${pct(high)}（自 ${ymd(since)} 起）`,
    weekTo: (v, scale, d) => `${usd(v, scale)}（至 ${ymd(d)} 当周）`,
  },
  nextRelease: (mode, date, minutes, label) => {
    const when = `${etTime(date, minutes)}（${sourceName(label)}）`;
    return mode === 'snapshot' ? `离线快照：不会有新数据。实时模式的下一次公布：${when}` : `下一次公布：${when}`;
  },
  footer: (sources, asOf) => `数据来源：${sources.map(sourceName).join('、')} · 截至 ${ymd(asOf)}`,
  policyAsOf: (change) => `政策利率（${rateChangeWords(change)}）`,
  policySource: 'FOMC 声明与运行说明，以生效日为准',
  policyDerivedSource: (from) => `${sourceName(from)} 目标区间；IORB、ON RRP 与 SRF 利率由此推得`,
  policyConflict: '纽约美联储公布的目标区间与日期利率表不符；采用利率表',
  corridorNotConfirmed: (what, day, through, r) =>
    `${ymd(through)} 之后的美联储利率走廊尚未由这里的数据确认（最后确认的边界：ON RRP ${pct(r.rrp)}、${r.iorbName} ${pct(r.iorb)}、${r.srf === null ? '目标区间上限' : 'SRF'} ${pct(r.srf ?? r.targetHigh)}），因此不判断 ${day} 的${what}在走廊中的位置。`,
  notConfirmed: '走廊未确认',
};

export const units: Messages['units'] = {
  percent: '百分比',
  billions: '十亿美元',
  trillions: '万亿美元',
  bp: '基点（bp）',
};

export const charts: Messages['charts'] = {
  axis: { ...axis, bp },
  corridorBand: (beforeSrf) => (beforeSrf ? '利率走廊：ON RRP 利率至 SRF 利率（SRF 设立前为目标区间上限）' : '利率走廊：ON RRP 利率至 SRF 利率'),
  targetRange: 'FOMC 目标区间',
  rateEvent: (change) => rateChangeWords(change, true),
  qtEvent: (regime) => qtWords(regime, true),
};

export const series: Messages['series'] = {
  SOFR: 'SOFR',
  SOFR_P1: 'SOFR 第 1 百分位',
  SOFR_P25: 'SOFR 第 25 百分位',
  SOFR_P75: 'SOFR 第 75 百分位',
  SOFR_P99: 'SOFR 第 99 百分位',
  SOFR_VOLUME: 'SOFR 成交量',
  EFFR: 'EFFR',
  EFFR_VOLUME: 'EFFR 成交量',
  RRP_VOLUME: 'ON RRP 使用量',
  RRP_RATE: 'ON RRP 得标利率',
  SRF_VOLUME: 'SRF 使用量',
  SRF_AM: 'SRF 使用量，上午操作',
  SRF_PM: 'SRF 使用量，下午操作',
  TGA: 'TGA（每日，每日国库报表）',
  TGA_WEEKLY: 'TGA（周平均，H.4.1）',
  RESERVES: '准备金（周平均，H.4.1）',
  FED_ASSETS: '美联储总资产（H.4.1）',
  TREASURIES: '持有美国国债（H.4.1）',
  IORB: 'IORB',
  TARGET_LOW: 'FOMC 目标区间下限',
  TARGET_HIGH: 'FOMC 目标区间上限',
  DGS10: '10 年期美国国债收益率',
  GDP: '名目 GDP',
};

export const names: Messages['names'] = {
  ceiling: (kind) => (kind === 'srf' ? 'SRF 利率' : '目标区间上限'),
  sofr: 'SOFR',
  effr: 'EFFR',
  onRrp: 'ON RRP',
  tga: 'TGA',
  tgaWeekAverage: 'TGA（周平均）',
  fedBalanceSheet: '美联储资产负债表',
  fedAssets: '美联储总资产',
  fedAssetsWednesday: '美联储总资产（周三水准）',
  netLiquidity: '净流动性',
  federalReserve: 'Federal Reserve',
};
