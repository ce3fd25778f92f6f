// The reference facts of data-sources.md §5, asked the way a trader asks them, through the real
// service on the bundled snapshot.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { answered, field, NOW, snapshotService } from './support.js';

const svc = snapshotService();

describe('given the offline snapshot, when a trader asks about a reference day', () => {
  it('SOFR printed 5.25% on 2019-09-17, above the top of the target range, sourced to the NY Fed', async () => {
    const a = answered(await svc.askText('/sofr date:2019-09-17'));
    expect(field(a, 'SOFR')).toBe('5.25% (2019-09-17)');
    expect(a.title).toMatch(/^SOFR 5\.25%/);
    expect(a.asOf).toContainEqual({ series: 'SOFR', date: '2019-09-17', source: 'NY Fed SOFR (offline snapshot)' });
    expect(field(a, 'vs IOER 2.10%')).toBe('+315 bp');
  });

  it('SOFR 4.22% on 2025-10-31 is 22 bp above the SRF rate of 4.00%, +18 bp on the day', async () => {
    const a = answered(await svc.askText('/sofr 2025-10-31'));
    expect(a.title).toBe('SOFR 4.22%, 22 bp above the SRF rate');
    expect(field(a, 'vs SRF rate 4.00%')).toBe('+22 bp');
    expect(field(a, 'vs IORB 3.90%')).toBe('+32 bp');
    expect(field(a, 'Change 1d / 1w / 1m').startsWith('+18 bp')).toBe(true);
  });

  it('EFFR 2.30% on 2019-09-17 printed above the 2.00-2.25% target range', async () => {
    const a = answered(await svc.askText('/effr date:2019-09-17'));
    expect(field(a, 'EFFR')).toBe('2.30% (2019-09-17)');
    expect(field(a, 'Target range')).toBe('2.00% - 2.25%');
    expect(a.title).toBe('EFFR 2.30%, 5 bp above the target range');
  });

  it('ON RRP take-up was $51.8B on 2025-10-31 (51.802 in FRED RRPONTSYD)', async () => {
    const a = answered(await svc.askText('/rrp date:2025-10-31'));
    expect(field(a, 'ON RRP take-up')).toBe('$51.8B (2025-10-31)');
    expect(field(a, 'ON RRP rate')).toBe('3.75% (since 2025-10-30)');
  });

  it('reserves were $2.85T in the week of 2025-10-29', async () => {
    const a = answered(await svc.askText('/reserves date:2025-10-31'));
    expect(field(a, 'Reserves (week avg)')).toBe('$2.85T (week to 2025-10-29)');
    expect(a.asOf[0]).toEqual({ series: 'Reserves (week average)', date: '2025-10-29', source: 'FRED WRESBAL (offline snapshot)' });
  });

  it('reserves were about $1.39T in the week of 2019-09-18 (published Thu 2019-09-19)', async () => {
    const a = answered(await svc.askText('/reserves date:2019-09-19'));
    expect(field(a, 'Reserves (week avg)')).toBe('$1.39T (week to 2019-09-18)');
    expect(a.summary.join(' ')).toMatch(/below the \$2\.50T-\$3\.00T range/);
  });

  it('the TGA closed at $926.3B on 2025-10-31, down $74.3B from $1,000.6B', async () => {
    const a = answered(await svc.askText('/tga date:2025-10-31'));
    expect(field(a, 'TGA (DTS close)')).toBe('$926.3B (2025-10-31)');
    expect(field(a, 'Change 1d / 1w / 1m').startsWith('-$74.3B')).toBe(true);
    expect(field(a, 'Week average (H.4.1)')).toBe('$958.0B (week to 2025-10-29)');
  });

  it('IORB is 3.90% from 2025-10-30 and 4.15% the day before', async () => {
    const after = answered(await svc.askText('/corridor date:2025-10-30'));
    expect(field(after, 'IORB')).toBe('3.90%');
    expect(field(after, 'Floor: ON RRP rate')).toBe('3.75%');
    expect(field(after, 'Ceiling: SRF rate')).toBe('4.00%');
    const before = answered(await svc.askText('/corridor date:2025-10-29'));
    expect(field(before, 'IORB')).toBe('4.15%');
  });

  it('net liquidity on 2025-10-29 is 6,587,034 - 957,990 - 19,504 = $5.61T', async () => {
    const a = answered(await svc.askText('/netliq date:2025-10-31'));
    expect(field(a, 'Net liquidity')).toBe('$5.61T (2025-10-29)');
    expect(field(a, 'ON RRP')).toBe('$19.5B (2025-10-29)');
  });

  it('the Fed held $3.84T of assets on 2019-09-18 (published Thu 2019-09-19)', async () => {
    const a = answered(await svc.askText('/balance date:2019-09-19'));
    expect(field(a, 'Total assets')).toBe('$3.84T (2019-09-18)');
    expect(a.summary.join(' ')).toMatch(/QT ended: runoff stopped/);
    expect(a.stale).toBeUndefined(); // a dated question is not stale
  });

  it('spreads: SOFR was 47 bp over the ON RRP rate on 2025-10-31 (tight) and 3 bp on calm 2024-06-05', async () => {
    const tight = answered(await svc.askText('/spreads date:2025-10-31'));
    expect(field(tight, 'SOFR - ON RRP rate (2025-10-31)')).toBe('+47 bp');
    expect(field(tight, 'SOFR - IORB')).toBe('+32 bp (2025-10-31)');
    expect(field(tight, 'SOFR - EFFR')).toBe('+36 bp (2025-10-31)');
    expect(tight.title).toBe('SOFR 47 bp over the ON RRP rate: repo is tight');
    const calm = answered(await svc.askText('/spreads date:2024-06-05'));
    expect(field(calm, 'SOFR - ON RRP rate (2024-06-05)')).toBe('+3 bp');
    expect(calm.title).not.toMatch(/tight/);
  });

  it('QT history: 2018 runoff caps, 2020 purchases, and the 4-week change of reserves is exactly four weeks', async () => {
    const y2018 = answered(await svc.askText('/balance date:2018-06-15'));
    expect(field(y2018, 'Runoff caps')).toBe('$18.0B UST, $12.0B MBS a month');
    const y2021 = answered(await svc.askText('/balance date:2021-06-16'));
    expect(y2021.summary.join(' ')).toMatch(/No QT: the Fed buys Treasuries and MBS/);
    const res = answered(await svc.askText('/reserves date:2025-10-31'));
    expect(field(res, 'Change 1w / 4w')).toBe('-$85.0B / -$118.1B'); // vs 2025-10-01 (2,966,094 $M)
  });

  it('corridor and spreads say which side of the corridor a rate is on, without doubled signs', async () => {
    const c = answered(await svc.askText('/corridor date:2022-06-15'));
    expect(c.title).toBe('SOFR 0.70% below the ON RRP floor; EFFR 0.83% inside the corridor');
    const spike = answered(await svc.askText('/corridor date:2019-09-17'));
    // 2019-09-16 printed 2.43%: +282 bp on the day (style: the day change first).
    expect(spike.summary.join(' ')).toMatch(/SOFR printed 5\.25%, up 282 bp \(above the ceiling\)/);
    const s = answered(await svc.askText('/spreads date:2022-06-15'));
    expect(s.title).toMatch(/^SOFR 10 bp under the ON RRP rate/);
  });

  it('ON RRP above $1T reads in trillions, with a $T axis', async () => {
    const a = answered(await svc.askText('/rrp date:2022-06-15'));
    expect(field(a, 'ON RRP take-up')).toBe('$2.16T (2022-06-15)');
  });

  it('on a weekend the answer shows the last fixing before it and says so', async () => {
    const a = answered(await svc.askText('/sofr date:2019-09-15'));
    expect(field(a, 'SOFR')).toBe('2.20% (2019-09-13)');
    // Nothing newer exists for a Sunday: said first, but not marked stale.
    expect(a.summary[0]).toBe('No observation on Sun Sep 15, 2019; showing Fri Sep 13, 2019, the last one before it.');
    expect(a.stale).toBeUndefined();
  });

  it('where the snapshot has no data it says so plainly and makes nothing up (SRF usage in 2025: no file covers it)', async () => {
    const sofr = answered(await svc.askText('/sofr date:2025-10-31'));
    expect(field(sofr, '1st-99th percentile')).toBe('4.05% - 4.35%'); // NY Fed SOFR file, 2025-10-31
    const srf = answered(await svc.askText('/srf date:2025-10-31'));
    expect(field(srf, 'SRF usage')).toBe('n/a (see above)');
    expect(srf.summary[0]).toMatch(/^The offline snapshot has no SRF usage for 2025-10-31: .*up to 2024-12-31, and again from 2026-01-01/);
    expect(srf.title).toBe('SOFR 22 bp above the SRF rate of 4.00%');
  });
});

