// 参考指令的繁体中文：/calendar（未来 14 天影响流动性的事件）与 /explain（短卡片，结尾附相关的最新数字）。
import { etClock, utcClock, type CalendarEvent } from '../../calendar.js';
import type { Messages } from '../index.js';
import { md, pct, usd, weekday, ymd } from './words.js';

type Reference = Messages['reference'];

const HOLIDAYS: Record<string, string> = {
  "New Year's Day": '元旦',
  'Martin Luther King Jr. Day': '马丁路德金恩纪念日',
  "Washington's Birthday": '华盛顿诞辰纪念日',
  'Memorial Day': '阵亡将士纪念日',
  Juneteenth: '六月节',
  'Independence Day': '美国独立纪念日',
  'Labor Day': '劳动节',
  'Columbus Day': '哥伦布日',
  'Veterans Day': '退伍军人节',
  'Thanksgiving Day': '感恩节',
  'Christmas Day': '圣诞节',
};

/** 美联储假日的中文名称；「(observed)」是周日假日移到周一的补假。 */
function holiday(name: string): string {
  const observed = / \(observed\)$/.test(name);
  const base = name.replace(/ \(observed\)$/, '');
  return `${HOLIDAYS[base] ?? '美联储假日'}${observed ? '（补假）' : ''}`;
}

function closedWhy(why: string | null): string {
  if (why === 'Saturday') return '周六';
  if (why === 'Sunday') return '周日';
  return why ? holiday(why) : '休市';
}

/** 「美东 8:00／UTC 13:00」，或时段「美东 13:30-13:45／UTC 18:30-18:45」。 */
function when(e: CalendarEvent): string {
  if (!e.from) return '';
  if (e.to && e.kind !== 'fomc') return `美东 ${etClock(e.from.et)}-${etClock(e.to.et)}／UTC ${utcClock(e.from.at)}-${utcClock(e.to.at)}`;
  return `美东 ${etClock(e.from.et)}／UTC ${utcClock(e.from.at)}`;
}

const moved = (from: string | undefined, why: string | null) => (from ? `（${md(from)}为${closedWhy(why)}）` : '');

const calendar: Reference['calendar'] = {
  title: (from, to, highlights) => `${md(from)} - ${md(to)}：${highlights.length ? highlights.join('、') : '只有例行公布'}`,
  highlight: {
    fomc: (d) => `FOMC ${md(d)}（${weekday(d)}）`,
    holiday: (name, d) => `${holiday(name).replace('（补假）', '')} ${md(d)}`,
    tax: (d) => `报税日 ${md(d)}`,
    monthEnd: (kind, d) => `${kind === 'yearEnd' ? '年底' : kind === 'quarterEnd' ? '季底' : '月底'} ${md(d)}`,
  },
  event: (e, why) => {
    switch (e.kind) {
      case 'holiday':
        return `美联储休市：${holiday(e.name ?? '')}（无 SOFR、EFFR、ON RRP、SRF 或每日国库报表）`;
      case 'monthEnd':
        return `月底${moved(e.movedFrom, why)}`;
      case 'quarterEnd':
        return `季底${moved(e.movedFrom, why)}`;
      case 'yearEnd':
        return `年底${moved(e.movedFrom, why)}`;
      case 'tax':
        return e.movedFrom ? `企业报税日，由 ${md(e.movedFrom)} 顺延（${closedWhy(why)}）` : '企业报税日';
      case 'sofr':
        return `SOFR ${when(e)}`;
      case 'srfAm':
        return `SRF 上午操作 ${when(e)}`;
      case 'effr':
        return `EFFR ${when(e)}`;
      case 'rrp':
        return `ON RRP 结果 ${when(e)}`;
      case 'srfPm':
        return `SRF 下午操作 ${when(e)}`;
      case 'fomc':
        return `FOMC 声明 ${when(e)}，记者会 美东 ${e.to ? etClock(e.to.et) : ''}`;
      case 'dts':
        return `每日国库报表（TGA）${when(e)}`;
      case 'h41':
        return `H.4.1（准备金、美联储资产）${when(e)}${e.movedFrom ? `，延后一天（${md(e.movedFrom)}为${closedWhy(why)}）` : ''}`;
    }
  },
  separator: ' · ',
  zone: (offset) => `美东时间全程为 UTC${offset}（${offset === -4 ? '夏令时' : '标准时间'}）；时间以美东时间为主，附 UTC。`,
  clockChange: (d, before, after) =>
    `${ymd(d)} ${after === -4 ? '开始夏令时' : '结束夏令时'}：美东时间之前为 UTC${before}，之后为 UTC${after}；时间以美东时间为主，附 UTC。`,
  weekends: '周末没有公布，不列出。',
  fomcUnknown: (to) => `这里的 FOMC 日程涵盖 2025 年至 ${ymd(to)}；其他年份不列出。`,
  fomcSchedule: 'FOMC 会议日程',
  fomcSource: '美联储日程公告（2027 年为暂定，2025年9月5日）',
  tooFar: (d) => `${ymd(d)} 超出日程范围。请试 /calendar date:2026-12-01。`,
};

