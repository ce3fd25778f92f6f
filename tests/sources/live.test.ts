// The live reader against local fake upstreams: single flight, release-based caching, fallbacks,
// and the rule that a failure shows older data with a plain `stale` sentence, never a wrong number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import type { DateWindow, SeriesId } from '../../src/core/types.js';
import { en } from '../../src/core/messages/en.js';
import { failedWords } from '../../src/core/messages/en/common.js';
import { createLiveReader } from '../../src/sources/live.js';
import type { SeriesRead, SeriesReader } from '../../src/sources/types.js';
import { openDatabase } from '../../src/store/db.js';
import { createObservationStore, type ObservationStore } from '../../src/store/observations.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

const SOFR_PATH = '/api/rates/secured/sofr/search.json';
const FRED_CSV = '/graph/fredgraph.csv';
const W: DateWindow = { start: '2024-06-03', end: '2024-06-06' };
const HOUR = 3_600_000;
const sofrJson = () => fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') as { refRates: Record<string, unknown>[] };

/** A stand-in for the snapshot reader: SOFR up to May 31, no SRF history. */
const snapshot: SeriesReader = {
  mode: 'snapshot',
  async read(id: SeriesId): Promise<SeriesRead> {
    if (id !== 'SOFR') return { series: null, missing: { reason: 'notInSnapshot', series: id } };
    return { series: { id, unit: 'percent', calendar: 'business', points: [{ date: '2024-05-31', value: 5.33 }], provenance: { source: 'NY Fed (offline snapshot)', seriesId: 'SOFR' } } };
  },
  async newest(id) {
    return id === 'SOFR' ? { date: '2024-05-31', source: 'NY Fed (offline snapshot)' } : null;
  },
};

/** The reader's stale note as the English catalog words it, in the fake clock's year. */
const said = (r: SeriesRead) => (r.stale ? en.common.stale(r.stale, new Date(clock).getUTCFullYear()) : undefined);

let up: FakeUpstream;
let clock: number;
let logs: string[];
beforeEach(async () => {
  up = await startFakeUpstream();
  clock = Date.parse('2024-06-07T13:00:00Z');
  logs = [];
});
afterEach(() => up.close());

function live(opts: { store?: ObservationStore; env?: Record<string, string> } = {}) {
  const store = opts.store ?? createObservationStore(openDatabase(':memory:'));
  const config = configSchema.parse({
    NYFED_BASE_URL: up.base,
    FRED_BASE_URL: up.base,
    FRED_GRAPH_BASE_URL: up.base,
    TREASURY_BASE_URL: up.base,
    HTTP_TIMEOUT_MS: '200',
    HTTP_RETRIES: '1',
    ...opts.env,
  });
  const reader = createLiveReader({
    config,
    store,
    fallback: snapshot,
    expiresAt: (_id, at) => new Date(at.getTime() + HOUR),
    now: () => new Date(clock),
    log: (level, m) => void logs.push(`${level} ${m}`),
    http: { sleep: async () => {}, backoffMs: () => 0 },
    failureBackoffMs: 60_000,
  });
  return { reader, store };
}
const last = (r: SeriesRead) => r.series?.points.at(-1);

describe('live reader: sharing and caching', () => {
  it('answers 50 concurrent reads with exactly one upstream request', async () => {
    up.on(SOFR_PATH, { json: sofrJson() });
    // A timeout long enough for a loaded machine: with the suite's 200 ms, a slow first answer was
    // timed out and retried (two requests), which is not what this test is about.
    const { reader } = live({ env: { HTTP_TIMEOUT_MS: '5000' } });
    const ids: SeriesId[] = ['SOFR', 'SOFR_P1', 'SOFR_P99', 'SOFR_VOLUME', 'SOFR_P25'];
    const reads = await Promise.all(Array.from({ length: 50 }, (_, i) => reader.read(ids[i % ids.length]!, W)));
    expect(up.count(SOFR_PATH)).toBe(1);
    expect(last(reads[0]!)).toEqual({ date: '2024-06-06', value: 5.33 });
    expect(last(reads[1]!)?.value).toBe(5.29);
    expect(last(reads[2]!)?.value).toBe(5.44);
    expect(last(reads[3]!)?.value).toBe(2008e9);
    expect(reads.every((r) => r.stale === undefined && r.series?.provenance.source === 'NY Fed')).toBe(true);
  });

  it('keeps a read until expiresAt, then asks again', async () => {
    up.on(SOFR_PATH, { json: sofrJson() });
    const { reader } = live();
    await reader.read('SOFR', W);
    clock += HOUR - 1000;
    await reader.read('SOFR', W);
    await reader.read('SOFR_P75', { start: '2024-06-05', end: '2024-06-06' });
    expect(up.count(SOFR_PATH)).toBe(1);
    clock += 2000;
    await reader.read('SOFR', W);
    expect(up.count(SOFR_PATH)).toBe(2);
  });

  it('keeps what was read across a restart (the store), and fetches a window it has not covered', async () => {
    up.on(SOFR_PATH, { json: sofrJson() });
    const first = live();
    await first.reader.read('SOFR', W);
    const second = live({ store: first.store });
    expect(last(await second.reader.read('SOFR', W))?.value).toBe(5.33);
    expect(up.count(SOFR_PATH)).toBe(1);
    await second.reader.read('SOFR', { start: '2023-01-01', end: '2024-06-06' });
    expect(up.count(SOFR_PATH)).toBe(3); // two year-long spans
  });
});

