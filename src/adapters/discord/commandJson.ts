// The registry as Discord application commands: one chat-input command per registry entry, its
// options typed so that Discord's own picker fills them, its words (and their zh-TW / zh-CN
// localizations) from the catalog by command and option name. Typed with discord-api-types, the
// types discord.js itself is built on. The same JSON is what `npm run register` sends and what it
// compares with what Discord already has.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandOptionChoice,
  type APIApplicationCommandStringOption,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandInfo } from '../../core/command.js';
import { DISCORD_LOCALES } from '../../core/locale.js';
import { commandDescription, optionDescription } from '../../core/messages/commandText.js';
import { catalogs, messagesFor, type Messages } from '../../core/messages/index.js';
import { MAX_TEXT_LENGTH, MAX_WORD_LENGTH, optionList, RANGES, type OptionSpec } from '../../core/options.js';

/** Discord's limits (https://discord.com/developers/docs/interactions/application-commands). */
export const LIMITS = { name: 32, description: 100, options: 25, choices: 25 } as const;

/** Interaction contexts: a guild channel and the bot's DMs. */
const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];
/** The Manage Channels bit as Discord's JSON writes a permission set (a decimal string). */
const MANAGE_CHANNELS = String(PermissionFlagsBits.ManageChannels);
/** Installed to a guild (the bot user is there). */
const INSTALL = [ApplicationIntegrationType.GuildInstall];

export type ChoiceJson = APIApplicationCommandOptionChoice<string>;
/** Every option we declare is a string on Discord (a range and a topic are choices, a date is typed text). */
export type OptionJson = APIApplicationCommandStringOption;
/** A chat-input command with its options always listed (Discord's body type has them optional). */
export type CommandJson = Omit<RESTPostAPIChatInputApplicationCommandsJSONBody, 'options'> & { options: OptionJson[] };

/**
 * Each Chinese catalog's words for one description, keyed by Discord locale. Command names stay as
 * they are in every language: they are the series codes the glossary keeps (/sofr, /tga, /rrp).
 */
function localized(describe: (m: Messages) => string | undefined): LocalizationMap | undefined {
  const out: LocalizationMap = {};
  for (const [locale, discord] of Object.entries(DISCORD_LOCALES) as [keyof typeof DISCORD_LOCALES, (typeof DISCORD_LOCALES)[keyof typeof DISCORD_LOCALES]][]) {
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

/** An option's description in one catalog; a range names its default. The option's name when the catalog has no words (tests/commands/registry.test.ts prevents that for registered commands). */
function describeOption(m: Messages, command: string, name: string, spec: OptionSpec): string | undefined {
  const d = optionDescription(m, command, name);
  return d && spec.kind === 'range' ? m.discord.rangeDescription(d, spec.default) : d;
}

export function optionJson(command: string, name: string, spec: OptionSpec, locale = 'en'): OptionJson {
  const description = fit(describeOption(messagesFor(locale), command, name, spec) ?? name, LIMITS.description);
  const l10n = localized((m) => describeOption(m, command, name, spec));
  const base = { type: ApplicationCommandOptionType.String, name, description, ...(l10n ? { description_localizations: l10n } : {}) } as const;
  switch (spec.kind) {
    case 'range':
      return { ...base, required: false, choices: RANGES.map((r) => ({ name: r, value: r })) };
    case 'date':
      // A free string: Discord has no date type. The adapter validates it before deferring.
      return { ...base, required: false, min_length: 8, max_length: 10 };
    case 'text':
      return { ...base, required: true, max_length: MAX_TEXT_LENGTH };
    case 'word':
      // Canonical values as Discord's picker (a fixed list); the other platforms also take friendly names.
      return spec.suggestions?.length && spec.suggestions.length <= LIMITS.choices
        ? { ...base, required: false, choices: spec.suggestions.map((c) => ({ name: c, value: c })) }
        : { ...base, required: false, max_length: MAX_WORD_LENGTH };
    case 'choice':
      // Past 25 Discord will not show a fixed list: the user types and the adapter suggests.
      if (spec.choices.length > LIMITS.choices) return { ...base, required: spec.required, autocomplete: true };
      return { ...base, required: spec.required, choices: spec.choices.map((c) => ({ name: c, value: c })) };
  }
}

export function commandJson(c: CommandInfo, locale = 'en'): CommandJson {
  const options = optionList(c.options).map((o) => optionJson(c.name, o.name, o, locale));
  const l10n = localized((m) => commandDescription(m, c.name));
  // Discord refuses a required option after an optional one.
  options.sort((a, b) => Number(b.required === true) - Number(a.required === true));
  return {
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: fit(commandDescription(messagesFor(locale), c.name) ?? c.name, LIMITS.description),
    options,
    contexts: [...CONTEXTS],
    integration_types: [...INSTALL],
    // Shown by default only to members who may manage the channel (server admins can widen it);
    // the bot still checks each use, as Discord's setting is only a default.
    ...(c.changesChat ? { default_member_permissions: MANAGE_CHANNELS } : {}),
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
    type: c.type ?? ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    contexts: Array.isArray(c.contexts) ? [...(c.contexts as number[])].sort() : null,
    integration_types: Array.isArray(c.integration_types) ? [...(c.integration_types as number[])].sort() : null,
    default_member_permissions: c.default_member_permissions ?? null,
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
