// 繁体中文共用的字词与格式：日期与数字经 Intl（zh-Hans-CN）写成「2025年11月14日」「9,263亿美元」，
// 基点写 bp（见 docs/glossary.md）。系列代码（SOFR、EFFR、IORB、TGA、ON RRP、SRF、QT、H.4.1）照原文。
import { bpDirection } from '../../classify.js';
import { scaleFor, type AmountScale } from '../../format.js';
import type { QtRegime } from '../../qt.js';
import type { RateChange } from '../../rates.js';
import type { IsoDate } from '../../types.js';

export { bp, bpDelta, pct } from '../../format.js';

export const LOCALE = 'zh-Hans-CN';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const monthDayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', day: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short' });
const at = (d: IsoDate) => new Date(`${d}T00:00:00Z`);

/** 「2025年11月14日」；不是 ISO 日期的字符串原样交回。 */
export function ymd(d: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? dateFormat.format(at(d)) : d;
}

/** 「11月14日」。 */
export function md(d: IsoDate): string {
  return monthDayFormat.format(at(d));
}

/** 「周五」。 */
export function weekday(d: IsoDate): string {
  return weekdayFormat.format(at(d));
}

/** 答案里的日子：「2025年11月14日（周五）」，今年则省略年份。 */
export function dayText(d: IsoDate, currentYear?: number): string {
  const base = currentYear !== undefined && Number(d.slice(0, 4)) === currentYear ? md(d) : ymd(d);
  return `${base}（${weekday(d)}）`;
}

