// 參考指令的繁體中文：/calendar（未來 14 天影響流動性的事件）與 /explain（短卡片，結尾附相關的最新數字）。
import { etClock, utcClock, type CalendarEvent } from '../../calendar.js';
import type { Messages } from '../index.js';
import { md, pct, usd, weekday, ymd } from './words.js';

type Reference = Messages['reference'];

const HOLIDAYS: Record<string, string> = {
  "New Year's Day": '元旦',
  'Martin Luther King Jr. Day': '馬丁路德金恩紀念日',
  "Washington's Birthday": '華盛頓誕辰紀念日',
  'Memorial Day': '陣亡將士紀念日',
  Juneteenth: '六月節',
  'Independence Day': '美國獨立紀念日',
  'Labor Day': '勞動節',
  'Columbus Day': '哥倫布日',
  'Veterans Day': '退伍軍人節',
  'Thanksgiving Day': '感恩節',
  'Christmas Day': '聖誕節',
};

/** 聯準會假日的中文名稱；「(observed)」是週日假日移到週一的補假。 */
function holiday(name: string): string {
  const observed = / \(observed\)$/.test(name);
  const base = name.replace(/ \(observed\)$/, '');
  return `${HOLIDAYS[base] ?? '聯準會假日'}${observed ? '（補假）' : ''}`;
}

function closedWhy(why: string | null): string {
  if (why === 'Saturday') return '週六';
  if (why === 'Sunday') return '週日';
  return why ? holiday(why) : '休市';
}

/** 「美東 8:00／UTC 13:00」，或時段「美東 13:30-13:45／UTC 18:30-18:45」。 */
function when(e: CalendarEvent): string {
  if (!e.from) return '';
  if (e.to && e.kind !== 'fomc') return `美東 ${etClock(e.from.et)}-${etClock(e.to.et)}／UTC ${utcClock(e.from.at)}-${utcClock(e.to.at)}`;
  return `美東 ${etClock(e.from.et)}／UTC ${utcClock(e.from.at)}`;
}

const moved = (from: string | undefined, why: string | null) => (from ? `（${md(from)}為${closedWhy(why)}）` : '');

const calendar: Reference['calendar'] = {
  title: (from, to, highlights) => `${md(from)} - ${md(to)}：${highlights.length ? highlights.join('、') : '只有例行公布'}`,
  highlight: {
    fomc: (d) => `FOMC ${md(d)}（${weekday(d)}）`,
    holiday: (name, d) => `${holiday(name).replace('（補假）', '')} ${md(d)}`,
    tax: (d) => `報稅日 ${md(d)}`,
    monthEnd: (kind, d) => `${kind === 'yearEnd' ? '年底' : kind === 'quarterEnd' ? '季底' : '月底'} ${md(d)}`,
  },
  event: (e, why) => {
    switch (e.kind) {
      case 'holiday':
        return `聯準會休市：${holiday(e.name ?? '')}（無 SOFR、EFFR、ON RRP、SRF 或每日國庫報表）`;
      case 'monthEnd':
        return `月底${moved(e.movedFrom, why)}`;
      case 'quarterEnd':
        return `季底${moved(e.movedFrom, why)}`;
      case 'yearEnd':
        return `年底${moved(e.movedFrom, why)}`;
      case 'tax':
        return e.movedFrom ? `企業報稅日，由 ${md(e.movedFrom)} 順延（${closedWhy(why)}）` : '企業報稅日';
      case 'sofr':
        return `SOFR ${when(e)}`;
      case 'srfAm':
        return `SRF 上午操作 ${when(e)}`;
      case 'effr':
        return `EFFR ${when(e)}`;
      case 'rrp':
        return `ON RRP 結果 ${when(e)}`;
      case 'srfPm':
        return `SRF 下午操作 ${when(e)}`;
      case 'fomc':
        return `FOMC 聲明 ${when(e)}，記者會 美東 ${e.to ? etClock(e.to.et) : ''}`;
      case 'dts':
        return `每日國庫報表（TGA）${when(e)}`;
      case 'h41':
        return `H.4.1（準備金、聯準會資產）${when(e)}${e.movedFrom ? `，延後一天（${md(e.movedFrom)}為${closedWhy(why)}）` : ''}`;
    }
  },
  separator: ' · ',
  zone: (offset) => `美東時間全程為 UTC${offset}（${offset === -4 ? '夏令時間' : '標準時間'}）；時間以美東時間為主，附 UTC。`,
  clockChange: (d, before, after) =>
    `${ymd(d)} ${after === -4 ? '開始夏令時間' : '結束夏令時間'}：美東時間之前為 UTC${before}，之後為 UTC${after}；時間以美東時間為主，附 UTC。`,
  weekends: '週末沒有公布，不列出。',
  fomcUnknown: (to) => `這裡的 FOMC 日程涵蓋 2025 年至 ${ymd(to)}；其他年份不列出。`,
  fomcSchedule: 'FOMC 會議日程',
  fomcSource: '聯準會日程公告（2027 年為暫定，2025年9月5日）',
  tooFar: (d) => `${ymd(d)} 超出日程範圍。請試 /calendar date:2026-12-01。`,
};

