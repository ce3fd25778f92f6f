// The Discord adapter: a gateway client (Guilds intent only) that turns slash commands into
// AnswerService questions and Answers into an embed with its chart. It computes nothing.
//
// Ephemerality is fixed when an interaction is acknowledged, so everything that can be refused
// cheaply (unknown command, a bad option such as an invalid date, the cooldown) is refused BEFORE
// deferring, with one ephemeral line and no deferral. Everything else is deferred at once (public),
// then edited into the answer. When the command itself fails after the deferral (a date before the
// data starts, or an internal failure), the public "thinking" message cannot become ephemeral: the
// adapter edits it (which resolves the loading state, so that the next follow-up may be ephemeral),
// sends the error as an ephemeral follow-up and deletes the public message.
import { randomBytes } from 'node:crypto';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import { childLogger } from '../../log.js';
import { messagesFor } from '../../core/messages/index.js';
import { parseOptions } from '../../core/options.js';
import { InFlight } from '../inflight.js';
import type { Adapter } from '../types.js';
import { LIMITS } from './commandJson.js';
import { Cooldown } from './cooldown.js';
import { createDiscordAgent } from './dispatcher.js';
import { DEFAULT_API_BASE } from './register.js';
import { answerEmbed } from './render.js';

export type DiscordAdapterOptions = {
  /** Merged into the client's options (tests: a faster identify throttler). */
  client?: Partial<ClientOptions>;
  /** The cooldown's clock, in milliseconds. */
  now?: () => number;
};

export type DiscordAdapter = Adapter & { readonly client: Client };

/** The words AnswerService.ask reads: Discord's typed options as `key:value`. */
export function optionWords(i: ChatInputCommandInteraction): string[] {
  return i.options.data.filter((o) => o.value !== undefined && o.value !== null).map((o) => `${o.name}:${String(o.value)}`);
}

export function createDiscordAdapter(app: App, config: Config, opts: DiscordAdapterOptions = {}): DiscordAdapter {
  const token = config.DISCORD_TOKEN;
  const cooldown = new Cooldown(config.DISCORD_COOLDOWN_COMMANDS, config.DISCORD_COOLDOWN_SECONDS, opts.now);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...opts.client,
    // Its own undici Agent, never the process-wide one (see dispatcher.ts).
    rest: { agent: createDiscordAgent(), ...opts.client?.rest, api: config.DISCORD_API_BASE ?? DEFAULT_API_BASE },
  });
  const log = childLogger(app.log, { adapter: 'discord' });
  const work = app.work ?? new InFlight();

  /**
   * An error's text for the log. The bot token is the logger's to take out (log.ts); an interaction
   * token is not configuration, so it is taken out here (it can edit the reply for 15 minutes).
   */
  const scrub = (e: unknown, interactionToken?: string): string => {
    const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return interactionToken ? s.split(interactionToken).join('[interaction-token]') : s;
  };

  async function privateError(i: ChatInputCommandInteraction, text: string): Promise<void> {
    const m = messagesFor(i.locale).discord;
    await i.editReply({ content: m.movedToPrivate, embeds: [], files: [] });
    await i.followUp({ content: text, flags: MessageFlags.Ephemeral });
    await i.deleteReply();
  }

  async function command(i: ChatInputCommandInteraction): Promise<void> {
    const locale = i.locale ?? 'en';
    const msg = messagesFor(locale);
    const cmd = app.service.commands.find((c) => c.name === i.commandName);
    if (!cmd) {
      await i.reply({ content: msg.common.unknownCommand(i.commandName.slice(0, LIMITS.name)), flags: MessageFlags.Ephemeral });
      return;
    }
    const verdict = cooldown.take(i.user.id);
    if (!verdict.ok) {
      const wait = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      await i.reply({ content: msg.discord.cooldown(cooldown.limit, cooldown.seconds, wait), flags: MessageFlags.Ephemeral });
      return;
    }
    const words = optionWords(i);
    const parsed = parseOptions(cmd.options, words, cmd.name, msg.options);
    if (!parsed.ok) {
      await i.reply({ content: parsed.error, flags: MessageFlags.Ephemeral });
      return;
    }
    await i.deferReply();
    const r = await app.service.ask(cmd.name, words, locale);
    if (r.ok) {
      const { embeds, files } = answerEmbed(r.answer, locale);
      await i.editReply({ embeds, files });
      return;
    }
    // An internal failure was logged by the service with the same ref the user reads.
    await privateError(i, r.error);
  }

  async function autocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const def = app.service.commands.find((c) => c.name === i.commandName)?.options.find((o) => o.name === focused.name);
    const choices = def?.kind === 'choice' ? def.choices : [];
    const q = String(focused.value).toLowerCase();
    const hits = choices.filter((c) => c.toLowerCase().includes(q));
    hits.sort((a, b) => Number(b.toLowerCase().startsWith(q)) - Number(a.toLowerCase().startsWith(q)));
    await i.respond(hits.slice(0, LIMITS.choices).map((c) => ({ name: c, value: c })));
  }

  async function onInteraction(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      await autocomplete(i).catch((e) => log.warn('discord autocomplete failed', { error: scrub(e, i.token) }));
      return;
    }
    if (!i.isChatInputCommand()) return;
    // Shutting down: Discord tells the user the application did not respond; nothing half-done.
    if (!work.accepting) return;
    try {
      await command(i);
    } catch (e) {
      const ref = randomBytes(3).toString('hex');
      log.error('discord interaction failed', { ref, command: i.commandName, error: scrub(e, i.token) });
      const text = messagesFor(i.locale).common.internalError(ref);
      try {
        if (i.deferred || i.replied) await privateError(i, text);
        else await i.reply({ content: text, flags: MessageFlags.Ephemeral });
      } catch (e2) {
        log.error('discord apology failed', { ref, error: scrub(e2, i.token) });
      }
    }
  }

  client.on(Events.InteractionCreate, (i) => void work.track(onInteraction(i)));
  client.on(Events.Error, (e) => log.error('discord client error', { error: scrub(e) }));
  client.on(Events.ShardError, (e) => log.warn('discord gateway error', { error: scrub(e) }));

  return {
    name: 'discord',
    client,
    async start() {
      if (!token) throw new Error('DISCORD_TOKEN is not set');
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      log.info('discord ready', { user: client.user?.tag, id: client.user?.id });
    },
    async stop(graceMs = 0) {
      await work.drain(graceMs);
      await client.destroy();
    },
    connected: () => client.isReady(),
  };
}
