// Small multiples (ChartSpec.panels): the title, subtitle and footer of the chart on a 1200 px wide
// canvas, and the panels under them in one column, each with its own y axis. Each panel
// is drawn by Chart.js on its own canvas and copied into its cell.
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { XY } from './decimate.js';
import { FONT_FAMILY } from './fonts.js';
import { axisWords, formatValue, type AxisWords } from './format.js';
import { backgroundPlugin, endLabelsPlugin, type EndLabel } from './plugins.js';
import { toSeries } from './series.js';
import type { ChartPanel, ChartSpec, Theme } from './spec.js';
import { fitLines } from './text.js';
import { stillRenderOptions, timeScale, valueRange, valueScale } from './scales.js';
import { LEVEL_COLOURS, palette as paletteFor, TYPE, typeFont, type Palette } from './theme.js';
import { timeTicks } from './timeAxis.js';

const MARGIN = 20;
const GAP = 16;
/** Height of one panel on the 1200 px canvas: its title, about 200 px of plot and its x labels. */
export const PANEL_HEIGHT = 320;
const HEADER = 150;
const FOOTER = 84;

/**
 * One column, one panel a row: at a phone's 400 px a panel is a full-width chart a third as tall,
 * where a grid of three across left each panel 130 px wide and its text unreadable. The canvas is
 * 1200 px wide like every chart and as tall as its panels need.
 */
export function panelGrid(n: number): { cols: number; rows: number } {
  return { cols: 1, rows: Math.max(1, n) };
}

/** The canvas height for `n` panels. */
export function panelsHeight(n: number): number {
  const { rows } = panelGrid(n);
  return HEADER + rows * PANEL_HEIGHT + (rows - 1) * GAP + FOOTER;
}

/** Draws the whole small-multiples chart on `canvas` (the caller reads the pixels). */
export function drawPanels(canvas: Canvas, spec: ChartSpec, theme: Theme): void {
  const panels = spec.panels ?? [];
  if (!panels.some((p) => p.lines.some((l) => l.points.some((pt) => Number.isFinite(pt.value))))) {
    throw new Error(`Chart "${spec.name}" has no data points to draw in its panels`);
  }
  const p = paletteFor(theme);
  const { width, height } = canvas;
  const ctx = canvas.getContext('2d');
  ctx.save();
  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  let y = MARGIN - 4;
  ctx.fillStyle = p.text;
  const titleLines = fitLines(ctx, spec.title, typeFont(TYPE.title, true), width - 2 * MARGIN, 2);
  for (const line of titleLines) {
    ctx.font = typeFont(TYPE.title, true);
    ctx.fillText(line, MARGIN, y);
    y += Math.round(TYPE.title * TYPE.leading);
  }
  if (spec.subtitle) {
    ctx.fillStyle = p.mutedText;
    const sub = fitLines(ctx, spec.subtitle, typeFont(TYPE.subtitle), width - 2 * MARGIN, 1)[0] ?? '';
    ctx.font = typeFont(TYPE.subtitle);
    ctx.fillText(sub, MARGIN, y + 2);
    y += Math.round(TYPE.subtitle * TYPE.leading) + 4;
  }
  const footer = fitLines(ctx, spec.footer, typeFont(TYPE.footer), width - 2 * MARGIN, 2);
  ctx.font = typeFont(TYPE.footer);
  ctx.fillStyle = p.mutedText;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  footer.forEach((line, i) => ctx.fillText(line, width - MARGIN, height - MARGIN / 2 - (footer.length - 1 - i) * TYPE.footer * TYPE.leading));
  ctx.restore();

  // A two-line title takes room from the first panel's top, never from the footer.
  const top = Math.max(y + 8, HEADER - 10);
  const { cols, rows } = panelGrid(panels.length);
  const cellW = Math.floor((width - 2 * MARGIN - (cols - 1) * GAP) / cols);
  const cellH = Math.min(PANEL_HEIGHT, Math.floor((height - FOOTER - top - (rows - 1) * GAP) / rows));
  // One time axis for every panel, so a date sits at the same x in each.
  let first = Infinity;
  let last = -Infinity;
  for (const panel of panels) {
    for (const l of panel.lines) {
      const d = toSeries(l.points, false).data;
      if (d.length) [first, last] = [Math.min(first, d[0]!.x), Math.max(last, d[d.length - 1]!.x)];
    }
  }
  const span = first <= last ? { min: first - 1, max: last + 1 } : { min: 0, max: 1 };
  panels.forEach((panel, i) => {
    const x = MARGIN + (i % cols) * (cellW + GAP);
    const yy = top + Math.floor(i / cols) * (cellH + GAP);
    const sub = createCanvas(cellW, cellH);
    const chart = drawPanel(sub, panel, p, span, axisWords(spec.locale));
    ctx.putImageData(sub.getContext('2d').getImageData(0, 0, cellW, cellH), x, yy);
    chart.destroy();
    if (panel.level) {
      // The panel's level at a glance: a bar in its status colour along the panel's left edge.
      ctx.fillStyle = LEVEL_COLOURS[panel.level];
      ctx.fillRect(x - 14, yy, 8, cellH);
    }
  });
}

