// Issue 11, a trader's review: numbers for the right date at the edges, and staleness that points
// the right way. Every case runs through the answer service on the offline snapshot, and the
// expected numbers are computed here from the snapshot files, not copied from an answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import { addDays } from '../../src/core/dates.js';
import { usd, usdChange } from '../../src/core/format.js';
import { weekAveragesFromDaily } from '../../src/core/indicators.js';
import { publishedThrough } from '../../src/core/releases.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import type { SeriesReader } from '../../src/sources/types.js';
import { answered, field, snapshotService } from './support.js';

const svc = snapshotService();
/** A clock well after every series in the snapshot ends, however it is refreshed. */
const later = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => new Date('2027-03-01T20:00:00Z') });

type Pts = [string, number][];
const file = (name: string): Pts => (JSON.parse(readFileSync(`data/snapshot/${name}.json`, 'utf8')) as { points: Pts }).points;
const valueOn = (pts: Pts, d: string) => {
  const p = pts.find(([x]) => x === d);
  if (!p) throw new Error(`no ${d}`);
  return p[1];
};
const lastOnOrBefore = (pts: Pts, d: string) => pts.filter(([x]) => x <= d).at(-1)!;
const WALCL = file('FED_ASSETS');
const WTREGEN = file('TGA_WEEKLY');
const RRP = file('RRP_VOLUME');
const DTS = file('TGA');
const WRESBAL = file('RESERVES');
const netliqOn = (d: string) => valueOn(WALCL, d) - valueOn(WTREGEN, d) - lastOnOrBefore(RRP, d)[1];

describe('a year on a weekly series is 52 weeks', () => {
  it('/netliq date:2025-11-14: the change over 52 weeks (to 2024-11-13), -$0.28T, not 53', async () => {
    const a = answered(await svc.askText('/netliq date:2025-11-14'));
    const expected = netliqOn('2025-11-12') - netliqOn('2024-11-13');
    expect(field(a, 'Change 1y')).toBe(usdChange(expected, 'T'));
    expect(field(a, 'Change 1y')).toBe('-$0.28T');
  });

  it('/balance date:2024-01-05: Fed assets against the week to 2023-01-04 (52 weeks), not 2022-12-28', async () => {
    const a = answered(await svc.askText('/balance date:2024-01-05'));
    expect(field(a, 'Change 1y')).toBe(usdChange(valueOn(WALCL, '2024-01-03') - valueOn(WALCL, '2023-01-04'), 'T'));
  });

  it('/netliq date:2023-03-10: against the week to 2022-03-09', async () => {
    const a = answered(await svc.askText('/netliq date:2023-03-10'));
    expect(field(a, 'Change 1y')).toBe(usdChange(netliqOn('2023-03-08') - netliqOn('2022-03-09'), 'T'));
  });
});

