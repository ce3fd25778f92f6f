// The three upstream clients against a local server: the URLs they ask for, paging, units, redaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { createFredClient } from '../../src/sources/fred.js';
import { createHttpClient, httpOptionsFromConfig } from '../../src/sources/http.js';
import { createNyfedClient } from '../../src/sources/nyfed.js';
import { createTreasuryClient } from '../../src/sources/treasury.js';
import { fixtureJson, startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

const KEY = '0123456789abcdef0123456789abcdef';
let up: FakeUpstream;
beforeEach(async () => {
  up = await startFakeUpstream();
});
afterEach(() => up.close());

const config = (extra: Record<string, string> = {}) =>
  configSchema.parse({ NYFED_BASE_URL: up.base, FRED_BASE_URL: up.base, FRED_GRAPH_BASE_URL: up.base, TREASURY_BASE_URL: up.base, HTTP_RETRIES: '0', ...extra });
const http = (c = config()) => createHttpClient(httpOptionsFromConfig(c, { sleep: async () => {} }));
const fredMeta = (id: string, units: string) => ({ seriess: [{ id, units }] });

describe('NY Fed client', () => {
  it('asks one request per year of a long window and merges them', async () => {
    up.on('/api/rates/secured/sofr/search.json', { json: fixtureJson('nyfed/rates_secured_sofr_search_2024-06-01_2024-06-06.json') });
    const r = await createNyfedClient(http(), up.base).fetchRates('SOFR', { start: '2022-06-07', end: '2024-06-06' });
    expect(up.requests.map((q) => [q.url.searchParams.get('startDate'), q.url.searchParams.get('endDate')])).toEqual([
      ['2022-06-07', '2023-06-06'],
      ['2023-06-07', '2024-06-06'],
    ]);
    const sofr = r.find((s) => s.id === 'SOFR')!;
    expect(sofr.points).toHaveLength(4);
    expect(sofr.provenance.source).toBe('NY Fed');
    expect(r.map((s) => s.id)).toEqual(['SOFR', 'SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99', 'SOFR_VOLUME']);
  });

  it('yields EFFR, its volume and the target range bounds from one EFFR search', async () => {
    up.on('/api/rates/unsecured/effr/search.json', { json: fixtureJson('nyfed/effr_search_2023-06-05_2023-06-06.json') });
    const r = await createNyfedClient(http(), up.base).fetchRates('EFFR', { start: '2023-06-05', end: '2023-06-06' });
    expect(up.count('/api/rates/unsecured/effr')).toBe(1);
    expect(r.map((s) => s.id)).toEqual(['EFFR', 'EFFR_VOLUME', 'TARGET_LOW', 'TARGET_HIGH']);
    const low = r.find((s) => s.id === 'TARGET_LOW')!;
    const high = r.find((s) => s.id === 'TARGET_HIGH')!;
    expect(low.points).toEqual([{ date: '2023-06-05', value: 5 }, { date: '2023-06-06', value: 5 }]);
    expect(high.points).toEqual([{ date: '2023-06-05', value: 5.25 }, { date: '2023-06-06', value: 5.25 }]);
    expect([low.unit, low.calendar, high.unit, high.calendar]).toEqual(['percent', 'business', 'percent', 'business']);
    expect(low.provenance).toMatchObject({ source: 'NY Fed', seriesId: 'EFFR targetRateFrom' });
    expect(high.provenance).toMatchObject({ source: 'NY Fed', seriesId: 'EFFR targetRateTo' });
  });

  it('reads repo operations into RRP and SRF series', async () => {
    up.on('/api/rp/results/search.json', { json: fixtureJson('nyfed_rp_2025-10-31.json') });
    const s = await createNyfedClient(http(), up.base).fetchRepoOperations({ start: '2025-10-30', end: '2025-11-03' });
    expect(s.find((x) => x.id === 'SRF_VOLUME')!.points).toEqual([{ date: '2025-10-31', value: 50.35e9 }]);
    expect(s.find((x) => x.id === 'RRP_VOLUME')!.unit).toBe('usd');
  });
});

describe('FRED client with a key', () => {
  const obs = { observations: [{ date: '2025-10-29', value: '2848021' }] };

  it('scales WRESBAL by the units its metadata declares (millions)', async () => {
    up.on('/fred/series/observations', { json: obs });
    up.on('/fred/series', { json: fredMeta('WRESBAL', 'Millions of U.S. Dollars') });
    const s = await createFredClient(http(config({ FRED_API_KEY: KEY })), config({ FRED_API_KEY: KEY })).fetchSeries('WRESBAL', { start: '2025-10-01', end: '2025-10-31' });
    expect(s.id).toBe('RESERVES');
    expect(s.points).toEqual([{ date: '2025-10-29', value: 2_848_021e6 }]);
  });

  it('sends every FRED request through the pacer and reads a series\' units once, even for concurrent fetches', async () => {
    up.on('/fred/series/observations', { json: obs });
    up.on('/fred/series', { json: fredMeta('WRESBAL', 'Millions of U.S. Dollars') });
    const c = config({ FRED_API_KEY: KEY });
    let paced = 0;
    const client = createFredClient(http(c), c, () => new Date(1_800_000_000_000), (fn) => (paced++, fn()));
    const w = { start: '2025-10-01', end: '2025-10-31' };
    const all = await Promise.all([client.fetchSeries('WRESBAL', w), client.fetchSeries('WRESBAL', w), client.fetchSeries('WRESBAL', w)]);
    expect(all.every((s) => s.points[0]!.value === 2_848_021e6)).toBe(true);
    const metadataReads = () => up.requests.filter((r) => r.path === '/fred/series').length;
    expect(up.count('/fred/series/observations')).toBe(3);
    expect(metadataReads()).toBe(1);
    expect(paced).toBe(4);
    await client.fetchSeries('WRESBAL', w);
    expect(metadataReads()).toBe(1);
  });

  it('scales the same number differently when the metadata says billions', async () => {
    up.on('/fred/series/observations', { json: { observations: [{ date: '2025-07-30', value: '3347.41' }] } });
    up.on('/fred/series', { json: fredMeta('WRESBAL', 'Billions of U.S. Dollars') });
    const c = config({ FRED_API_KEY: KEY });
    const s = await createFredClient(http(c), c).fetchSeries('WRESBAL', { start: '2025-07-01', end: '2025-07-31' });
    expect(s.points[0]!.value).toBeCloseTo(3.34741e12, 0);
  });

  it('sends the documented query and keeps the key out of provenance', async () => {
    up.on('/fred/series/observations', { json: fixtureJson('fred/series_observations_SOFR_2024-06-01_2024-06-06.json') });
    up.on('/fred/series', { json: fredMeta('SOFR', 'Percent') });
    const c = config({ FRED_API_KEY: KEY });
    const s = await createFredClient(http(c), c).fetchSeries('SOFR', { start: '2024-06-01', end: '2024-06-06' });
    expect(s.points[0]).toEqual({ date: '2024-06-03', value: 5.35 });
    const q = up.requests.find((r) => r.path === '/fred/series/observations')!.url.searchParams;
    expect(Object.fromEntries(q)).toMatchObject({ series_id: 'SOFR', api_key: KEY, file_type: 'json', observation_start: '2024-06-01', observation_end: '2024-06-06' });
    expect(s.provenance.url).toContain('api_key=REDACTED');
    expect(JSON.stringify(s.provenance)).not.toContain(KEY);
  });

  it('refuses a unit that does not fit the series (percent where dollars are expected)', async () => {
    up.on('/fred/series/observations', { json: obs });
    up.on('/fred/series', { json: fredMeta('WRESBAL', 'Percent') });
    const c = config({ FRED_API_KEY: KEY });
    await expect(createFredClient(http(c), c).fetchSeries('WRESBAL', { start: '2025-10-01', end: '2025-10-31' })).rejects.toThrow(/unit is percent/);
  });
});

describe('FRED client without a key (fredgraph.csv)', () => {
  it('reads the CSV, guesses millions for WALCL and drops rows before the window (rows after it are the gate\'s to judge)', async () => {
    up.on('/graph/fredgraph.csv', { body: 'observation_date,WALCL\n2025-10-22,6600000\n2025-10-29,6587034\n2025-11-05,6572732\n' });
    const c = config();
    const s = await createFredClient(http(c), c).fetchSeries('WALCL', { start: '2025-10-29', end: '2025-10-31' });
    // The live reader's windows end today, so a row after the end is a future row: kept, for the
    // plausibility gate to refuse (it used to be dropped silently).
    expect(s.points).toEqual([{ date: '2025-10-29', value: 6_587_034e6 }, { date: '2025-11-05', value: 6_572_732e6 }]);
    expect(Object.fromEntries(up.requests[0]!.url.searchParams)).toEqual({ id: 'WALCL', cosd: '2025-10-29', coed: '2025-10-31' });
  });

  it('rejects a CSV for another series', async () => {
    up.on('/graph/fredgraph.csv', { body: 'observation_date,WTREGEN\n2025-10-29,957990\n' });
    const c = config();
    await expect(createFredClient(http(c), c).fetchSeries('WALCL', { start: '2025-10-01', end: '2025-10-31' })).rejects.toThrow(/column is WTREGEN/);
  });
});

describe('Treasury DTS client', () => {
  it('follows two pages and reads the TGA across all three account-type eras', async () => {
    up.on('/v1/accounting/dts/operating_cash_balance', (url) => ({
      json: fixtureJson(`dts/ocb_2021-09-30_2022-04-18_page${url.searchParams.get('page[number]')}.json`),
    }));
    const s = await createTreasuryClient(http(), up.base).fetchTga({ start: '2021-09-30', end: '2022-04-18' });
    expect(s.points).toEqual([
      { date: '2021-09-30', value: 215_160e6 }, // Federal Reserve Account, close_today_bal
      { date: '2021-10-01', value: 132_452e6 }, // Treasury General Account (TGA), close_today_bal
      { date: '2022-04-15', value: 578_473e6 },
      { date: '2022-04-18', value: 841_253e6 }, // ... Closing Balance, open_today_bal
    ]);
    const q = up.requests.map((r) => Object.fromEntries(r.url.searchParams));
    expect(q.map((x) => x['page[number]'])).toEqual(['1', '2']);
    expect(q[0]).toMatchObject({ filter: 'record_date:gte:2021-09-30,record_date:lte:2022-04-18', sort: 'record_date', 'page[size]': '10000' });
  });

  it('calls rows without any TGA account a format error', async () => {
    const row = { record_date: '2026-01-02', account_type: 'Treasury Cash Account', open_today_bal: '1', close_today_bal: 'null' };
    up.on('/v1/accounting/dts/operating_cash_balance', { json: { data: [row], meta: { 'total-pages': 1 }, links: { next: null } } });
    await expect(createTreasuryClient(http(), up.base).fetchTga({ start: '2026-01-01', end: '2026-01-02' })).rejects.toThrow(/no TGA balance row.*Treasury Cash Account/);
  });

  it('calls numbers where strings belong drift', async () => {
    const row = { record_date: '2026-01-02', account_type: 'Treasury General Account (TGA) Closing Balance', open_today_bal: 900000 };
    up.on('/v1/accounting/dts/operating_cash_balance', { json: { data: [row], meta: { 'total-pages': 1 } } });
    await expect(createTreasuryClient(http(), up.base).fetchTga({ start: '2026-01-01', end: '2026-01-02' })).rejects.toThrow(/data\[0\]\.open_today_bal/);
  });
});
