// The registry as Discord application commands: one chat-input command per registry entry, its
// options typed so that Discord's own picker fills them. The same JSON is what `npm run register`
// sends and what it compares with what Discord already has.
import type { CommandInfo } from '../../core/command.js';
import { DISCORD_LOCALES } from '../../core/locale.js';
import { commandDescription, optionDescription } from '../../core/messages/commandText.js';
import { catalogs, messagesFor, type Messages } from '../../core/messages/index.js';
import { MAX_TEXT_LENGTH, MAX_WORD_LENGTH, RANGES, type OptionDef } from '../../core/options.js';

/** Discord's limits (https://discord.com/developers/docs/interactions/application-commands). */
export const LIMITS = { name: 32, description: 100, options: 25, choices: 25 } as const;

const STRING = 3;
const CHAT_INPUT = 1;
/** Interaction contexts: a guild channel and the bot's DMs. */
const CONTEXTS = [0, 1] as const;
/** Installed to a guild (the bot user is there). */
const GUILD_INSTALL = 0;

export type ChoiceJson = { name: string; value: string };
export type OptionJson = {
  type: typeof STRING;
  name: string;
  description: string;
  required: boolean;
  choices?: ChoiceJson[];
  autocomplete?: boolean;
  min_length?: number;
  max_length?: number;
  description_localizations?: Localizations;
};
export type CommandJson = {
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: OptionJson[];
  contexts: number[];
  integration_types: number[];
  description_localizations?: Localizations;
};

/** What Discord shows a user whose client is in Traditional (zh-TW) or Simplified (zh-CN) Chinese. */
export type Localizations = Partial<Record<(typeof DISCORD_LOCALES)[keyof typeof DISCORD_LOCALES], string>>;

/**
 * Each Chinese catalog's words for one description, keyed by Discord locale. Command names stay as
 * they are in every language: they are the series codes the glossary keeps (/sofr, /tga, /rrp).
 */
function localized(describe: (m: Messages) => string | undefined): Localizations | undefined {
  const out: Localizations = {};
  for (const [locale, discord] of Object.entries(DISCORD_LOCALES) as [keyof typeof DISCORD_LOCALES, keyof Localizations][]) {
    const d = describe(catalogs[locale]);
    if (d) out[discord] = fit(d, LIMITS.description);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Cut to Discord's length, on a code point, with an ellipsis. */
export function fit(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

export function optionJson(def: OptionDef, locale = 'en', command?: string): OptionJson {
  const msg = messagesFor(locale).discord;
  const l10n = command === undefined ? undefined : localized((m) => {
    const d = optionDescription(m, command, def.name);
    return d && def.kind === 'range' ? m.discord.rangeDescription(d, def.default) : d;
  });
  return l10n ? { ...optionJsonIn(def, msg), description_localizations: l10n } : optionJsonIn(def, msg);
}

function optionJsonIn(def: OptionDef, msg: Messages['discord']): OptionJson {
  if (def.kind === 'range') {
    return {
      type: STRING,
      name: def.name,
      description: fit(msg.rangeDescription(def.description, def.default), LIMITS.description),
      required: false,
      choices: RANGES.map((r) => ({ name: r, value: r })),
    };
  }
  if (def.kind === 'date') {
    // A free string: Discord has no date type. The adapter validates it before deferring.
    return { type: STRING, name: def.name, description: fit(def.description, LIMITS.description), required: false, min_length: 8, max_length: 10 };
  }
  if (def.kind === 'text') return { type: STRING, name: def.name, description: fit(def.description, LIMITS.description), required: def.required === true, max_length: MAX_TEXT_LENGTH };
  if (def.kind === 'word') {
    const word = { type: STRING, name: def.name, description: fit(def.description, LIMITS.description), required: false } as const;
    // Canonical values as Discord's picker (a fixed list); the other platforms also take friendly names.
    return def.suggestions?.length && def.suggestions.length <= LIMITS.choices ? { ...word, choices: def.suggestions.map((c) => ({ name: c, value: c })) } : { ...word, max_length: MAX_WORD_LENGTH };
  }
  const base = { type: STRING, name: def.name, description: fit(def.description, LIMITS.description), required: def.required === true } as const;
  // Past 25 Discord will not show a fixed list: the user types and the adapter suggests.
  if (def.choices.length > LIMITS.choices) return { ...base, autocomplete: true };
  return { ...base, choices: def.choices.map((c) => ({ name: c, value: c })) };
}

export function commandJson(c: CommandInfo, locale = 'en'): CommandJson {
  const options = c.options.map((o) => optionJson(o, locale, c.name));
  const l10n = localized((m) => commandDescription(m, c.name));
  // Discord refuses a required option after an optional one.
  options.sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: CHAT_INPUT,
    name: c.name,
    description: fit(c.description, LIMITS.description),
    options,
    contexts: [...CONTEXTS],
    integration_types: [GUILD_INSTALL],
    ...(l10n ? { description_localizations: l10n } : {}),
  };
}

export function commandsJson(commands: readonly CommandInfo[], locale = 'en'): CommandJson[] {
  return commands.map((c) => commandJson(c, locale));
}

/** What Discord says back has ids, versions and defaults; compare only what we send. */
function normalised(raw: unknown): unknown {
  const c = (raw ?? {}) as Record<string, unknown>;
  const opts = Array.isArray(c.options) ? (c.options as Record<string, unknown>[]) : [];
  return {
    type: c.type ?? CHAT_INPUT,
    name: c.name,
    description: c.description,
    contexts: Array.isArray(c.contexts) ? [...(c.contexts as number[])].sort() : null,
    integration_types: Array.isArray(c.integration_types) ? [...(c.integration_types as number[])].sort() : null,
    description_localizations: c.description_localizations ?? null,
    options: opts.map((o) => ({
      type: o.type,
      name: o.name,
      description: o.description,
      required: o.required === true,
      autocomplete: o.autocomplete === true,
      choices: Array.isArray(o.choices) ? (o.choices as ChoiceJson[]).map((ch) => ({ name: ch.name, value: ch.value })) : [],
      min_length: o.min_length ?? null,
      max_length: o.max_length ?? null,
      description_localizations: o.description_localizations ?? null,
    })),
  };
}

/** True when Discord already has exactly these commands (order of commands does not matter). */
export function sameCommands(local: readonly CommandJson[], remote: readonly unknown[]): boolean {
  if (local.length !== remote.length) return false;
  const byName = new Map(remote.map((r) => [String((r as { name?: unknown }).name), r]));
  return local.every((l) => byName.has(l.name) && JSON.stringify(normalised(l)) === JSON.stringify(normalised(byName.get(l.name))));
}
