// /ask's keywords: which words name which command, intent or /explain topic, in English (typos
// tolerated: edit distance 1 on keywords of 4-7 letters, 2 from 8 letters, none below 4) and in
// Chinese, both scripts, with the glossary's terms and their synonyms (docs/glossary.md).
// Chinese has no spaces, so its phrases are found as substrings, longest first, before the Latin
// words are split.

export type Kw = { phrase: string[]; command: string; topic?: string; intent?: boolean; fuzzy: boolean; weak?: boolean };

function kw(command: string, phrases: string[], extra: Partial<Kw> = {}): Kw[] {
  return phrases.map((p) => ({ phrase: p.split(' '), command, fuzzy: true, ...extra }));
}

export const KEYWORDS: Kw[] = [
  // Data commands.
  ...kw('sofr', ['sofr', 'secured overnight financing rate', 'repo rate', 'repo rates'], { topic: 'sofr' }),
  ...kw('effr', ['effr', 'fed funds', 'federal funds', 'fedfunds', 'fed funds rate', 'ffr'], { topic: 'effr' }),
  ...kw('corridor', ['iorb', 'ioer', 'interest on reserves', 'interest on reserve balances'], { topic: 'iorb' }),
  ...kw('corridor', ['corridor', 'rate corridor', 'target range', 'policy rates', 'administered rates'], { topic: 'corridor' }),
  ...kw('rrp', ['rrp', 'onrrp', 'on rrp', 'reverse repo', 'reverse repos', 'reverse repurchase'], { topic: 'onrrp' }),
  ...kw('srf', ['srf', 'standing repo', 'standing repo facility', 'repo facility'], { topic: 'srf' }),
  ...kw('tga', ['tga', 'treasury general account', 'treasury cash', 'treasury account'], { topic: 'tga' }),
  ...kw('reserves', ['reserves', 'reserve', 'bank reserves'], { topic: 'reserves' }),
  ...kw('balance', ['balance sheet', 'fed assets', 'total assets', 'walcl', 'h41', 'fed balance']),
  ...kw('balance', ['qt', 'quantitative tightening', 'runoff'], { topic: 'qt' }),
  ...kw('netliq', ['net liquidity', 'netliq', 'net liq'], { topic: 'netliq' }),
  ...kw('spreads', ['spread', 'spreads']),
  ...kw('yields', ['yield', 'yields', 'treasury yield', 'treasury yields', 'ten year', 'bond yields', '10year']),
  // Explain-only topics.
  ...kw('explain', ['basis', 'basis trade'], { topic: 'basis', intent: false }),
  ...kw('explain', ['repo spike', '2019 spike', 'repo crisis'], { topic: '2019', intent: false }),
  // Intents.
  ...kw('stress', ['stress', 'stressed', 'stressful', 'strain', 'strained', 'under pressure', 'plumbing', 'funding stress', 'dashboard'], { intent: true }),
  ...kw('compare', ['compare', 'compared', 'comparison', 'versus'], { intent: true }),
  ...kw('compare', ['vs', 'v'], { intent: true, fuzzy: false }),
  ...kw('calendar', ['calendar', 'schedule', 'upcoming', 'fomc', 'month end', 'quarter end', 'tax date', 'tax dates', 'holidays', 'releases'], { intent: true }),
  ...kw('calendar', ['this week', 'next week', 'coming up', 'next two weeks'], { intent: true, fuzzy: false, weak: true }),
  ...kw('explain', ['explain', 'define', 'definition', 'meaning', 'eli5'], { intent: true }),
  ...kw('explain', ['mean', 'what is', 'whats', 'what are', 'tell me about', 'how does', 'how do'], { intent: true, fuzzy: false, weak: true }),
  ...kw('nowcast', ['nowcast', 'estimate', 'estimated', 'estimation'], { intent: true }),
  ...kw('export', ['export', 'csv', 'download', 'raw data', 'spreadsheet', 'excel'], { intent: true }),
  ...kw('help', ['help', 'commands'], { intent: true, weak: true }),
  ...kw('about', ['sources', 'data sources', 'data source'], { intent: true, weak: true }),
];

