// The HTTP server of the built entry point (what `npm start` and the image run): /healthz, /readyz
// and /metrics on PORT, a request body limit, 404 elsewhere; with PORT and no platform token the
// bot serves these instead of opening the terminal prompt. /metrics moves with the commands asked
// (through the fake Bot API) and the upstream requests made (against the fake NY Fed/FRED/Treasury).
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startEntry, type Entry, liveAgainst } from '../helpers/entry.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../helpers/fakeTelegram.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';
import { freePort, waitForHttp } from '../helpers/port.js';

const TELEGRAM_TOKEN = '4243:http-test-telegram-token-never-logged';

let entry: Entry | undefined;
let telegram: FakeTelegram | undefined;
let upstream: FakeUpstream | undefined;

afterEach(async () => {
  const code = await entry?.stop();
  const out = entry?.output() ?? '';
  entry = undefined;
  await telegram?.close();
  await upstream?.close();
  telegram = upstream = undefined;
  expect(out).not.toContain('never-logged');
  if (code !== undefined) expect(code).toBe(0);
});

/** `name{labels} value` lines of the Prometheus text format, labels as written. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

function sumOf(text: string, name: string): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .reduce((n, l) => n + Number(l.split(/\s+/).at(-1)), 0);
}

/** A raw request, so a body can be declared larger than what is sent (fetch would refuse). */
function rawStatus(port: number, method: string, path: string, headers: Record<string, string>, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('given PORT and no platform token', () => {
  it('serves /healthz, /readyz and /metrics, 404 elsewhere, 413 over the body limit, and opens no prompt', async () => {
    const port = await freePort();
    entry = startEntry({ DATA_MODE: 'snapshot', PORT: String(port), HTTP_BODY_LIMIT_BYTES: '2048' }, { stdin: '/sofr\n' });
    const base = `http://127.0.0.1:${port}`;
    const health = await waitForHttp(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });

    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { ready: boolean; adapters: unknown[]; sources: { series: string; newest: string; overdue: boolean }[] };
    expect(body.ready).toBe(true);
    expect(body.adapters).toEqual([]);
    expect(body.sources.find((s) => s.series === 'SOFR')?.newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const text = await metrics.text();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'liquidity_posts_sent_total', { platform: 'telegram' })).toBe(0);
    expect(sample(text, 'liquidity_posts_failed_total', { platform: 'discord' })).toBe(0);
    expect(text).toContain('# TYPE liquidity_commands_total counter');

    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(await rawStatus(port, 'GET', '/healthz', { 'content-length': '4096' }, 'x'.repeat(4096))).toBe(413);

    // The prompt never read the /sofr on stdin: no answer, no prompt text.
    expect(entry.output()).not.toContain('liquidity>');
    expect(entry.output()).not.toMatch(/"msg":"command"/);
  }, 40_000);
});

describe('given PORT, Telegram and live sources', () => {
  async function start(): Promise<{ base: string; fake: FakeTelegram; up: FakeUpstream }> {
    upstream = await startFakeUpstream();
    upstream.on('/api/rates/secured/sofr/search.json', { json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') });
    telegram = await startFakeTelegram({ token: TELEGRAM_TOKEN });
    const port = await freePort();
    entry = startEntry({
      PORT: String(port),
      ...liveAgainst(upstream.base),
      HTTP_TIMEOUT_MS: '2000',
      HTTP_RETRIES: '0',
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
    });
    await entry.waitForLog((l) => l.msg === 'adapter started' && l.adapter === 'telegram', 20_000);
    return { base: `http://127.0.0.1:${port}`, fake: telegram, up: upstream };
  }

  it('/metrics counts commands by name and outcome, answer latency, chart renders and upstream requests and failures', async () => {
    const { base, fake, up } = await start();
    const before = await (await fetch(`${base}/metrics`)).text();
    expect(sample(before, 'liquidity_commands_total', { command: 'sofr', outcome: 'ok' })).toBeUndefined();

    fake.push(textUpdate('/sofr 2024-06-06'));
    await fake.waitFor('sendPhoto', 1, 20_000);
    fake.push(textUpdate('/sofr 2024-06-06'));
    await fake.waitFor('sendPhoto', 2, 20_000);
    fake.push(textUpdate('/sofr 2031-02-30'));
    await fake.waitFor('sendMessage', 1, 20_000);

    // A /sofr answer may carry a follow-up message (caption overflow): wait for the error's own reply.
    await expect.poll(() => fake.callsOf('sendMessage').some((c) => String((c.params as { text?: string }).text ?? '').includes('2031-02-30')), { timeout: 20_000 }).toBe(true);
    const after = await (await fetch(`${base}/metrics`)).text();
    expect(sample(after, 'liquidity_commands_total', { command: 'sofr', outcome: 'ok' })).toBe(1);
    expect(sample(after, 'liquidity_commands_total', { command: 'sofr', outcome: 'cached' })).toBe(1);
    expect(sample(after, 'liquidity_commands_total', { command: 'sofr', outcome: 'user_error' })).toBe(1);
    expect(sample(after, 'liquidity_answer_duration_seconds_count', { command: 'sofr' })).toBe(3);
    expect(sample(after, 'liquidity_chart_render_duration_seconds_count')).toBe(1);
    // Every request the fake NY Fed saw is counted under its source; the routes the fake does not
    // serve (404) are counted as failures of their source.
    expect(sample(after, 'liquidity_upstream_requests_total', { source: 'NY Fed' })).toBe(up.requests.filter((r) => r.path.startsWith('/api/')).length);
    expect(sumOf(after, 'liquidity_upstream_requests_total')).toBe(up.requests.length);
    expect(sumOf(after, 'liquidity_upstream_failures_total')).toBe(up.requests.filter((r) => r.path !== '/api/rates/secured/sofr/search.json').length);
    expect(sumOf(after, 'liquidity_upstream_failures_total')).toBeGreaterThan(0);
    // One JSON log line per command, with its latency and outcome.
    const logged = entry!.output().split('\n').filter((l) => l.includes('"msg":"command"')).map((l) => JSON.parse(l) as { command: string; outcome: string; ms: number });
    expect(logged.map((l) => [l.command, l.outcome])).toEqual([
      ['sofr', 'ok'],
      ['sofr', 'cached'],
      ['sofr', 'user_error'],
    ]);
    expect(logged.every((l) => typeof l.ms === 'number' && l.ms >= 0)).toBe(true);
  }, 60_000);

  it('/readyz is 503 and names SOFR overdue when the newest SOFR upstream has is from 2024', async () => {
    const { base } = await start();
    const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(30_000) });
    const body = (await res.json()) as { ready: boolean; adapters: { name: string; connected: boolean }[]; sources: { series: string; newest: string | null; overdue: boolean }[] };
    expect(res.status).toBe(503);
    expect(body.ready).toBe(false);
    expect(body.adapters).toEqual([{ name: 'telegram', connected: true }]);
    const sofr = body.sources.find((s) => s.series === 'SOFR')!;
    expect(sofr.overdue).toBe(true);
  }, 60_000);
});
