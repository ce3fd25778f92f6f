// 聊天指令的繁體中文：/subscribe、/unsubscribe、/subscriptions 與 /language。頻道管理者設定機器人
// 自動發文時讀到的句子，以及一句話的拒絕說明。
import type { Messages } from '../index.js';
import { usd } from './words.js';
import { LOCALES } from '../../locale.js';

// The locale codes as typed, from the table (scripts/build-hans.ts would turn a written-out
// Traditional code into the Simplified one).
const CODES = LOCALES.filter((l) => l !== 'en').join('、');

const TOPIC = { brief: '晨報', h41: 'H.4.1 週報', alerts: '緊張警報' } as const;

export const chats: Messages['chats'] = {

  topic: (t) => TOPIC[t],
  topicLabel: (t) => TOPIC[t],
  rule: (id, fire) =>
    id === 'sofrAboveSrf'
      ? 'SOFR 高於 SRF 利率'
      : id === 'srfUsage'
        ? `SRF 使用量超過 ${usd(fire, 'B')}`
        : id === 'reservesLow'
          ? `準備金低於 ${usd(fire, 'T')}`
          : `SOFR 高出 ON RRP 利率逾 ${fire} bp`,
  everyRule: '全部規則',
  withRule: (topic, rule) => `${topic}（${rule}）`,
  languageName: (l) => (l === 'en' ? '英文' : l === 'zh-Hans' ? '簡體中文' : '繁體中文'),
  when: (t) =>
    t === 'brief'
      ? '每個營業日早上的數據公布後一分鐘內發到這裡。'
      : t === 'h41'
        ? '聯準會公布 H.4.1 時發到這裡，通常是週四美東時間 16:30。'
        : '訊號越過門檻時發一次警報，回落解除時再發一次。',

  added: (what) => `已訂閱：${what}`,
  updated: (what) => `已更新：${what}`,
  unchanged: (what) => `早已訂閱：${what}`,
  covered: (rule) => `這個聊天已經收到全部警報，包括「${rule}」。若只想保留一條規則，請先輸入 /unsubscribe alerts。`,
  quietLine: (from, to, zone) => `${from} 到 ${to}（${zone}）之間發文不發通知。`,
  noQuiet: '任何時間發文都會發通知。',
  eastern: '美東時間',
  labels: { quiet: '勿擾時段', language: '語言', origin: '設定者' },
  quietValue: (from, to, zone) => `${from}-${to}（${zone}）`,
  none: '無',
  postsIn: (language) => `這裡的發文使用${language}。`,
  byOperator: '營運者的設定',

  listTitle: (n) => `這個聊天有 ${n} 項訂閱`,
  listEmpty: '這個聊天沒有訂閱',
  listHint: '管理員可用 /subscribe 與 /unsubscribe 變更，例如 /subscribe brief quiet:22:00-07:00 tz:Asia/Taipei。',
  listValue: (quiet, language) => `勿擾 ${quiet} · ${language}`,
  chatLanguage: (language) => `這個聊天的回答與發文使用${language}（/language auto 讓每位讀者用自己的語言）。`,
  chatLanguageAuto: `這裡的回答依每位讀者自己的語言；要為聊天指定語言，請輸入 /language 加上 ${CODES} 或 en。`,

  removed: (rows, what) => (rows === 'one' ? `已取消訂閱：${what}` : `已取消訂閱：${what}（${rows === 'none' ? 0 : rows.n} 項）`),
  removedAll: (n) => `已取消全部訂閱（${n} 項）`,
  notSubscribed: (what) => `這個聊天沒有訂閱${what}；/subscriptions 會列出現有的訂閱。`,
  nothingHere: '這個聊天沒有任何訂閱；沒有變更。',
  everyAlertTaken: (rule) => `這個聊天收到的是全部警報，不只是「${rule}」：/unsubscribe alerts 會全部停止。`,
  fromConfig: '其中有些來自營運者的設定，除非設定變更，下次重新啟動時會恢復。',

  languageSet: (language) => `這個聊天現在使用${language}回答`,
  languageAuto: '這個聊天現在依每位讀者自己的語言回答',
  languageFollow: (rows, language) => (rows === 'none' ? `這裡的發文將使用${language}。` : `這裡的發文（${rows === 'one' ? 1 : rows.n} 項訂閱）現在使用${language}。`),

  onlyInChats: '訂閱存在於 Telegram 與 Discord 的聊天中：請在有機器人的聊天或頻道輸入 /subscribe brief。',
  needsAdmin: '只有群組管理員可以變更機器人在這裡發的內容。',
  needsManageChannels: '變更機器人在這個頻道發的內容需要「管理頻道」權限。',
  needsManage: '只有聊天的管理員可以變更機器人在這裡發的內容。',
  noStore: '目前無法使用訂閱（機器人沒有資料庫）；請稍後再試。',
  unknownRule: (q, names) => `${q} 不是警報規則；請使用 ${names.join('、')} 之一，例如 /subscribe alerts rule:srfUsage。`,
  ruleOnlyForAlerts: (command, topic) => `只有警報可以指定規則；請直接輸入 /${command} ${topic}。`,
  badQuiet: (q) => `quiet:${q} 不是時段；請寫成 quiet:22:00-07:00（24 小時制、當地時間）或 quiet:off。`,
  badZone: (q) => `tz:${q} 不是時區；請使用時區名稱，例如 tz:Asia/Taipei 或 tz:America/New_York。`,
};
