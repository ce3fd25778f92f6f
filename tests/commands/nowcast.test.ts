// /nowcast and the estimate line in /reserves, on the offline snapshot.
import { describe, expect, it } from 'vitest';
import { AnswerService } from '../../src/answers/service.js';
import { commands } from '../../commands/index.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { renderChart } from '../../src/charts/render.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { decodePng, hasPngSignature } from '../helpers/png.js';
import { answered, field, NOW, snapshotService } from './support.js';

const svc = snapshotService();

describe('/nowcast', () => {
  it('estimates reserves after the week to 2025-10-29, marked as an estimate, with contributions and track record', async () => {
    const a = answered(await svc.askText('/nowcast date:2025-10-31'));
    expect(a.title).toMatch(/^Reserves estimate ~\$2\.\d\dT on Fri Oct 31, 2025 \(nowcast, not published\)$/);
    expect(a.summary[0]).toMatch(/^ESTIMATE: /);
    expect(field(a, 'Last published (week avg)')).toBe('$2.85T (week to 2025-10-29)');
    expect(field(a, 'TGA contribution')).toMatch(/^[+-]\$\d+\.\dB \(2025-10-29 week avg to 2025-10-31\)$/);
    expect(field(a, 'ON RRP contribution')).toMatch(/^[+-]\$\d+\.\dB \(2025-10-29 week avg to 2025-10-31\)$/);
    expect(field(a, 'Fed assets contribution')).toMatch(/not known yet/);
    // Track record: only weeks published by the day asked, nowcast MAE below the naive one.
    const [mae, hit, naive] = /^\$(\d+\.\d)B \/ (\d+)% \(no change: \$(\d+\.\d)B\)$/.exec(field(a, 'Track record (MAE / direction)'))!.slice(1).map(Number);
    expect(mae!).toBeLessThan(naive!);
    expect(hit!).toBeGreaterThan(75);
    expect(a.summary.join(' ')).toMatch(/to 2025-10-29\)/);
    expect(a.asOf.map((x) => x.date)).toEqual(['2025-10-29', '2025-10-31', '2025-10-31']);
  });

  it('draws the published weeks and a dashed daily nowcast line in $T', async () => {
    const specs: ChartSpec[] = [];
    const s = new AnswerService({ commands, reader: createSnapshotReader(), theme: 'dark', now: () => NOW, render: (spec, theme) => (specs.push(spec), renderChart(spec, theme)) });
    const a = answered(await s.askText('/nowcast'));
    expect(hasPngSignature(a.chart!.png)).toBe(true);
    expect((await decodePng(a.chart!.png)).width).toBe(1200);
    const spec = specs[0]!;
    expect(spec.yFormat).toBe('trillions');
    const [published, nowcast] = spec.lines;
    expect(published!.dashed).toBeFalsy();
    expect(nowcast!.dashed).toBe(true);
    expect(published!.points.at(-1)).toEqual({ date: '2026-06-17', value: expect.closeTo(3.033, 3) });
    expect(nowcast!.points.at(-1)!.date).toBe('2026-06-23');
    for (const p of nowcast!.points) expect(p.value).toBeGreaterThan(1.5);
  });
});

describe('/reserves', () => {
  it('adds the estimate when it is newer than the last published week', async () => {
    // The DTS download ends on 2026-06-23, the week of 2026-06-17 is the last published before it.
    const a = answered(await svc.askText('/reserves date:2026-06-23'));
    expect(a.summary.at(-1)).toMatch(/^Estimate for Tue Jun 23: about \$2\.\d\dT .*\/nowcast/);
  });

  it('says nothing of an estimate on a published Wednesday', async () => {
    const a = answered(await svc.askText('/reserves date:2025-10-29'));
    expect(a.summary.join(' ')).not.toMatch(/nowcast/);
  });
});
