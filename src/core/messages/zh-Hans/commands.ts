// 各指令声明的文字：指令说明与各选项说明，以指令名与选项名为键（commands/<name>.ts）。
// Discord 的指令菜单、Telegram 的菜单与 /help 都从这里读；Discord 的说明上限 100 字符。
import type { Messages } from '../index.js';
import { LOCALES } from '../../locale.js';

const range = '图表回溯多久';
const date = '回答当天的情况（YYYY-MM-DD）';

// The locale codes as typed, from the table (scripts/build-hans.ts would turn a written-out
// Traditional code into the Simplified one).
const CODES = LOCALES.filter((l) => l !== 'en').join('、');

export const commands: Messages['commands'] = {
  brief: { description: '晨报：SOFR、EFFR、ON RRP、SRF、TGA 与准备金，各附日变动', options: { date } },
  sofr: { description: 'SOFR 隔夜回购利率在美联储利率走廊中的位置', options: { range, date } },
  effr: { description: '有效联邦基金利率相对目标区间与 IORB', options: { range, date } },
  corridor: { description: '美联储利率走廊：ON RRP 下限、IORB、SRF 上限，以及 SOFR 与 EFFR', options: { range, date } },
  rrp: { description: '隔夜逆回购（ON RRP）使用量，流动性的缓冲', options: { range, date } },
  srf: { description: '常设回购便利（SRF）：使用量，以及 SOFR 相对 SRF 利率', options: { range, date } },
  tga: { description: '财政部一般账户（TGA）：美国财政部在美联储的现金', options: { range, date } },
  reserves: { description: '银行在美联储的准备金（每周，H.4.1）相对 2.5至3.0万亿美元区间', options: { range, date } },
  nowcast: { description: '今天的银行准备金估计：由上次 H.4.1 之后的每日 TGA 与 ON RRP 推算', options: { range, date } },
  balance: { description: '美联储资产负债表（总资产）与量化紧缩（QT）的步调', options: { range, date } },
  netliq: { description: '净流动性：美联储资产减 TGA 减 ON RRP，附各部分', options: { range, date } },
  spreads: { description: '货币市场利差（bp）：SOFR-IORB、SOFR-ON RRP、EFFR-IORB、SOFR-EFFR', options: { range, date } },
  yields: { description: '10 年期美国国债收益率相对 SOFR', options: { range, date } },
  stress: { description: '回购市场是否承压？六项信号对照门槛', options: { date } },
  compare: { description: '今天对比 2019 年 9 月回购危机（或其他日子），并排呈现', options: { date: '要与今天对比的日子（默认 2019-09-17，回购危机）' } },
  calendar: { description: '未来 14 天影响流动性的事件，美东时间与 UTC', options: { date: '14 天的第一天（YYYY-MM-DD）；默认今天' } },
  explain: { description: '金融管线的短卡片，各附最新数字', options: { topic: '要解释的主题' } },
  ask: {
    description: '用自己的话问：「2019年9月17日 SOFR 是多少」、「准备金 对比 2019」',
    options: { question: '你的问题，例如「回购市场紧张吗」（最多 200 个字符）' },
  },
  export: { description: '图表背后的 CSV：单一系列，附单位、来源与日期，以文档提供', options: { series: '要导出的系列', range, date } },
  subscribe: {
    description: '让机器人在这里自动发文：晨报、H.4.1 周报或紧张警报',
    options: {
      topic: '在这里发什么：brief（晨报）、h41（周报）或 alerts（警报）',
      rule: '警报：只订一条规则（默认：全部规则）',
      quiet: '勿扰时段，期间发文不发通知：22:00-07:00，或 off',
      tz: '勿扰时段的时区，例如 Asia/Taipei（默认美东时间）',
    },
  },
  unsubscribe: {
    description: '停止机器人在这里发的某个主题，或全部',
    options: { topic: '停止什么：brief、h41、alerts 或 all（全部）', rule: '警报：只停止这一条规则' },
  },
  subscriptions: { description: '机器人在这个聊天发什么、用哪种语言', options: {} },
  language: {
    description: '这个聊天的语言：回答与发文',
    options: { language: `${CODES}、en，或 auto（每位读者用自己的语言）` },
  },
  help: { description: '机器人能回答什么，附范例', options: {} },
  about: { description: '数据来源、最新日期与数据模式', options: {} },
};
