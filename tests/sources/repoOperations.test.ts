// The NY Fed repo-operation parser on EVERY recorded /api/rp response in ../shared/fixtures/nyfed
// (their real shape: ../shared/fixtures/RP-SHAPE.md), and ON RRP take-up cross-checked against
// FRED RRPONTSYD in ../shared/data/raw. Only tests read ../shared; the app never does.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFredCsv } from '../../src/sources/fredCsv.js';
import { parseRepoOperations, readRepoOperations, type RepoOperation } from '../../src/sources/nyfedParse.js';

const NYFED = fileURLToPath(new URL('../../../shared/fixtures/nyfed/', import.meta.url));
const RAW = fileURLToPath(new URL('../../../shared/data/raw/', import.meta.url));
const RP_FILES = readdirSync(NYFED).filter((f) => /^rp_results_search_.*\.json$/.test(f)).sort();
const load = (f: string): unknown => JSON.parse(readFileSync(`${NYFED}${f}`, 'utf8'));
const at = (pts: { date: string; value: number }[] | undefined, date: string) => pts?.find((p) => p.date === date)?.value;
const B = 1e9;

type Facts = {
  /** Operations in the file (all kinds), to catch a filter that drops some silently. */
  operations: number;
  rrp?: [string, number][]; // ON RRP take-up, billions, exercises excluded
  rrpRate?: [string, number][];
  srf?: [string, number, number | null, number | null][]; // total, AM, PM (billions)
  /** Every operation that counts for neither SRF nor ON RRP, with the reason. */
  notCounted: [string, RepoOperation['role'], string?][];
};

// Facts per recorded file: amounts from the files themselves and, where FRED has them, RRPONTSYD /
// RRPONTSYAWARD (fixtures/SOURCES.md). A new rp file under fixtures/nyfed fails the test below until
// it gets its own entry here.
const FACTS: Record<string, Facts> = {
  'rp_results_search_2018-04-02.json': { operations: 1, rrp: [['2018-04-02', 3.823]], rrpRate: [['2018-04-02', 1.5]], notCounted: [] },
  // A 2-day term repo test (note = a link to the 2018-11-13 announcement), and a 2-day "Overnight" RRP.
  'rp_results_search_2018-12-04.json': { operations: 2, rrp: [['2018-12-04', 3.135]], rrpRate: [['2018-12-04', 2]], notCounted: [['RP 120418 1', 'exercise', 'small, mid-morning']] },
  // Before the SRF (2021-07-29) the Fed's overnight repos were open market operations: counted like FRED RPONTTLD.
  'rp_results_search_2019-11-20.json': { operations: 2, rrp: [['2019-11-20', 26.026]], rrpRate: [['2019-11-20', 1.45]], srf: [['2019-11-20', 74.35, 74.35, null]], notCounted: [] },
  // A repo operation with nothing accepted has no rate key at all: still a zero day, not a missing one.
  'rp_results_search_2020-12-23.json': { operations: 2, rrp: [['2020-12-23', 0.857]], rrpRate: [['2020-12-23', 0]], srf: [['2020-12-23', 0, null, 0]], notCounted: [] },
  'rp_results_search_2021-08-16.json': { operations: 2, rrp: [['2021-08-16', 1036.418]], rrpRate: [['2021-08-16', 0.05]], srf: [['2021-08-16', 0, null, 0]], notCounted: [] },
  'rp_results_search_2021-09-03.json': { operations: 2, rrp: [['2021-09-03', 1074.707]], rrpRate: [['2021-09-03', 0.05]], srf: [['2021-09-03', 0, null, 0]], notCounted: [] },
  'rp_results_search_2021-09-10.json': { operations: 2, rrp: [['2021-09-10', 1099.323]], rrpRate: [['2021-09-10', 0.05]], srf: [['2021-09-10', 0, null, 0]], notCounted: [] },
  // The ON RRP carries an "unsettled trades" note: a regular operation.
  'rp_results_search_2023-01-05.json': { operations: 2, rrp: [['2023-01-05', 2242.486]], rrpRate: [['2023-01-05', 4.3]], srf: [['2023-01-05', 0, null, 0]], notCounted: [] },
  'rp_results_search_2023-01-01_2023-12-31.json': {
    operations: 502,
    rrp: [['2023-01-05', 2242.486], ['2023-07-17', 1728.322], ['2023-10-17', 1082.399]],
    srf: [['2023-03-22', 0.007, null, 0.007]],
    notCounted: [
      ['RP 030823 1', 'exercise', 'forward settlement'], // 5-day term test, "1 Day" settlement, empty note
      ['RP 052323 99', 'exercise', 'small, mid-morning'], // $76M repo at 10:45 with an EMPTY note
      ['RP 101723 99', 'exercise', 'note'], // "small value exercise for operational readiness testing"
      ['RP 111523 99', 'exercise', 'note'], // "Small Value Exercise (SVE)"
    ],
  },
  'rp_results_search_2024-01-01_2024-12-31.json': {
    operations: 506,
    rrp: [['2024-05-08', 493.311], ['2024-10-16', 272.028]],
    srf: [['2024-09-30', 2.6, null, 2.6]],
    notCounted: [
      ['RP 050824 99', 'exercise', 'note'],
      ['RP 050924 99', 'exercise', 'note'],
      ['RP 092424 1', 'exercise', 'small, mid-morning'], // 3-day term test, empty note
      ['RP 101624 1', 'exercise', 'note'], // MBS-only reverse repo test
    ],
  },
  'rp_results_search_2024-10-16.json': { operations: 3, rrp: [['2024-10-16', 272.028]], srf: [['2024-10-16', 0.001, null, 0.001]], notCounted: [['RP 101624 1', 'exercise', 'note']] },
  'rp_results_search_2026-01-01_2026-09-30.json': {
    operations: 564,
    rrp: [['2026-05-13', 3.609], ['2026-09-17', 0.276]],
    rrpRate: [['2026-09-16', 3.5], ['2026-09-17', 3.75]],
    srf: [
      ['2026-02-17', 30.5, 11, 19.5], // the reference day: $30.5B = $11B AM + $19.5B PM
      ['2026-02-18', 0.004, 0, 0.004], // the 10:30 forward-settling test ($56M) is not usage
      ['2026-01-02', 22.8, 3, 19.8],
    ],
    notCounted: [
      ['RP 021826 28', 'exercise', 'note'], // HTML <p> note, 1 Day Forward
      ['RP 051326 99', 'exercise', 'note'],
      ['RP 052726 99', 'exercise', 'note'],
    ],
  },
  'rp_results_search_2026-09-15.json': { operations: 3, rrp: [['2026-09-15', 0.7]], rrpRate: [['2026-09-15', 3.5]], srf: [['2026-09-15', 0.102, 0, 0.102]], notCounted: [] },
};