/**
 * Chinese phrases, both scripts: the glossary's terms (docs/glossary.md), their synonyms in the
 * press (美聯儲, 常備回購便利, 國債一般帳戶, 縮表) and the question words. Matched as substrings,
 * longest first, so 準備金利率 (IORB) is read before 準備金 (reserves).
 */
const cjk = (command: string, phrases: string[], extra: Partial<Kw> = {}): Kw[] => phrases.map((p) => ({ phrase: [p], command, fuzzy: false, ...extra }));

export const CJK_KEYWORDS: Kw[] = [
  ...cjk('sofr', ['有擔保隔夜融資利率', '有担保隔夜融资利率', '附買回利率', '附买回利率', '回購利率', '回购利率'], { topic: 'sofr' }),
  ...cjk('effr', ['有效聯邦資金利率', '有效联邦基金利率', '有效联邦资金利率', '聯邦資金利率', '联邦基金利率', '联邦资金利率', '聯邦基金利率'], { topic: 'effr' }),
  ...cjk('corridor', ['準備金利率', '准备金利率', '超額準備金利率', '超额准备金利率'], { topic: 'iorb' }),
  ...cjk('corridor', ['利率走廊', '目標區間', '目标区间', '政策利率'], { topic: 'corridor' }),
  ...cjk('rrp', ['隔夜逆附買回協議', '逆附買回協議', '逆附买回协议', '逆附買回', '逆附买回', '隔夜逆回購', '隔夜逆回购', '逆回購', '逆回购'], { topic: 'onrrp' }),
  ...cjk('srf', ['常設回購工具', '常设回购工具', '常設回購便利', '常设回购便利', '常備回購便利', '常备回购便利', '常備回購工具', '常备回购工具', '常設附買回', '常设附买回'], { topic: 'srf' }),
  ...cjk('tga', ['財政部一般帳戶', '财政部一般账户', '國債一般帳戶', '国债一般账户', '國庫一般帳戶', '国库一般账户', '財政部帳戶', '财政部账户', '財政部現金', '财政部现金'], { topic: 'tga' }),
  ...cjk('reserves', ['銀行準備金', '银行准备金', '準備金', '准备金'], { topic: 'reserves' }),
  ...cjk('balance', ['資產負債表', '资产负债表', '聯準會資產', '美联储资产', '美聯儲資產', '總資產', '总资产']),
  ...cjk('balance', ['量化緊縮', '量化紧缩', '縮表', '缩表'], { topic: 'qt' }),
  ...cjk('netliq', ['淨流動性', '净流动性'], { topic: 'netliq' }),
  ...cjk('spreads', ['利差']),
  ...cjk('yields', ['殖利率', '收益率', '公債利率', '国债利率']),
  ...cjk('explain', ['基差交易'], { topic: 'basis', intent: false }),
  ...cjk('explain', ['回購危機', '回购危机', '附買回危機', '錢荒', '钱荒'], { topic: '2019', intent: false }),
  ...cjk('stress', ['壓力', '压力', '緊張', '紧张', '吃緊', '吃紧', '承壓', '承压', '緊縮嗎', '仪表板', '儀表板'], { intent: true }),
  ...cjk('compare', ['對比', '对比', '比較', '比较', '相比', '相較', '相较'], { intent: true }),
  ...cjk('calendar', ['日曆', '日历', '行事曆', '日程', '時間表', '时间表', '月底', '季底', '季末', '年底', '報稅日', '报税日', '議息', '议息', '假日', '公布時間', '公布时间'], { intent: true }),
  ...cjk('calendar', ['本週', '本周', '這週', '这周', '下週', '下周', '這星期', '这星期', '未來兩週', '未来两周'], { intent: true, weak: true }),
  ...cjk('explain', ['解釋', '解释', '定義', '定义', '說明', '说明'], { intent: true }),
  ...cjk('explain', ['是什麼', '是什么', '什麼是', '什么是', '甚麼是', '是甚麼', '什麼意思', '什么意思'], { intent: true, weak: true }),
  ...cjk('nowcast', ['即時估計', '实时估计', '估計', '估计', '預估', '预估', '推估'], { intent: true }),
  ...cjk('export', ['匯出', '导出', '汇出', '下載', '下载', '原始資料', '原始数据', '試算表', '电子表格'], { intent: true }),
  ...cjk('help', ['幫助', '帮助', '指令', '命令', '說明書'], { intent: true, weak: true }),
  ...cjk('about', ['資料來源', '数据来源', '來源', '来源'], { intent: true, weak: true }),
];