describe('live reader: failures', () => {
  it('uses FRED when the NY Fed fails, and that is not stale', async () => {
    up.on(SOFR_PATH, { status: 500 });
    up.on(FRED_CSV, { body: 'observation_date,SOFR\n2024-06-03,5.35\n2024-06-04,5.33\n2024-06-05,5.33\n2024-06-06,5.33\n' });
    const { reader } = live();
    const r = await reader.read('SOFR', W);
    expect(r.stale).toBeUndefined();
    expect(r.series?.provenance.source).toBe('FRED');
    expect(last(r)).toEqual({ date: '2024-06-06', value: 5.33 });
    expect(up.count(SOFR_PATH)).toBe(2); // one retry
  });

  it('answers from the store with a stale sentence when every upstream fails', async () => {
    up.on(SOFR_PATH, [{ json: sofrJson() }, { status: 500 }]);
    up.on(FRED_CSV, { status: 502 });
    const { reader } = live();
    await reader.read('SOFR', W);
    clock += 2 * HOUR;
    const r = await reader.read('SOFR', W);
    expect(said(r)).toBe('Data as of Jun 6 (NY Fed and FRED did not answer; retrying).');
    expect(last(r)).toEqual({ date: '2024-06-06', value: 5.33 });
  });

  it('logs a failure shared by 30 concurrent readers once per upstream, not once per reader', async () => {
    up.on(SOFR_PATH, { status: 500 });
    up.on(FRED_CSV, { status: 502 });
    const { reader } = live();
    const all = await Promise.all(Array.from({ length: 30 }, (_, i) => reader.read(i % 2 ? 'SOFR' : 'SOFR_P99', W)));
    expect(all.every((r) => r.series !== null || r.missing)).toBe(true);
    const failed = logs.filter((l) => / failed: /.test(l));
    expect(failed).toHaveLength(new Set(failed.map((l) => l.split(' failed:')[0])).size);
    expect(failed.length).toBeLessThanOrEqual(3);
  });

  it('answers from the store when the upstream hangs past the timeout', async () => {
    up.on(SOFR_PATH, [{ json: sofrJson() }, { hang: true }]);
    up.on(FRED_CSV, { hang: true });
    const { reader } = live();
    await reader.read('SOFR_P99', W);
    clock += 2 * HOUR;
    const t0 = Date.now();
    const r = await reader.read('SOFR_P99', W);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(said(r)).toMatch(/^Data as of Jun 6 \(NY Fed and FRED did not answer; retrying\)\.$/);
    expect(last(r)?.value).toBe(5.44);
  });

  it('never shows a drifted answer: renamed field -> format error logged, older data shown', async () => {
    const drifted = sofrJson();
    drifted.refRates = drifted.refRates.map(({ percentRate, ...rest }) => ({ ...rest, effectiveDate: '2024-06-07', rate: 9.99 }));
    up.on(SOFR_PATH, [{ json: sofrJson() }, { json: drifted }]);
    up.on(FRED_CSV, { status: 500 });
    const { reader, store } = live();
    await reader.read('SOFR', W);
    clock += 2 * HOUR;
    const r = await reader.read('SOFR', { start: '2024-06-03', end: '2024-06-07' });
    expect(said(r)).toBe('Data as of Jun 6 (NY Fed sent data we could not read and FRED did not answer; retrying).');
    expect(r.series?.points.some((p) => p.value === 9.99 || p.date === '2024-06-07')).toBe(false);
    expect(logs.join('\n')).toMatch(/nyfed:sofr failed: NY Fed SOFR: unexpected reference rates shape: refRates\[0\]\.percentRate/);
    expect(store.meta('SOFR')?.lastError).toMatch(/percentRate/);
  });

  it('treats an HTML maintenance page as a format error', async () => {
    up.on(SOFR_PATH, { body: '<html><body>Down for maintenance</body></html>', headers: { 'content-type': 'text/html' } });
    up.on(FRED_CSV, { body: '<html>Error</html>', headers: { 'content-type': 'text/html' } });
    const r = await live().reader.read('SOFR', W);
    expect(said(r)).toBe('Data as of May 31 from the offline snapshot (NY Fed and FRED sent data we could not read; retrying).');
  });

  it('falls back to the snapshot when nothing was ever read, and says what is missing', async () => {
    up.on(SOFR_PATH, { status: 500 });
    up.on('/api/rp/results/search.json', { status: 500 });
    up.on(FRED_CSV, { status: 500 });
    const { reader } = live();
    const sofr = await reader.read('SOFR', W);
    expect(sofr.series?.provenance.source).toBe('NY Fed (offline snapshot)');
    expect(said(sofr)).toBe('Data as of May 31 from the offline snapshot (NY Fed and FRED did not answer; retrying).');
    const srf = await reader.read('SRF_VOLUME', W);
    expect(srf.series).toBeNull();
    expect(srf.missing).toEqual({ reason: 'upstreamsFailed', series: 'SRF_VOLUME', tried: expect.any(Array), snapshot: { reason: 'notInSnapshot', series: 'SRF_VOLUME' } });
    expect(en.common.missing(srf.missing!, 2024)).toBe('NY Fed and FRED did not answer, and the offline snapshot has no SRF usage data.');
  });

  it('leaves a failed upstream alone for a while, then tries again', async () => {
    up.on(SOFR_PATH, { status: 503 });
    up.on(FRED_CSV, { status: 503 });
    const { reader } = live();
    await reader.read('SOFR', W);
    const asked = up.requests.length;
    expect(asked).toBe(4);
    clock += 30_000;
    expect(said(await reader.read('SOFR', W))).toMatch(/did not answer; retrying/);
    expect(up.requests.length).toBe(asked);
    clock += 31_000;
    await reader.read('SOFR', W);
    expect(up.requests.length).toBe(asked * 2);
  });
});