const cards: Reference['explain']['cards'] = {
  sofr: {
    title: 'SOFR：隔夜国债回购的价格',
    text: [
      'SOFR 是以美国国债担保的隔夜回购交易（三方、一般担保品融资与集中清算双边）的成交量加权中位数利率，由纽约美联储于美东约 8:00 公布前一营业日的数值。',
      '它在 ON RRP 利率（下限）与 SRF 利率（上限）之间交易：高于 IORB 表示现金转趋稀缺，高于 SRF 利率表示上限失守（2025年10月31日为 4.22%，上限 4.00%）。',
      '它取代 LIBOR 成为美元基准利率，因此这里每一个基点都会重新定价交换、贷款与杠杆国债部位。',
    ],
  },
  effr: {
    title: 'EFFR：FOMC 锁定的利率',
    text: [
      'EFFR 是隔夜无担保联邦基金交易的成交量加权中位数利率，于美东约 9:00 公布前一营业日的数值。',
      '它应落在目标区间内，比 IORB 低几个基点：主要是联邦住房贷款银行把资金借给银行，银行再存放在美联储。',
      '它的波动比 SOFR 小，所以一旦高于区间就是真正的失控：2019年9月17日为 2.30%，目标区间 2.00-2.25%。',
    ],
  },
  iorb: {
    title: 'IORB：美联储支付给准备金的利率',
    text: [
      'IORB 是美联储支付给银行准备金余额的利率（2021年7月29日之前为超额准备金利率 IOER）。',
      'FOMC 每次决议时设置，次日生效：自 2021年7月29日起为目标区间下限加 15 个基点（2025年10月30日起 3.90%，2025年12月11日起 3.65%）。',
      '银行不应以低于它的利率放款，因此它锚定 EFFR；SOFR 高于 IORB 表示回购的报酬高过美联储，准备金已不再充裕。',
    ],
  },
  onrrp: {
    title: 'ON RRP：下限与缓冲',
    text: [
      '隔夜逆回购向货币市场基金、政府支持企业与交易商吸收现金，以美联储持有的国债为担保，自 2024年12月19日起利率为目标区间下限（之前为下限加 5 个基点）。',
      '它的利率是利率走廊的下限；它的使用量是闲置资金，在 TGA 回补或 QT 进行时最先被抽走。',
      '接近零时，任何进一步的抽离都来自银行准备金：2025年10月31日为 518亿美元，那天 SOFR 升至 4.22%。',
      '操作于美东 13:15 截止，结果随即公布。',
    ],
  },
  srf: {
    title: 'SRF：上限，前提是交易商愿意用',
    text: [
      '常设回购便利以美国国债、机构债与 MBS 为担保提供隔夜资金，利率为目标区间上限：利率走廊的上限。',
      '每天操作两次，美东 8:15-8:30（自 2025年6月26日起每日）与 13:30-13:45；自 2025年12月10日 FOMC 起不设总额上限。',
      '有人使用代表民间回购比美联储贵：2025年10月31日为 503.5亿美元，2025年12月31日创下 746亿美元 的纪录。',
      'SOFR 高于 SRF 利率表示交易商仍回避它（污名、资产负债表限制），上限是软的。',
    ],
  },
  tga: {
    title: 'TGA：美国财政部在美联储的现金',
    text: [
      '财政部一般账户是美国政府在美联储的支票帐户。',
      '它从税收或净发行国库券多收的每一美元，都来自银行准备金或 ON RRP；它支出的每一美元都会流回。',
      '报税日（4、6、9、12 月 15 日）与债务上限之后的现金回补，会在几天内让它变动数百亿美元。',
      '每日国库报表于美东约 16:00 公布前一营业日的数值。',
    ],
  },
  reserves: {
    title: '准备金：银行在美联储的现金',
    text: [
      '准备金是银行存放在美联储的存款，也就是金融体系的清算现金，每周在 H.4.1 公布（周四美东 16:30，截至周三的周平均）。',
      '市场把 2.5至3.0万亿美元 视为不再充裕的区间；2019 年 9 月准备金约 1.39万亿美元，回购市场失灵。',
      'TGA 增加、ON RRP 已无可抽、QT 缩减资产负债表时，准备金会一对一减少。',
    ],
  },
  qt: {
    title: 'QT：美联储缩减资产负债表',
    text: [
      '量化紧缩让债券到期而不再投资；每一美元的缩减都会抽走 ON RRP 或准备金。',
      '每月上限决定步调：美国国债 2024 年 6 月前 600亿美元、2025 年 4 月前 250亿美元，之后 50亿美元；MBS 350亿美元。',
      'QT 于 2025年12月1日结束：停止赎回国债，MBS 本金转投资国库券。',
      '美联储总资产每周四在 H.4.1 公布。',
    ],
  },
  netliq: {
    title: '净流动性：美联储资产减 TGA 减 ON RRP',
    text: [
      '净流动性是美联储资产负债表减去停放在 TGA 与 ON RRP 的现金：留在民间体系的部分。',
      '即使资产负债表不变它也会变动，因为 TGA 与 ON RRP 的波动会注入或抽走现金。',
      '例如 2025年10月29日：6.59万亿美元 - 9,580亿美元 - 195亿美元 = 5.61万亿美元。',
      '这是交易员对照风险资产的经验法则，不是美联储的指针。',
    ],
  },
  corridor: {
    title: '利率走廊：美联储如何引导隔夜利率',
    text: [
      '美联储设置三道墙：ON RRP 利率（下限，目标区间下缘）、IORB（下缘加 15 个基点）与 SRF 利率（上限，目标区间上缘）。',
      '准备金充裕时，SOFR 与 EFFR 落在下限与 IORB 之间；准备金变少时，SOFR 会穿过 IORB 逼近上限。',
      '每次 FOMC 决议会同时移动所有墙，次日生效；SOFR 高于 ON RRP 利率超过 20 个基点是压力线。',
    ],
  },
  '2019': {
    title: '2019 年 9 月：回购市场失灵的那一天',
    text: [
      '2019年9月17日 SOFR 升至 5.25%，EFFR 报 2.30%，高于 2.00-2.25% 的目标区间。',
      '企业缴税与国债交割把现金吸进 TGA（周平均由 1,853亿美元 升至 2,502亿美元），而准备金约 1.39万亿美元。',
      '纽约美联储当周重启隔夜回购操作（每天 750亿美元），IOER 自 9 月 19 日起降至 1.80%。',
      '教训：准备金在远高于银行自称的水准就已转趋稀缺。',
    ],
  },
  basis: {
    title: '基差交易：以回购融资的杠杆国债部位',
    text: [
      '避险基金买进美国国债、卖出对应的期货，并在回购市场以隔夜资金融通债券，把微小的价差放大许多倍。',
      '这笔交易仰赖便宜可靠的 SOFR 资金：回购利率飙升或追缴保证金会迫使它在下跌的市场中卖出，就像 2020 年 3 月。',
      '它的规模正是月底、季底与 SRF 使用量对国债流动性重要的原因。',
    ],
  },
};

