// 各指令宣告的文字：指令說明與各選項說明，以指令名與選項名為鍵（commands/<name>.ts）。
// Discord 的指令選單、Telegram 的選單與 /help 都從這裡讀；Discord 的說明上限 100 字元。
import type { Messages } from '../index.js';
import { LOCALES } from '../../locale.js';

const range = '圖表回溯多久';
const date = '回答當天的情況（YYYY-MM-DD）';

// The locale codes as typed, from the table (scripts/build-hans.ts would turn a written-out
// Traditional code into the Simplified one).
const CODES = LOCALES.filter((l) => l !== 'en').join('、');

export const commands: Messages['commands'] = {
  brief: { description: '晨報：SOFR、EFFR、ON RRP、SRF、TGA 與準備金，各附日變動', options: { date } },
  sofr: { description: 'SOFR 隔夜附買回利率在聯準會利率走廊中的位置', options: { range, date } },
  effr: { description: '有效聯邦資金利率相對目標區間與 IORB', options: { range, date } },
  corridor: { description: '聯準會利率走廊：ON RRP 下限、IORB、SRF 上限，以及 SOFR 與 EFFR', options: { range, date } },
  rrp: { description: '隔夜逆附買回協議（ON RRP）使用量，流動性的緩衝', options: { range, date } },
  srf: { description: '常設回購工具（SRF）：使用量，以及 SOFR 相對 SRF 利率', options: { range, date } },
  tga: { description: '財政部一般帳戶（TGA）：美國財政部在聯準會的現金', options: { range, date } },
  reserves: { description: '銀行在聯準會的準備金（每週，H.4.1）相對 2.5至3.0兆美元區間', options: { range, date } },
  nowcast: { description: '今天的銀行準備金估計：由上次 H.4.1 之後的每日 TGA 與 ON RRP 推算', options: { range, date } },
  balance: { description: '聯準會資產負債表（總資產）與量化緊縮（QT）的步調', options: { range, date } },
  netliq: { description: '淨流動性：聯準會資產減 TGA 減 ON RRP，附各部分', options: { range, date } },
  spreads: { description: '貨幣市場利差（bp）：SOFR-IORB、SOFR-ON RRP、EFFR-IORB、SOFR-EFFR', options: { range, date } },
  yields: { description: '10 年期美國公債殖利率相對 SOFR', options: { range, date } },
  stress: { description: '附買回市場是否承壓？六項訊號對照門檻', options: { date } },
  compare: { description: '今天對比 2019 年 9 月附買回危機（或其他日子），並排呈現', options: { date: '要與今天對比的日子（預設 2019-09-17，附買回危機）' } },
  calendar: { description: '未來 14 天影響流動性的事件，美東時間與 UTC', options: { date: '14 天的第一天（YYYY-MM-DD）；預設今天' } },
  explain: { description: '金融管線的短卡片，各附最新數字', options: { topic: '要解釋的主題' } },
  ask: {
    description: '用自己的話問：「2019年9月17日 SOFR 是多少」、「準備金 對比 2019」',
    options: { question: '你的問題，例如「附買回市場緊張嗎」（最多 200 個字元）' },
  },
  export: { description: '圖表背後的 CSV：單一系列，附單位、來源與日期，以檔案提供', options: { series: '要匯出的系列', range, date } },
  subscribe: {
    description: '讓機器人在這裡自動發文：晨報、H.4.1 週報或緊張警報',
    options: {
      topic: '在這裡發什麼：brief（晨報）、h41（週報）或 alerts（警報）',
      rule: '警報：只訂一條規則（預設：全部規則）',
      quiet: '勿擾時段，期間發文不發通知：22:00-07:00，或 off',
      tz: '勿擾時段的時區，例如 Asia/Taipei（預設美東時間）',
    },
  },
  unsubscribe: {
    description: '停止機器人在這裡發的某個主題，或全部',
    options: { topic: '停止什麼：brief、h41、alerts 或 all（全部）', rule: '警報：只停止這一條規則' },
  },
  subscriptions: { description: '機器人在這個聊天發什麼、用哪種語言', options: {} },
  language: {
    description: '這個聊天的語言：回答與發文',
    options: { language: `${CODES}、en，或 auto（每位讀者用自己的語言）` },
  },
  help: { description: '機器人能回答什麼，附範例', options: {} },
  about: { description: '資料來源、最新日期與資料模式', options: {} },
};
