// 繁體中文（zh-Hant）。與 en.ts 同一個形狀：型別 Messages 在編譯時證明每個鍵都有；
// tests/core/messages.test.ts 在執行時再檢查一次。詞彙見 docs/glossary.md。
import type { Messages } from './index.js';
import { analysis } from './zh-Hant/analysis.js';
import { balance, netliq, reserves, rrp, tga } from './zh-Hant/balances.js';
import { charts, common, names, series, units } from './zh-Hant/common.js';
import { estimates } from './zh-Hant/estimates.js';
import { about, ask, cli, discord, help, options, telegram } from './zh-Hant/meta.js';
import { commands } from './zh-Hant/commands.js';
import { corridor, effr, sofr, spreads, srf, yields } from './zh-Hant/rates.js';
import { reference } from './zh-Hant/reference.js';
import { brief, posts } from './zh-Hant/posts.js';

export const zhHant: Messages = { commands, options, common, units, charts, series, names, sofr, effr, rrp, srf, tga, reserves, balance, netliq, corridor, yields, spreads, help, about, cli, discord, telegram, analysis, reference, estimates, ask, brief, posts };