const explain: Reference['explain'] = {
  cards,
  now: {
    rate: (name, v, d) => `现在：${name} ${pct(v)}（${ymd(d)}）。`,
    rateSince: (name, v, since, confirmedThrough) =>
      `现在：${name} ${pct(v)}（自 ${ymd(since)} 起${confirmedThrough ? `；官方数据仅确认至 ${ymd(confirmedThrough)}` : ''}）。`,
    amount: (name, v, d) => `现在：${name} ${usd(v)}（${ymd(d)}）。`,
    weekly: (name, v, d) => `现在：${name} ${usd(v)}（至 ${ymd(d)} 当周）。`,
    corridor: (rrp, iorbName, iorb, srf, since, confirmedThrough) =>
      `现在：ON RRP ${pct(rrp)} · ${iorbName} ${pct(iorb)} · SRF ${pct(srf)}（自 ${ymd(since)} 起${confirmedThrough ? `；官方数据仅确认至 ${ymd(confirmedThrough)}` : ''}）。`,
    vs2019: (v, d) => `现在：准备金 ${usd(v, 'T')}，2019 年 9 月约 1.39万亿美元（至 ${ymd(d)} 当周）。`,
  },
  srfUsageMissing: (why) => `SRF 使用量：${why}`,
  labels: { now: '现在' },
  names: { reserves: '准备金', fedAssets: '美联储资产', netLiquidity: '净流动性', srfUsage: 'SRF 使用量', srfRate: 'SRF 利率', tga: 'TGA' },
};

export const reference: Messages['reference'] = { calendar, explain };
