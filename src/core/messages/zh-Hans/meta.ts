// /help、/about、/ask、选项解析、终端机与两个平台的繁体中文。
import type { Messages } from '../index.js';
import { sourceName, ymd } from './words.js';

export const help: Messages['help'] = {
  title: () => '美元流动性：指令一览',
  intro: () => '每个答案都提供官方数字、变动、相对美联储的位置、图表，以及每个数字的日期与来源。',
  options: () => '选项：range 为 1m、3m、6m、1y、2y、5y、max 之一；date（YYYY-MM-DD）回答当天的情况，例如 /sofr date:2019-09-17。也可以直接写：/sofr 1y。',
  mode: (mode) => (mode === 'snapshot' ? '目前使用离线快照：不连网，历史数据到 2026 年年中。' : '目前实时读取纽约美联储、FRED 与美国财政部的数据接口。'),
  usage: {
    range: (def) => ` [range:${def}]`,
    date: ' [date:YYYY-MM-DD]',
    other: (name) => ` ${name}:…`,
    optional: (name) => ` [${name}:…]`,
  },
};

export const about: Messages['about'] = {
  title: (mode) => (mode === 'snapshot' ? '数据：离线快照' : '数据：实时官方来源'),
  mode: (mode) =>
    mode === 'snapshot'
      ? 'DATA_MODE=snapshot：每个数字都来自内置的官方 FRED 与美国财政部数据快照；完全不连网。'
      : 'DATA_MODE=live：数字来自官方数据接口，保留到下一次公布；来源失败时退回最后一笔可用数据（并标示为过时）。',
  sources: (mode) =>
    mode === 'snapshot'
      ? '此处来源：FRED 下载（SOFR、联邦基金利率、ON RRP、H.4.1 资产负债表、准备金、TGA 周平均、IORB、收益率、GDP、目标区间）与美国财政部每日国库报表（TGA）；实时模式优先读取纽约美联储市场数据接口。'
      : '来源：纽约美联储市场数据接口（SOFR、EFFR、ON RRP、SRF、目标区间）、FRED（H.4.1 资产负债表、准备金、TGA 周平均、收益率、GDP；纽约美联储的备援）与美国财政部每日国库报表（TGA）。',
  policy: () => '政策利率（目标区间、IORB、ON RRP 与 SRF 利率）来自 FOMC 声明与运行说明，以生效日为准。',
  none: (mode) => (mode === 'snapshot' ? '离线快照中没有' : '尚未读取'),
};

export const ask: Messages['ask'] = {
  readAs: (line) => `理解为 ${line}。`,
  unsureTitle: '不太确定你的意思',
  unsure: () => '不太确定你的意思。以下可能是你要的；照着输入即可。',
  examples: () => '例如：「2019年9月17日 SOFR 是多少」、「回购市场紧张吗」、「净流动性 2y」、「准备金 对比 2019」。',
  empty: () => '没有提问：请用自己的话问，例如 /ask 净流动性 2y。先附上净流动性。',
  tooLong: (n, max) => `这个问题有 ${n} 个字符；请少于 ${max} 个，例如 /ask 净流动性 2y。`,
  yearGuessTitle: (asked) => `${ymd(asked)} 还没有数据：你指的是哪一年？`,
  yearGuess: (asked, newest) => `你没有写年份，所以理解为 ${ymd(asked)}；这里的数据到 ${ymd(newest)} 为止。请选择年份：`,
  latestYearWithData: '有数据的最近一年',
  asRead: '照原意（显示之前最后一笔数据）',
  notYet: (line) => `理解为 ${line}，但这里还没有那个指令；输入 /help 查看清单。`,
  why: (why, date) =>
    why === 'monthFirst' ? `若 ${date} 是月份在前（美式）` : why === 'dayFirst' ? `若 ${date} 是日期在前` : why === 'mentioned' ? '符合你问题中的字词' : '常用的起点',
};

export const options: Messages['options'] = {
  tooLong: (n) => `太长了（${n} 个字符）；请输入像 /sofr range:1y 这样的指令。`,
  empty: () => '请输入像 /sofr 或 /help 这样的指令。',
  notCommand: (q) => `${q} 不是指令。输入 /help 查看清单。`,
  badRange: (v, cmd, ranges) => `range:${v} 不是有效的期间。请用 ${ranges.join('、')} 之一，例如 /${cmd} range:1y。`,
  notRealDate: (v, cmd) => `${v} 不是真实存在的日期。请试 /${cmd} date:2025-10-31。`,
  notDate: (v, cmd) => `date:${v} 不是日期；请写成 YYYY-MM-DD，例如 /${cmd} date:2025-10-31。`,
  notOneOf: (name, v, choices) => `${name}:${v} 不是 ${choices.join('、')} 之一。`,
  noSuchOption: (cmd, q, names) => `/${cmd} 没有 ${q} 这个选项；它的选项是 ${names.join('、')}。`,
  takesNoOptions: (cmd) => `/${cmd} 不接受选项。`,
  notUnderstood: (q, cmd, names, example) => `看不懂 /${cmd} 的 ${q}；它的选项是 ${names.join('、')}（例如 /${cmd} ${example}）。`,
  givenTwice: (name) => `${name} 重复给了两次；请只给一次。`,
  needs: (cmd, name, choices) => `/${cmd} 需要 ${name}：${choices.slice(0, 8).join('、')} 之一。`,
};

export const cli: Messages['cli'] = {
  askUsage: '请提出问题，例如 npm run ask -- "/sofr range:1y"。',
  promptWelcome: (mode) => `美元流动性服务台（${mode === 'snapshot' ? '离线快照' : '实时'}数据）。输入 /help 查看指令，输入 quit 离开。`,
  asOf: '数据日期与来源：',
  chart: (path) => `图表：${path}`,
  cannotWrite: (dir) => `无法把图表存到 ${dir}：无法创建或写入该文档夹，请把 OUT_DIR 设为可写入的文档夹。`,
};

export const discord: Messages['discord'] = {
  staleNote: (note) => `⚠️ ${note}`,
  rangeDescription: (description, def) => `${description}（默认 ${def}）`,
  cooldown: (limit, seconds, waitSeconds) => `慢一点：每 ${seconds} 秒最多 ${limit} 个指令。请 ${waitSeconds} 秒后再试。`,
  fileAlt: (name) => `数据文档 ${name}`,
  movedToPrivate: '请看只有你看得到的消息。',
  asOfEach: (pairs) => pairs.map((p) => `${p.series} ${ymd(p.date)}`).join('、'),
  register: {
    needs: 'npm run register 需要 DISCORD_TOKEN 与 DISCORD_APPLICATION_ID（见 docs/discord.md）。',
    unchanged: (count, scope) => `${scope}的 ${count} 个指令已是最新；未发送任何内容。`,
    updated: (count, scope) => `已注册 ${count} 个${scope}指令。`,
    failed: (status) => `注册指令失败：${status}。`,
    scopeGuild: (guildId) => `服务器（${guildId}）`,
    scopeGlobal: '全域',
  },
};

export const telegram: Messages['telegram'] = {
  staleMark: '⚠️',
  sources: '来源与日期',
  asOf: (series, date, source) => `${series}：${ymd(date)}，${sourceName(source)}`,
  sourcesShort: (sources) => `来源：${sources.map(sourceName).join('、')}`,
  cut: '…',
  sendFailed: '答案已备妥，但无法在这里送出；请一分钟后再试。',
};
