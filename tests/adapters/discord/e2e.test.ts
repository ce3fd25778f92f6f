// The real discord.js client against a local fake Discord: READY, then INTERACTION_CREATE, and
// what the bot sends back over REST (the deferral, the edit with the chart, ephemeral errors).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/index.js';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord, type Recorded } from '../../helpers/fakeDiscord.js';
import { decodePng, hasPngSignature } from '../../helpers/png.js';

const TOKEN = 'fake-bot-token.never-logged';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let app: App;
let adapter: DiscordAdapter;
const logLines: string[] = [];
let seq = 0;

const isCallback = (id: string) => (r: Recorded) => r.method === 'POST' && r.path.startsWith(`/api/v10/interactions/${id}/`) && r.path.endsWith('/callback');
const forToken = (token: string) => (r: Recorded) => r.path.includes(`/webhooks/${APP_ID}/${token}`);
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

function next(): { id: string; token: string } {
  seq += 1;
  return { id: String(800000000000000000n + BigInt(seq)), token: `itoken-${seq}` };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  const config = loadConfig({
    DATA_MODE: 'snapshot',
    LOG_LEVEL: 'debug',
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_COOLDOWN_COMMANDS: '3',
    DISCORD_COOLDOWN_SECONDS: '60',
  });
  const log = {
    debug: (m: string, x?: object) => logLines.push(JSON.stringify({ m, ...x })),
    info: (m: string, x?: object) => logLines.push(JSON.stringify({ m, ...x })),
    warn: (m: string, x?: object) => logLines.push(JSON.stringify({ m, ...x })),
    error: (m: string, x?: object) => logLines.push(JSON.stringify({ m, ...x })),
  };
  app = createApp(config, { now: () => new Date('2026-11-23T20:00:00Z'), log });
  adapter = createDiscordAdapter(app, config, { client: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } } as never });
  await Promise.race([adapter.start(), settle(10_000).then(() => Promise.reject(new Error('not ready in 10 s')))]);
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  app?.close();
});

afterEach(() => {
  expect(fake.unknown.map((r) => `${r.method} ${r.path}`)).toEqual([]);
});

