// 各指令共用的繁體中文：錯誤、附註、欄位標籤、圖表座標軸與圖例、系列名稱。
import { exampleDate } from '../../classify.js';
import { firstFailures, type FailureKind, type MissingRead, type Tried } from '../../reads.js';
import type { Messages } from '../index.js';
import { axis, bp, bpDelta, dayText, etTime, md, pct, qtWords, rateChangeWords, sourceName, usd, usdChange, ymd } from './words.js';

const na = '無資料';

const FAILED: Record<FailureKind, string> = {
  unavailable: '沒有回應',
  format: '傳來無法解讀的資料',
  implausible: '傳來未通過檢查的數字',
  slow: '未及時回應',
};

const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join('、')}與${xs.at(-1)}`);

/** 「紐約聯準會沒有回應」「紐約聯準會傳來無法解讀的資料，FRED 沒有回應」。 */
function failedWords(tried: readonly Tried[]): string {
  const first = firstFailures(tried);
  if (first.length === 0) return '沒有任何來源回應';
  const kinds = new Set(first.map((t) => t.kind));
  if (kinds.size === 1) return `${joinAnd(first.map((t) => sourceName(t.upstream)))}${FAILED[first[0]!.kind]}`;
  return first.map((t) => `${sourceName(t.upstream)}${FAILED[t.kind]}`).join('，');
}

const asOfDay = (d: string, currentYear: number) => (Number(d.slice(0, 4)) === currentYear ? md(d) : ymd(d));

/** 這裡為何沒有某系列的資料；`live` 時不再指向即時模式（我們就是即時模式）。 */
function missingWords(m: MissingRead, live = false): string {
  switch (m.reason) {
    case 'notInSnapshot':
      return `離線快照沒有${series[m.series]}資料。`;
    case 'snapshotHole': {
      const known = m.coveredUpTo && m.coveredFrom ? `（涵蓋至 ${ymd(m.coveredUpTo)}，自 ${ymd(m.coveredFrom)} 起再度涵蓋）` : m.coveredFrom ? `（自 ${ymd(m.coveredFrom)} 起涵蓋）` : '';
      return `離線快照沒有 ${ymd(m.date)} 的${series[m.series]}：建立快照的檔案都不涵蓋那一天${known}。${live ? '' : '即時模式會從紐約聯準會讀取。'}`;
    }
    case 'upstreamsFailed':
      return `${failedWords(m.tried)}，而且${missingWords(m.snapshot, true)}`;
  }
}

export const common: Messages['common'] = {
  futureDate: (d, cmd) => `${ymd(d)} 尚未到來。請改用不帶日期的 /${cmd}。`,
  noDataBefore: (label, first, cmd) =>
    first
      ? `${ymd(first)} 之前沒有${label}資料。請試 /${cmd} date:${exampleDate(first)}。`
      : `這裡沒有那一天的${label}資料。請改用不帶日期的 /${cmd}。`,
  noObservationOn: (asked, shown) => `${asked} 沒有資料；顯示之前最後一筆，${shown}。`,
  noWeekBy: (asked, shown) => `截至 ${asked} 尚未公布該週的 H.4.1；顯示資料中最後一週，至 ${shown} 當週。`,
  behindRelease: (shown, expected) => `資料截至 ${shown}；${expected} 的資料尚未公布。`,
  noCorridor: (cmd) => `這裡的聯準會利率走廊資料自 2018年12月20日起。請試 /${cmd} date:2019-09-17。`,
  unknownCommand: (name) => `沒有 /${name} 這個指令。輸入 /help 查看指令清單。`,
  internalError: (ref) => `抱歉，我們這邊出了問題（編號 ${ref}）。請一分鐘後再試。`,
  staleFirst: (notes) => notes.join(' '),
  missing: (m) => missingWords(m),
  stale: (s, currentYear) => {
    const why = failedWords(s.tried);
    if (s.from === 'store' && s.asOf) return `資料截至 ${asOfDay(s.asOf, currentYear)}（${why}；重試中）。`;
    return s.asOf ? `資料截至 ${asOfDay(s.asOf, currentYear)}，取自離線快照（${why}；重試中）。` : `離線快照資料（${why}；重試中）。`;
  },
  snapshotAge: (newest, days) => `離線快照：資料截至 ${ymd(newest)}，${days} 天前。`,
  snapshotNoNext: '離線快照',
  day: (d, currentYear) => dayText(d, currentYear),
  source: sourceName,
  na,
  labels: {
    change1d1w1m: '變動 1日／1週／1月',
    change1w: '1週變動',
    change1y: '1年變動',
    yearToDate: '年初至今',
    highInWindow: '區間高點',
    targetRange: '目標區間',
    sofrMinusEffr: 'SOFR - EFFR',
    vsRate: (name, rate) => `相對 ${name} ${pct(rate)}`,
  },
  values: {
    usd: (v, scale) => usd(v, scale),
    usdChange: (v, scale = 'B') => usdChange(v, scale),
    bpChanges: (deltas) => deltas.map((d) => (d === null ? na : bpDelta(d))).join('／'),
    usdChanges: (deltas, scale = 'B') => deltas.map((d) => (d === null ? na : usdChange(d, scale))).join('／'),
    pctRange: (low, high) => `${pct(low)} - ${pct(high)}`,
    rateSince: (rate, since) => `${pct(rate)}（自 ${ymd(since)} 起）`,
    rangeSince: (low, high, since) => `${pct(low)} - ${pct(high)}（自 ${ymd(since)} 起）`,
    weekTo: (v, scale, d) => `${usd(v, scale)}（至 ${ymd(d)} 當週）`,
  },
  nextRelease: (mode, date, minutes, label) => {
    const when = `${etTime(date, minutes)}（${sourceName(label)}）`;
    return mode === 'snapshot' ? `離線快照：不會有新資料。即時模式的下一次公布：${when}` : `下一次公布：${when}`;
  },
  footer: (sources, asOf) => `資料來源：${sources.map(sourceName).join('、')} · 截至 ${ymd(asOf)}`,
  policyAsOf: (change) => `政策利率（${rateChangeWords(change)}）`,
  policySource: 'FOMC 聲明與執行說明，以生效日為準',
  policyDerivedSource: (from) => `${sourceName(from)} 目標區間；IORB、ON RRP 與 SRF 利率由此推得`,
  policyConflict: '紐約聯準會公布的目標區間與日期利率表不符；採用利率表',
  corridorNotConfirmed: (what, day, through, r) =>
    `${ymd(through)} 之後的聯準會利率走廊尚未由這裡的資料確認（最後確認的邊界：ON RRP ${pct(r.rrp)}、${r.iorbName} ${pct(r.iorb)}、${r.srf === null ? '目標區間上限' : 'SRF'} ${pct(r.srf ?? r.targetHigh)}），因此不判斷 ${day} 的${what}在走廊中的位置。`,
  notConfirmed: '走廊未確認',
};

export const units: Messages['units'] = {
  percent: '百分比',
  billions: '十億美元',
  trillions: '兆美元',
  bp: '基點（bp）',
};

export const charts: Messages['charts'] = {
  axis: { ...axis, bp },
  corridorBand: (beforeSrf) => (beforeSrf ? '利率走廊：ON RRP 利率至 SRF 利率（SRF 設立前為目標區間上限）' : '利率走廊：ON RRP 利率至 SRF 利率'),
  targetRange: 'FOMC 目標區間',
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
  RRP_RATE: 'ON RRP 得標利率',
  SRF_VOLUME: 'SRF 使用量',
  SRF_AM: 'SRF 使用量，上午操作',
  SRF_PM: 'SRF 使用量，下午操作',
  TGA: 'TGA（每日，每日國庫報表）',
  TGA_WEEKLY: 'TGA（週平均，H.4.1）',
  RESERVES: '準備金（週平均，H.4.1）',
  FED_ASSETS: '聯準會總資產（H.4.1）',
  TREASURIES: '持有美國公債（H.4.1）',
  IORB: 'IORB',
  TARGET_LOW: 'FOMC 目標區間下限',
  TARGET_HIGH: 'FOMC 目標區間上限',
  DGS10: '10 年期美國公債殖利率',
  GDP: '名目 GDP',
};

export const names: Messages['names'] = {
  ceiling: (kind) => (kind === 'srf' ? 'SRF 利率' : '目標區間上限'),
  sofr: 'SOFR',
  effr: 'EFFR',
  onRrp: 'ON RRP',
  tga: 'TGA',
  tgaWeekAverage: 'TGA（週平均）',
  fedBalanceSheet: '聯準會資產負債表',
  fedAssets: '聯準會總資產',
  fedAssetsWednesday: '聯準會總資產（週三水準）',
  netLiquidity: '淨流動性',
  federalReserve: 'Federal Reserve',
};
