// npm run refresh-snapshot against a local fake NY Fed and FRED: new rows come in through the same
// clients and gate as live mode, revisions are printed, an implausible read keeps the bundled data,
// and two runs over the same answers write the same bytes.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSnapshot } from '../../scripts/refresh-snapshot.js';
import { loadConfig } from '../../src/config.js';
import { startFakeUpstream, type FakeUpstream } from '../helpers/fakeUpstream.js';

const SNAPSHOT = new URL('../../data/snapshot/', import.meta.url);
const points = (dir: string, id: string): [string, number][] => (JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { points: [string, number][] }).points;
const bundled = (id: string) => points(SNAPSHOT.pathname, id);

// The NY Fed's SOFR answer: the bundled rows from the asked start, one revised, and three new days.
const NEW_SOFR: [string, number][] = [
  ['2026-10-09', 3.88],
  ['2026-10-13', 3.9],
  ['2026-10-14', 3.89],
];
const REVISED: [string, number] = ['2026-10-07', 3.86];

function sofrRows(start: string): [string, number][] {
  const old = bundled('SOFR').filter(([d]) => d >= start);
  return [...old.map(([d, v]): [string, number] => (d === REVISED[0] ? REVISED : [d, v])), ...NEW_SOFR];
}

describe('npm run refresh-snapshot', () => {
  let up: FakeUpstream;
  let dir: string;
  const now = () => new Date('2026-10-15T20:00:00Z');
  const run = async () => {
    const log: string[] = [];
    const r = await refreshSnapshot(loadConfig({ NYFED_BASE_URL: up.base, FRED_GRAPH_BASE_URL: up.base, FRED_BASE_URL: up.base, TREASURY_BASE_URL: up.base, HTTP_RETRIES: '0' }), dir, {
      now,
      log: (s) => log.push(s),
      http: { sleep: async () => {} },
    });
    return { ...r, log };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'liq-refresh-'));
    cpSync(SNAPSHOT, dir, { recursive: true });
    up = await startFakeUpstream();
    up.on('/api/rates/secured/sofr/search.json', (url) => ({
      json: {
        refRates: sofrRows(url.searchParams.get('startDate')!)
          .reverse()
          .map(([d, v]) => ({ effectiveDate: d, type: 'SOFR', percentRate: v, percentPercentile1: v - 0.04, percentPercentile25: v - 0.01, percentPercentile75: v + 0.02, percentPercentile99: v + 0.08, volumeInBillions: 3001, revisionIndicator: '' })),
      },
    }));
    // Reserves from FRED's keyless CSV, in millions: the newest week halves, which no week since 2010 has done.
    up.on('/graph/fredgraph.csv', (url) => {
      if (url.searchParams.get('id') !== 'WRESBAL') return { status: 404, body: 'not found' };
      const rows = bundled('RESERVES').filter(([d]) => d >= url.searchParams.get('cosd')!);
      const body = [...rows, ['2026-09-16', rows.at(-1)![1] / 2] as [string, number]].map(([d, v]) => `${d},${v / 1e6}`).join('\n');
      return { body: `observation_date,WRESBAL\n${body}\n`, headers: { 'content-type': 'text/csv' } };
    });
  });
  afterAll(async () => {
    await up.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the new SOFR days through the NY Fed client, applies and prints the revision, and keeps a series whose read fails the gate', async () => {
    const r = await run();
    const sofr = points(dir, 'SOFR');
    expect(sofr.slice(-3)).toEqual(NEW_SOFR);
    expect(sofr.find(([d]) => d === REVISED[0])).toEqual(REVISED);
    expect(r.lines.find((l) => l.id === 'SOFR')).toMatchObject({ outcome: 'refreshed', detail: expect.stringContaining('3 new rows, through 2026-10-14') });
    expect(r.revisions).toContain(`SOFR 2026-10-07: ${bundled('SOFR').find(([d]) => d === '2026-10-07')![1]} -> 3.86 (NY Fed sofr)`);
    expect(r.log).toContain('revisions applied (the newer read wins): ' + r.revisions.length);
    // The percentiles and volume come from the same NY Fed answer.
    expect(points(dir, 'SOFR_P99').at(-1)).toEqual(['2026-10-14', 3.97]);
    expect(points(dir, 'SOFR_VOLUME').at(-1)).toEqual(['2026-10-14', 3001e9]);

    // Reserves halving in a week: the gate refuses the read, the bundled data stays, and the output says why.
    expect(points(dir, 'RESERVES')).toEqual(bundled('RESERVES'));
    expect(r.lines.find((l) => l.id === 'RESERVES')).toMatchObject({ outcome: 'kept', detail: expect.stringMatching(/plausibility gate: RESERVES: jump/) });
    // Upstreams that do not answer (404 here) leave their series as bundled, and the run says it is incomplete.
    expect(points(dir, 'TGA')).toEqual(bundled('TGA'));
    expect(r.ok).toBe(false);

    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { series: Record<string, { last: string; note?: string }> };
    expect(manifest.series.SOFR).toMatchObject({ last: '2026-10-14', note: expect.stringMatching(/Refreshed from the live APIs through 2026-10-14 \(NY Fed sofr\)\.$/) });
  });

  it('is deterministic: a second run over the same answers writes the same bytes and finds nothing new', async () => {
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const r = await run();
    const after = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    expect(after).toEqual(before);
    expect(r.lines.find((l) => l.id === 'SOFR')).toMatchObject({ outcome: 'unchanged' });
    expect(r.revisions).toEqual([]);
  });
});