describe('live reader: FRED key, units, other datasets', () => {
  const KEY = 'k'.repeat(8) + '0123456789abcdef01234567';

  it('never lets the FRED key into answers, logs, provenance or the store', async () => {
    up.on('/fred/series/observations', [{ json: { observations: [{ date: '2025-10-29', value: '2848021' }] } }, { status: 500 }]);
    up.on('/fred/series', { json: { seriess: [{ id: 'WRESBAL', units: 'Millions of U.S. Dollars' }] } });
    clock = Date.parse('2025-11-04T15:00:00Z'); // the plausibility gate refuses rows dated after today
    const { reader, store } = live({ env: { FRED_API_KEY: KEY } });
    const ok = await reader.read('RESERVES', { start: '2025-10-29', end: '2025-10-29' });
    expect(last(ok)).toEqual({ date: '2025-10-29', value: 2_848_021e6 });
    clock += 2 * HOUR;
    const stale = await reader.read('RESERVES', { start: '2025-10-29', end: '2025-10-29' });
    expect(said(stale)).toBe('Data as of Oct 29 (FRED did not answer; retrying).');
    const everything = JSON.stringify([ok, stale, logs, store.meta('RESERVES'), await reader.newest('RESERVES')]);
    expect(everything).toContain('api_key=REDACTED');
    expect(everything).not.toContain(KEY);
    expect(logs.length).toBeGreaterThan(0);
  });

  it('reads the TGA from the DTS and EFFR volume from the NY Fed EFFR search', async () => {
    up.on('/v1/accounting/dts/operating_cash_balance', (url) => ({ json: fixtureJson(`dts/ocb_2021-09-30_2022-04-18_page${url.searchParams.get('page[number]')}.json`) }));
    up.on('/api/rates/unsecured/effr/search.json', { json: fixtureJson('nyfed/effr_search_2023-06-05_2023-06-06.json') });
    // Clocks just after each fixture: the plausibility gate refuses future rows and reads whose
    // newest row is older than the series' usual lag.
    clock = Date.parse('2022-04-19T21:00:00Z');
    const { reader } = live();
    const tga = await reader.read('TGA', { start: '2022-04-18', end: '2022-04-18' });
    expect(tga.series?.points).toEqual([{ date: '2022-04-15', value: 578_473e6 }, { date: '2022-04-18', value: 841_253e6 }]);
    expect(tga.series?.provenance.source).toBe('U.S. Treasury DTS');
    clock = Date.parse('2023-06-07T15:00:00Z');
    expect(last(await reader.read('EFFR_VOLUME', { start: '2023-06-06', end: '2023-06-06' }))?.value).toBe(144e9);
    expect(await reader.newest('TGA')).toEqual({ date: '2022-04-18', source: 'U.S. Treasury DTS' });
  });

  it('reads SRF usage from the repo operations', async () => {
    up.on('/api/rp/results/search.json', { json: fixtureJson('nyfed_rp_2025-10-31.json') });
    clock = Date.parse('2025-11-04T15:00:00Z');
    const { reader } = live();
    const [srf, rrp] = await Promise.all([reader.read('SRF_VOLUME', { start: '2025-10-31', end: '2025-10-31' }), reader.read('RRP_VOLUME', { start: '2025-10-31', end: '2025-11-03' })]);
    expect(srf.series?.points).toEqual([{ date: '2025-10-31', value: 50.35e9 }]);
    expect(rrp.series?.points.map((p) => p.value)).toEqual([19_166_000_000, 51_802_000_000, 23_792_000_000]);
    expect(up.count('/api/rp')).toBe(1);
  });

  it('refuses a malformed window before any request', async () => {
    await expect(live().reader.read('SOFR', { start: '2024-06-06', end: '2024-06-01' })).rejects.toThrow(/invalid window/);
    expect(up.requests.length).toBe(0);
  });
});

