// /help、/about、/ask、選項解析、終端機與兩個平台的繁體中文。
import type { Messages } from '../index.js';
import { sourceName, ymd } from './words.js';

export const help: Messages['help'] = {
  title: () => '美元流動性：指令一覽',
  intro: () => '每個答案都提供官方數字、變動、相對聯準會的位置、圖表，以及每個數字的日期與來源。',
  options: () => '選項：range 為 1m、3m、6m、1y、2y、5y、max 之一；date（YYYY-MM-DD）回答當天的情況，例如 /sofr date:2019-09-17。也可以直接寫：/sofr 1y。',
  mode: (mode) => (mode === 'snapshot' ? '目前使用離線快照：不連網，歷史資料到 2026 年年中。' : '目前即時讀取紐約聯準會、FRED 與美國財政部的資料介面。'),
  usage: {
    range: (def) => ` [range:${def}]`,
    date: ' [date:YYYY-MM-DD]',
    other: (name) => ` ${name}:…`,
    optional: (name) => ` [${name}:…]`,
  },
};

export const about: Messages['about'] = {
  title: (mode) => (mode === 'snapshot' ? '資料：離線快照' : '資料：即時官方來源'),
  mode: (mode) =>
    mode === 'snapshot'
      ? 'DATA_MODE=snapshot：每個數字都來自內建的官方 FRED 與美國財政部資料快照；完全不連網。'
      : 'DATA_MODE=live：數字來自官方資料介面，保留到下一次公布；來源失敗時退回最後一筆可用資料（並標示為過時）。',
  sources: (mode) =>
    mode === 'snapshot'
      ? '此處來源：FRED 下載（SOFR、聯邦資金利率、ON RRP、H.4.1 資產負債表、準備金、TGA 週平均、IORB、殖利率、GDP、目標區間）與美國財政部每日國庫報表（TGA）；即時模式優先讀取紐約聯準會市場資料介面。'
      : '來源：紐約聯準會市場資料介面（SOFR、EFFR、ON RRP、SRF、目標區間）、FRED（H.4.1 資產負債表、準備金、TGA 週平均、殖利率、GDP；紐約聯準會的備援）與美國財政部每日國庫報表（TGA）。',
  policy: () => '政策利率（目標區間、IORB、ON RRP 與 SRF 利率）來自 FOMC 聲明與執行說明，以生效日為準。',
  none: (mode) => (mode === 'snapshot' ? '離線快照中沒有' : '尚未讀取'),
};

export const ask: Messages['ask'] = {
  readAs: (line) => `理解為 ${line}。`,
  unsureTitle: '不太確定你的意思',
  unsure: () => '不太確定你的意思。以下可能是你要的；照著輸入即可。',
  examples: () => '例如：「2019年9月17日 SOFR 是多少」、「附買回市場緊張嗎」、「淨流動性 2y」、「準備金 對比 2019」。',
  empty: () => '沒有提問：請用自己的話問，例如 /ask 淨流動性 2y。先附上淨流動性。',
  tooLong: (n, max) => `這個問題有 ${n} 個字元；請少於 ${max} 個，例如 /ask 淨流動性 2y。`,
  yearGuessTitle: (asked) => `${ymd(asked)} 還沒有資料：你指的是哪一年？`,
  yearGuess: (asked, newest) => `你沒有寫年份，所以理解為 ${ymd(asked)}；這裡的資料到 ${ymd(newest)} 為止。請選擇年份：`,
  latestYearWithData: '有資料的最近一年',
  asRead: '照原意（顯示之前最後一筆資料）',
  notYet: (line) => `理解為 ${line}，但這裡還沒有那個指令；輸入 /help 查看清單。`,
  why: (why, date) =>
    why === 'monthFirst' ? `若 ${date} 是月份在前（美式）` : why === 'dayFirst' ? `若 ${date} 是日期在前` : why === 'mentioned' ? '符合你問題中的字詞' : '常用的起點',
};

export const options: Messages['options'] = {
  tooLong: (n) => `太長了（${n} 個字元）；請輸入像 /sofr range:1y 這樣的指令。`,
  empty: () => '請輸入像 /sofr 或 /help 這樣的指令。',
  notCommand: (q) => `${q} 不是指令。輸入 /help 查看清單。`,
  badRange: (v, cmd, ranges) => `range:${v} 不是有效的期間。請用 ${ranges.join('、')} 之一，例如 /${cmd} range:1y。`,
  notRealDate: (v, cmd) => `${v} 不是真實存在的日期。請試 /${cmd} date:2025-10-31。`,
  notDate: (v, cmd) => `date:${v} 不是日期；請寫成 YYYY-MM-DD，例如 /${cmd} date:2025-10-31。`,
  notOneOf: (name, v, choices) => `${name}:${v} 不是 ${choices.join('、')} 之一。`,
  noSuchOption: (cmd, q, names) => `/${cmd} 沒有 ${q} 這個選項；它的選項是 ${names.join('、')}。`,
  takesNoOptions: (cmd) => `/${cmd} 不接受選項。`,
  notUnderstood: (q, cmd, names, example) => `看不懂 /${cmd} 的 ${q}；它的選項是 ${names.join('、')}（例如 /${cmd} ${example}）。`,
  givenTwice: (name) => `${name} 重複給了兩次；請只給一次。`,
  needs: (cmd, name, choices) => `/${cmd} 需要 ${name}：${choices.slice(0, 8).join('、')} 之一。`,
};

export const cli: Messages['cli'] = {
  askUsage: '請提出問題，例如 npm run ask -- "/sofr range:1y"。',
  promptWelcome: (mode) => `美元流動性服務台（${mode === 'snapshot' ? '離線快照' : '即時'}資料）。輸入 /help 查看指令，輸入 quit 離開。`,
  asOf: '資料日期與來源：',
  chart: (path) => `圖表：${path}`,
  cannotWrite: (dir) => `無法把圖表存到 ${dir}：無法建立或寫入該資料夾，請把 OUT_DIR 設為可寫入的資料夾。`,
};

export const discord: Messages['discord'] = {
  staleNote: (note) => `⚠️ ${note}`,
  rangeDescription: (description, def) => `${description}（預設 ${def}）`,
  cooldown: (limit, seconds, waitSeconds) => `慢一點：每 ${seconds} 秒最多 ${limit} 個指令。請 ${waitSeconds} 秒後再試。`,
  fileAlt: (name) => `資料檔 ${name}`,
  movedToPrivate: '請看只有你看得到的訊息。',
  asOfEach: (pairs) => pairs.map((p) => `${p.series} ${ymd(p.date)}`).join('、'),
  register: {
    needs: 'npm run register 需要 DISCORD_TOKEN 與 DISCORD_APPLICATION_ID（見 docs/discord.md）。',
    unchanged: (count, scope) => `${scope}的 ${count} 個指令已是最新；未傳送任何內容。`,
    updated: (count, scope) => `已註冊 ${count} 個${scope}指令。`,
    failed: (status) => `註冊指令失敗：${status}。`,
    scopeGuild: (guildId) => `伺服器（${guildId}）`,
    scopeGlobal: '全域',
  },
};

export const telegram: Messages['telegram'] = {
  staleMark: '⚠️',
  sources: '來源與日期',
  asOf: (series, date, source) => `${series}：${ymd(date)}，${sourceName(source)}`,
  sourcesShort: (sources) => `來源：${sources.map(sourceName).join('、')}`,
  cut: '…',
  sendFailed: '答案已備妥，但無法在這裡送出；請一分鐘後再試。',
};
