// src/core/rates.ts: the administered-rate table, checked row by row against the raw FRED files
// in ../shared/data/raw and against the reference facts of data-sources.md §5 and §8.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { readRepoOperations } from '../../src/sources/nyfedParse.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import {
  ADMINISTERED_RATES,
  ADMINISTERED_RATES_START,
  CORRIDOR_CONFIRMED_THROUGH,
  corridorConfirmed,
  ceilingOn,
  corridorPosition,
  rateChangesBetween,
  ratesOn,
  type AdministeredRates,
} from '../../src/core/rates.js';

const RAW = '../shared/data/raw/';

/** FRED CSV rows (old or new header), keeping missing values ('.' or empty) as null. */
function fredRows(file: string): { date: string; value: number | null }[] {
  const lines = readFileSync(RAW + file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [date, v] = line.split(',') as [string, string];
    return { date, value: v === '.' || v === '' ? null : Number(v) };
  });
}

type Field = 'iorb' | 'rrp' | 'targetLow' | 'targetHigh';

/** Compares every non-missing row from `start` with the table; returns the count and the first disagreements. */
function compare(file: string, start: string, field: Field, end = '9999-12-31') {
  const rows = fredRows(file).filter((r) => r.date >= start && r.date <= end && r.value !== null);
  const bad = rows
    .map((r) => ({ date: r.date, file: r.value, table: ratesOn(r.date)?.[field] ?? null }))
    .filter((x) => x.table === null || Math.abs(x.table - x.file!) > 1e-9);
  return { rows, bad: bad.slice(0, 5) };
}

function must(d: string): AdministeredRates {
  const r = ratesOn(d);
  if (!r) throw new Error(`no rates on ${d}`);
  return r;
}

describe('the table against the raw FRED files', () => {
  it('given IORB.csv then every date from 2021-07-29 to 2026-06-23 is present and agrees with the table', () => {
    const file = 'IORB__Alexiszcv_SOFR3.csv';
    const { rows, bad } = compare(file, '2021-07-29', 'iorb');
    expect(bad).toEqual([]);
    expect(rows[0]!.date).toBe('2021-07-29');
    expect(rows.at(-1)!.date).toBe('2026-06-23');
    // Seven days a week with no gap, so "every date" really is every date.
    rows.forEach((r, i) => {
      if (i > 0 && addDays(rows[i - 1]!.date, 1) !== r.date) throw new Error(`gap before ${r.date}`);
    });
    expect(rows).toHaveLength(1791);
  });

  it('given RRPONTSYAWARD.csv then every non-missing row from 2018-12-20 to 2023-12-01 agrees with the ON RRP rate', () => {
    const { rows, bad } = compare('RRPONTSYAWARD__peruvianbull_fred_parse.csv', '2018-12-20', 'rrp', '2023-12-01');
    expect(bad).toEqual([]);
    expect(rows.length).toBe(1161);
    expect(rows.at(-1)!.date).toBe('2023-12-01');
  });

  it('given DFEDTARL.csv then every row from 2018-12-20 agrees with the bottom of the target range', () => {
    const { rows, bad } = compare('DFEDTARL__heretate_fed-nlp-analysis.csv', '2018-12-20', 'targetLow');
    expect(bad).toEqual([]);
    expect(rows.length).toBe(1308);
  });

  it('given DFEDTARU.csv then every row from 2018-12-20 agrees with the top of the target range', () => {
    const { rows, bad } = compare('DFEDTARU__ryujonghyeok-student_TraderJohns.csv', '2018-12-20', 'targetHigh');
    expect(bad).toEqual([]);
    expect(rows.length).toBe(1973);
    expect(rows.at(-1)!.date).toBe('2024-05-14');
  });

  it('given the daily DFF file from 2021-08-06 to 2026-08-06 then every EFFR lies inside the table range', () => {
    const rows = fredRows('DFF__HuseynliGulara_prediction-markets-fed-policy-forecasting.csv').filter((r) => r.value !== null);
    expect(rows.length).toBeGreaterThan(1800);
    const outside = rows.filter((r) => {
      const t = must(r.date);
      return r.value! < t.targetLow || r.value! > t.targetHigh;
    });
    expect(outside).toEqual([]);
  });
});

