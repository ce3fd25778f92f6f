// `npm run bench` (part): the HTTP server of the built entry point (snapshot mode) against the
// local fake Discord: a signed interaction to its deferral (the HTTP response: Ed25519 check,
// parse, cooldown, option check), to the edited answer over REST, and one /metrics scrape.
// Reported, never asserted: the machine is shared.
import { generateKeyPairSync, sign } from 'node:crypto';
import { startEntry } from '../tests/helpers/entry.js';
import { APP_ID, interactionPayload, startFakeDiscord } from '../tests/helpers/fakeDiscord.js';
import { freePort, waitForHttp } from '../tests/helpers/port.js';
import { ms, summarise, table } from './stats.js';

const RUNS = Number(process.env.HTTP_RUNS ?? 30);
const keys = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const fake = await startFakeDiscord();
const port = await freePort();
const entry = startEntry({ DATA_MODE: 'snapshot', LOG_LEVEL: 'warn', PORT: String(port), DISCORD_PUBLIC_KEY: publicHex, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE: fake.apiBase, DISCORD_COOLDOWN_COMMANDS: '1000' });
const base = `http://127.0.0.1:${port}`;
await waitForHttp(`${base}/healthz`);

const deferral: number[] = [];
const edited: number[] = [];
const scrape: number[] = [];
for (let n = 0; n < RUNS; n++) {
  const token = `bench-${n}`;
  // A different range each time would defeat nothing: the answer cache is part of what is measured after the first.
  const body = JSON.stringify(interactionPayload({ id: String(830000000000000000n + BigInt(n)), token, name: 'sofr', options: [{ name: 'range', value: '1y' }] }));
  const ts = String(Math.floor(Date.now() / 1000));
  const t0 = performance.now();
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-timestamp': ts, 'x-signature-ed25519': sign(null, Buffer.from(ts + body), keys.privateKey).toString('hex') }, body });
  await res.text();
  deferral.push(performance.now() - t0);
  await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`), 20_000);
  edited.push(performance.now() - t0);
  const s0 = performance.now();
  await (await fetch(`${base}/metrics`)).text();
  scrape.push(performance.now() - s0);
}
await entry.stop();
await fake.close();

const row = (name: string, xs: number[]) => {
  const s = summarise(xs);
  return [name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)];
};
console.log(`\nHTTP server (built entry point, snapshot, fake Discord), ${RUNS} signed /sofr range:1y interactions`);
console.log(table(['measure', 'median', 'p95', 'min', 'max'], [row('to deferral (HTTP response)', deferral), row('to edited answer (REST PATCH)', edited), row('GET /metrics', scrape)]));
