// Discord's HTTP interactions endpoint on the built entry point (DISCORD_PUBLIC_KEY, no gateway):
// interactions signed with a generated Ed25519 key are answered (PONG to PING; a slash command
// deferred in the HTTP response, then edited over REST into the same embed and PNG chart as the
// gateway mode); a tampered body, a wrong key or no signature gets 401 and reaches nothing.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEntry, type Entry } from '../helpers/entry.js';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord, type Recorded } from '../helpers/fakeDiscord.js';
import { decodePng, hasPngSignature } from '../helpers/png.js';
import { freePort, waitForHttp } from '../helpers/port.js';

const EPHEMERAL = 64;
let keys: { publicKey: KeyObject; privateKey: KeyObject };
let publicHex: string;
let entry: Entry | undefined;
let discord: FakeDiscord | undefined;
let base = '';

beforeAll(() => {
  keys = generateKeyPairSync('ed25519');
  publicHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
});

afterEach(async () => {
  const code = await entry?.stop();
  entry = undefined;
  await discord?.close();
  discord = undefined;
  if (code !== undefined) expect(code).toBe(0);
});

async function start(): Promise<FakeDiscord> {
  discord = await startFakeDiscord();
  const port = await freePort();
  entry = startEntry({ DATA_MODE: 'snapshot', PORT: String(port), DISCORD_PUBLIC_KEY: publicHex, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase });
  base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`);
  return discord;
}

function signed(body: string, key: KeyObject = keys.privateKey, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  return { 'content-type': 'application/json', 'x-signature-timestamp': timestamp, 'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex') };
}

async function send(body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  return { status: res.status, json: text.startsWith('{') ? (JSON.parse(text) as unknown) : text };
}

const originalOf = (token: string) => (r: Recorded) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`;

describe('given DISCORD_PUBLIC_KEY', () => {
  it('answers a signed PING with PONG, and a signed /sofr range:1y with a deferral, then the embed and its PNG chart over REST', async () => {
    const fake = await start();
    const ping = JSON.stringify({ id: '1', application_id: APP_ID, type: 1, token: 'ping-token', version: 1 });
    expect(await send(ping, signed(ping))).toEqual({ status: 200, json: { type: 1 } });

    const body = JSON.stringify(interactionPayload({ id: '820000000000000001', token: 'itoken-http-1', name: 'sofr', options: [{ name: 'range', value: '1y' }] }));
    expect(await send(body, signed(body))).toEqual({ status: 200, json: { type: 5 } });
    const edit = await fake.waitFor(originalOf('itoken-http-1'), 15_000);
    const embed = (edit.json as { embeds: { title: string; fields?: { name: string; value: string }[]; image?: { url: string } }[] }).embeds[0]!;
    const snapshot = JSON.parse(readFileSync(new URL('../../data/snapshot/SOFR.json', import.meta.url), 'utf8')) as { points: [string, number][] };
    const [date, value] = snapshot.points.at(-1)!;
    expect(embed.title).toContain('SOFR');
    expect(embed.fields?.find((f) => f.name === 'SOFR')?.value).toBe(`${value.toFixed(2)}% (${date})`);
    expect(edit.files).toHaveLength(1);
    expect(embed.image?.url).toBe(`attachment://${edit.files[0]!.name}`);
    expect(hasPngSignature(edit.files[0]!.bytes)).toBe(true);
    const png = await decodePng(edit.files[0]!.bytes);
    expect([png.width, png.height]).toEqual([1200, 675]);
    // REST calls with the interaction token carry no bot authorisation.
    expect(edit.auth).toBeUndefined();
    expect(fake.unknown).toEqual([]);
  }, 40_000);

  it('a bad date gets one ephemeral line in the HTTP response, nothing deferred', async () => {
    await start();
    const body = JSON.stringify(interactionPayload({ id: '820000000000000002', token: 'itoken-http-2', name: 'sofr', options: [{ name: 'date', value: '2031-02-30' }] }));
    const r = await send(body, signed(body));
    expect(r.status).toBe(200);
    const j = r.json as { type: number; data: { content: string; flags: number } };
    expect(j.type).toBe(4);
    expect(j.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(j.data.content).toBe('2031-02-30 is not a real date. Try /sofr date:2025-10-31.');
  }, 40_000);

  it('401 to a tampered body, a wrong key, a changed or replayed timestamp or no signature; none is answered', async () => {
    const fake = await start();
    const body = JSON.stringify(interactionPayload({ id: '820000000000000003', token: 'itoken-http-3', name: 'help' }));
    const headers = signed(body);
    expect((await send(body.replace('"help"', '"sofr"'), headers)).status).toBe(401);
    expect((await send(body, signed(body, generateKeyPairSync('ed25519').privateKey))).status).toBe(401);
    expect((await send(body, { ...headers, 'x-signature-timestamp': String(Number(headers['x-signature-timestamp']) + 1) })).status).toBe(401);
    expect((await send(body, { 'content-type': 'application/json' })).status).toBe(401);
    // A good signature on a request captured ten minutes ago (a replay): refused.
    expect((await send(body, signed(body, keys.privateKey, String(Math.floor(Date.now() / 1000) - 600)))).status).toBe(401);
    const ping = JSON.stringify({ id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 });
    expect((await send(ping, { ...signed(ping), 'x-signature-ed25519': 'ab'.repeat(64) })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.filter((r) => r.path.includes('itoken-http-3'))).toEqual([]);
    // The same body, signed, is answered.
    expect((await send(body, headers)).json).toEqual({ type: 5 });
    await fake.waitFor(originalOf('itoken-http-3'), 15_000);
  }, 40_000);
});