describe('the table against data-sources.md §8 (FOMC decisions, effective the next day)', () => {
  const decisions: [string, number, number][] = [
    ['2022-03-16', 0.25, 0.5],
    ['2022-05-04', 0.75, 1.0],
    ['2022-06-15', 1.5, 1.75],
    ['2022-07-27', 2.25, 2.5],
    ['2022-09-21', 3.0, 3.25],
    ['2022-11-02', 3.75, 4.0],
    ['2022-12-14', 4.25, 4.5],
    ['2023-02-01', 4.5, 4.75],
    ['2023-03-22', 4.75, 5.0],
    ['2023-05-03', 5.0, 5.25],
    ['2023-07-26', 5.25, 5.5],
    ['2024-09-18', 4.75, 5.0],
    ['2024-11-07', 4.5, 4.75],
    ['2024-12-18', 4.25, 4.5],
    ['2025-09-17', 4.0, 4.25],
    ['2025-10-29', 3.75, 4.0],
    ['2025-12-10', 3.5, 3.75],
  ];

  it.each(decisions)('given the decision of %s then the range %s-%s starts the next day and not before', (day, low, high) => {
    const after = must(addDays(day, 1));
    expect([after.effective, after.targetLow, after.targetHigh]).toEqual([addDays(day, 1), low, high]);
    const before = must(day);
    expect([before.targetLow, before.targetHigh]).not.toEqual([low, high]);
  });

  it('given the table from 2022 then every range change is one of those decisions', () => {
    const effective = new Set(decisions.map(([d]) => addDays(d, 1)));
    // Rows read off official series after the decisions table (they carry a `source`) are checked below.
    const rangeChanges = ADMINISTERED_RATES.filter((r, i) => {
      const p = ADMINISTERED_RATES[i - 1];
      return r.effective >= '2022-01-01' && !r.source && p && (p.targetLow !== r.targetLow || p.targetHigh !== r.targetHigh);
    });
    expect(rangeChanges.map((r) => r.effective)).toEqual([...effective]);
  });

  it('given each row from 2021-07-29 then IORB is the bottom + 0.15 and SRF the top', () => {
    for (const r of ADMINISTERED_RATES.filter((x) => x.effective >= '2021-07-29')) {
      expect(r.iorb, r.effective).toBeCloseTo(r.targetLow + 0.15, 9);
      expect(r.srf, r.effective).toBe(r.targetHigh);
    }
  });

  it('given each row then ON RRP is the bottom + 0.05 from 2021-06-17 and the bottom itself from 2024-12-19', () => {
    for (const r of ADMINISTERED_RATES.filter((x) => x.effective >= '2021-06-17')) {
      const want = r.effective >= '2024-12-19' ? r.targetLow : r.targetLow + 0.05;
      expect(r.rrp, r.effective).toBeCloseTo(want, 9);
    }
  });

  it('given the rows then they are in strictly ascending effective order and start at ADMINISTERED_RATES_START', () => {
    const dates = ADMINISTERED_RATES.map((r) => r.effective);
    expect(dates[0]).toBe(ADMINISTERED_RATES_START);
    expect(ADMINISTERED_RATES_START).toBe('2018-12-20');
    dates.forEach((d, i) => {
      if (i > 0) expect(d > dates[i - 1]!, d).toBe(true);
    });
  });
});

describe('reference facts (data-sources.md §5)', () => {
  it('given 2025-10-29 then IORB is 4.15; from 2025-10-30 it is 3.90; from 2025-12-11 it is 3.65', () => {
    expect(must('2025-10-29').iorb).toBe(4.15);
    expect(must('2025-10-30').iorb).toBe(3.9);
    expect(must('2025-12-10').iorb).toBe(3.9);
    expect(must('2025-12-11').iorb).toBe(3.65);
    expect(must('2026-06-23').iorb).toBe(3.65);
  });

  it('given 2025-10-31 then the range is 3.75-4.00, ON RRP 3.75 and SRF 4.00', () => {
    const r = must('2025-10-31');
    expect([r.targetLow, r.targetHigh, r.rrp, r.srf, r.iorbName]).toEqual([3.75, 4.0, 3.75, 4.0, 'IORB']);
  });

  it('given the September 2019 spike then IOER is 2.10 on 2019-09-17 and 1.80 from 2019-09-19, then 1.55 from 2019-10-31', () => {
    const spike = must('2019-09-17');
    expect([spike.iorb, spike.iorbName, spike.targetLow, spike.targetHigh]).toEqual([2.1, 'IOER', 2.0, 2.25]);
    expect(must('2019-09-18').iorb).toBe(2.1);
    expect(must('2019-09-19').iorb).toBe(1.8);
    expect(must('2019-09-19').targetHigh).toBe(2.0);
    expect(must('2019-10-31').iorb).toBe(1.55);
  });

  it('given any date before 2021-07-29 then there is no SRF rate; from that day there is', () => {
    for (const r of ADMINISTERED_RATES.filter((x) => x.effective < '2021-07-29')) expect(r.srf, r.effective).toBeNull();
    expect(must('2021-07-28').srf).toBeNull();
    expect(must('2021-07-28').iorbName).toBe('IOER');
    expect(must('2021-07-29').srf).toBe(0.25);
    expect(must('2021-07-29').iorbName).toBe('IORB');
  });

  it('given a date before the table starts then ratesOn is null', () => {
    expect(ratesOn('2018-12-19')).toBeNull();
    expect(ratesOn('2008-01-01')).toBeNull();
    expect(ratesOn('2018-12-20')?.targetHigh).toBe(2.5);
  });
});

