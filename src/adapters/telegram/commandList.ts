// Telegram's command menus from the same registry every platform reads, in the catalog's words for
// each menu's language: names 1-32 of a-z 0-9 _, descriptions 1-256 characters, at most 100 commands.
import type { BotCommand } from 'grammy/types';
import type { CommandInfo } from '../../core/command.js';
import { TELEGRAM_MENUS } from '../../core/locale.js';
import { commandDescription } from '../../core/messages/commandText.js';
import { catalogs, type Messages } from '../../core/messages/index.js';

const NAME = /^[a-z0-9_]{1,32}$/;

/** The menu in one catalog's words (the command's name where the catalog has none). */
export function botCommands(commands: readonly CommandInfo[], msg: Messages = catalogs.en): BotCommand[] {
  return commands
    .filter((c) => NAME.test(c.name))
    .slice(0, 100)
    .map((c) => ({ command: c.name, description: ((commandDescription(msg, c.name) ?? '').trim() || c.name).slice(0, 256) }));
}

/** Every menu to set: the default one (English, no language_code) and one per TELEGRAM_MENUS entry. */
export function botMenus(commands: readonly CommandInfo[]): { commands: BotCommand[]; languageCode?: (typeof TELEGRAM_MENUS)[number]['languageCode'] }[] {
  return [{ commands: botCommands(commands) }, ...TELEGRAM_MENUS.map((menu) => ({ commands: botCommands(commands, catalogs[menu.locale]), languageCode: menu.languageCode }))];
}
