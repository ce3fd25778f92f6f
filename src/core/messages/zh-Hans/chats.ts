// 聊天指令的繁体中文：/subscribe、/unsubscribe、/subscriptions 与 /language。频道管理者设置机器人
// 自动发文时读到的句子，以及一句话的拒绝说明。
import type { Messages } from '../index.js';
import { usd } from './words.js';
import { LOCALES } from '../../locale.js';

// The locale codes as typed, from the table (scripts/build-hans.ts would turn a written-out
// Traditional code into the Simplified one).
const CODES = LOCALES.filter((l) => l !== 'en').join('、');

const TOPIC = { brief: '晨报', h41: 'H.4.1 周报', alerts: '紧张警报' } as const;

export const chats: Messages['chats'] = {

  topic: (t) => TOPIC[t],
  topicLabel: (t) => TOPIC[t],
  rule: (id, fire) =>
    id === 'sofrAboveSrf'
      ? 'SOFR 高于 SRF 利率'
      : id === 'srfUsage'
        ? `SRF 使用量超过 ${usd(fire, 'B')}`
        : id === 'reservesLow'
          ? `准备金低于 ${usd(fire, 'T')}`
          : `SOFR 高出 ON RRP 利率逾 ${fire} bp`,
  everyRule: '全部规则',
  withRule: (topic, rule) => `${topic}（${rule}）`,
  languageName: (l) => (l === 'en' ? '英文' : l === 'zh-Hans' ? '简体中文' : '繁体中文'),
  when: (t) =>
    t === 'brief'
      ? '每个营业日早上的数据公布后一分钟内发到这里。'
      : t === 'h41'
        ? '美联储公布 H.4.1 时发到这里，通常是周四美东时间 16:30。'
        : '信号越过门槛时发一次警报，回落解除时再发一次。',

  added: (what) => `已订阅：${what}`,
  updated: (what) => `已更新：${what}`,
  unchanged: (what) => `早已订阅：${what}`,
  covered: (rule) => `这个聊天已经收到全部警报，包括「${rule}」。若只想保留一条规则，请先输入 /unsubscribe alerts。`,
  quietLine: (from, to, zone) => `${from} 到 ${to}（${zone}）之间发文不发通知。`,
  noQuiet: '任何时间发文都会发通知。',
  eastern: '美东时间',
  labels: { quiet: '勿扰时段', language: '语言', origin: '设置者' },
  quietValue: (from, to, zone) => `${from}-${to}（${zone}）`,
  none: '无',
  postsIn: (language) => `这里的发文使用${language}。`,
  byOperator: '营运者的设置',

  listTitle: (n) => `这个聊天有 ${n} 项订阅`,
  listEmpty: '这个聊天没有订阅',
  listHint: '管理员可用 /subscribe 与 /unsubscribe 变更，例如 /subscribe brief quiet:22:00-07:00 tz:Asia/Taipei。',
  listValue: (quiet, language) => `勿扰 ${quiet} · ${language}`,
  chatLanguage: (language) => `这个聊天的回答与发文使用${language}（/language auto 让每位读者用自己的语言）。`,
  chatLanguageAuto: `这里的回答依每位读者自己的语言；要为聊天指定语言，请输入 /language 加上 ${CODES} 或 en。`,

  removed: (rows, what) => (rows === 'one' ? `已取消订阅：${what}` : `已取消订阅：${what}（${rows === 'none' ? 0 : rows.n} 项）`),
  removedAll: (n) => `已取消全部订阅（${n} 项）`,
  notSubscribed: (what) => `这个聊天没有订阅${what}；/subscriptions 会列出现有的订阅。`,
  nothingHere: '这个聊天没有任何订阅；没有变更。',
  everyAlertTaken: (rule) => `这个聊天收到的是全部警报，不只是「${rule}」：/unsubscribe alerts 会全部停止。`,
  fromConfig: '其中有些来自营运者的设置，除非设置变更，下次重新启动时会恢复。',

  languageSet: (language) => `这个聊天现在使用${language}回答`,
  languageAuto: '这个聊天现在依每位读者自己的语言回答',
  languageFollow: (rows, language) => (rows === 'none' ? `这里的发文将使用${language}。` : `这里的发文（${rows === 'one' ? 1 : rows.n} 项订阅）现在使用${language}。`),

  onlyInChats: '订阅存在于 Telegram 与 Discord 的聊天中：请在有机器人的聊天或频道输入 /subscribe brief。',
  needsAdmin: '只有群组管理员可以变更机器人在这里发的内容。',
  needsManageChannels: '变更机器人在这个频道发的内容需要「管理频道」权限。',
  needsManage: '只有聊天的管理员可以变更机器人在这里发的内容。',
  noStore: '目前无法使用订阅（机器人没有数据库）；请稍后再试。',
  unknownRule: (q, names) => `${q} 不是警报规则；请使用 ${names.join('、')} 之一，例如 /subscribe alerts rule:srfUsage。`,
  ruleOnlyForAlerts: (command, topic) => `只有警报可以指定规则；请直接输入 /${command} ${topic}。`,
  badQuiet: (q) => `quiet:${q} 不是时段；请写成 quiet:22:00-07:00（24 小时制、当地时间）或 quiet:off。`,
  badZone: (q) => `tz:${q} 不是时区；请使用时区名称，例如 tz:Asia/Taipei 或 tz:America/New_York。`,
};