describe('live reader: the FOMC target range (TARGET_LOW / TARGET_HIGH)', () => {
  const EFFR_PATH = '/api/rates/unsecured/effr/search.json';
  const effrJson = () => fixtureJson('nyfed/effr_search_2023-06-05_2023-06-06.json');
  const DAY: DateWindow = { start: '2023-06-06', end: '2023-06-06' };
  /** FRED's 7-day target range around 2023-06-06 (a Tuesday), weekend included. */
  const fredCsv: Record<string, string> = {
    DFEDTARL: 'observation_date,DFEDTARL\n2023-06-03,5.00\n2023-06-04,5.00\n2023-06-05,5.00\n2023-06-06,5.00\n',
    DFEDTARU: 'observation_date,DFEDTARU\n2023-06-03,5.25\n2023-06-04,5.25\n2023-06-05,5.25\n2023-06-06,5.25\n',
  };
  const fredCsvRoute = (url: URL) => {
    const body = fredCsv[url.searchParams.get('id') ?? ''];
    return body ? { body } : { status: 404, body: 'no such series' };
  };
  beforeEach(() => {
    clock = Date.parse('2023-06-07T15:00:00Z'); // after the 2023-06-06 EFFR release: one request covers the window
  });

  it('reads 5.00-5.25 on 2023-06-06 from the same single EFFR request as EFFR itself', async () => {
    up.on(EFFR_PATH, { json: effrJson() });
    const { reader, store } = live();
    const [low, high, effr] = await Promise.all([reader.read('TARGET_LOW', DAY), reader.read('TARGET_HIGH', DAY), reader.read('EFFR', DAY)]);
    expect(up.count(EFFR_PATH)).toBe(1);
    expect(up.count('/graph')).toBe(0);
    expect(last(low)).toEqual({ date: '2023-06-06', value: 5 });
    expect(last(high)).toEqual({ date: '2023-06-06', value: 5.25 });
    expect(last(effr)?.value).toBe(5.08);
    for (const r of [low, high]) {
      expect(r.stale).toBeUndefined();
      expect(r.series).toMatchObject({ unit: 'percent', calendar: 'business', provenance: { source: 'NY Fed' } });
    }
    expect(low.series?.provenance.seriesId).toBe('EFFR targetRateFrom');
    expect(high.series?.provenance.seriesId).toBe('EFFR targetRateTo');
    // Kept in the store like every series: a second read asks nobody.
    expect(store.meta('TARGET_HIGH')?.provenance.source).toBe('NY Fed');
    await reader.read('TARGET_LOW', DAY);
    expect(up.count(EFFR_PATH)).toBe(1);
    expect(await reader.newest('TARGET_LOW')).toEqual({ date: '2023-06-06', source: 'NY Fed' });
  });

  it('falls back to FRED DFEDTARL / DFEDTARU (keyless CSV) when the NY Fed fails, stamped as 7-day', async () => {
    up.on(EFFR_PATH, { status: 500 });
    up.on(FRED_CSV, fredCsvRoute);
    const { reader } = live();
    const low = await reader.read('TARGET_LOW', { start: '2023-06-03', end: '2023-06-06' });
    const high = await reader.read('TARGET_HIGH', { start: '2023-06-03', end: '2023-06-06' });
    expect(up.requests.filter((q) => q.path === FRED_CSV).map((q) => q.url.searchParams.get('id'))).toEqual(['DFEDTARL', 'DFEDTARU']);
    expect(low.stale).toBeUndefined();
    expect(low.series?.points.map((p) => p.value)).toEqual([5, 5, 5, 5]);
    expect(last(high)).toEqual({ date: '2023-06-06', value: 5.25 });
    expect(low.series).toMatchObject({ unit: 'percent', calendar: 'daily', provenance: { source: 'FRED', seriesId: 'DFEDTARL' } });
    expect(high.series).toMatchObject({ unit: 'percent', calendar: 'daily', provenance: { source: 'FRED', seriesId: 'DFEDTARU' } });
  });

  it('falls back to FRED with a key: observations and "Percent" units per id', async () => {
    up.on(EFFR_PATH, { status: 503 });
    up.on('/fred/series/observations', (url) => {
      const id = url.searchParams.get('series_id');
      return { json: { observations: [{ date: '2023-06-06', value: id === 'DFEDTARL' ? '5.00' : id === 'DFEDTARU' ? '5.25' : '.' }] } };
    });
    up.on('/fred/series', (url) => ({ json: { seriess: [{ id: url.searchParams.get('series_id'), units: 'Percent' }] } }));
    const { reader } = live({ env: { FRED_API_KEY: 'k'.repeat(32) } });
    const [low, high] = await Promise.all([reader.read('TARGET_LOW', DAY), reader.read('TARGET_HIGH', DAY)]);
    expect(last(low)).toEqual({ date: '2023-06-06', value: 5 });
    expect(last(high)).toEqual({ date: '2023-06-06', value: 5.25 });
    expect([low.series?.provenance.seriesId, high.series?.provenance.seriesId]).toEqual(['DFEDTARL', 'DFEDTARU']);
  });

  it('shows the last range read, marked stale, when the NY Fed and FRED both fail later', async () => {
    up.on(EFFR_PATH, [{ json: effrJson() }, { status: 500 }]);
    up.on(FRED_CSV, { status: 502 });
    const { reader } = live();
    await reader.read('TARGET_HIGH', DAY);
    clock += 2 * HOUR;
    const r = await reader.read('TARGET_HIGH', DAY);
    expect(said(r)).toBe('Data as of Jun 6 (NY Fed and FRED did not answer; retrying).');
    expect(last(r)).toEqual({ date: '2023-06-06', value: 5.25 });
  });
});

describe('stale wording (the English catalog words what the reader returns)', () => {
  it('names each upstream once with what went wrong', () => {
    expect(failedWords([{ upstream: 'NY Fed', kind: 'unavailable' }])).toBe('NY Fed did not answer');
    expect(failedWords([{ upstream: 'NY Fed', kind: 'format' }, { upstream: 'FRED', kind: 'unavailable' }, { upstream: 'NY Fed', kind: 'slow' }])).toBe('NY Fed sent data we could not read and FRED did not answer');
  });
  it('adds the year only when it is not the current one', () => {
    const tried = [{ upstream: 'FRED', kind: 'unavailable' as const }];
    expect(en.common.stale({ reason: 'upstreamsFailed', tried, from: 'store', asOf: '2025-10-30' }, 2025)).toBe('Data as of Oct 30 (FRED did not answer; retrying).');
    expect(en.common.stale({ reason: 'upstreamsFailed', tried, from: 'store', asOf: '2024-10-30' }, 2025)).toBe('Data as of Oct 30, 2024 (FRED did not answer; retrying).');
  });
});
