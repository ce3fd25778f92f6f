// `npm run register` against the fake Discord: the PUT body is the registry's JSON, guild or global
// route by DISCORD_GUILD_ID, and nothing is sent when Discord already has the same commands.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { commandsJson } from '../../../src/adapters/discord/commandJson.js';
import { registerCommands, registerFromConfig } from '../../../src/adapters/discord/register.js';
import { loadConfig } from '../../../src/config.js';
import { rangeOption } from '../../../src/core/options.js';
import { APP_ID, GUILD_ID, startFakeDiscord, type FakeDiscord } from '../../helpers/fakeDiscord.js';

const TOKEN = 'fake-bot-token.register';
let fake: FakeDiscord;

beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  expect(fake.unknown).toEqual([]);
  await fake.close();
});

const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('registering the slash commands', () => {
  it('guild: the PUT body equals the registry JSON; a second run with the same commands sends no PUT', async () => {
    const first = await registerCommands({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiBase: fake.apiBase });
    expect(first).toMatchObject({ changed: true, count: commands.length });
    expect(puts()).toHaveLength(1);
    const put = puts()[0]!;
    expect(put.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.auth).toBe(`Bot ${TOKEN}`);
    expect(put.json).toEqual(JSON.parse(JSON.stringify(commandsJson(commands))));
    expect((put.json as { name: string }[]).map((c) => c.name)).toEqual(commands.map((c) => c.name));

    const second = await registerCommands({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiBase: fake.apiBase });
    expect(second.changed).toBe(false);
    expect(puts()).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/commands'))).toHaveLength(2);
  });

  it('a changed command is sent again; without a guild id the route is global', async () => {
    await registerCommands({ token: TOKEN, applicationId: APP_ID, apiBase: fake.apiBase });
    expect(puts()[0]!.path).toBe(`/api/v10/applications/${APP_ID}/commands`);
    const changed = commands.map((c) => (c.name === 'sofr' ? { ...c, options: { range: rangeOption('1y') } } : c));
    const r = await registerCommands({ token: TOKEN, applicationId: APP_ID, apiBase: fake.apiBase, commands: changed });
    expect(r.changed).toBe(true);
    expect(puts()).toHaveLength(2);
    expect(puts()[1]!.json).toEqual(JSON.parse(JSON.stringify(commandsJson(changed))));
  });

  it('the script: says what it did, never prints the token, and refuses without a token', async () => {
    const out: string[] = [];
    const config = loadConfig({ DATA_MODE: 'snapshot', DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_BASE: fake.apiBase });
    expect(await registerFromConfig(config, (l) => out.push(l))).toBe(0);
    expect(await registerFromConfig(config, (l) => out.push(l))).toBe(0);
    expect(out[0]).toMatch(/^Registered \d+ guild/);
    expect(out[1]).toMatch(/already up to date; nothing sent/);
    expect(await registerFromConfig(loadConfig({ DATA_MODE: 'snapshot' }), (l) => out.push(l))).toBe(2);
    expect(out.join('\n')).not.toContain(TOKEN);
  });
});
