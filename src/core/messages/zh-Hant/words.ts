// 繁體中文共用的字詞與格式：日期與數字經 Intl（zh-Hant-TW）寫成「2025年11月14日」「9,263億美元」，
// 基點寫 bp（見 docs/glossary.md）。系列代碼（SOFR、EFFR、IORB、TGA、ON RRP、SRF、QT、H.4.1）照原文。
import { bpDirection } from '../../classify.js';
import { scaleFor, type AmountScale } from '../../format.js';
import type { QtRegime } from '../../qt.js';
import type { RateChange } from '../../rates.js';
import type { IsoDate } from '../../types.js';

export { bp, bpDelta, pct } from '../../format.js';

export const LOCALE = 'zh-Hant-TW';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const monthDayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', month: 'long', day: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short' });
const at = (d: IsoDate) => new Date(`${d}T00:00:00Z`);

/** 「2025年11月14日」；不是 ISO 日期的字串原樣交回。 */
export function ymd(d: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? dateFormat.format(at(d)) : d;
}

/** 「11月14日」。 */
export function md(d: IsoDate): string {
  return monthDayFormat.format(at(d));
}

/** 「週五」。 */
export function weekday(d: IsoDate): string {
  return weekdayFormat.format(at(d));
}

/** 答案裡的日子：「2025年11月14日（週五）」，今年則省略年份。 */
export function dayText(d: IsoDate, currentYear?: number): string {
  const base = currentYear !== undefined && Number(d.slice(0, 4)) === currentYear ? md(d) : ymd(d);
  return `${base}（${weekday(d)}）`;
}

