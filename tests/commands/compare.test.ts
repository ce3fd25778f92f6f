// /compare on the offline snapshot: the September 2019 spike against the newest data (and against
// 2025-10-31 when "today" is that day), and the aligned SOFR chart checked in its pixels.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { renderChart } from '../../src/charts/render.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { countNear, decodePng, hasPngSignature } from '../helpers/png.js';
import type { ChartLine, ChartSpec } from '../../src/charts/spec.js';
import type { Answer } from '../../src/core/types.js';
import { answered, chartOf, field, NOW, snapshotService } from './support.js';

const svc = snapshotService();
// "Today" is Fri 2025-10-31, 4 pm ET: the 2025 side of the comparison comes from the snapshot.
const oct2025 = new AnswerService({ commands, reader: createSnapshotReader(), render: renderChart, theme: 'dark', now: () => new Date('2025-10-31T20:00:00Z') });

describe('/compare', () => {
  it('by default compares with 2019-09-17: SOFR 5.25%, and the H.4.1 week published by then (to 2019-09-11)', async () => {
    const a = answered(await svc.askText('/compare'));
    expect(field(a, 'SOFR, vs IOER/IORB')).toMatch(/^5\.25%, \+315 bp vs IOER \(2019-09-17\) \| now /);
    expect(field(a, 'Reserves (week avg)')).toMatch(/^\$1\.46T \(week to 2019-09-11\) \| now \$\d\.\d\dT \(week to 2026-/);
    // The daily DTS starts in 2021: the 2019 TGA is the H.4.1 week average, and the answer says so.
    expect(field(a, 'TGA')).toMatch(/^\$185\.3B \(week avg to 2019-09-11\)/);
    expect(field(a, 'Fed assets (Wednesday)')).toMatch(/^\$3\.77T \(week to 2019-09-11\)/);
  });

  it('the 2025 side comes from the snapshot: SOFR 4.22% on 2025-10-31, reserves $2.85T, ON RRP $51.8B, TGA $926.3B', async () => {
    const a = answered(await oct2025.askText('/compare'));
    expect(field(a, 'SOFR, vs IOER/IORB')).toBe('5.25%, +315 bp vs IOER (2019-09-17) | now 4.22%, +32 bp vs IORB (2025-10-31)');
    expect(field(a, 'Reserves (week avg)')).toBe('$1.46T (week to 2019-09-11) | now $2.85T (week to 2025-10-29)');
    expect(field(a, 'ON RRP take-up')).toMatch(/\| now \$51\.8B \(2025-10-31\)$/);
    expect(field(a, 'TGA')).toMatch(/\| now \$926\.3B \(2025-10-31\)$/);
    expect(a.title).toBe('Now vs 2019-09-17: SOFR high 4.31% vs 5.25%, reserves $2.85T vs $1.46T');
  });

  it('date:YYYY-MM-DD compares with that day instead', async () => {
    const a = answered(await oct2025.askText('/compare date:2022-06-01'));
    expect(field(a, 'Reserves (week avg)')).toMatch(/^\$3\.31T \(week to 2022-05-25\) \| now \$2\.85T/);
    expect(field(a, 'TGA')).toMatch(/^\$\d+\.\dB \(2022-06-01\) \| now/); // the daily DTS reaches 2022
  });

  it('refuses a day within two weeks of the newest data, saying what to type', async () => {
    const r = await oct2025.askText('/compare date:2025-10-25');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Try \/compare date:2019-09-17\.$/);
  });

  it('the chart draws both windows, and the alt text says they are aligned on the anchor days', async () => {
    const a = answered(await oct2025.askText('/compare'));
    const png = a.chart!.png;
    expect(hasPngSignature(png)).toBe(true);
    const img = await decodePng(png);
    expect([img.width, img.height]).toEqual([1200, 675]);
    const plot = { x: 130, y: 226, w: 920, h: 342 };
    expect(countNear(img, '#0072B2', plot, 12)).toBeGreaterThan(150);
    expect(countNear(img, '#E69F00', plot, 12)).toBeGreaterThan(150);
    expect(a.chart!.alt).toContain('days from each anchor day');
  });
});

// Issue 11, "comparisons compare like with like": the spread to the corridor's IOER/IORB, on a
// "days from the event" axis for both windows, and the answer within 15 lines.
describe('/compare compares like with like', () => {
  const lines = (a: Answer) => [a.stale, a.title, ...a.summary, ...a.fields.map((f) => f.label), ...a.asOf.map((x) => x.series), a.nextRelease].filter(Boolean).length;

  it.each([
    // The example: 2019-09-17 (SOFR 5.25%, IOER 2.10%) against 2025-10-31 (SOFR 4.22%, IORB 3.90%).
    ['/compare date:2019-09-17', oct2025, 315, 32],
    // March 2020, the day after the cut to 0-0.25% (IOER 0.10%): another regime, the same axis.
    ['/compare date:2020-03-17', oct2025, null, 32],
    // Against the newest data (the snapshot's end, whatever it is).
    ['/compare date:2022-06-01', null, null, null],
  ] as const)('%s: both lines are SOFR - IOER/IORB in bp, with day 0 on each anchor day', async (q, service, thenDay0, nowDay0) => {
    const { spec, answer } = service ? await chartWith(service, q) : await chartOf(q);
    expect(spec.yFormat).toBe('bp');
    const [nowLine, thenLine] = spec.lines as [ChartLine, ChartLine];
    expect(nowLine.label).toMatch(/^SOFR - (IOER|IORB) around \d{4}-\d{2}-\d{2}$/);
    expect(thenLine.label).toMatch(/^SOFR - (IOER|IORB) around \d{4}-\d{2}-\d{2}$/);
    // The axis counts days from the newer anchor day; the older window is placed on it by its offset.
    const now = answer.asOf[0]!.date;
    expect(spec.xDaysFrom).toBe(now);
    const at0 = (l: ChartLine) => l.points.find((p) => p.date === now)?.value;
    if (thenDay0 !== null) expect(at0(thenLine)).toBe(thenDay0);
    if (nowDay0 !== null) expect(at0(nowLine)).toBe(nowDay0);
    // A spread, not a level: within a few hundred bp of zero, where SOFR levels in 2019 and 2022
    // (2.4%, 0.8%) would be 240 and 80.
    for (const l of spec.lines) for (const p of l.points) expect(Math.abs(p.value)).toBeLessThan(400);
    expect(lines(answer)).toBeLessThanOrEqual(15);
  });

  it('a spread value checked against the raw numbers: 2019-09-16 SOFR 2.43% - IOER 2.10% = +33 bp, one day before day 0', async () => {
    const { spec } = await chartWith(oct2025, '/compare date:2019-09-17');
    const then = spec.lines[1]!;
    expect(then.points.find((p) => p.date === '2025-10-30')?.value).toBe(33);
  });
});

async function chartWith(service: AnswerService, q: string): Promise<{ spec: ChartSpec; answer: Answer }> {
  let spec: ChartSpec | undefined;
  const s = new AnswerService({
    commands,
    reader: createSnapshotReader(),
    render: (x, t) => {
      spec = x;
      return renderChart(x, t);
    },
    theme: 'dark',
    now: () => (service === oct2025 ? new Date('2025-10-31T20:00:00Z') : NOW),
  });
  const answer = answered(await s.askText(q));
  return { spec: spec!, answer };
}
