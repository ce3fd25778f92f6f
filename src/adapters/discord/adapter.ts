// The Discord adapter: a gateway client (Guilds intent only) that turns slash commands into
// AnswerService questions and Answers into an embed with its chart. It computes nothing. What it
// does with a command (refuse, defer, edit) is interaction.ts's, shared with the HTTP
// interactions endpoint (http.ts).
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import { childLogger } from '../../log.js';
import { InFlight } from '../inflight.js';
import type { Adapter } from '../types.js';
import { Cooldown } from './cooldown.js';
import { createDiscordAgent } from './dispatcher.js';
import { DEFAULT_API_BASE } from './register.js';
import { describeInteractionError, discordChat, handleSlashCommand, suggestions, type InteractionReplies } from './interaction.js';

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

  function replies(i: ChatInputCommandInteraction): InteractionReplies {
    return {
      refuse: async (text) => void (await i.reply({ content: text, flags: MessageFlags.Ephemeral })),
      defer: async () => void (await i.deferReply()),
      edit: async (m) => void (await i.editReply(m)),
      followUpEphemeral: async (text) => void (await i.followUp({ content: text, flags: MessageFlags.Ephemeral })),
      deleteOriginal: () => i.deleteReply(),
      get acknowledged() {
        return i.deferred || i.replied;
      },
    };
  }

  async function onInteraction(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      const focused = i.options.getFocused(true);
      await i.respond(suggestions(app, i.commandName, focused.name, String(focused.value))).catch((e) => log.warn('discord autocomplete failed', { error: describeInteractionError(e, i.token) }));
      return;
    }
    if (!i.isChatInputCommand()) return;
    // Shutting down: Discord tells the user the application did not respond; nothing half-done.
    if (!work.accepting) return;
    const chat = discordChat({ guildId: i.guildId, channelId: i.channelId, userId: i.user.id, canManageChannels: i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) === true });
    await handleSlashCommand(app, cooldown, log, { commandName: i.commandName, words: optionWords(i), userId: i.user.id, locale: i.locale ?? 'en', token: i.token, ...(chat ? { chat } : {}) }, replies(i));
  }

  client.on(Events.InteractionCreate, (i) => void work.track(onInteraction(i)));
  client.on(Events.Error, (e) => log.error('discord client error', { error: describeInteractionError(e) }));
  client.on(Events.ShardError, (e) => log.warn('discord gateway error', { error: describeInteractionError(e) }));

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
