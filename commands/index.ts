// The registry: every file in this folder is a command (its default export, named as the file),
// found here at start. Adding a command is one file here plus its words in each locale
// (src/core/messages/{en,zh-Hant}/commands.ts; tests/commands/registry.test.ts fails when a file is
// not a command of its own name or a locale lacks its words; README, Adding a command).
//
// ORDER is where /help, Telegram's menu and Discord's picker list them: a command not in it comes
// after the listed ones, in name order, before help and about. Placing a new command is optional.
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from '../src/core/command.js';

const ORDER = ['brief', 'sofr', 'effr', 'corridor', 'rrp', 'srf', 'tga', 'reserves', 'nowcast', 'balance', 'netliq', 'spreads', 'yields', 'stress', 'compare', 'calendar', 'explain', 'ask', 'export', 'subscribe', 'unsubscribe', 'subscriptions', 'language'];
const LAST = ['help', 'about'];

const self = fileURLToPath(import.meta.url);
/** `.ts` from the sources (tsx, vitest), `.js` from the build (npm start, the image). */
const ext = extname(self);
const dir = dirname(self);

/** The command files of this folder, by name. Exported for the registry test. */
export const COMMAND_FILES: readonly string[] = readdirSync(dir)
  .filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`) && f !== basename(self))
  .sort();

async function load(file: string): Promise<Command> {
  const name = basename(file, ext);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: Command };
  const c = mod.default;
  if (!c || typeof c.run !== 'function' || c.name !== name) throw new Error(`commands/${file} must default-export the command /${name} (defineCommand({ name: '${name}', ... }))`);
  return c;
}

const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : LAST.includes(name) ? ORDER.length + 1 + LAST.indexOf(name) : ORDER.length);

export const commands: readonly Command[] = (await Promise.all(COMMAND_FILES.map(load))).sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