describe('rateChangesBetween', () => {
  it('given (2025-10-29, 2025-12-11] then the October and December changes are returned', () => {
    expect(rateChangesBetween('2025-10-29', '2025-12-11').map((r) => r.effective)).toEqual(['2025-10-30', '2025-12-11']);
  });

  it('given a start equal to an effective date then that change is excluded (the start is open)', () => {
    expect(rateChangesBetween('2025-10-30', '2025-12-10')).toEqual([]);
  });

  it('given a window with no change then the list is empty', () => {
    expect(rateChangesBetween('2026-01-01', '2026-06-30')).toEqual([]);
  });
});

describe('ceilingOn and corridorPosition', () => {
  it('given a date with an SRF then the ceiling is the SRF rate; before it, the top of the range', () => {
    expect(ceilingOn(must('2025-10-31'))).toEqual({ value: 4.0, kind: 'srf' });
    expect(ceilingOn(must('2019-09-17'))).toEqual({ value: 2.25, kind: 'targetTop' });
  });

  it('given SOFR 3.91 on 2025-11-05 then it sits 64% of the way from the floor (3.75) to the ceiling (4.00)', () => {
    expect(corridorPosition(3.91, must('2025-11-05'))).toBeCloseTo(0.64, 9);
  });

  it('given SOFR 4.22 on 2025-10-31 (22 bp above the SRF rate) then the position is 1.88', () => {
    expect(corridorPosition(4.22, must('2025-10-31'))).toBeCloseTo(1.88, 9);
  });

  it('given a rate on the floor or the ceiling then the position is 0 or 1', () => {
    const r = must('2025-10-31');
    expect(corridorPosition(3.75, r)).toBeCloseTo(0, 9);
    expect(corridorPosition(4.0, r)).toBeCloseTo(1, 9);
  });

  it('given a rate outside the corridor then the position leaves [0, 1]', () => {
    expect(corridorPosition(5.25, must('2019-09-17'))).toBeCloseTo(13, 9); // (5.25 - 2.00) / (2.25 - 2.00)
    expect(corridorPosition(3.7, must('2025-10-31'))).toBeCloseTo(-0.2, 9);
  });

  it('given a degenerate corridor (floor = ceiling) then the position is 0, not a division by zero', () => {
    const flat: AdministeredRates = { ...must('2025-10-31'), rrp: 4.0, srf: 4.0 };
    expect(corridorPosition(4.1, flat)).toBe(0);
  });
});

describe('the table beyond the FOMC decisions: every wall, every day, against the official series', () => {
  const NYFED = fileURLToPath(new URL('../../../shared/fixtures/nyfed/', import.meta.url));
  const snap = createSnapshotReader();
  const all = async (id: 'IORB' | 'RRP_RATE' | 'TARGET_LOW' | 'TARGET_HIGH') => (await snap.read(id, { start: '2021-07-29', end: '2099-12-31' })).series!.points;

  it('IORB, the target range and the ON RRP award rate equal the table on every day they cover, to the confirmed date', async () => {
    let n = 0;
    for (const [id, pick] of [['IORB', (r: AdministeredRates) => r.iorb], ['RRP_RATE', (r: AdministeredRates) => r.rrp], ['TARGET_LOW', (r: AdministeredRates) => r.targetLow], ['TARGET_HIGH', (r: AdministeredRates) => r.targetHigh]] as const) {
      for (const p of await all(id)) {
        if (p.date < '2021-07-29' || p.date > CORRIDOR_CONFIRMED_THROUGH) continue;
        // Technical-adjustment days the series shows a day early or late are not in the table's span.
        expect(p.value, `${id} ${p.date}`).toBeCloseTo(pick(ratesOn(p.date)!), 9);
        n++;
      }
    }
    expect(n).toBeGreaterThan(6000);
  });

  it('the SRF rate equals the offering / minimum bid rate of every recorded SRF operation, 2023 to 2026-09-30', () => {
    let n = 0;
    for (const f of readdirSync(NYFED).filter((x) => /^rp_results_search_20(2[3-9])/.test(x))) {
      for (const op of readRepoOperations(JSON.parse(readFileSync(`${NYFED}${f}`, 'utf8')))) {
        if (op.role !== 'srf' || op.rate === null) continue;
        expect(op.rate, `${f} ${op.id}`).toBe(ratesOn(op.date)!.srf);
        n++;
      }
    }
    expect(n).toBeGreaterThan(600);
  });

  it('is confirmed through the last day of the NY Fed results (2026-09-30), and not after', () => {
    expect(CORRIDOR_CONFIRMED_THROUGH).toBe('2026-09-30');
    expect(corridorConfirmed('2026-09-30')).toBe(true);
    expect(corridorConfirmed('2026-10-01')).toBe(false);
    expect(ratesOn('2026-09-17')).toMatchObject({ rrp: 3.75, srf: 4, source: expect.stringMatching(/^NY Fed repo operation results/) });
    expect(ratesOn('2026-09-16')).toMatchObject({ rrp: 3.5, srf: 3.75, iorb: 3.65 });
  });
});