describe('given the offline snapshot built from the NY Fed files (issue 10)', () => {
  it('/srf date:2026-02-17 leads with $30.5B of SRF usage, its AM/PM split and the window high, sourced to the NY Fed', async () => {
    const a = answered(await svc.askText('/srf date:2026-02-17'));
    expect(a.title).toBe('SRF usage $30.5B on Tue Feb 17');
    expect(a.summary[0]).toBe("Banks and dealers borrowed $30.5B from the Standing Repo Facility on Tue Feb 17 ($11.0B in the morning operation, $19.5B in the afternoon); that is the window's high.");
    expect(field(a, 'SRF usage')).toBe('$30.5B (2026-02-17)');
    expect(field(a, 'Morning / afternoon')).toBe('$11.0B / $19.5B');
    expect(field(a, 'High in window')).toBe('$30.5B (2026-02-17)');
    expect(a.asOf).toContainEqual({ series: 'SRF usage', date: '2026-02-17', source: 'NY Fed repo operations (offline snapshot)' });
  });

  it('/srf names the window high and its day when it is not the day asked about', async () => {
    const a = answered(await svc.askText('/srf date:2026-03-02'));
    expect(a.summary[0]).toMatch(/^Banks and dealers borrowed \$9\.0B .*; the window's high was \$30\.5B on Tue Feb 17\.$/);
  });

  it('/sofr date:2026-10-08 draws the 3.83%-3.95% band and shows volume, but does not place SOFR in an unconfirmed corridor', async () => {
    const a = answered(await svc.askText('/sofr date:2026-10-08'));
    expect(a.title).toBe('SOFR 3.87%');
    expect(field(a, '1st-99th percentile')).toBe('3.83% - 3.95%');
    expect(field(a, 'Volume')).toBe('$2.96T');
    const text = [a.title, ...a.summary, ...a.fields.map((f) => f.value)].join(' ');
    expect(text).not.toMatch(/above the SRF rate|through the Fed's ceiling|under the SRF|above the ON RRP/);
    expect(a.summary).toContain("The Fed's corridor after Wed Sep 30 is not confirmed by the data held here (last confirmed walls: ON RRP 3.75%, IORB 3.90%, SRF 4.00%), so SOFR on Thu Oct 8 is not placed in it.");
    expect(field(a, 'vs SRF rate 4.00%')).toBe('corridor not confirmed');
    const specs: ChartSpec[] = [];
    const spy = new AnswerService({ commands, reader: createSnapshotReader(), render: async (spec: ChartSpec) => (specs.push(spec), new Uint8Array([1])), theme: 'dark', now: () => NOW });
    answered(await spy.askText('/sofr date:2026-10-08'));
    const band = specs[0]!.bands!.find((b) => b.role === 'percentile')!;
    expect(band.upper.at(-1)).toEqual({ date: '2026-10-08', value: 3.95 });
    expect(band.lower.at(-1)).toEqual({ date: '2026-10-08', value: 3.83 });
    // The corridor band stops on the last confirmed day.
    const corridor = specs[0]!.bands!.find((b) => b.role === 'corridor')!;
    expect(corridor.upper.at(-1)!.date <= '2026-09-30').toBe(true);
  });

  it('/sofr on the last confirmed day (2026-09-30) is judged against the walls the NY Fed results show', async () => {
    const a = answered(await svc.askText('/sofr date:2026-09-30'));
    expect(field(a, 'vs SRF rate 4.00%')).toMatch(/^[-+]\d+ bp$/);
    expect(field(a, 'vs ON RRP 3.75%')).toMatch(/^[-+]\d+ bp$/);
  });
});
