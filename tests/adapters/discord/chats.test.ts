// The chat commands through Discord, with the durable store (SQLite in memory): over the gateway (the
// real discord.js reading interaction.memberPermissions) and over the HTTP interactions endpoint
// (member.permissions as a bit string), a guild member without Manage Channels is refused in one
// ephemeral sentence naming the permission and nothing is stored; with it (or as Administrator)
// the channel is subscribed; in a DM the user subscribes their own DM.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/index.js';
import { createDiscordHttpAdapter, INTERACTIONS_PATH } from '../../../src/adapters/discord/http.js';
import { grantsManageChannels } from '../../../src/adapters/discord/interaction.js';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { openStore, type Store } from '../../../src/store/store.js';
import { APP_ID, CHANNEL_ID, interactionPayload, startFakeDiscord, type FakeDiscord, type Recorded } from '../../helpers/fakeDiscord.js';

const EPHEMERAL = 64;
const MANAGE_CHANNELS = String(1n << 4n);
const ADMINISTRATOR = String(1n << 3n);
const NOW = () => new Date('2026-11-23T20:00:00Z');
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let fake: FakeDiscord;
let seq = 0;
function next(): { id: string; token: string } {
  seq += 1;
  return { id: String(830000000000000000n + BigInt(seq)), token: `chat-token-${seq}` };
}
const forToken = (token: string) => (r: Recorded) => r.path.includes(`/webhooks/${APP_ID}/${token}`);
const editOf = (token: string) => (r: Recorded) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`;
const followUpOf = (token: string) => (r: Recorded) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${token}`;

type Embed = { title: string; description?: string };
const embedOf = (r: Recorded) => (r.json as { embeds: Embed[] }).embeds[0]!;

describe('Discord over the gateway', () => {
  let app: App;
  let store: Store;
  let adapter: DiscordAdapter;
  const channel = { platform: 'discord' as const, chatId: CHANNEL_ID };

  beforeAll(async () => {
    fake = await startFakeDiscord();
    store = await openStore({ dbPath: ':memory:' });
    const config = loadConfig({ DATA_MODE: 'snapshot', DISCORD_TOKEN: 'fake-bot-token.chats', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, DISCORD_COOLDOWN_COMMANDS: '50' });
    app = createApp(config, { now: NOW, log: quiet, store });
    adapter = createDiscordAdapter(app, config, { client: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } } as never });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    app?.close();
    await store?.close();
  });

  it('a member without Manage Channels cannot subscribe the channel: one ephemeral sentence naming the permission, nothing stored', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'subscribe', options: [{ name: 'topic', value: 'brief' }] }));
    const follow = await fake.waitFor(followUpOf(token));
    expect(follow.json).toMatchObject({ content: 'Changing what the bot posts in this channel needs the Manage Channels permission.', flags: EPHEMERAL });
    // The public "thinking" message is deleted: the refusal is seen by the member alone.
    await fake.waitFor((r) => r.method === 'DELETE' && forToken(token)(r));
    expect(await store.subscriptions.forChat(channel)).toEqual([]);
  });

  it('a member with Manage Channels subscribes the channel; a member without it may still read /subscriptions', async () => {
    const a = next();
    fake.sendInteraction(interactionPayload({ ...a, name: 'subscribe', permissions: MANAGE_CHANNELS, options: [{ name: 'topic', value: 'alerts' }, { name: 'rule', value: 'reservesLow' }] }));
    expect(embedOf(await fake.waitFor(editOf(a.token))).title).toBe('Subscribed: stress alerts (reserves under $3.00T)');
    expect((await store.subscriptions.forChat(channel)).map((s) => [s.topic, s.rule, s.created_by])).toEqual([['alerts', 'reservesLow', '333333333333333333']]);

    const b = next();
    fake.sendInteraction(interactionPayload({ ...b, name: 'subscriptions' }));
    const list = (await fake.waitFor(editOf(b.token))).json as { embeds: (Embed & { fields?: { name: string; value: string }[] })[] };
    expect(list.embeds[0]!.title).toBe('This chat has 1 subscription');
    expect(list.embeds[0]!.fields?.[0]).toMatchObject({ name: 'Stress alerts (reserves under $3.00T)', value: 'quiet none · English' });
  });

  // (The fake gives the DM the guild channel's id: this runs before /language changes that id's language.)
  it('in a DM the user subscribes their own DM channel', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'subscribe', dm: true, options: [{ name: 'topic', value: 'h41' }] }));
    expect(embedOf(await fake.waitFor(editOf(token))).title).toBe('Subscribed: the weekly H.4.1 digest');
  });

  it('/language zh-Hans by a manager makes the next /sofr in the channel Simplified Chinese for an English client', async () => {
    const a = next();
    fake.sendInteraction(interactionPayload({ ...a, name: 'language', permissions: ADMINISTRATOR, options: [{ name: 'language', value: 'zh-Hans' }] }));
    expect(embedOf(await fake.waitFor(editOf(a.token))).title).toBe('这个聊天现在使用简体中文回答');
    const b = next();
    fake.sendInteraction(interactionPayload({ ...b, name: 'sofr', locale: 'en-US', options: [{ name: 'range', value: '1y' }] }));
    const embed = embedOf(await fake.waitFor(editOf(b.token)));
    expect(embed.title).toMatch(/SOFR/);
    expect(`${embed.title}\n${embed.description ?? ''}`).toMatch(/\p{Script=Han}/u);
    expect(embed.description ?? '').not.toMatch(/Offline snapshot/);
  });

});