const cards: Reference['explain']['cards'] = {
  sofr: {
    title: 'SOFR：隔夜公債附買回的價格',
    text: [
      'SOFR 是以美國公債擔保的隔夜附買回交易（三方、一般擔保品融資與集中清算雙邊）的成交量加權中位數利率，由紐約聯準會於美東約 8:00 公布前一營業日的數值。',
      '它在 ON RRP 利率（下限）與 SRF 利率（上限）之間交易：高於 IORB 表示現金轉趨稀缺，高於 SRF 利率表示上限失守（2025年10月31日為 4.22%，上限 4.00%）。',
      '它取代 LIBOR 成為美元基準利率，因此這裡每一個基點都會重新定價交換、貸款與槓桿公債部位。',
    ],
  },
  effr: {
    title: 'EFFR：FOMC 鎖定的利率',
    text: [
      'EFFR 是隔夜無擔保聯邦資金交易的成交量加權中位數利率，於美東約 9:00 公布前一營業日的數值。',
      '它應落在目標區間內，比 IORB 低幾個基點：主要是聯邦住宅貸款銀行把資金借給銀行，銀行再存放在聯準會。',
      '它的波動比 SOFR 小，所以一旦高於區間就是真正的失控：2019年9月17日為 2.30%，目標區間 2.00-2.25%。',
    ],
  },
  iorb: {
    title: 'IORB：聯準會支付給準備金的利率',
    text: [
      'IORB 是聯準會支付給銀行準備金餘額的利率（2021年7月29日之前為超額準備金利率 IOER）。',
      'FOMC 每次決議時設定，次日生效：自 2021年7月29日起為目標區間下限加 15 個基點（2025年10月30日起 3.90%，2025年12月11日起 3.65%）。',
      '銀行不應以低於它的利率放款，因此它錨定 EFFR；SOFR 高於 IORB 表示附買回的報酬高過聯準會，準備金已不再充裕。',
    ],
  },
  onrrp: {
    title: 'ON RRP：下限與緩衝',
    text: [
      '隔夜逆附買回協議向貨幣市場基金、政府支持企業與交易商吸收現金，以聯準會持有的公債為擔保，自 2024年12月19日起利率為目標區間下限（之前為下限加 5 個基點）。',
      '它的利率是利率走廊的下限；它的使用量是閒置資金，在 TGA 回補或 QT 進行時最先被抽走。',
      '接近零時，任何進一步的抽離都來自銀行準備金：2025年10月31日為 518億美元，那天 SOFR 升至 4.22%。',
      '操作於美東 13:15 截止，結果隨即公布。',
    ],
  },
  srf: {
    title: 'SRF：上限，前提是交易商願意用',
    text: [
      '常設回購工具以美國公債、機構債與 MBS 為擔保提供隔夜資金，利率為目標區間上限：利率走廊的上限。',
      '每天操作兩次，美東 8:15-8:30（自 2025年6月26日起每日）與 13:30-13:45；自 2025年12月10日 FOMC 起不設總額上限。',
      '有人使用代表民間附買回比聯準會貴：2025年10月31日為 503.5億美元，2025年12月31日創下 746億美元 的紀錄。',
      'SOFR 高於 SRF 利率表示交易商仍迴避它（污名、資產負債表限制），上限是軟的。',
    ],
  },
  tga: {
    title: 'TGA：美國財政部在聯準會的現金',
    text: [
      '財政部一般帳戶是美國政府在聯準會的支票帳戶。',
      '它從稅收或淨發行國庫券多收的每一美元，都來自銀行準備金或 ON RRP；它支出的每一美元都會流回。',
      '報稅日（4、6、9、12 月 15 日）與債務上限之後的現金回補，會在幾天內讓它變動數百億美元。',
      '每日國庫報表於美東約 16:00 公布前一營業日的數值。',
    ],
  },
  reserves: {
    title: '準備金：銀行在聯準會的現金',
    text: [
      '準備金是銀行存放在聯準會的存款，也就是金融體系的清算現金，每週在 H.4.1 公布（週四美東 16:30，截至週三的週平均）。',
      '市場把 2.5至3.0兆美元 視為不再充裕的區間；2019 年 9 月準備金約 1.39兆美元，附買回市場失靈。',
      'TGA 增加、ON RRP 已無可抽、QT 縮減資產負債表時，準備金會一對一減少。',
    ],
  },
  qt: {
    title: 'QT：聯準會縮減資產負債表',
    text: [
      '量化緊縮讓債券到期而不再投資；每一美元的縮減都會抽走 ON RRP 或準備金。',
      '每月上限決定步調：美國公債 2024 年 6 月前 600億美元、2025 年 4 月前 250億美元，之後 50億美元；MBS 350億美元。',
      'QT 於 2025年12月1日結束：停止贖回公債，MBS 本金轉投資國庫券。',
      '聯準會總資產每週四在 H.4.1 公布。',
    ],
  },
  netliq: {
    title: '淨流動性：聯準會資產減 TGA 減 ON RRP',
    text: [
      '淨流動性是聯準會資產負債表減去停放在 TGA 與 ON RRP 的現金：留在民間體系的部分。',
      '即使資產負債表不變它也會變動，因為 TGA 與 ON RRP 的波動會注入或抽走現金。',
      '例如 2025年10月29日：6.59兆美元 - 9,580億美元 - 195億美元 = 5.61兆美元。',
      '這是交易員對照風險資產的經驗法則，不是聯準會的指標。',
    ],
  },
  corridor: {
    title: '利率走廊：聯準會如何引導隔夜利率',
    text: [
      '聯準會設定三道牆：ON RRP 利率（下限，目標區間下緣）、IORB（下緣加 15 個基點）與 SRF 利率（上限，目標區間上緣）。',
      '準備金充裕時，SOFR 與 EFFR 落在下限與 IORB 之間；準備金變少時，SOFR 會穿過 IORB 逼近上限。',
      '每次 FOMC 決議會同時移動所有牆，次日生效；SOFR 高於 ON RRP 利率超過 20 個基點是壓力線。',
    ],
  },
  '2019': {
    title: '2019 年 9 月：附買回市場失靈的那一天',
    text: [
      '2019年9月17日 SOFR 升至 5.25%，EFFR 報 2.30%，高於 2.00-2.25% 的目標區間。',
      '企業繳稅與公債交割把現金吸進 TGA（週平均由 1,853億美元 升至 2,502億美元），而準備金約 1.39兆美元。',
      '紐約聯準會當週重啟隔夜附買回操作（每天 750億美元），IOER 自 9 月 19 日起降至 1.80%。',
      '教訓：準備金在遠高於銀行自稱的水準就已轉趨稀缺。',
    ],
  },
  basis: {
    title: '基差交易：以附買回融資的槓桿公債部位',
    text: [
      '避險基金買進美國公債、賣出對應的期貨，並在附買回市場以隔夜資金融通債券，把微小的價差放大許多倍。',
      '這筆交易仰賴便宜可靠的 SOFR 資金：附買回利率飆升或追繳保證金會迫使它在下跌的市場中賣出，就像 2020 年 3 月。',
      '它的規模正是月底、季底與 SRF 使用量對公債流動性重要的原因。',
    ],
  },
};

