// Well-behaved answers of each upstream, in each one's own format, built from the bundled history
// (data/snapshot) around 2025-10-31, and the faults the chaos suite scripts on top of them.
import { readFileSync } from 'node:fs';
import type { Reply } from '../helpers/fakeUpstream.js';

export type Row = { date: string; value: number };

const snap = (id: string): Row[] =>
  (JSON.parse(readFileSync(new URL(`../../data/snapshot/${id}.json`, import.meta.url), 'utf8')) as { points: [string, number][] }).points.map(([date, value]) => ({ date, value }));
const between = (rows: Row[], from: string, to: string) => rows.filter((r) => r.date >= from && r.date <= to);

/** The day the suite runs on (US Eastern 2025-11-05, 3 pm) and the last day each source has rows for. */
export const NOW = Date.parse('2025-11-05T20:00:00Z');

// Values in each source's own unit.
export const HISTORY = {
  sofr: between(snap('SOFR'), '2025-06-01', '2025-11-04'), // percent
  rrp: between(snap('RRP_VOLUME'), '2025-06-01', '2025-11-04'), // dollars
  reserves: between(snap('RESERVES'), '2025-01-01', '2025-10-29').map((r) => ({ date: r.date, value: r.value / 1e6 })), // millions
  tga: between(snap('TGA'), '2025-06-01', '2025-11-04').map((r) => ({ date: r.date, value: r.value / 1e6 })), // millions
  tgaWeekly: between(snap('TGA_WEEKLY'), '2025-01-01', '2025-10-29').map((r) => ({ date: r.date, value: r.value / 1e6 })),
  gdp: between(snap('GDP'), '2020-01-01', '2025-07-01').map((r) => ({ date: r.date, value: r.value / 1e9 })), // billions
  walcl: between(snap('FED_ASSETS'), '2025-01-01', '2025-10-29').map((r) => ({ date: r.date, value: r.value / 1e6 })),
};

// Only the start is honoured: a row dated after the span's end (the 'future rows' fault) is sent.
const inSpan = (rows: Row[], url: URL, from: string, _to: string) => {
  const s = url.searchParams.get(from);
  return rows.filter((r) => !s || r.date >= s);
};

const mmddyy = (d: string) => `${d.slice(5, 7)}${d.slice(8, 10)}${d.slice(2, 4)}`;

/** How a source writes its rows; `extra` carries fault-specific changes (a metadata unit). */
export type Source = {
  name: string;
  command: string;
  /** Rows of the series the command shows, in the source's unit, and what multiplying them by this is: a unit 100 or 1000 times off. */
  rows: Row[];
  unitFactor: number;
  /** Routes this source answers: path -> reply for the given rows. */
  routes(rows: Row[], opts: { metadataUnits?: string; volumeUnit?: number }): Record<string, (url: URL) => Reply>;
  /** Other upstreams the command reads, served well in every scenario. */
  env: Record<string, string>;
};

const KEY = 'abcdefabcdefabcdefabcdefabcdef12';

function ratesReply(rows: Row[], volumeUnit = 1): (url: URL) => Reply {
  return (url) => ({
    json: {
      refRates: inSpan(rows, url, 'startDate', 'endDate')
        .slice()
        .reverse()
        .map((r) => ({
          effectiveDate: r.date,
          type: 'SOFR',
          percentRate: r.value,
          percentPercentile1: Math.round((r.value - 0.05) * 100) / 100,
          percentPercentile25: Math.round((r.value - 0.01) * 100) / 100,
          percentPercentile75: Math.round((r.value + 0.02) * 100) / 100,
          percentPercentile99: Math.round((r.value + 0.1) * 100) / 100,
          volumeInBillions: 2900 * volumeUnit,
          revisionIndicator: '',
        })),
    },
  });
}

function repoReply(rows: Row[]): (url: URL) => Reply {
  return (url) => ({
    json: {
      repo: {
        operations: inSpan(rows, url, 'startDate', 'endDate')
          .slice()
          .reverse()
          .flatMap((r) => {
            // A row repeated by a fault is the same operation listed twice: same id.
            return [
              {
                operationId: `RP ${mmddyy(r.date)} 2`,
                auctionStatus: 'Results',
                operationDate: r.date,
                operationType: 'Reverse Repo',
                operationMethod: 'Fixed Rate',
                term: 'Overnight',
                note: '',
                totalAmtAccepted: r.value,
                details: [{ securityType: 'Treasury', amtAccepted: r.value, percentOfferingRate: r.date >= '2025-10-30' ? 3.75 : 4, percentAwardRate: r.date >= '2025-10-30' ? 3.75 : 4 }],
              },
            ];
          }),
      },
    },
  });
}

