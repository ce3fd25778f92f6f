// Telegram's command menu from the same registry every platform reads: names 1-32 of a-z 0-9 _,
// descriptions 1-256 characters, at most 100 commands.
import type { BotCommand } from 'grammy/types';
import type { CommandInfo } from '../../core/command.js';

const NAME = /^[a-z0-9_]{1,32}$/;

export function botCommands(commands: readonly CommandInfo[]): BotCommand[] {
  return commands
    .filter((c) => NAME.test(c.name))
    .slice(0, 100)
    .map((c) => ({ command: c.name, description: (c.description.trim() || c.name).slice(0, 256) }));
}
