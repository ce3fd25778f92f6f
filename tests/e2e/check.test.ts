// `npm start -- --check` on the built entry point: one line per check, exit 0 when all pass, 1
// otherwise; a bad variable is named (from the environment or from the env file); each source is
// reached once.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startEntry } from '../helpers/entry.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

async function check(env: Record<string, string>): Promise<{ code: number | string; lines: string[] }> {
  const e = startEntry(env, { args: ['--check'] });
  const code = await e.exited;
  return { code, lines: e.output().trim().split('\n') };
}

it('a bad variable: exit 1, one line naming it', async () => {
  const r = await check({ DATA_MODE: 'snapshot', HTTP_TIMEOUT_MS: 'soon' });
  expect(r.code).toBe(1);
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatch(/^FAIL configuration: .*HTTP_TIMEOUT_MS/);
});

it('reads the env file when present (variables set in the environment win)', async () => {
  const file = join(tmpdir(), `liquidity-check-${process.pid}.env`);
  writeFileSync(file, 'DATA_MODE=snapshot\nCHART_THEME=purple\nLOG_LEVEL=loud\n');
  const r = await check({ ENV_FILE: file, LOG_LEVEL: 'info' });
  expect(r.code).toBe(1);
  expect(r.lines[0]).toContain('CHART_THEME');
  expect(r.lines[0]).not.toContain('LOG_LEVEL');
});

it('snapshot mode: configuration and snapshot pass, no network, exit 0', async () => {
  const r = await check({ DATA_MODE: 'snapshot' });
  expect(r.code).toBe(0);
  expect(r.lines.map((l) => l.split(':')[0])).toEqual(['ok   configuration', 'ok   snapshot', 'ok   sources']);
});

it('live mode: each source reached once; one that fails makes the exit 1 and is named', async () => {
  upstream = await startFakeUpstream();
  upstream.on('/api/rates/secured/sofr/search.json', { json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') });
  upstream.on('/v1/accounting/dts/operating_cash_balance', { json: fixtureJson('dts/ocb_2021-09-30_2022-04-18_page2.json') });
  upstream.on('/graph/fredgraph.csv', { status: 503 });
  const r = await check({ DATA_MODE: 'live', DB_PATH: ':memory:', NYFED_BASE_URL: upstream.base, FRED_BASE_URL: upstream.base, FRED_GRAPH_BASE_URL: upstream.base, TREASURY_BASE_URL: upstream.base, HTTP_TIMEOUT_MS: '3000' });
  expect(r.lines.find((l) => l.includes(' NY Fed:'))).toMatch(/^ok /);
  expect(r.lines.find((l) => l.includes(' Treasury:'))).toMatch(/^ok /);
  expect(r.lines.find((l) => l.includes(' FRED:'))).toMatch(/^FAIL FRED: .*503/);
  expect(r.lines.find((l) => l.includes(' database:'))).toMatch(/^ok /);
  expect(r.code).toBe(1);
  expect(upstream.count('/api/rates/secured/sofr/')).toBe(1);
  expect(upstream.count('/graph/fredgraph.csv')).toBe(1);
}, 30_000);
