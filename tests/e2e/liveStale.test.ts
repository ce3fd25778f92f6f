// The live path end to end: the real service and live reader against a local server that speaks
// the NY Fed's protocol. Upstream failures never crash and never show a wrong number: the last good
// answer comes back marked stale. Concurrent asks share one upstream request.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { loadConfig } from '../../src/config.js';
import { createLiveReader } from '../../src/sources/live.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { openDatabase } from '../../src/store/db.js';
import { createObservationStore } from '../../src/store/observations.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

const SOFR_PATH = '/api/rates/secured/sofr/search.json';
const HOUR = 3_600_000;
let fake: FakeUpstream | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setUp(timeoutMs = 2000) {
  fake = await startFakeUpstream();
  const clock = { t: Date.parse('2024-06-07T14:00:00Z') };
  const config = loadConfig({
    DATA_MODE: 'live',
    NYFED_BASE_URL: fake.base,
    FRED_BASE_URL: fake.base,
    FRED_GRAPH_BASE_URL: fake.base,
    TREASURY_BASE_URL: fake.base,
    DB_PATH: ':memory:',
    HTTP_TIMEOUT_MS: String(timeoutMs),
    HTTP_RETRIES: '1',
  });
  const reader = createLiveReader({
    config,
    store: createObservationStore(openDatabase(':memory:')),
    fallback: createSnapshotReader(),
    expiresAt: (_id, at) => new Date(at.getTime() + HOUR),
    now: () => new Date(clock.t),
    http: { sleep: async () => {}, backoffMs: () => 0 },
    failureBackoffMs: 0,
  });
  const svc = new AnswerService({ commands, reader, render: async () => new Uint8Array([0x89]), theme: 'dark', now: () => new Date(clock.t) });
  return { svc, clock, fake };
}

const good = () => ({ json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') });

describe('given the live sources behind a local server', () => {
  it('answers from the NY Fed with percentiles and volume, not stale', async () => {
    const { svc, fake } = await setUp();
    fake.on(SOFR_PATH, good());
    const r = await svc.askText('/sofr');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.stale).toBeUndefined();
    expect(r.answer.fields[0]).toEqual({ label: 'SOFR', value: '5.33% (2024-06-06)' });
    expect(r.answer.fields.find((f) => f.label === '1st-99th percentile')?.value).toBe('5.29% - 5.44%');
    expect(r.answer.fields.find((f) => f.label === 'Volume')?.value).toBe('$2.01T');
    expect(r.answer.asOf[0]).toMatchObject({ series: 'SOFR', date: '2024-06-06' });
    expect(r.answer.asOf[0]!.source).toMatch(/NY Fed/);
  });

  for (const [name, failure] of [
    ['answers 500', { status: 500, body: 'Internal Server Error' }],
    ['sends drifted JSON', { json: { refRates: [{ effectiveDate: '2024-06-07', type: 'SOFR', rate: 9.99 }] } }],
    ['sends an HTML page', { status: 200, body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } }],
    ['times out', { hang: true }],
  ] as const) {
    it(`when the NY Fed ${name} later, the last good answer comes back marked stale`, async () => {
      const { svc, clock, fake } = await setUp(300);
      fake.on(SOFR_PATH, good());
      const first = await svc.askText('/sofr');
      expect(first.ok).toBe(true);
      clock.t += 2 * HOUR; // past the cache expiry: the reader must ask upstream again
      fake.on(SOFR_PATH, failure);
      const r = await svc.askText('/sofr');
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.answer.stale).toMatch(/^Data as of Jun 6 /);
      expect(r.answer.fields[0]).toEqual({ label: 'SOFR', value: '5.33% (2024-06-06)' });
      expect(JSON.stringify(r.answer)).not.toContain('9.99');
    });
  }

  it('with nothing read before and the NY Fed down, it falls back to the snapshot, marked stale', async () => {
    const { svc, fake } = await setUp(300);
    fake.on(SOFR_PATH, { status: 503, body: 'down' });
    const r = await svc.askText('/sofr');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.stale).toMatch(/offline snapshot/);
    expect(r.answer.fields[0]!.value).toMatch(/\(2024-06-0[0-9]\)$/);
  });

  it('says why it is stale in the reader\'s language: the sources give the reason, the catalog the words', async () => {
    const { svc, clock, fake } = await setUp(300);
    fake.on(SOFR_PATH, good());
    expect((await svc.askText('/sofr', 'zh-TW')).ok).toBe(true);
    clock.t += 2 * HOUR;
    fake.on(SOFR_PATH, { status: 500, body: 'Internal Server Error' });
    const hant = await svc.askText('/sofr', 'zh-TW');
    const hans = await svc.askText('/sofr', 'zh-CN');
    if (!hant.ok || !hans.ok) throw new Error('expected answers');
    expect(hant.answer.stale).toBe('資料截至 6月6日（紐約聯準會與FRED沒有回應；重試中）。');
    expect(hans.answer.stale).toBe('数据截至 6月6日（纽约美联储与FRED没有回应；重试中）。');
    expect(hant.answer.stale).not.toMatch(/[a-z]{2,}/);
  });

  it('50 concurrent asks for the same series cost what one ask costs upstream', async () => {
    // One ask reads SOFR over about 19 months: one fetch, sent as year-long spans (data-sources §1.2).
    const one = await setUp();
    one.fake.on(SOFR_PATH, good());
    expect((await one.svc.askText('/sofr')).ok).toBe(true);
    const single = one.fake.requests.map((r) => r.url.search);
    expect(single.length).toBe(2);
    await one.fake.close();

    const { svc, fake } = await setUp();
    fake.on(SOFR_PATH, good());
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => svc.askText(i % 2 ? '/sofr' : '/sofr range:3m')));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(fake.requests.map((r) => r.url.search)).toEqual(single);
  });
});