/** 美东时间：「11月14日（周四）美东时间 16:30」。 */
export function etTime(date: IsoDate, minutes: number): string {
  return `${md(date)}（${weekday(date)}）美东时间 ${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** 数字经 Intl 依本地习惯写出（千分位），固定 `decimals` 位小数。 */
function num(v: number, decimals: number): string {
  let f = numberFormats.get(decimals);
  if (!f) numberFormats.set(decimals, (f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(v);
}

const BILLION_UNIT = '亿美元';
const TRILLION_UNIT = '万亿美元';
/** 图表刻度上的短单位（座标轴标题已写明美元）。 */
const BILLION_SHORT = '亿';
const TRILLION_SHORT = '万亿';

/** 金额：十亿级写成亿（与英文 $926.3B 同样精度：9,263亿美元），万亿级写两位小数（2.85万亿美元）。 */
export function usd(v: number, scale: AmountScale = scaleFor(v)): string {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return scale === 'T' ? `${sign}${num(a / 1e12, 2)}${TRILLION_UNIT}` : `${sign}${num(Math.round(a / 1e8), 0)}${BILLION_UNIT}`;
}

/** 带正负号的变动：「+167亿美元」「-0.12万亿美元」；四舍五入为零时写「±」。 */
export function usdChange(v: number, scale: AmountScale = 'B'): string {
  const s = usd(Math.abs(v), scale);
  const rounded = scale === 'T' ? Math.round(Math.abs(v) / 1e10) : Math.round(Math.abs(v) / 1e8);
  if (rounded === 0) return `±${s}`;
  return `${v < 0 ? '-' : '+'}${s}`;
}

/** 图表座标轴与线尾标签的文字（src/charts 依答案的语言取用）。 */
export const axis = {
  /** 已换算成座标轴单位、不带正负号的金额：(2.9, 1, 'T') -> 「2.9万亿」，(50, 0, 'B') -> 「500亿」。 */
  amount: (abs: number, decimals: number, scale: AmountScale) =>
    scale === 'T' ? `${num(abs, decimals)}${TRILLION_SHORT}` : `${num(abs * 10, Math.max(0, decimals - 1))}${BILLION_SHORT}`,
  /** 月份刻度：「2025年1月」或「4月」。 */
  month: (year: number, month: number, withYear: boolean) => (withYear ? `${year}年${month + 1}月` : `${month + 1}月`),
  /** 日期刻度：「10月31日」。 */
  day: (month: number, day: number) => `${month + 1}月${day}日`,
  /** 距基准日的天数：「第 0 天」「+7 天」「-14 天」。 */
  offset: (days: number) => (days === 0 ? '第 0 天' : `${days > 0 ? '+' : '-'}${Math.abs(days)} 天`),
};

/** 「3 bp」，不带正负号，用在「高于」「低于」的句子里。 */
export function abs(bpValue: number): string {
  return `${Math.abs(Math.round(bpValue))} bp`;
}

/** 「上升 18 bp」「下降 3 bp」「持平」。 */
export function moveWords(bpValue: number): string {
  const d = bpDirection(bpValue);
  return d === 'flat' ? '持平' : `${d === 'up' ? '上升' : '下降'} ${abs(bpValue)}`;
}

/** 数据来源与公布名称（由数据层以英文给出）在中文答案里的写法；代码（FRED 的系列代码、H.15）照原文。 */
const SOURCE_WORDS: [RegExp, string][] = [
  [/NY Fed repo operation results \(ON RRP award rate, SRF offering rate\); target range and IORB derived from them/g, '纽约美联储回购操作结果（ON RRP 得标利率、SRF 发行利率）；目标区间与 IORB 由此推得'],
  [/FOMC statement and implementation note, effective date/g, 'FOMC 声明与运行说明，以生效日为准'],
  [/U\.S\. Treasury DTS, 7-day average/g, '美国财政部每日国库报表 7 日平均'],
  [/U\.S\. Treasury DTS/g, '美国财政部每日国库报表'],
  [/Daily Treasury Statement/g, '每日国库报表'],
  [/Treasury yields/g, '美国国债收益率'],
  [/NY Fed/g, '纽约美联储'],
  [/Federal Reserve/g, '美联储'],
  [/repo operations/g, '回购操作'],
  [/offline snapshot/g, '离线快照'],
  [/ results/g, ' 结果'],
  [/ after (\d{4}-\d{2}-\d{2})/g, ' $1 之后'],
  [/^unknown$/, '来源不明'],
];

export function sourceName(s: string): string {
  return SOURCE_WORDS.reduce((out, [from, to]) => out.replace(from, to), s);
}

const range = (low: number, high: number) => `${low.toFixed(2)}-${high.toFixed(2)}`;

const ALSO: Record<NonNullable<Extract<RateChange, { what: 'move' }>['also']>, string> = {
  rrpAtBottom: 'ON RRP 利率设在区间下缘',
  srfLimitRemoved: '取消 SRF 总额上限',
  derivedFromRange: 'IORB、ON RRP 与 SRF 利率由区间推得',
};

/** 政策利率的变动：「FOMC 降息至 3.75-4.00」「IOER 技术性调整」；`short` 只留变动本身（图表标签）。 */
export function rateChangeWords(c: RateChange, short = false): string {
  const verb = (d: 'cut' | 'hike') => (d === 'cut' ? '降息' : '升息');
  switch (c.what) {
    case 'move': {
      const move = `${verb(c.direction)}至 ${range(c.low, c.high)}`;
      if (short) return c.by === 'emergency' ? `紧急${move}` : move;
      return `${c.by === 'emergency' ? '紧急' : 'FOMC '}${move}${c.also ? `；${ALSO[c.also]}` : ''}`;
    }
    case 'technical':
      return c.adjusted === 'ioer' ? 'IOER 技术性调整' : 'IOER 与 ON RRP 技术性调整';
    case 'iorbReplacesIoer':
      return short ? 'IORB 取代 IOER' : 'IORB 取代 IOER；设立常设回购便利';
    case 'fromOperations':
      return short
        ? `${verb(c.direction)}至 ${range(c.rrp, c.srf)}`
        : `依纽约美联储操作结果的 ON RRP 利率 ${c.rrp.toFixed(2)}% 与 SRF 利率 ${c.srf.toFixed(2)}%（${ymd(c.afterFomc)} FOMC 之后${verb(c.direction)}）`;
  }
}

/** 每月上限：「600亿美元」。 */
const cap = (v: number | null) => usd(v ?? 0, 'B');

/** QT 阶段：「QT 放缓：美国国债上限降至每月 50亿美元」；`short` 只留名称（图表标签）。 */
export function qtWords(r: QtRegime, short = false): string {
  const p = r.phase;
  const caps = `美国国债 ${cap(r.treasuryCap)}、MBS ${cap(r.mbsCap)}`;
  switch (p.what) {
    case 'starts':
      return short ? 'QT 开始' : `QT 开始：每月上限 ${caps}${p.rising ? '，每季提高' : ''}`;
    case 'capsRaised':
      return short ? 'QT 上限提高' : `QT 上限提高至每月 ${caps}`;
    case 'fullPace':
      return short ? 'QT 全速' : `QT 全速：每月上限 ${caps}`;
    case 'slowed': {
      const name = p.again ? 'QT 再度放缓' : 'QT 放缓';
      return short ? name : `${name}：美国国债上限降至每月 ${cap(r.treasuryCap)}`;
    }
    case 'ended':
      return short ? 'QT 结束' : p.reinvestedIn === 'treasuries' ? 'QT 结束：停止缩表，MBS 本金转投资美国国债' : 'QT 结束：停止国债赎回，MBS 本金转投资国库券';
    case 'purchases':
      return short ? '没有 QT' : '没有 QT：美联储买进美国国债与 MBS（疫情期间购债）';
  }
}
