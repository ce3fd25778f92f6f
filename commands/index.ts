// The registry: every command the bot knows, in the order /help lists them.
// Adding a command is one file here, its line below, and its words in src/core/messages/{en,zh-Hant}/commands.ts
// (tests/commands/registry.test.ts fails when either is missing; README, Adding a command).
import type { Command } from '../src/core/command.js';
import about from './about.js';
import brief from './brief.js';
import ask from './ask.js';
import balance from './balance.js';
import calendar from './calendar.js';
import compare from './compare.js';
import corridor from './corridor.js';
import effr from './effr.js';
import explain from './explain.js';
import exportCsv from './export.js';
import help from './help.js';
import netliq from './netliq.js';
import nowcast from './nowcast.js';
import reserves from './reserves.js';
import rrp from './rrp.js';
import sofr from './sofr.js';
import stress from './stress.js';
import spreads from './spreads.js';
import srf from './srf.js';
import tga from './tga.js';
import yields from './yields.js';

export const commands: readonly Command[] = [brief, sofr, effr, corridor, rrp, srf, tga, reserves, nowcast, balance, netliq, spreads, yields, stress, compare, calendar, explain, ask, exportCsv, help, about];