/** 美東時間：「11月14日（週四）美東時間 16:30」。 */
export function etTime(date: IsoDate, minutes: number): string {
  return `${md(date)}（${weekday(date)}）美東時間 ${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** 數字經 Intl 依本地習慣寫出（千分位），固定 `decimals` 位小數。 */
function num(v: number, decimals: number): string {
  let f = numberFormats.get(decimals);
  if (!f) numberFormats.set(decimals, (f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(v);
}

const BILLION_UNIT = '億美元';
const TRILLION_UNIT = '兆美元';
/** 圖表刻度上的短單位（座標軸標題已寫明美元）。 */
const BILLION_SHORT = '億';
const TRILLION_SHORT = '兆';

/** 金額：十億級寫成億（與英文 $926.3B 同樣精度：9,263億美元），兆級寫兩位小數（2.85兆美元）。 */
export function usd(v: number, scale: AmountScale = scaleFor(v)): string {
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return scale === 'T' ? `${sign}${num(a / 1e12, 2)}${TRILLION_UNIT}` : `${sign}${num(Math.round(a / 1e8), 0)}${BILLION_UNIT}`;
}

/** 帶正負號的變動：「+167億美元」「-0.12兆美元」；四捨五入為零時寫「±」。 */
export function usdChange(v: number, scale: AmountScale = 'B'): string {
  const s = usd(Math.abs(v), scale);
  const rounded = scale === 'T' ? Math.round(Math.abs(v) / 1e10) : Math.round(Math.abs(v) / 1e8);
  if (rounded === 0) return `±${s}`;
  return `${v < 0 ? '-' : '+'}${s}`;
}

/** 圖表座標軸與線尾標籤的文字（src/charts 依答案的語言取用）。 */
export const axis = {
  /** 已換算成座標軸單位、不帶正負號的金額：(2.9, 1, 'T') -> 「2.9兆」，(50, 0, 'B') -> 「500億」。 */
  amount: (abs: number, decimals: number, scale: AmountScale) =>
    scale === 'T' ? `${num(abs, decimals)}${TRILLION_SHORT}` : `${num(abs * 10, Math.max(0, decimals - 1))}${BILLION_SHORT}`,
  /** 月份刻度：「2025年1月」或「4月」。 */
  month: (year: number, month: number, withYear: boolean) => (withYear ? `${year}年${month + 1}月` : `${month + 1}月`),
  /** 日期刻度：「10月31日」。 */
  day: (month: number, day: number) => `${month + 1}月${day}日`,
  /** 距基準日的天數：「第 0 天」「+7 天」「-14 天」。 */
  offset: (days: number) => (days === 0 ? '第 0 天' : `${days > 0 ? '+' : '-'}${Math.abs(days)} 天`),
};

/** 「3 bp」，不帶正負號，用在「高於」「低於」的句子裡。 */
export function abs(bpValue: number): string {
  return `${Math.abs(Math.round(bpValue))} bp`;
}

/** 「上升 18 bp」「下降 3 bp」「持平」。 */
export function moveWords(bpValue: number): string {
  const d = bpDirection(bpValue);
  return d === 'flat' ? '持平' : `${d === 'up' ? '上升' : '下降'} ${abs(bpValue)}`;
}

/** 資料來源與公布名稱（由資料層以英文給出）在中文答案裡的寫法；代碼（FRED 的系列代碼、H.15）照原文。 */
const SOURCE_WORDS: [RegExp, string][] = [
  [/NY Fed repo operation results \(ON RRP award rate, SRF offering rate\); target range and IORB derived from them/g, '紐約聯準會附買回操作結果（ON RRP 得標利率、SRF 發行利率）；目標區間與 IORB 由此推得'],
  [/FOMC statement and implementation note, effective date/g, 'FOMC 聲明與執行說明，以生效日為準'],
  [/U\.S\. Treasury DTS, 7-day average/g, '美國財政部每日國庫報表 7 日平均'],
  [/U\.S\. Treasury DTS/g, '美國財政部每日國庫報表'],
  [/Daily Treasury Statement/g, '每日國庫報表'],
  [/Treasury yields/g, '美國公債殖利率'],
  [/NY Fed/g, '紐約聯準會'],
  [/Federal Reserve/g, '聯準會'],
  [/repo operations/g, '附買回操作'],
  [/offline snapshot/g, '離線快照'],
  [/ results/g, ' 結果'],
  [/ after (\d{4}-\d{2}-\d{2})/g, ' $1 之後'],
  [/^unknown$/, '來源不明'],
];

export function sourceName(s: string): string {
  return SOURCE_WORDS.reduce((out, [from, to]) => out.replace(from, to), s);
}

const range = (low: number, high: number) => `${low.toFixed(2)}-${high.toFixed(2)}`;

const ALSO: Record<NonNullable<Extract<RateChange, { what: 'move' }>['also']>, string> = {
  rrpAtBottom: 'ON RRP 利率設在區間下緣',
  srfLimitRemoved: '取消 SRF 總額上限',
  derivedFromRange: 'IORB、ON RRP 與 SRF 利率由區間推得',
};

/** 政策利率的變動：「FOMC 降息至 3.75-4.00」「IOER 技術性調整」；`short` 只留變動本身（圖表標籤）。 */
export function rateChangeWords(c: RateChange, short = false): string {
  const verb = (d: 'cut' | 'hike') => (d === 'cut' ? '降息' : '升息');
  switch (c.what) {
    case 'move': {
      const move = `${verb(c.direction)}至 ${range(c.low, c.high)}`;
      if (short) return c.by === 'emergency' ? `緊急${move}` : move;
      return `${c.by === 'emergency' ? '緊急' : 'FOMC '}${move}${c.also ? `；${ALSO[c.also]}` : ''}`;
    }
    case 'technical':
      return c.adjusted === 'ioer' ? 'IOER 技術性調整' : 'IOER 與 ON RRP 技術性調整';
    case 'iorbReplacesIoer':
      return short ? 'IORB 取代 IOER' : 'IORB 取代 IOER；設立常設回購工具';
    case 'fromOperations':
      return short
        ? `${verb(c.direction)}至 ${range(c.rrp, c.srf)}`
        : `依紐約聯準會操作結果的 ON RRP 利率 ${c.rrp.toFixed(2)}% 與 SRF 利率 ${c.srf.toFixed(2)}%（${ymd(c.afterFomc)} FOMC 之後${verb(c.direction)}）`;
  }
}

/** 每月上限：「600億美元」。 */
const cap = (v: number | null) => usd(v ?? 0, 'B');

/** QT 階段：「QT 放緩：美國公債上限降至每月 50億美元」；`short` 只留名稱（圖表標籤）。 */
export function qtWords(r: QtRegime, short = false): string {
  const p = r.phase;
  const caps = `美國公債 ${cap(r.treasuryCap)}、MBS ${cap(r.mbsCap)}`;
  switch (p.what) {
    case 'starts':
      return short ? 'QT 開始' : `QT 開始：每月上限 ${caps}${p.rising ? '，每季提高' : ''}`;
    case 'capsRaised':
      return short ? 'QT 上限提高' : `QT 上限提高至每月 ${caps}`;
    case 'fullPace':
      return short ? 'QT 全速' : `QT 全速：每月上限 ${caps}`;
    case 'slowed': {
      const name = p.again ? 'QT 再度放緩' : 'QT 放緩';
      return short ? name : `${name}：美國公債上限降至每月 ${cap(r.treasuryCap)}`;
    }
    case 'ended':
      return short ? 'QT 結束' : p.reinvestedIn === 'treasuries' ? 'QT 結束：停止縮表，MBS 本金轉投資美國公債' : 'QT 結束：停止公債贖回，MBS 本金轉投資國庫券';
    case 'purchases':
      return short ? '沒有 QT' : '沒有 QT：聯準會買進美國公債與 MBS（疫情期間購債）';
  }
}