const fredObs = (rows: Row[]) => ({ observations: rows.map((r) => ({ date: r.date, value: String(r.value) })) });
const csv = (id: string, rows: Row[]) => `observation_date,${id}\n${rows.map((r) => `${r.date},${r.value}`).join('\n')}\n`;

/** The FRED series the commands under test read besides the one under test, served well. */
const FRED_GOOD: Record<string, { rows: Row[]; units: string }> = {
  GDP: { rows: HISTORY.gdp, units: 'Billions of Dollars' },
  WTREGEN: { rows: HISTORY.tgaWeekly, units: 'Millions of U.S. Dollars' },
  WALCL: { rows: HISTORY.walcl, units: 'Millions of U.S. Dollars' },
};

function fredRoutes(test: { id: string; rows: Row[]; units: string } | null): Record<string, (url: URL) => Reply> {
  const pick = (id: string | null) => (test && id === test.id ? test : id ? FRED_GOOD[id] : undefined);
  return {
    '/fred/series/observations': (url) => {
      const s = pick(url.searchParams.get('series_id'));
      return s ? { json: fredObs(inSpan(s.rows, url, 'observation_start', 'observation_end')) } : { status: 404, json: { error: 'no such series' } };
    },
    '/fred/series': (url) => {
      const id = url.searchParams.get('series_id');
      const s = pick(id);
      return s ? { json: { seriess: [{ id, units: s.units }] } } : { status: 404, json: { error: 'no such series' } };
    },
    '/graph/fredgraph.csv': (url) => {
      const id = url.searchParams.get('id');
      const s = pick(id);
      return s ? { body: csv(id!, inSpan(s.rows, url, 'cosd', 'coed')), headers: { 'content-type': 'text/csv' } } : { status: 404, body: 'not found' };
    },
  };
}

function dtsReply(rows: Row[]): (url: URL) => Reply {
  return () => ({
    json: {
      data: rows.map((r) => ({
        record_date: r.date,
        account_type: 'Treasury General Account (TGA) Closing Balance',
        open_today_bal: String(r.value),
        close_today_bal: 'null',
      })),
      meta: { 'total-pages': 1 },
      links: { next: null },
    },
  });
}

export const SOURCES: Source[] = [
  {
    name: 'NY Fed rates',
    command: '/sofr',
    rows: HISTORY.sofr,
    unitFactor: 100,
    routes: (rows, o) => ({ '/api/rates/secured/sofr/search.json': ratesReply(rows, o.volumeUnit) }),
    env: {},
  },
  {
    name: 'NY Fed repo operations',
    command: '/rrp',
    rows: HISTORY.rrp,
    unitFactor: 1000,
    routes: (rows) => ({ '/api/rp/results/search.json': repoReply(rows) }),
    env: {},
  },
  {
    name: 'FRED JSON',
    command: '/reserves',
    rows: HISTORY.reserves,
    unitFactor: 1000,
    routes: (rows, o) => fredRoutes({ id: 'WRESBAL', rows, units: o.metadataUnits ?? 'Millions of U.S. Dollars' }),
    env: { FRED_API_KEY: KEY },
  },
  {
    name: 'FRED CSV',
    command: '/reserves',
    rows: HISTORY.reserves,
    unitFactor: 1000,
    routes: (rows) => fredRoutes({ id: 'WRESBAL', rows, units: 'Millions of U.S. Dollars' }),
    env: {},
  },
  {
    name: 'Treasury DTS',
    command: '/tga',
    rows: HISTORY.tga,
    unitFactor: 1000,
    routes: (rows) => ({ '/v1/accounting/dts/operating_cash_balance': dtsReply(rows), ...fredRoutes(null) }),
    env: {},
  },
];

/** Every path any source answers, so the others can be served well beside the one under test. */
export function goodRoutes(except: Source): Record<string, (url: URL) => Reply> {
  const all: Record<string, (url: URL) => Reply> = { ...fredRoutes(null) };
  for (const s of SOURCES) if (s.name !== except.name && s.command !== except.command) Object.assign(all, s.routes(s.rows, {}));
  return all;
}
