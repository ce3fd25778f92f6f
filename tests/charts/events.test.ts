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
  it('flips labels near the right edge to the left without covering the labels already there', () => {
    const items = [
      { label: 'QT starts', px: 938, width: 70 },
      { label: 'QT at full pace', px: 948, width: 110 },
      { label: 'QT slowed', px: 1022, width: 75 },
      { label: 'QT slowed again', px: 1058, width: 125 },
      { label: 'QT ended', px: 1086, width: 70 },
    ];
    const boxes = placeEventLabels(items, AREA);
    expect(boxes.map((b) => b.label).sort()).toEqual(items.map((i) => i.label).sort());
    expectTidy(boxes, AREA);
    const ended = boxes.find((b) => b.label === 'QT ended')!;
    expect(ended.right).toBeLessThanOrEqual(1086); // flipped left of its line
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
    const events = monthly(MAX_EVENTS);
    const geo = chartGeometry(spec(events), theme);
    expect(geo.eventLabels.map((b) => b.label).sort()).toEqual(events.map((e) => e.label).sort());
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