const explain: Reference['explain'] = {
  cards,
  now: {
    rate: (name, v, d) => `現在：${name} ${pct(v)}（${ymd(d)}）。`,
    rateSince: (name, v, since, confirmedThrough) =>
      `現在：${name} ${pct(v)}（自 ${ymd(since)} 起${confirmedThrough ? `；官方數據僅確認至 ${ymd(confirmedThrough)}` : ''}）。`,
    amount: (name, v, d) => `現在：${name} ${usd(v)}（${ymd(d)}）。`,
    weekly: (name, v, d) => `現在：${name} ${usd(v)}（至 ${ymd(d)} 當週）。`,
    corridor: (rrp, iorbName, iorb, srf, since, confirmedThrough) =>
      `現在：ON RRP ${pct(rrp)} · ${iorbName} ${pct(iorb)} · SRF ${pct(srf)}（自 ${ymd(since)} 起${confirmedThrough ? `；官方數據僅確認至 ${ymd(confirmedThrough)}` : ''}）。`,
    vs2019: (v, d) => `現在：準備金 ${usd(v, 'T')}，2019 年 9 月約 1.39兆美元（至 ${ymd(d)} 當週）。`,
  },
  srfUsageMissing: (why) => `SRF 使用量：${why}`,
  labels: { now: '現在' },
  names: { reserves: '準備金', fedAssets: '聯準會資產', netLiquidity: '淨流動性', srfUsage: 'SRF 使用量', srfRate: 'SRF 利率', tga: 'TGA' },
};

export const reference: Messages['reference'] = { calendar, explain };
