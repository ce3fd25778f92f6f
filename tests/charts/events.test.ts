// Event markers only where they help (style.md): at most MAX_EVENTS in the window, labels that never
// overlap each other nor leave the plot, and the real /sofr, /effr and /balance range:max charts.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { AnswerService } from '../../src/answers/service.js';
import { MAX_LABEL_ROWS, placeEventLabels, type LabelBox } from '../../src/charts/plugins.js';
import { chartGeometry, MAX_EVENTS, renderChart } from '../../src/charts/render.js';
import type { ChartEvent, ChartSpec, Theme } from '../../src/charts/spec.js';
import { palette } from '../../src/charts/theme.js';
import { createSnapshotReader } from '../../src/sources/snapshot.js';
import { countNear, decodePng, type Rect } from '../helpers/png.js';
import { NOW } from '../commands/support.js';
import { reservesSpec } from './fixtures.js';

const AREA = { left: 110, right: 1114, top: 128 };
const overlap = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectTidy(boxes: LabelBox[], area: { left: number; right: number; top: number }) {
  for (const b of boxes) {
    expect(b.left, b.label).toBeGreaterThanOrEqual(area.left);
    expect(b.right, b.label).toBeLessThanOrEqual(area.right);
    expect(b.top, b.label).toBeGreaterThanOrEqual(area.top);
  }
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.label} / ${b.label}`).toBe(false)));
}

describe('placeEventLabels', () => {
  it('flips labels near the right edge to the left, never across another line, shortened to a first word where the whole does not fit', () => {
    const short = (label: string, width: number) => ({ label: label.split(' ')[0]!, width });
    const items = [
      { label: 'QT starts', px: 700, width: 130, short: short('QT', 40) },
      { label: 'QT at full pace', px: 760, width: 220, short: short('QT', 40) },
      { label: 'QT slowed', px: 900, width: 140, short: short('QT', 40) },
      { label: 'QT slowed again', px: 1000, width: 230, short: short('QT', 40) },
      { label: 'QT ended', px: 1086, width: 125, short: short('QT', 40) },
    ];
    const boxes = placeEventLabels(items, AREA);
    expectTidy(boxes, AREA);
    expect(boxes).toHaveLength(items.length);
    for (const b of boxes) {
      const crossed = items.filter((i) => i.px > b.left && i.px < b.right);
      expect(crossed, b.label).toEqual([]);
    }
    expect(boxes.map((b) => b.label)).toContain('QT starts'); // whole where it fits (left of its line)
    const last = boxes.find((b) => b.left > 1000 && b.right <= 1086)!;
    expect(last).toBeDefined(); // 'QT ended' flipped left of its line (as a short label, between two lines)
  });

  it('leaves out a label that fits on neither side or on no row', () => {
    const wide = placeEventLabels([{ label: 'far too wide', px: 600, width: 2000 }], AREA);
    expect(wide).toEqual([]);
    const pile = Array.from({ length: 6 }, (_, i) => ({ label: `event ${i}`, px: 600 + i, width: 400 }));
    const boxes = placeEventLabels(pile, AREA);
    expect(boxes.length).toBeLessThanOrEqual(2 * MAX_LABEL_ROWS);
    expect(boxes.length).toBeLessThan(pile.length);
    expectTidy(boxes, AREA);
  });
});

const monthly = (n: number): ChartEvent[] =>
  Array.from({ length: n }, (_, i) => ({ date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(3 + Math.floor(i / 12) * 10).padStart(2, '0')}`, label: `FOMC ${i + 1}` }));

describe('how many event markers a chart shows', () => {
  const theme: Theme = 'light';
  const event = palette(theme).event;
  const plot: Rect = { x: 130, y: 226, w: 920, h: 342 }; // inside the plot area (chartGeometry)
  const spec = (events: ChartEvent[]): ChartSpec => ({ ...reservesSpec(), events });

  it(`draws up to ${MAX_EVENTS} markers with their labels`, async () => {
    // Markers a quarter apart (~120 px on this two-year chart), labels short enough to sit between them.
    const events = ['2024-01-03', '2024-04-03', '2024-07-03', '2024-10-02', '2025-01-02', '2025-04-02'].map((date, i) => ({ date, label: `FOMC ${i + 1}` }));
    expect(events).toHaveLength(MAX_EVENTS);
    const geo = chartGeometry(spec(events), theme);
    // Each event labelled, whole or by its first word where the whole would cross a neighbour's line.
    expect(geo.eventLabels).toHaveLength(events.length);
    for (const b of geo.eventLabels) expect(events.some((e) => e.label === b.label || e.label.startsWith(`${b.label} `))).toBe(true);
    const img = await decodePng(await renderChart(spec(events), theme));
    expect(countNear(img, event, plot, 6)).toBeGreaterThan(100);
  });

  it(`draws none, lines or labels, with more than ${MAX_EVENTS} in the window`, async () => {
    const events = monthly(20);
    expect(chartGeometry(spec(events), theme).eventLabels).toEqual([]);
    const img = await decodePng(await renderChart(spec(events), theme));
    expect(countNear(img, event, plot, 6)).toBeLessThan(50);
  });
});

describe('real charts over the whole history', () => {
  async function captured(question: string): Promise<ChartSpec> {
    let spec: ChartSpec | undefined;
    const service = new AnswerService({
      commands,
      reader: createSnapshotReader(),
      render: (s, t) => {
        spec = s;
        return renderChart(s, t);
      },
      theme: 'dark',
      now: () => NOW,
    });
    const r = await service.askText(question);
    if (!r.ok || !spec) throw new Error(`no chart for ${question}: ${r.ok ? 'none' : r.error}`);
    return spec;
  }

  it.each(['/sofr range:max', '/effr range:max'])('%s: the FOMC decisions are many, so no labels pile over the data', async (q) => {
    const spec = await captured(q);
    expect((spec.events ?? []).length).toBeGreaterThan(MAX_EVENTS); // the premise: about 20 decisions
    expect(chartGeometry(spec, 'dark').eventLabels).toEqual([]);
  });

  it.each(['/balance range:max', '/balance range:5y', '/balance range:2y'])('%s: labels only for a few events, inside the plot and clear of each other', async (q) => {
    const spec = await captured(q);
    const geo = chartGeometry(spec, 'dark');
    const n = (spec.events ?? []).length;
    expect(n).toBeGreaterThan(0);
    if (n > MAX_EVENTS) expect(geo.eventLabels).toEqual([]);
    else expect(geo.eventLabels.length).toBeGreaterThan(0);
    expectTidy(geo.eventLabels, geo.area);
  });
});
