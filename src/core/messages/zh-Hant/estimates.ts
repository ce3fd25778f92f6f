// 估計與資料的繁體中文：/nowcast（H.4.1 公布之間的準備金估計）、/reserves 的估計行、/export（圖表背後的 CSV）。
import { amountDirection } from '../../classify.js';
import type { Messages } from '../index.js';
import { usd, usdChange, ymd } from './words.js';

const pct1 = (share: number) => `${(share * 100).toFixed(0)}%`;
const billions1 = (v: number) => usd(v, 'B');

type Estimates = Messages['estimates'];

const nowcast: Estimates['nowcast'] = {
  title: (v, dayText) => `準備金估計約 ${usd(v, 'T')}（${dayText}，即時估計，非官方公布）`,
  estimate: (v, dayText, baseDay) =>
    `估計：銀行 ${dayText}持有約 ${usd(v, 'T')} 的準備金，由至 ${ymd(baseDay)} 當週之後的每日 TGA 與 ON RRP 推算。聯準會並未公布這個數字。`,
  published: (v, baseDay) => `最近一次公布（H.4.1）：至 ${ymd(baseDay)} 當週平均 ${usd(v, 'T')}。`,
  contributions: (tga, rrp, fed) =>
    `此後 TGA ${amountDirection(tga) === 'up' ? '減少' : '增加'}（對準備金 ${usdChange(tga)}），ON RRP ${amountDirection(rrp) === 'up' ? '減少' : '增加'}（${usdChange(rrp)}）${fed === null ? '；尚無更新的聯準會資產數字' : `；聯準會資產變動 ${usdChange(fed)}`}。`,
  sameWeek: '已公布的週與每日資料一樣新，因此估計接近公布值。',
  track: (t) =>
    `過往表現（${t.weeks} 週，${ymd(t.from)} 至 ${ymd(t.to)}）：平均誤差 ${billions1(t.mae)}，「不變」假設為 ${billions1(t.naiveMae)}；方向正確的週數占 ${pct1(t.hitRate)}。`,
  noTrack: '尚無過往表現：具備每日 TGA 與 ON RRP 資料的已公布週數太少。',
  none: (cmd) => `那一天的 TGA 與 ON RRP 資料不足以估計準備金。請試 /${cmd} date:2025-10-31。`,
  labels: {
    estimate: '估計（即時估計）',
    published: '最近公布（週平均）',
    tga: 'TGA 貢獻',
    rrp: 'ON RRP 貢獻',
    fedAssets: '聯準會資產貢獻',
    track: '過往表現（平均誤差／方向）',
  },
  values: {
    estimate: (v, d) => `約 ${usd(v, 'T')}（${ymd(d)}，估計）`,
    contribution: (v, since, at) => `${usdChange(v)}（${ymd(since)} 週平均至 ${ymd(at)}）`,
    fedAssets: (v, since, at) => `${usdChange(v)}（${ymd(since)} 至 ${ymd(at)}）`,
    noFedAssets: '尚未得知（隨下一次 H.4.1 公布）',
    track: (t) => `${billions1(t.mae)}／${pct1(t.hitRate)}（不變假設：${billions1(t.naiveMae)}）`,
  },
  asOf: { published: '準備金（週平均）', tga: 'TGA（每日收盤）', rrp: 'ON RRP 使用量', fedAssets: '聯準會總資產（週三）' },
  method: '即時估計：公布的準備金 - TGA 變動 - ON RRP 變動（+ 聯準會資產變動）',
  lines: { published: '準備金，週平均（公布值）', nowcast: '準備金，每日估計（即時估計）' },
  subtitle: (v, d, base, baseDate) => `${ymd(d)} 估計約 ${usd(v, 'T')}；至 ${ymd(baseDate)} 當週公布 ${usd(base, 'T')}`,
  alt: (start, end, v, d) =>
    `折線圖：${ymd(start)} 至 ${ymd(end)} 每週公布的銀行準備金與虛線的每日估計（兆美元）；最新估計約 ${usd(v, 'T')}（${ymd(d)}）。`,
  reservesLine: (v, dayText) => `${dayText}的估計：約 ${usd(v, 'T')}，由此後的每日 TGA 與 ON RRP 推算（即時估計，見 /nowcast）。`,
};

const exportCsv: Estimates['export'] = {
  title: (label, n, range) => `${label}：${n} 筆觀測值（${range}），CSV 格式`,
  summary: (file, unitText, start, end) => `${file}：${ymd(start)} 至 ${ymd(end)} 的日期與數值兩欄，數值單位為${unitText}。`,
  empty: (label, cmd) => `這段期間沒有${label}的觀測值。請用較長的期間試 /${cmd}。`,
  units: { percent: '百分比', billions: '十億美元', trillions: '兆美元' },
  labels: { file: '檔案', rows: '列數', units: '單位', window: '期間', last: '最新值' },
  values: { window: (start, end) => `${ymd(start)} 至 ${ymd(end)}` },
  // CSV 檔頭是給程式讀的欄位，鍵名保留英文以便解析；說明文字用中文。
  header: (h) => [
    `series: ${h.label} (${h.id})`,
    `units: ${h.unitText}`,
    `source: ${h.source} (upstream id ${h.upstream})`,
    `retrieved: ${h.retrieved}`,
    `built: ${h.built}`,
    `window: ${h.start} to ${h.end} (range ${h.range})`,
  ],
  retrievedSnapshot: (file) => `離線快照，由 ${file} 建立`,
  alt: (label, start, end) => `折線圖：${ymd(start)} 至 ${ymd(end)} 的${label}，即 CSV 檔中的數字。`,
};

export const estimates: Messages['estimates'] = { nowcast, export: exportCsv };
