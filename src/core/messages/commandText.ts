// The words of each command's declaration, per locale: its description and its options'
// descriptions, found in the catalog's `commands` section by the command's and the option's names.
// /help, Discord's description_localizations and Telegram's per-language menus all read them here.
// tests/commands/registry.test.ts fails when a registered command or option has no words in a locale.
import type { Messages } from './index.js';

type CommandWords = { description: string; options: Record<string, string> };

function wordsOf(m: Messages, command: string): CommandWords | undefined {
  const all: Record<string, CommandWords | undefined> = m.commands;
  return Object.hasOwn(all, command) ? all[command] : undefined;
}

/** A command's description in this catalog; undefined for a command the catalog does not know. */
export function commandDescription(m: Messages, command: string): string | undefined {
  return wordsOf(m, command)?.description;
}

/** An option's description in this catalog; undefined for an option the catalog does not know. */
export function optionDescription(m: Messages, command: string, option: string): string | undefined {
  const options = wordsOf(m, command)?.options;
  return options && Object.hasOwn(options, option) ? options[option] : undefined;
}
