// English. Sentences for traders: what moved, against what, why it matters. No markup.
// One object per command plus what several share; the parts live in ./en/ by area.
import { analysis } from './en/analysis.js';
import { ask } from './en/ask.js';
import { balance, netliq, reserves, rrp, tga } from './en/balances.js';
import { charts, common, names, series, units } from './en/common.js';
import { cli } from './en/cli.js';
import { discord } from './en/discord.js';
import { estimates } from './en/estimates.js';
import { about, help } from './en/meta.js';
import { options } from './en/options.js';
import { commands } from './en/commands.js';
import { brief, posts } from './en/posts.js';
import { corridor, effr, sofr, spreads, srf, yields } from './en/rates.js';
import { reference } from './en/reference.js';
import { telegram } from './en/telegram.js';

export { abs, moveWords } from './en/words.js';

export const en = { commands, options, common, units, charts, series, names, sofr, effr, rrp, srf, tga, reserves, balance, netliq, corridor, yields, spreads, help, about, cli, discord, telegram, analysis, reference, estimates, ask, brief, posts };
