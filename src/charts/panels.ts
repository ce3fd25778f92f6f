// Small multiples (ChartSpec.panels): the title, subtitle and footer of the chart on the 1200x675
// canvas, and a grid of small charts under them, one per panel, each with its own y axis. Each panel
// is drawn by Chart.js on its own canvas and copied into its cell.
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, type ChartDataset } from 'chart.js';
import type { XY } from './decimate.js';
import { FONT_FAMILY } from './fonts.js';
import { formatValue } from './format.js';
import { backgroundPlugin, endLabelsPlugin, type EndLabel } from './plugins.js';
import { toSeries } from './series.js';
import type { ChartPanel, ChartSpec, Theme } from './spec.js';
import { fitLines } from './text.js';
import { stillRenderOptions, timeScale, valueScale } from './scales.js';
import { LEVEL_COLOURS, palette as paletteFor, type Palette } from './theme.js';
import { timeTicks } from './timeAxis.js';

const MARGIN = 20;
const GAP = 12;
const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
/** Most x labels a panel shows: a third of the width of a full chart. */
const PANEL_TICKS = 4;

/** Columns x rows for n panels: 2 side by side up to 4, then 3 per row. */
export function panelGrid(n: number): { cols: number; rows: number } {
  const cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
  return { cols, rows: Math.ceil(n / cols) };
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
  for (const line of fitLines(ctx, spec.title, font(26, true), width - 2 * MARGIN, 2)) {
    ctx.font = font(26, true);
    ctx.fillText(line, MARGIN, y);
    y += 32;
  }
  if (spec.subtitle) {
    ctx.fillStyle = p.mutedText;
    const sub = fitLines(ctx, spec.subtitle, font(18), width - 2 * MARGIN, 1)[0] ?? '';
    ctx.font = font(18);
    ctx.fillText(sub, MARGIN, y + 2);
    y += 28;
  }
  const footer = fitLines(ctx, spec.footer, font(14), width - 2 * MARGIN, 1)[0] ?? '';
  ctx.font = font(14);
  ctx.fillStyle = p.mutedText;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillText(footer, width - MARGIN, height - MARGIN / 2);
  ctx.restore();

  const top = y + 8;
  const bottom = height - 34;
  const { cols, rows } = panelGrid(panels.length);
  const cellW = Math.floor((width - 2 * MARGIN - (cols - 1) * GAP) / cols);
  const cellH = Math.floor((bottom - top - (rows - 1) * GAP) / rows);
  panels.forEach((panel, i) => {
    const x = MARGIN + (i % cols) * (cellW + GAP);
    const yy = top + Math.floor(i / cols) * (cellH + GAP);
    const sub = createCanvas(cellW, cellH);
    const chart = drawPanel(sub, panel, p);
    ctx.putImageData(sub.getContext('2d').getImageData(0, 0, cellW, cellH), x, yy);
    chart.destroy();
    if (panel.level) {
      // The panel's level at a glance: a bar in its status colour along the panel's left edge.
      ctx.fillStyle = LEVEL_COLOURS[panel.level];
      ctx.fillRect(x - 6, yy, 4, cellH);
    }
  });
}

function drawPanel(canvas: Canvas, panel: ChartPanel, p: Palette): Chart<'line', XY[]> {
  const datasets: ChartDataset<'line', XY[]>[] = [];
  const endLabels: EndLabel[] = [];
  const xs: number[] = [];
  panel.lines.forEach((line, i) => {
    const s = toSeries(line.points, true);
    if (s.data.length) xs.push(s.data[0]!.x, s.data[s.data.length - 1]!.x);
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
    if (last && line.lastLabel !== false) endLabels.push({ datasetIndex: i, text: formatValue(last.y, panel.yFormat), colour });
  });
  const minX = xs.length ? Math.min(...xs) - 1 : 0;
  const maxX = xs.length ? Math.max(...xs) + 1 : 1;
  const all = timeTicks(minX, maxX);
  const every = Math.max(1, Math.ceil(all.values.length / PANEL_TICKS));
  const tickValues = all.values.filter((_, i) => i % every === 0);
  const ctx = canvas.getContext('2d');
  ctx.font = font(14, true);
  const labelWidth = Math.max(0, ...endLabels.map((l) => ctx.measureText(l.text).width));
  const config: ChartConfiguration<'line', XY[]> = {
    type: 'line',
    data: { datasets },
    plugins: [backgroundPlugin(p.background), endLabelsPlugin(endLabels, font(14, true))],
    options: {
      ...stillRenderOptions(p),
      layout: { padding: { top: 2, left: 2, right: Math.ceil(labelWidth) + 8, bottom: 2 } },
      plugins: {
        title: { display: true, text: panel.title, align: 'start', color: panel.level ? LEVEL_COLOURS[panel.level] : p.text, font: { family: FONT_FAMILY, size: 16, weight: 'bold' }, padding: { top: 0, bottom: 4 } },
        legend: { display: false },
        tooltip: { enabled: false },
        decimation: { enabled: false },
      },
      scales: {
        x: timeScale(p, minX, maxX, tickValues, (x) => all.label(x)),
        y: valueScale(p, { beginAtZero: panel.beginAtZero, grace: '8%', maxTicks: 5, yFormat: panel.yFormat }),
      },
    },
  };
  return new Chart(ctx as unknown as CanvasRenderingContext2D, config);
}