describe('every recorded NY Fed repo-operation response', () => {
  it('has facts in this test (a new recorded file needs its own)', () => {
    expect(RP_FILES.length).toBeGreaterThanOrEqual(13);
    expect(RP_FILES.filter((f) => !(f in FACTS))).toEqual([]);
  });

  describe.each(RP_FILES)('%s', (file) => {
    const facts = FACTS[file]!;
    const json = load(file);
    const ops = readRepoOperations(json);
    const p = parseRepoOperations(json);

    it('reads every operation and classifies the ones that are not SRF or ON RRP', () => {
      expect(ops).toHaveLength(facts.operations);
      const notCounted = ops.filter((o) => o.role !== 'srf' && o.role !== 'onrrp').map((o) => [o.id, o.role, ...(o.why ? [o.why] : [])]);
      expect(notCounted).toEqual(facts.notCounted);
    });

    it('gives ON RRP take-up, its award rate and SRF usage (AM + PM) per day', () => {
      for (const [d, v] of facts.rrp ?? []) expect(at(p.RRP_VOLUME, d), `RRP ${d}`).toBe(Math.round(v * B));
      for (const [d, v] of facts.rrpRate ?? []) expect(at(p.RRP_RATE, d), `RRP rate ${d}`).toBe(v);
      for (const [d, total, am, pm] of facts.srf ?? []) {
        expect(at(p.SRF_VOLUME, d), `SRF ${d}`).toBeCloseTo(total * B, -3);
        expect(at(p.SRF_AM, d) ?? null, `SRF AM ${d}`).toBe(am === null ? null : Math.round(am * B));
        if (pm !== null) expect(at(p.SRF_PM, d), `SRF PM ${d}`).toBe(Math.round(pm * B));
      }
      // AM + PM is the day's total wherever the split exists.
      for (const s of p.SRF_VOLUME!) expect((at(p.SRF_AM, s.date) ?? 0) + (at(p.SRF_PM, s.date) ?? 0)).toBe(s.value);
    });

    it('does not depend on the order of operations in the answer', () => {
      const shuffled = structuredClone(json) as { repo: { operations: unknown[] } };
      shuffled.repo.operations.reverse();
      expect(parseRepoOperations(shuffled)).toEqual(p);
    });
  });
});

describe('the 2026 search, day by day', () => {
  const json = load('rp_results_search_2026-01-01_2026-09-30.json');
  const p = parseRepoOperations(json);
  it('has an ON RRP, an AM and a PM SRF operation on each of its 187 business days', () => {
    expect(p.RRP_VOLUME).toHaveLength(187);
    expect(p.SRF_VOLUME).toHaveLength(187);
    expect(p.SRF_AM).toHaveLength(187);
    expect(p.SRF_PM).toHaveLength(187);
    expect(p.SRF_VOLUME![0]!.date).toBe('2026-01-02');
    expect(p.SRF_VOLUME!.at(-1)!.date).toBe('2026-09-30');
  });

  it('is byte-for-byte the same on 2026-09-15 as the one-day response', () => {
    const one = parseRepoOperations(load('rp_results_search_2026-09-15.json'));
    for (const id of ['RRP_VOLUME', 'RRP_RATE', 'SRF_VOLUME', 'SRF_AM', 'SRF_PM'] as const) {
      expect(p[id]!.filter((x) => x.date === '2026-09-15')).toEqual(one[id]);
    }
  });
});

