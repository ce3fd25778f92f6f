// /export: the CSV behind a chart parses back into exactly the numbers the chart used.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import type { ChartSpec } from '../../src/charts/spec.js';
import { renderChart } from '../../src/charts/render.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { NOW, answered, snapshotService } from './support.js';
import { newestInSnapshot } from '../helpers/snapshotFacts.js';

function capturing(): { svc: AnswerService; specs: ChartSpec[] } {
  const specs: ChartSpec[] = [];
  const svc = new AnswerService({ commands, reader: createSnapshotReader(), theme: 'dark', now: () => NOW, render: (spec, theme) => (specs.push(spec), renderChart(spec, theme)) });
  return { svc, specs };
}

function parseCsv(bytes: Uint8Array): { comments: string[]; rows: { date: string; value: number }[] } {
  const lines = new TextDecoder().decode(bytes).split('\n').filter(Boolean);
  const comments = lines.filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
  const data = lines.filter((l) => !l.startsWith('#'));
  expect(data[0]).toBe('date,value');
  return { comments, rows: data.slice(1).map((l) => ({ date: l.split(',')[0]!, value: Number(l.split(',')[1]) })) };
}

describe('/export', () => {
  it('/export reserves range:1y is exactly /reserves range:1y chart points, with its header', async () => {
    const { svc, specs } = capturing();
    const chart = answered(await svc.askText('/reserves range:1y'));
    expect(chart.chart).toBeDefined();
    const drawn = specs[0]!.lines[0]!.points;
    const a = answered(await svc.askText('/export reserves range:1y'));
    expect(a.files).toHaveLength(1);
    const f = a.files![0]!;
    const newest = newestInSnapshot('RESERVES').date;
    expect(f.name).toBe(`reserves-1y-${newest}.csv`);
    expect(f.type).toBe('text/csv');
    const { comments, rows } = parseCsv(f.bytes);
    expect(rows).toEqual(drawn);
    expect(rows.length).toBeGreaterThan(50);
    expect(comments).toContain('units: trillions of US dollars');
    expect(comments.find((c) => c.startsWith('source: '))).toMatch(/FRED WRESBAL/);
    expect(comments.find((c) => c.startsWith('retrieved: '))).toMatch(/offline snapshot/);
    expect(comments.find((c) => c.startsWith('built: '))).toBe('built: 2026-11-23');
    expect(comments.find((c) => c.startsWith('window: '))).toBe(`window: ${rows[0]!.date} to ${newest} (range 1y)`);
  });

  it('a rate in percent and the TGA in $T round-trip at a past date', async () => {
    const { svc, specs } = capturing();
    answered(await svc.askText('/tga range:3m date:2025-10-31'));
    const tga = answered(await svc.askText('/export tga range:3m date:2025-10-31'));
    expect(parseCsv(tga.files![0]!.bytes).rows).toEqual(specs[0]!.lines[0]!.points);
    const sofr = answered(await svc.askText('/export sofr 1m 2019-09-30'));
    expect(sofr.files![0]!.name).toBe('sofr-1m-2019-09-30.csv');
    const { comments, rows } = parseCsv(sofr.files![0]!.bytes);
    expect(comments).toContain('units: percent');
    expect(rows.find((r) => r.date === '2019-09-17')).toEqual({ date: '2019-09-17', value: 5.25 });
  });

  it('needs a series and refuses an unknown one', async () => {
    const svc = snapshotService();
    const none = await svc.askText('/export');
    expect(none.ok).toBe(false);
    const bad = await svc.askText('/export bitcoin');
    expect(bad.ok).toBe(false);
  });
});
