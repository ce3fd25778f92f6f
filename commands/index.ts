// The registry: every command the bot knows, in the order /help lists them.
// Adding a command is adding one file here and one line below.
import type { Command } from '../src/core/command.js';
import sofr from './sofr.js';

export const commands: readonly Command[] = [sofr];
