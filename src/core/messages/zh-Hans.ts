// 繁体中文（zh-Hans）。与 en.ts 同一个形状：类型 Messages 在编译时证明每个键都有；
// tests/core/messages.test.ts 在运行时再检查一次。词汇见 docs/glossary.md。
import type { Messages } from './index.js';
import { analysis } from './zh-Hans/analysis.js';
import { balance, netliq, reserves, rrp, tga } from './zh-Hans/balances.js';
import { charts, common, names, series, units } from './zh-Hans/common.js';
import { estimates } from './zh-Hans/estimates.js';
import { about, ask, cli, discord, help, options, telegram } from './zh-Hans/meta.js';
import { commands } from './zh-Hans/commands.js';
import { corridor, effr, sofr, spreads, srf, yields } from './zh-Hans/rates.js';
import { reference } from './zh-Hans/reference.js';
import { brief, posts } from './zh-Hans/posts.js';

export const zhHans: Messages = { commands, options, common, units, charts, series, names, sofr, effr, rrp, srf, tga, reserves, balance, netliq, corridor, yields, spreads, help, about, cli, discord, telegram, analysis, reference, estimates, ask, brief, posts };
