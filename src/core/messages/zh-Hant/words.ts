// 繁體中文共用的字詞與格式：日期與數字經 Intl（zh-Hant-TW）寫成「2025年11月14日」「9,263億美元」，
// 基點寫 bp（見 docs/glossary.md）。系列代碼（SOFR、EFFR、IORB、TGA、ON RRP、SRF、QT、H.4.1）照原文。
import { scaleFor, type AmountScale } from '../../format.js';
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
  const r = Math.round(bpValue);
  return r === 0 ? '持平' : `${r > 0 ? '上升' : '下降'} ${Math.abs(r)} bp`;
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

/**
 * 政策利率表與 QT 階段的附註由核心以英文給出（第 5 部分會改成識別碼）；在此依其固定句型譯出，
 * 不認得的句型寫成中性的說法，不把英文帶進中文答案。
 */
export function policyNote(note: string): string {
  const move = /^(FOMC|Emergency) (cut|hike) to ([\d.]+-[\d.]+)/.exec(note);
  if (move) return `${move[1] === 'Emergency' ? '緊急' : 'FOMC '}${move[2] === 'cut' ? '降息' : '升息'}至 ${move[3]}`;
  if (/^IORB replaces IOER/.test(note)) return 'IORB 取代 IOER；設立常設回購工具';
  if (/technical adjustment/.test(note)) return '技術性調整';
  if (/operation results/.test(note)) return '依紐約聯準會操作結果的 ON RRP 與 SRF 利率';
  return '政策利率調整';
}

export function qtNote(note: string): string {
  const caps = [...note.matchAll(/\$([\d.]+)B/g)].map((m) => `$${m[1]}B`);
  if (/^QT starts/.test(note)) return `QT 開始：每月上限 美國公債 ${caps[0]}、MBS ${caps[1]}`;
  if (/^QT caps raised/.test(note)) return `QT 上限提高至 美國公債 ${caps[0]}、MBS ${caps[1]}／月`;
  if (/^QT at full pace/.test(note)) return `QT 全速：每月上限 美國公債 ${caps[0]}、MBS ${caps[1]}`;
  if (/^QT slowed/.test(note)) return `QT 放緩：美國公債上限降至每月 ${caps[0]}`;
  if (/^QT ended/.test(note)) return 'QT 結束：停止縮表，MBS 本金轉投資';
  if (/^No QT/.test(note)) return '沒有 QT：聯準會買進美國公債與 MBS（疫情期間購債）';
  return 'QT 階段';
}