describe('never data published after the day asked (H.4.1: the next Thursday)', () => {
  it('/compare date:2025-10-31 shows the reserves /reserves date:2025-10-31 shows: the week to 2025-10-29', async () => {
    const c = answered(await svc.askText('/compare date:2025-10-31'));
    const r = answered(await svc.askText('/reserves date:2025-10-31'));
    expect(field(r, 'Reserves (week avg)')).toBe('$2.85T (week to 2025-10-29)');
    expect(field(c, 'Reserves (week avg)')).toMatch(/^\$2\.85T \(week to 2025-10-29\) \|/);
    expect(field(c, 'Fed assets (Wednesday)')).toMatch(/\(week to 2025-10-29\) \|/);
  });

  it('/reserves on a Wednesday shows the week before; on the Thursday, that week', async () => {
    const wed = answered(await svc.askText('/reserves date:2025-11-05'));
    const thu = answered(await svc.askText('/reserves date:2025-11-06'));
    expect(field(wed, 'Reserves (week avg)')).toBe(`${usd(valueOn(WRESBAL, '2025-10-29'), 'T')} (week to 2025-10-29)`);
    expect(field(thu, 'Reserves (week avg)')).toBe(`${usd(valueOn(WRESBAL, '2025-11-05'), 'T')} (week to 2025-11-05)`);
  });

  it('/netliq and /tga on Wed 2025-11-19 use the week to 2025-11-12 (the H.4.1 of Thu 2025-11-20 is not out)', async () => {
    const n = answered(await svc.askText('/netliq date:2025-11-19'));
    expect(field(n, 'Net liquidity')).toBe(`${usd(netliqOn('2025-11-12'), 'T')} (2025-11-12)`);
    const t = answered(await svc.askText('/tga date:2025-11-19'));
    expect(field(t, 'Week average (H.4.1)')).toBe(`${usd(valueOn(WTREGEN, '2025-11-12'))} (week to 2025-11-12)`);
  });

  it('after a Thursday holiday the H.4.1 comes the next business day (Thanksgiving 2025)', () => {
    expect(publishedThrough('RESERVES', '2025-11-27')).toBe('2025-11-19');
    expect(publishedThrough('RESERVES', '2025-11-28')).toBe('2025-11-26');
    expect(publishedThrough('SOFR', '2025-11-27')).toBe('2025-11-27');
  });
});

/**
 * The trader saw WTREGEN end at 2025-11-19 while the daily TGA ran on. The refreshed snapshot's
 * WTREGEN now runs past the DTS, so the case is rebuilt here: the same snapshot with the week
 * averages cut where they ended then.
 */
const CUT = '2025-11-19';
const snap = createSnapshotReader();
const cutReader: SeriesReader = {
  mode: snap.mode,
  async read(id, window, opts) {
    const r = await snap.read(id, window, opts);
    if (id !== 'TGA_WEEKLY' || !r.series) return r;
    return { ...r, series: { ...r.series, points: r.series.points.filter((p) => p.date <= CUT) } };
  },
  newest: async (id) => (id === 'TGA_WEEKLY' ? { date: CUT, source: 'FRED WTREGEN (offline snapshot)' } : snap.newest(id)),
};
const cut = snapshotService(cutReader);
const DTS_WEEKS = weekAveragesFromDaily(file('TGA').map(([date, value]) => ({ date, value })));

describe('a series that ends early does not freeze another', () => {
  it('the daily DTS 7-day average reproduces every WTREGEN week it overlaps (to its $1M rounding)', () => {
    const derived = weekAveragesFromDaily(DTS.map(([date, value]) => ({ date, value })));
    const weekly = new Map(WTREGEN);
    const both = derived.filter((p) => weekly.has(p.date));
    expect(both.length).toBeGreaterThan(200);
    for (const p of both) expect(Math.abs(p.value - weekly.get(p.date)!)).toBeLessThan(1e6);
  });

  it('/netliq after WTREGEN ends answers with the DTS-derived week and says so', async () => {
    const a = answered(await cut.askText('/netliq date:2026-01-09'));
    expect(field(a, 'Net liquidity')).toMatch(/\(2026-01-07\)$/);
    const tga = DTS.filter(([d]) => d >= '2025-12-26' && d <= '2026-01-07');
    expect(tga.length).toBeGreaterThan(4);
    expect(a.summary.join(' ')).toMatch(/derived from the daily DTS/);
    expect(a.asOf.find((x) => x.series === 'TGA (week average)')!.source).toMatch(/DTS/);
  });

  it('/netliq now runs to the last week the daily TGA covers, and says which part stops it', async () => {
    const a = answered(await cut.askText('/netliq'));
    const lastDaily = DTS.at(-1)![0];
    const lastFull = DTS_WEEKS.at(-1)!;
    expect(lastFull.date > CUT).toBe(true);
    expect(field(a, 'Net liquidity')).toContain(`(${lastFull.date})`);
    expect(field(a, 'TGA, week average')).toBe(`${usd(lastFull.value, 'B')} (week to ${lastFull.date})`);
    if (WALCL.at(-1)![0] > lastFull.date) expect(a.stale).toMatch(/daily TGA \(DTS\) runs only to/);
    expect(lastDaily >= lastFull.date).toBe(true);
  });

  it('/explain topic:netliq is not frozen at the last WTREGEN week either', async () => {
    const a = answered(await cut.askText('/explain topic:netliq'));
    expect(a.asOf[0]!.date > CUT).toBe(true);
  });

  it('with both week series in the snapshot, /netliq uses the published week averages (WTREGEN), not the derived ones', async () => {
    const a = answered(await svc.askText('/netliq date:2026-01-09'));
    expect(field(a, 'Net liquidity')).toBe(`${usd(netliqOn('2026-01-07'), 'T')} (2026-01-07)`);
    expect(a.summary.join(' ')).not.toMatch(/derived from the daily DTS/);
  });
});

