// `npx tsx scripts/build-hans.ts`: seeds the Simplified Chinese catalog (src/core/messages/zh-Hans*)
// from the Traditional one. The glossary's terms (docs/glossary.md) are put in first, where the two
// scripts use different words for the same thing (聯準會 -> 美联储, 附買回 -> 回购, ...), then OpenCC
// (opencc-js, Taiwan phrases -> mainland, the reference converter for Chinese scripts) converts the
// rest, character by character and phrase by phrase. Only CJK text changes: code, keys, series codes
// and numbers are ASCII and pass through. The output is committed and reviewed like any catalog;
// tests/core/messages.test.ts checks each catalog uses its own script's glossary terms. Re-run it
// after changing the Traditional catalog, then review the diff.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const DIR = fileURLToPath(new URL('../src/core/messages/', import.meta.url));

/** Traditional term -> Simplified term, longest first (docs/glossary.md). */
export const GLOSSARY: [string, string][] = [
  ['逆附買回協議', '逆回购'],
  ['附買回', '回购'],
  ['財政部一般帳戶', '财政部一般账户'],
  ['國債一般帳戶', '财政部一般账户'],
  ['常設回購工具', '常设回购便利'],
  ['聯準會', '美联储'],
  ['量化緊縮', '量化紧缩'],
  ['準備金', '准备金'],
  ['殖利率', '收益率'],
  ['美國公債', '美国国债'],
  ['公債', '国债'],
  ['聯邦資金', '联邦基金'],
  ['兆美元', '万亿美元'],
  ['即時估計', '实时估计'],
  ['每日國庫報表', '每日国库报表'],
  ['伺服器', '服务器'],
  ['資料夾', '文件夹'],
  ['資料檔', '数据文件'],
  ['檔案', '文件'],
  ['資料介面', '数据接口'],
  ['資料', '数据'],
  ['預設', '默认'],
  ['字元', '字符'],
  ['離線快照', '离线快照'],
  ['聯邦住宅貸款銀行', '联邦住房贷款银行'],
  ['夏令時間', '夏令时'],
  ['標準時間', '标准时间'],
  ['訊號', '信号'],
  ['訊息', '消息'],
  // A trillion on chart ticks ("2.9兆"): the mainland writes 万亿 (兆美元 above covers amounts in words).
  ['兆', '万亿'],
];

const toCn = OpenCC.Converter({ from: 'twp', to: 'cn' });

export function toHans(source: string): string {
  let s = source;
  for (const [hant, hans] of GLOSSARY) s = s.split(hant).join(hans);
  return toCn(s)
    .replace(/zh-Hant-TW/g, 'zh-Hans-CN')
    .replace(/zh-Hant/g, 'zh-Hans')
    .replace(/zhHant/g, 'zhHans');
}

function convert(from: string, to: string): void {
  writeFileSync(to, toHans(readFileSync(from, 'utf8')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(DIR, 'zh-Hans'), { recursive: true });
  convert(join(DIR, 'zh-Hant.ts'), join(DIR, 'zh-Hans.ts'));
  for (const f of readdirSync(join(DIR, 'zh-Hant'))) convert(join(DIR, 'zh-Hant', f), join(DIR, 'zh-Hans', f));
  console.log('wrote src/core/messages/zh-Hans.ts and zh-Hans/*.ts; review the diff');
}
