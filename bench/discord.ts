// `npx tsx bench/discord.ts`: the Discord adapter's latency against the local fake Discord, with the
// real discord.js client. From INTERACTION_CREATE written on the gateway to (1) the deferral callback
// arriving at the fake REST (target: median under 50 ms) and (2) the final edit of @original with
// the embed and chart. Two sets: varied questions (mostly chart renders) and one repeated question
// (answer cache hits). Reported, not asserted: the machine is shared. BENCH_TRACE=1 prints each
// repeated interaction (defer, edit) on stderr, to see single outliers (GC pauses).
import { commands } from '../commands/index.js';
import { createDiscordAdapter } from '../src/adapters/discord/index.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { RANGES } from '../src/core/options.js';
import type { Logger } from '../src/log.js';
import { APP_ID, interactionPayload, startFakeDiscord } from '../tests/helpers/fakeDiscord.js';
import { ms, summarise, table } from './stats.js';

const RUNS = 30;
const WARMUP = 3;
const TARGET_DEFER_MS = 50;

const quiet: Logger = { debug() {}, info() {}, warn() {}, error: (m, x) => process.stderr.write(`${JSON.stringify({ m, ...x })}\n`) };

async function main(): Promise<void> {
  const fake = await startFakeDiscord();
  const config = loadConfig({
    DATA_MODE: 'snapshot',
    DISCORD_TOKEN: 'bench-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_COOLDOWN_COMMANDS: '100000',
    DISCORD_COOLDOWN_SECONDS: '1',
  });
  const app = createApp(config, { log: quiet });
  const adapter = createDiscordAdapter(app, config);
  await adapter.start();
  let seq = 0;

  async function one(name: string, options: { name: string; value: string }[]): Promise<{ defer: number; edit: number }> {
    seq += 1;
    const id = String(800000000000000000n + BigInt(seq));
    const token = `bench-${seq}`;
    const sent = fake.sendInteraction(interactionPayload({ id, token, name, options }));
    const deferral = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${id}/${token}/callback`, 10_000);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`, 30_000);
    return { defer: deferral.at - sent, edit: edit.at - sent };
  }

  // Commands that draw a chart from a range alone (not those that need another option, like /export's series).
  const charted = commands.filter((c) => Object.values(c.options).some((o) => o.kind === 'range') && !Object.values(c.options).some((o) => o.kind === 'choice' && o.required));
  const varied = Array.from({ length: WARMUP + RUNS }, (_, n) => ({
    name: charted[n % charted.length]!.name,
    options: [{ name: 'range', value: RANGES[Math.floor(n / charted.length) % RANGES.length]! }],
  }));
  const sets: Record<string, { defer: number[]; edit: number[] }> = { 'varied (renders)': { defer: [], edit: [] }, 'repeat /sofr range:1y (cache hits)': { defer: [], edit: [] } };
  try {
    for (const [n, q] of varied.entries()) {
      const t = await one(q.name, q.options);
      if (n >= WARMUP) {
        sets['varied (renders)']!.defer.push(t.defer);
        sets['varied (renders)']!.edit.push(t.edit);
      }
    }
    for (let n = 0; n < WARMUP + RUNS; n++) {
      const t = await one('sofr', [{ name: 'range', value: '1y' }]);
      if (n >= WARMUP) {
        sets['repeat /sofr range:1y (cache hits)']!.defer.push(t.defer);
        sets['repeat /sofr range:1y (cache hits)']!.edit.push(t.edit);
        if (process.env.BENCH_TRACE) process.stderr.write(`${n} ${t.defer.toFixed(1)} ${t.edit.toFixed(1)}\n`);
      }
    }
  } finally {
    await adapter.stop();
    await fake.close();
    app.close();
  }
  const rows: string[][] = [];
  for (const [label, s] of Object.entries(sets)) {
    const d = summarise(s.defer);
    const e = summarise(s.edit);
    rows.push([label, String(d.n), ms(d.median), ms(d.p95), ms(d.max), ms(e.median), ms(e.p95), ms(e.max)]);
  }
  process.stdout.write(`Discord adapter against the local fake (node ${process.version}), ms from INTERACTION_CREATE sent\n\n`);
  process.stdout.write(`${table(['set', 'n', 'defer med', 'defer p95', 'defer max', 'edit med', 'edit p95', 'edit max'], rows)}\n\n`);
  const all = summarise(Object.values(sets).flatMap((s) => s.defer));
  process.stdout.write(`deferral median ${ms(all.median)} ms over ${all.n}: ${all.median < TARGET_DEFER_MS ? 'under' : 'OVER'} the ${TARGET_DEFER_MS} ms target\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