function drawPanel(canvas: Canvas, panel: ChartPanel, p: Palette, span: { min: number; max: number }, axis: AxisWords): Chart<'line', XY[]> {
  const datasets: ChartDataset<'line', XY[]>[] = [];
  const endLabels: EndLabel[] = [];
  panel.lines.forEach((line, i) => {
    const s = toSeries(line.points, true);
    const colour = p.roles[line.role];
    datasets.push({
      type: 'line',
      label: line.label,
      data: s.data,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: line.role === 'main' ? 2.5 : 2,
      borderDash: line.dashed ? [7, 4] : [],
      pointRadius: s.data.length === 1 ? 4 : 0,
      pointHoverRadius: 0,
      fill: false,
      tension: 0,
      spanGaps: line.step ? true : s.gap,
      stepped: line.step ? 'before' : false,
      order: i,
    });
    const last = s.data[s.data.length - 1];
    if (last && line.lastLabel !== false) endLabels.push({ datasetIndex: i, text: formatValue(last.y, panel.yFormat, axis), colour });
  });
  const minX = span.min;
  const maxX = span.max;
  const all = timeTicks(minX, maxX, axis);
  const ctx = canvas.getContext('2d');
  ctx.font = typeFont(TYPE.endLabel, true);
  const labelWidth = Math.max(0, ...endLabels.map((l) => ctx.measureText(l.text).width));
  const config: ChartConfiguration<'line', XY[]> = {
    type: 'line',
    data: { datasets },
    plugins: [backgroundPlugin(p.background), endLabelsPlugin(endLabels, typeFont(TYPE.endLabel, true))],
    options: {
      ...stillRenderOptions(p),
      layout: { padding: { top: 2, left: 2, right: Math.ceil(labelWidth) + 8, bottom: 2 } },
      plugins: {
        title: { display: true, text: panel.title, align: 'start', color: panel.level ? LEVEL_COLOURS[panel.level] : p.text, font: { family: FONT_FAMILY, size: TYPE.panelTitle, weight: 'bold' }, padding: { top: 0, bottom: 4 } },
        legend: { display: false },
        tooltip: { enabled: false },
        decimation: { enabled: false },
      },
      scales: {
        x: timeScale(p, minX, maxX, all.values, (x) => all.label(x)),
        y: valueScale(p, { range: valueRange(datasets.flatMap((d) => d.data.map((pt) => pt.y)), { zeroMatters: panel.beginAtZero }), maxTicks: 6, yFormat: panel.yFormat, axis }),
      },
    },
  };
  return new Chart(ctx as unknown as CanvasRenderingContext2D, config);
}