/** Chinese words that say what area, not which command (like "repo" or "liquidity" alone). */
const CJK_VAGUE: Record<string, string[]> = {
  附買回: ['sofr', 'stress', 'srf'],
  附买回: ['sofr', 'stress', 'srf'],
  回購: ['sofr', 'stress', 'srf'],
  回购: ['sofr', 'stress', 'srf'],
  流動性: ['netliq', 'reserves', 'stress'],
  流动性: ['netliq', 'reserves', 'stress'],
  聯準會: ['balance', 'corridor', 'reserves'],
  美联储: ['balance', 'corridor', 'reserves'],
  美聯儲: ['balance', 'corridor', 'reserves'],
  联准会: ['balance', 'corridor', 'reserves'],
  聯儲: ['balance', 'corridor', 'reserves'],
  联储: ['balance', 'corridor', 'reserves'],
  利率: ['corridor', 'sofr', 'effr'],
  資金: ['stress', 'sofr', 'effr'],
  资金: ['stress', 'sofr', 'effr'],
};

/** "repo", "funding", "liquidity" alone say what area, not which command. */
export const VAGUE: Record<string, string[]> = {
  repo: ['sofr', 'stress', 'srf'],
  funding: ['stress', 'sofr', 'effr'],
  liquidity: ['netliq', 'reserves', 'stress'],
  money: ['sofr', 'effr', 'netliq'],
  market: ['stress', 'sofr', 'yields'],
  rates: ['corridor', 'sofr', 'effr'],
  rate: ['corridor', 'sofr', 'effr'],
  fed: ['balance', 'corridor', 'reserves'],
  treasury: ['tga', 'yields'],
};

/** Words never taken for a typo of a keyword. */
const STOP = new Set(
  'a an the is was are were be been of on in at to for from and or how what whats when where which who why much many has have had it its this that these those do does did me my our your i we you than then so as by with about grown grow up down now today current latest level value show give tell please since over past last year years month months week weeks day days ago vs'.split(' '),
);

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** Lower case, accents and invisible characters removed, typographic quotes and dashes made plain. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

export type Match = { kw: Kw; exact: boolean };

/** Keywords found, longest phrases first, exact before fuzzy; each word is used once. */
export function keywords(input: string): { matches: Match[]; vague: string[] } {
  // Chinese first: phrases are substrings (no spaces to split on), each one used once.
  let rest = input;
  const matches: Match[] = [];
  for (const k of [...CJK_KEYWORDS].sort((a, b) => b.phrase[0]!.length - a.phrase[0]!.length)) {
    while (rest.includes(k.phrase[0]!)) {
      rest = rest.replace(k.phrase[0]!, ' ');
      matches.push({ kw: k, exact: true });
    }
  }
  const cjkVague = Object.keys(CJK_VAGUE).filter((w) => rest.includes(w)).flatMap((w) => CJK_VAGUE[w]!);
  const tokens = rest.replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const used = tokens.map(() => false);
  const byLength = [...KEYWORDS].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const exact of [true, false]) {
    for (const k of byLength) {
      if (!exact && !k.fuzzy) continue;
      const n = k.phrase.length;
      for (let i = 0; i + n <= tokens.length; i++) {
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          const t = tokens[i + j]!;
          const p = k.phrase[j]!;
          if (used[i + j]) ok = false;
          else if (t === p) continue;
          else if (exact || STOP.has(t) || t.length < 3 || /\d/.test(t)) ok = false;
          else ok = editDistance(t, p) <= allowedTypos(p);
        }
        if (!ok) continue;
        for (let j = 0; j < n; j++) used[i + j] = true;
        matches.push({ kw: k, exact });
      }
    }
  }
  const vague = [...cjkVague, ...tokens.filter((t, i) => !used[i] && VAGUE[t]).flatMap((t) => VAGUE[t]!)];
  return { matches, vague: [...new Set(vague)] };
}

