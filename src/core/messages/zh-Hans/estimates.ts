// 估计与数据的繁体中文：/nowcast（H.4.1 公布之间的准备金估计）、/reserves 的估计行、/export（图表背后的 CSV）。
import { amountDirection } from '../../classify.js';
import type { Messages } from '../index.js';
import { usd, usdChange, ymd } from './words.js';

const pct1 = (share: number) => `${(share * 100).toFixed(0)}%`;
const billions1 = (v: number) => usd(v, 'B');

type Estimates = Messages['estimates'];

const nowcast: Estimates['nowcast'] = {
  title: (v, dayText) => `准备金估计约 ${usd(v, 'T')}（${dayText}，实时估计，非官方公布）`,
  estimate: (v, dayText, baseDay) =>
    `估计：银行 ${dayText}持有约 ${usd(v, 'T')} 的准备金，由至 ${ymd(baseDay)} 当周之后的每日 TGA 与 ON RRP 推算。美联储并未公布这个数字。`,
  published: (v, baseDay) => `最近一次公布（H.4.1）：至 ${ymd(baseDay)} 当周平均 ${usd(v, 'T')}。`,
  contributions: (tga, rrp, fed) =>
    `此后 TGA ${amountDirection(tga) === 'up' ? '减少' : '增加'}（对准备金 ${usdChange(tga)}），ON RRP ${amountDirection(rrp) === 'up' ? '减少' : '增加'}（${usdChange(rrp)}）${fed === null ? '；尚无更新的美联储资产数字' : `；美联储资产变动 ${usdChange(fed)}`}。`,
  sameWeek: '已公布的周与每日数据一样新，因此估计接近公布值。',
  track: (t) =>
    `过往表现（${t.weeks} 周，${ymd(t.from)} 至 ${ymd(t.to)}）：平均误差 ${billions1(t.mae)}，「不变」假设为 ${billions1(t.naiveMae)}；方向正确的周数占 ${pct1(t.hitRate)}。`,
  noTrack: '尚无过往表现：具备每日 TGA 与 ON RRP 数据的已公布周数太少。',
  none: (cmd) => `那一天的 TGA 与 ON RRP 数据不足以估计准备金。请试 /${cmd} date:2025-10-31。`,
  labels: {
    estimate: '估计（实时估计）',
    published: '最近公布（周平均）',
    tga: 'TGA 贡献',
    rrp: 'ON RRP 贡献',
    fedAssets: '美联储资产贡献',
    track: '过往表现（平均误差／方向）',
  },
  values: {
    estimate: (v, d) => `约 ${usd(v, 'T')}（${ymd(d)}，估计）`,
    contribution: (v, since, at) => `${usdChange(v)}（${ymd(since)} 周平均至 ${ymd(at)}）`,
    fedAssets: (v, since, at) => `${usdChange(v)}（${ymd(since)} 至 ${ymd(at)}）`,
    noFedAssets: '尚未得知（随下一次 H.4.1 公布）',
    track: (t) => `${billions1(t.mae)}／${pct1(t.hitRate)}（不变假设：${billions1(t.naiveMae)}）`,
  },
  asOf: { published: '准备金（周平均）', tga: 'TGA（每日收盘）', rrp: 'ON RRP 使用量', fedAssets: '美联储总资产（周三）' },
  method: '实时估计：公布的准备金 - TGA 变动 - ON RRP 变动（+ 美联储资产变动）',
  lines: { published: '准备金，周平均（公布值）', nowcast: '准备金，每日估计（实时估计）' },
  subtitle: (v, d, base, baseDate) => `${ymd(d)} 估计约 ${usd(v, 'T')}；至 ${ymd(baseDate)} 当周公布 ${usd(base, 'T')}`,
  alt: (start, end, v, d) =>
    `折线图：${ymd(start)} 至 ${ymd(end)} 每周公布的银行准备金与虚线的每日估计（万亿美元）；最新估计约 ${usd(v, 'T')}（${ymd(d)}）。`,
  reservesLine: (v, dayText) => `${dayText}的估计：约 ${usd(v, 'T')}，由此后的每日 TGA 与 ON RRP 推算（实时估计，见 /nowcast）。`,
};

const exportCsv: Estimates['export'] = {
  title: (label, n, range) => `${label}：${n} 笔观测值（${range}），CSV 格式`,
  summary: (file, unitText, start, end) => `${file}：${ymd(start)} 至 ${ymd(end)} 的日期与数值两栏，数值单位为${unitText}。`,
  empty: (label, cmd) => `这段期间没有${label}的观测值。请用较长的期间试 /${cmd}。`,
  units: { percent: '百分比', billions: '十亿美元', trillions: '万亿美元' },
  labels: { file: '文档', rows: '列数', units: '单位', window: '期间', last: '最新值' },
  values: { window: (start, end) => `${ymd(start)} 至 ${ymd(end)}` },
  // CSV 档头是给程序读的字段，键名保留英文以便解析；说明文字用中文。
  header: (h) => [
    `series: ${h.label} (${h.id})`,
    `units: ${h.unitText}`,
    `source: ${h.source} (upstream id ${h.upstream})`,
    `retrieved: ${h.retrieved}`,
    `built: ${h.built}`,
    `window: ${h.start} to ${h.end} (range ${h.range})`,
  ],
  retrievedSnapshot: (file) => `离线快照，由 ${file} 创建`,
  alt: (label, start, end) => `折线图：${ymd(start)} 至 ${ymd(end)} 的${label}，即 CSV 档中的数字。`,
};

export const estimates: Messages['estimates'] = { nowcast, export: exportCsv };