describe('the exercise rule on the traps of RP-SHAPE.md', () => {
  type Op = Record<string, unknown> & { operationId: string; operationDate: string; note: string; details: Record<string, unknown>[] };
  const year2026 = () => load('rp_results_search_2026-01-01_2026-09-30.json') as { repo: { operations: Op[] } };
  const opById = (j: { repo: { operations: Op[] } }, id: string) => j.repo.operations.find((o) => o.operationId === id)!;

  it('still catches an exercise whose note is emptied (time and size, not the note alone)', () => {
    const j = year2026();
    opById(j, 'RP 051326 99').note = '';
    expect(at(parseRepoOperations(j).RRP_VOLUME, '2026-05-13')).toBe(3.609e9);
  });

  it('counts a regular operation numbered 99 (2023-07-17, a late ON RRP of $1,728B)', () => {
    const ops = readRepoOperations(load('rp_results_search_2023-01-01_2023-12-31.json'));
    const op = ops.find((o) => o.id === 'RP 071723 99')!;
    expect(op.role).toBe('onrrp');
    expect(op.amount).toBe(1_728_322_000_000);
  });

  it('counts a regular operation carrying an "unsettled trades" note', () => {
    const ops = readRepoOperations(load('rp_results_search_2026-01-01_2026-09-30.json'));
    expect(ops.find((o) => o.id === 'RP 092126 26')!.role).toBe('onrrp');
  });

  it('reads the ON RRP rate from the Treasury tranche, not details[0]', () => {
    const j = year2026();
    const op = opById(j, 'RP 091526 26');
    op.details = [{ securityType: 'Mortgage-Backed', amtAccepted: 0, percentAwardRate: 9.99 }, ...op.details];
    expect(at(parseRepoOperations(j).RRP_RATE, '2026-09-15')).toBe(3.5);
  });

  it('reads the SRF rate from the offering rate of a Full Allotment operation (no weighted average there)', () => {
    const ops = readRepoOperations(load('rp_results_search_2026-01-01_2026-09-30.json'));
    expect(ops.find((o) => o.id === 'RP 091626 27')?.rate ?? ops.find((o) => o.date === '2026-09-16' && o.role === 'srf')!.rate).toBe(3.75);
    expect(ops.find((o) => o.date === '2026-09-17' && o.role === 'srf')!.rate).toBe(4);
  });
});

describe('daily ON RRP from the parser against FRED RRPONTSYD', () => {
  const fred = new Map(
    parseFredCsv(readFileSync(`${RAW}RRPONTSYD__qie2003_treasury-yield-forecast.csv`, 'utf8'), 'RRPONTSYD').points.map((p) => [p.date, Math.round(p.value * B)]),
  );
  // FRED's RRPONTSYD counts a Treasury small-value exercise as take-up (and not an MBS-only one,
  // 2024-10-16); the parser leaves every exercise out, as the NY Fed's daily ON RRP does. So on these
  // days, and only these, FRED = parser + the exercise's Treasury amount.
  const EXCEPTIONS: Record<string, { exercise: string; treasury: number }> = {
    '2023-10-17': { exercise: 'RP 101723 99', treasury: 0.103e9 }, // 10:00-10:30 readiness test
    '2024-05-08': { exercise: 'RP 050824 99', treasury: 0.116e9 }, // 10:00-10:30 SVE
    '2026-05-13': { exercise: 'RP 051326 99', treasury: 0.11e9 }, // 10:00-10:30 SVE
  };

  it('agrees on every shared date except the explained exercise days', () => {
    let shared = 0;
    const exceptionsSeen: string[] = [];
    for (const file of RP_FILES) {
      const json = load(file);
      const ops = readRepoOperations(json);
      for (const pt of parseRepoOperations(json).RRP_VOLUME!) {
        const f = fred.get(pt.date);
        if (f === undefined) continue;
        shared++;
        const ex = EXCEPTIONS[pt.date];
        if (!ex) {
          expect(pt.value, `${file} ${pt.date}`).toBe(f);
          continue;
        }
        const op = ops.find((o) => o.id === ex.exercise)!;
        expect(op.role).toBe('exercise');
        expect(op.treasuryAmount).toBe(ex.treasury);
        expect(f - pt.value, `${pt.date}: FRED minus parser is the exercise`).toBe(ex.treasury);
        exceptionsSeen.push(pt.date);
      }
    }
    expect(shared).toBeGreaterThan(650);
    expect([...new Set(exceptionsSeen)].sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });
});