describe('Discord over the HTTP interactions endpoint', () => {
  let keys: { publicKey: KeyObject; privateKey: KeyObject };
  let server: HttpServer;
  let store: Store;
  let app: App;
  let base = '';

  beforeAll(async () => {
    keys = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    fake = await startFakeDiscord();
    store = await openStore({ dbPath: ':memory:' });
    const config = loadConfig({ DATA_MODE: 'snapshot', DISCORD_PUBLIC_KEY: publicHex, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase });
    app = createApp(config, { now: NOW, log: quiet, store });
    server = createHttpServer({ port: 0, bodyLimitBytes: 1 << 20, log: quiet });
    await createDiscordHttpAdapter(app, config, server).start();
    base = `http://127.0.0.1:${await server.listen()}`;
  });

  afterAll(async () => {
    await server?.close();
    await fake?.close();
    app?.close();
    await store?.close();
  });

  async function post(payload: object): Promise<unknown> {
    const body = JSON.stringify({ ...payload, channel_id: CHANNEL_ID });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`${base}${INTERACTIONS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-timestamp': ts, 'x-signature-ed25519': sign(null, Buffer.from(ts + body), keys.privateKey).toString('hex') },
      body,
    });
    return res.json();
  }

  it('refuses a member whose permission bits lack Manage Channels, and subscribes for one whose bits have it', async () => {
    const a = next();
    expect(await post(interactionPayload({ ...a, name: 'subscribe', options: [{ name: 'topic', value: 'brief' }] }))).toEqual({ type: 5 });
    expect((await fake.waitFor(followUpOf(a.token))).json).toMatchObject({ content: 'Changing what the bot posts in this channel needs the Manage Channels permission.', flags: EPHEMERAL });
    expect(await store.subscriptions.forChat({ platform: 'discord', chatId: CHANNEL_ID })).toEqual([]);

    const b = next();
    await post(interactionPayload({ ...b, name: 'subscribe', permissions: String((1n << 4n) | (1n << 10n)), options: [{ name: 'topic', value: 'brief' }, { name: 'quiet', value: '23-6' }] }));
    expect(embedOf(await fake.waitFor(editOf(b.token))).title).toBe('Subscribed: the morning brief');
    expect(await store.subscriptions.forChat({ platform: 'discord', chatId: CHANNEL_ID })).toMatchObject([{ topic: 'brief', quiet_from: '23:00', quiet_to: '06:00', time_zone: null }]);
  });

  it('reads the permission bit string strictly', () => {
    expect(grantsManageChannels('16')).toBe(true);
    expect(grantsManageChannels('8')).toBe(true);
    expect(grantsManageChannels('2248473465835073')).toBe(false);
    expect(grantsManageChannels(String((1n << 40n) | 16n))).toBe(true);
    for (const bad of [undefined, '', '-16', '16x', '0x10', '1e3']) expect(grantsManageChannels(bad)).toBe(false);
  });
});
