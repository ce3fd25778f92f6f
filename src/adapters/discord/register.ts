// `npm run register`: deploys the registry's slash commands. To one guild when DISCORD_GUILD_ID is
// set (they appear at once: for development), globally otherwise (up to an hour to appear). It reads
// what Discord has first and sends the bulk overwrite (PUT) only when something changed, so
// re-running it costs none of the 200 command creations a day.
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { createDiscordAgent } from './dispatcher.js';
import { commands as registry } from '../../../commands/index.js';
import type { CommandInfo } from '../../core/command.js';
import { ConfigError, loadConfig, type Config } from '../../config.js';
import { messagesFor } from '../../core/messages/index.js';
import { commandsJson, sameCommands } from './commandJson.js';
import { configSecrets, scrubText } from '../../log.js';

export const DEFAULT_API_BASE = 'https://discord.com/api';

export type RegisterResult = { changed: boolean; count: number; scope: string };

export type RegisterOptions = {
  token: string;
  applicationId: string;
  guildId?: string | undefined;
  apiBase?: string | undefined;
  commands?: readonly CommandInfo[];
};

export function discordRest(token: string, apiBase: string | undefined): REST {
  return new REST({ version: '10', api: apiBase ?? DEFAULT_API_BASE, agent: createDiscordAgent() }).setToken(token);
}

export async function registerCommands(o: RegisterOptions): Promise<RegisterResult> {
  const msg = messagesFor('en').discord.register;
  const local = commandsJson(o.commands ?? registry);
  // What PUT takes, checked by the compiler against discord-api-types.
  const body: RESTPutAPIApplicationCommandsJSONBody = local;
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  const scope = o.guildId ? msg.scopeGuild(o.guildId) : msg.scopeGlobal;
  const rest = discordRest(o.token, o.apiBase);
  // with_localizations: Discord then returns description_localizations, which sameCommands compares.
  const current = (await rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) })) as unknown[];
  if (Array.isArray(current) && sameCommands(local, current)) return { changed: false, count: body.length, scope };
  await rest.put(route, { body });
  return { changed: true, count: body.length, scope };
}

export async function registerFromConfig(config: Config, out: (line: string) => void): Promise<number> {
  const msg = messagesFor('en').discord.register;
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    out(msg.needs);
    return 2;
  }
  try {
    const r = await registerCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      guildId: config.DISCORD_GUILD_ID,
      apiBase: config.DISCORD_API_BASE,
    });
    out(r.changed ? msg.updated(r.count, r.scope) : msg.unchanged(r.count, r.scope));
    return 0;
  } catch (e) {
    // The REST error names the route and status; it never carries the token.
    const status = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    out(msg.failed(scrubText(status, configSecrets(config))));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${e instanceof ConfigError ? e.message : String(e)}\n`);
    process.exit(2);
  }
  registerFromConfig(config, (l) => process.stdout.write(`${l}\n`)).then((code) => process.exit(code));
}