describe('a date past the data says so, first', () => {
  it('/reserves date:2026-11-27: no H.4.1 week published by then; showing the last one', async () => {
    const a = answered(await later.askText('/reserves date:2026-11-27'));
    expect(a.stale).toMatch(/^No H\.4\.1 week published by Fri Nov 27, 2026; showing the week to \w{3} \w{3} \d+, 2026/);
  });

  it('/balance, /tga, /rrp, /netliq and /effr past their data say so in the first line', async () => {
    for (const q of ['/balance date:2027-02-01', '/tga date:2027-02-01', '/rrp date:2027-02-01', '/netliq date:2027-02-01', '/effr date:2027-02-01', '/yields date:2027-02-01']) {
      const a = answered(await later.askText(q));
      expect(a.stale, q).toMatch(/^No (observation on|H\.4\.1 week published by) Mon Feb 1(, 2027)?; showing /);
    }
  });

  it('asked on a day the data has, nothing is said (a past day is not stale)', async () => {
    for (const q of ['/reserves date:2019-09-19', '/netliq date:2025-11-14', '/tga date:2022-06-01', '/rrp date:2025-10-31', '/balance date:2025-11-14']) {
      const a = answered(await svc.askText(q));
      expect(a.stale, q).toBeUndefined();
    }
  });
});

describe('free text does not guess a year or drop a date', () => {
  it('/ask sofr 20251114 answers for 2025-11-14', async () => {
    const a = answered(await svc.askText('/ask sofr 20251114'));
    expect(a.summary[0]).toBe('Read as /sofr date:2025-11-14.');
    expect(field(a, 'SOFR')).toMatch(/\(2025-11-14\)$/);
  });

  it('/ask ... srf on oct 31, where this year has no data: offers the latest year that has it', async () => {
    const a = answered(await svc.askText('/ask how much did banks borrow from the srf on oct 31'));
    expect(a.title).toMatch(/which year/);
    expect(a.fields.map((f) => f.label)).toContain('/srf date:2025-10-31');
    expect(a.chart).toBeUndefined();
  });

  it('/ask reserves on nov 20 and /ask sofr on 11/14 likewise offer the latest year with data', async () => {
    const r = answered(await svc.askText('/ask reserves on nov 20'));
    expect(r.fields.map((f) => f.label)).toContain('/reserves date:2025-11-20');
    const s = answered(await svc.askText('/ask sofr on 11/14'));
    expect(s.fields.map((f) => f.label)).toContain('/sofr date:2025-11-14');
  });

  it('a date without a year that has data is answered (oct 31 seen on 2026-11-23 has data when it exists)', async () => {
    const early = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => new Date('2026-01-10T20:00:00Z') });
    const a = answered(await early.askText('/ask sofr on dec 31'));
    expect(a.summary[0]).toBe('Read as /sofr date:2025-12-31.');
  });

  it('eight digits that are no date are not silently dropped', async () => {
    const a = answered(await svc.askText('/ask sofr 20251399'));
    expect(a.title).toBe('I am not sure what you mean');
  });
});

