// Telegram's command menu from the same registry every platform reads: names 1-32 of a-z 0-9 _,
// descriptions 1-256 characters, at most 100 commands.
import type { BotCommand } from 'grammy/types';
import type { CommandInfo } from '../../core/command.js';

const NAME = /^[a-z0-9_]{1,32}$/;

/** `describe` gives a command's description in another language (the English registry's otherwise). */
export function botCommands(commands: readonly CommandInfo[], describe: (c: CommandInfo) => string | undefined = () => undefined): BotCommand[] {
  return commands
    .filter((c) => NAME.test(c.name))
    .slice(0, 100)
    .map((c) => ({ command: c.name, description: ((describe(c) ?? c.description).trim() || c.name).slice(0, 256) }));
}