describe('Discord adapter end to end (real discord.js, fake Discord)', () => {
  it('identifies with the Guilds intent only and the bot token', async () => {
    expect(adapter.client.options.intents.bitfield).toBe(1);
    const gw = fake.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(gw?.auth).toBe(`Bot ${TOKEN}`);
  });

  it('/sofr range:1y in a guild: deferral (type 5) first, then the edit of @original with the embed and its PNG chart', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'sofr', options: [{ name: 'range', value: '1y' }] }));
    const deferral = await fake.waitFor(isCallback(id));
    expect(deferral.json).toMatchObject({ type: 5 });
    expect(((deferral.json as { data?: { flags?: number } }).data?.flags ?? 0) & EPHEMERAL).toBe(0);

    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);
    expect(edit.at).toBeGreaterThan(deferral.at);
    const body = edit.json as { embeds: { title: string; description?: string; image?: { url: string }; footer?: { text: string }; fields?: unknown[] }[]; attachments: { id: number | string; filename: string }[] };
    const embed = body.embeds[0]!;
    expect(embed.title).toMatch(/SOFR/);
    expect(embed.image?.url).toMatch(/^attachment:\/\/.+\.png$/);
    expect(embed.footer?.text).toMatch(/Source: .+ · as of \d{4}-\d{2}-\d{2}/);
    // The snapshot ends long before "now": its age is the visible first line.
    expect(embed.description).toMatch(/^⚠️ /);
    const name = embed.image!.url.slice('attachment://'.length);
    const file = edit.files.find((f) => f.name === name);
    expect(file?.field).toMatch(/^files\[\d+\]$/);
    // payload_json lists the attachment by the index of its files[n] part, with the chart's alt text.
    const index = file!.field.slice('files['.length, -1);
    const listed = body.attachments.find((a) => String(a.id) === index) as { description?: string } | undefined;
    expect(listed?.description).toMatch(/SOFR/);
    expect(hasPngSignature(file!.bytes)).toBe(true);
    const png = await decodePng(file!.bytes);
    expect(png.width).toBeGreaterThan(200);
    expect(png.height).toBeGreaterThan(100);
    await settle();
    const mine = fake.requests.filter((r) => isCallback(id)(r) || forToken(token)(r));
    expect(mine.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('an invalid date gets exactly one ephemeral line, without a deferral (DM)', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'sofr', dm: true, userId: '333333333333333334', options: [{ name: 'date', value: '2019-02-30' }] }));
    const reply = await fake.waitFor(isCallback(id));
    await settle();
    const mine = fake.requests.filter((r) => isCallback(id)(r) || forToken(token)(r));
    expect(mine).toHaveLength(1);
    const j = reply.json as { type: number; data: { content: string; flags: number } };
    expect(j.type).toBe(4);
    expect(j.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(j.data.content).toMatch(/2019-02-30 is not a real date/);
    expect(j.data.content).not.toMatch(/\n/);
  });

  it('a mistake found only by the command (before the data starts): ephemeral follow-up, the public message removed', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'sofr', userId: '333333333333333335', options: [{ name: 'date', value: '1990-01-02' }] }));
    await fake.waitFor(isCallback(id));
    await fake.waitFor((r) => r.method === 'DELETE' && forToken(token)(r));
    const mine = fake.requests.filter((r) => forToken(token)(r));
    expect(mine.map((r) => r.method)).toEqual(['PATCH', 'POST', 'DELETE']);
    const follow = mine[1]!.json as { content: string; flags: number };
    expect(follow.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(follow.content).toMatch(/SOFR|sofr/);
  });

  it('passes interaction.locale to the service', async () => {
    const seen: string[] = [];
    const ask = app.service.ask.bind(app.service);
    app.service.ask = async (n, w, locale) => {
      seen.push(locale ?? '');
      return ask(n, w, locale);
    };
    try {
      const { id, token } = next();
      fake.sendInteraction(interactionPayload({ id, token, name: 'help', locale: 'de', userId: '333333333333333336' }));
      await fake.waitFor((r) => r.method === 'PATCH' && forToken(token)(r));
      expect(seen).toEqual(['de']);
    } finally {
      app.service.ask = ask;
    }
  });

  it('an internal failure: ephemeral apology with a ref that is also in the log, and the bot keeps answering', async () => {
    const ask = app.service.ask.bind(app.service);
    app.service.ask = async () => {
      throw new Error('boom');
    };
    try {
      const { id, token } = next();
      fake.sendInteraction(interactionPayload({ id, token, name: 'sofr', userId: '333333333333333337' }));
      await fake.waitFor(isCallback(id));
      const follow = await fake.waitFor((r) => r.method === 'POST' && forToken(token)(r));
      const j = follow.json as { content: string; flags: number };
      expect(j.flags & EPHEMERAL).toBe(EPHEMERAL);
      const ref = /ref ([0-9a-f]{6})/.exec(j.content)?.[1];
      expect(ref).toBeTruthy();
      expect(logLines.some((l) => l.includes(ref!) && l.includes('boom'))).toBe(true);
    } finally {
      app.service.ask = ask;
    }
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'help', userId: '333333333333333337' }));
    await fake.waitFor((r) => r.method === 'PATCH' && forToken(token)(r));
  });

  it('the cooldown: the fourth command inside the window gets one ephemeral line', async () => {
    const user = '333333333333333338';
    for (let n = 0; n < 3; n++) {
      const { id, token } = next();
      fake.sendInteraction(interactionPayload({ id, token, name: 'help', userId: user }));
      await fake.waitFor((r) => r.method === 'PATCH' && forToken(token)(r));
    }
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'help', userId: user }));
    const reply = await fake.waitFor(isCallback(id));
    const j = reply.json as { type: number; data: { content: string; flags: number } };
    expect(j.type).toBe(4);
    expect(j.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(j.data.content).toMatch(/at most 3 commands every 60 seconds/);
  });

  it('never writes the bot token to the log', () => {
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });
});

describe('the analyst commands (issue 5) through Discord', () => {
  const editOf = (token: string) => (r: Recorded) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`;

  it('/ask with a free-text question is routed, answered with the routed chart, and says how it was read', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'ask', options: [{ name: 'question', value: 'what was sofr on sept 17 2019' }] }));
    expect((await fake.waitFor(isCallback(id))).json).toMatchObject({ type: 5 });
    const edit = await fake.waitFor(editOf(token));
    const embed = (edit.json as { embeds: { title: string; description?: string; image?: { url: string } }[] }).embeds[0]!;
    expect(embed.title).toMatch(/^SOFR 5\.25%/);
    expect(embed.description).toContain('Read as /sofr date:2019-09-17');
    expect(embed.image?.url).toMatch(/^attachment:\/\/.+\.png$/);
  });

  it('/export attaches the CSV file', async () => {
    const { id, token } = next();
    fake.sendInteraction(interactionPayload({ id, token, name: 'export', options: [{ name: 'series', value: 'reserves' }, { name: 'range', value: '1y' }] }));
    const edit = await fake.waitFor(editOf(token));
    const csv = edit.files.find((f) => f.name.endsWith('.csv'));
    expect(csv).toBeDefined();
    const text = Buffer.from(csv!.bytes).toString('utf8');
    expect(text).toMatch(/^date,value$/m);
    expect(text).toMatch(/^2026-06-17,3\.03\d*$/m);
  });
});