describe('staleness points the right way', () => {
  it('/ask what was sofr on sept 17 2019 is not stale', async () => {
    const a = answered(await svc.askText('/ask what was sofr on sept 17 2019'));
    expect(a.stale).toBeUndefined();
  });

  it('/ask reserves on 2025-10-31 and /ask tga 2022-06-01 are not stale either', async () => {
    expect(answered(await svc.askText('/ask reserves on 2025-10-31')).stale).toBeUndefined();
    expect(answered(await svc.askText('/ask tga 2022-06-01')).stale).toBeUndefined();
  });

  it('/ask about a day past the data says so first', async () => {
    const a = answered(await later.askText('/ask sofr on 2027-02-01'));
    expect(a.stale).toMatch(/^No observation on Mon Feb 1(, 2027)?; showing /);
  });

  it('asked about now, an answer older than the latest release says how old', async () => {
    const a = answered(await svc.askText('/reserves'));
    expect(a.stale).toMatch(/^Offline snapshot: data as of /);
    expect(addDays(WRESBAL.at(-1)![0], 7) < '2026-11-23').toBe(true);
  });
});

describe('data the bot holds is not refused', () => {
  it('/tga date:2019-09-17 answers with the H.4.1 week average published by then', async () => {
    const a = answered(await svc.askText('/tga date:2019-09-17'));
    expect(field(a, 'Week average (H.4.1)')).toBe(`${usd(valueOn(WTREGEN, '2019-09-11'))} (week to 2019-09-11)`);
    expect(a.summary.join(' ')).toMatch(/daily statement \(DTS\) here starts on 2021-06-24/);
  });

  it('/tga date:2020-03-20 and date:2008-10-01 as well', async () => {
    expect(field(answered(await svc.askText('/tga date:2020-03-20')), 'Week average (H.4.1)')).toBe(`${usd(valueOn(WTREGEN, '2020-03-18'))} (week to 2020-03-18)`);
    expect(field(answered(await svc.askText('/tga date:2008-10-01')), 'Week average (H.4.1)')).toBe(`${usd(valueOn(WTREGEN, '2008-09-24'))} (week to 2008-09-24)`);
  });

  it('before the week averages start, it says where the data starts', async () => {
    const r = await svc.askText('/tga date:2002-01-02');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^No TGA \(week average\) data before 2002-12-18\. Try \/tga date:2019-09-17\.$/);
  });
});

describe('/stress: the level follows acute signals; structural ones are the backdrop', () => {
  it('2026-02-10: ON RRP buffer drained (red) but spreads calm: overall is not stress, the backdrop says stress', async () => {
    const a = answered(await svc.askText('/stress date:2026-02-10'));
    expect(field(a, 'ON RRP buffer')).toMatch(/^🔴 stress/);
    expect(field(a, 'Overall (hysteresis)')).not.toMatch(/^stress/);
    expect(field(a, 'Backdrop (structural)')).toMatch(/^stress 🔴 · .*ON RRP buffer/);
  });

  it('2026-04-15 and 2025-12-15 likewise: a drained buffer alone never makes the title red', async () => {
    for (const d of ['2026-04-15', '2025-12-15']) {
      const a = answered(await svc.askText(`/stress date:${d}`));
      expect(field(a, 'ON RRP buffer')).toMatch(/^🔴 stress/);
      expect(a.title, d).toMatch(/^Funding stress: watch 🟡/);
    }
  });

  it('the SRF is not judged before it existed (2021-07-28): 2020-03-17 and 2021-07-27', async () => {
    for (const d of ['2020-03-17', '2021-07-27']) {
      const a = answered(await svc.askText(`/stress date:${d}`));
      expect(field(a, 'SOFR - SRF rate')).toBe('unknown · the SRF started on 2021-07-28: not judged before it');
      expect(field(a, 'SRF usage')).toBe('unknown · the SRF started on 2021-07-28: not judged before it');
    }
    const after = answered(await svc.askText('/stress date:2021-07-28'));
    expect(field(after, 'SOFR - SRF rate')).toMatch(/^🟢 calm/);
  });
});
