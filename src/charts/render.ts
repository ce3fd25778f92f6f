// ChartSpec -> PNG bytes (1200x675), drawn by Chart.js on a skia canvas (@napi-rs/canvas).
// Layout and colours follow /work/shared/style.md; the x axis is linear over day numbers (timeAxis.ts).
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import {
  Chart,
  registerables,
  type ChartConfiguration,
  type ChartDataset,
  type LegendItem,
  type Plugin,
} from 'chart.js';
import type { ChartSpec, Theme } from './spec.js';
import type { XY } from './decimate.js';
import { ensureFonts, FONT_FAMILY } from './fonts.js';
import { axisWords, formatValue } from './format.js';
import {
  backgroundPlugin,
  endLabelsPlugin,
  eventsPlugin,
  footerPlugin,
  type EndLabel,
  type LabelBox,
  type Marker,
} from './plugins.js';
import { drawPanels, panelsHeight } from './panels.js';
import { encodePng } from './pngEncode.js';
import { pointRadii, toSeries } from './series.js';
import { fitLines } from './text.js';
import { stillRenderOptions, timeScale, valueRange, valueScale } from './scales.js';
import { palette as paletteFor, TYPE, typeFont } from './theme.js';
import { dayNumber, offsetTicks, timeTicks } from './timeAxis.js';

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 675;

const MARGIN = 20;
/** Most event markers a chart shows; with more in the window it shows none (see drawChart). */
export const MAX_EVENTS = 6;
const END_LABEL_FONT = typeFont(TYPE.endLabel, true);
const TITLE_FONT = typeFont(TYPE.title, true);
const SUBTITLE_FONT = typeFont(TYPE.subtitle);
const FOOTER_FONT = typeFont(TYPE.footer);
/** Room under the plot for the footer's lines. */
const footerRoom = (lines: number) => Math.ceil(lines * TYPE.footer * TYPE.leading) + 12;

Chart.register(...registerables);

/**
 * How step lines and band walls jump. Commands give a rate change as two points, (effective - 1,
 * old) and (effective, new) (policySteps in src/answers/kit.ts), so the old value must hold up to the
 * later point and the jump be drawn there. Chart.js 'before' does that (`_steppedLineTo` goes
 * horizontally at the previous y, then vertically at the target x); 'after' jumps at the earlier
 * point, which drew every rate change a day early. The filler draws the lower wall reversed with
 * `flip`, which Chart.js mirrors, so the fill between walls follows the same steps.
 */
const STEP = 'before' as const;

// One canvas serves every render: drawing and reading the pixels back are synchronous, so no two
// renders can overlap on it, and a fresh 1200x675 skia surface per render would be wasted work.
let sharedCanvas: Canvas | undefined;

// Each render holds a 3.2 MB pixel copy until its PNG is encoded (off the main thread), so many
// renders at once grew the process by ~300 MB in `npm run bench` (50 at once). A few in flight keep
// both cores busy; the rest wait their turn.
const MAX_IN_FLIGHT = 2;
let inFlight = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
  return () => {
    inFlight--;
    waiting.shift()?.();
  };
}

export async function renderChart(spec: ChartSpec, theme: Theme): Promise<Uint8Array> {
  const release = await slot();
  try {
    return await renderNow(spec, theme);
  } finally {
    release();
  }
}

async function renderNow(spec: ChartSpec, theme: Theme): Promise<Uint8Array> {
  ensureFonts();
  const canvas = (sharedCanvas ??= createCanvas(CHART_WIDTH, CHART_HEIGHT));
  let pixels: Uint8ClampedArray;
  try {
    if (spec.panels?.length) {
      // Panels stack in one column (phone first), so the canvas is as tall as they need.
      const height = panelsHeight(spec.panels.length);
      const tall = createCanvas(CHART_WIDTH, height);
      drawPanels(tall, spec, theme);
      return encodePng(tall.getContext('2d').getImageData(0, 0, CHART_WIDTH, height).data, CHART_WIDTH, height);
    }
    const chart = drawChart(canvas, spec, theme);
    // Copied out before destroy(), which clears the canvas.
    pixels = canvas.getContext('2d').getImageData(0, 0, CHART_WIDTH, CHART_HEIGHT).data;
    chart.destroy();
  } catch (err) {
    // A chart that failed half-way must not leave the canvas marked as in use.
    Chart.getChart(canvas as unknown as HTMLCanvasElement)?.destroy();
    throw err;
  }
  return encodePng(pixels, CHART_WIDTH, CHART_HEIGHT);
}

/** Where a rendered spec puts things, in image pixels. */
export type ChartGeometry = {
  area: { left: number; right: number; top: number; bottom: number };
  /** x pixel of a date ("2025-10-30"). */
  x: (date: string) => number;
  /** y pixel of a value in the spec's scale. */
  y: (value: number) => number;
  /** The y axis' bottom and top values. */
  yAxis: { min: number; max: number };
  /** The event labels drawn, in drawing order. */
  eventLabels: LabelBox[];
};

/**
 * Lays the spec out exactly as renderChart does and reports where dates, values and event labels
 * land, so tests can look at the right pixels. Synchronous on the shared canvas, so it never
 * overlaps a render (a render's drawing is synchronous too).
 */
export function chartGeometry(spec: ChartSpec, theme: Theme): ChartGeometry {
  ensureFonts();
  const canvas = (sharedCanvas ??= createCanvas(CHART_WIDTH, CHART_HEIGHT));
  const eventLabels: LabelBox[] = [];
  const chart = drawChart(canvas, spec, theme, eventLabels);
  try {
    const { left, right, top, bottom } = chart.chartArea;
    const xs = chart.scales['x']!;
    const ys = chart.scales['y']!;
    const [x0, x1, y0, y1] = [xs.min, xs.max, ys.min, ys.max];
    return {
      area: { left, right, top, bottom },
      x: (date) => left + ((dayNumber(date) - x0) / (x1 - x0)) * (right - left),
      y: (value) => bottom - ((value - y0) / (y1 - y0)) * (bottom - top),
      yAxis: { min: y0, max: y1 },
      eventLabels,
    };
  } finally {
    chart.destroy();
  }
}

function drawChart(canvas: Canvas, spec: ChartSpec, theme: Theme, drawnLabels?: LabelBox[]): Chart<'line' | 'bar', XY[]> {
  const lines = spec.lines.map((line) => ({ line, series: toSeries(line.points, !line.bars) }));
  if (!lines.some((l) => l.series.data.length > 0)) {
    const names = spec.lines.map((l) => l.label).join(', ') || 'none';
    throw new Error(`Chart "${spec.name}" has no data points to draw (lines: ${names})`);
  }
  const bands = (spec.bands ?? []).map((band) => ({
    band,
    lower: toSeries(band.lower, true),
    upper: toSeries(band.upper, true),
  }));

  const p = paletteFor(theme);
  const xs = [...lines.map((l) => l.series), ...bands.flatMap((b) => [b.lower, b.upper])]
    .filter((s) => s.data.length > 0)
    .flatMap((s) => [s.data[0]!.x, s.data[s.data.length - 1]!.x]);
  const hasBars = spec.lines.some((l) => l.bars);
  const yRange = valueRange(
    [...lines.flatMap((l) => l.series.data.map((d) => d.y)), ...bands.flatMap((b) => [...b.lower.data, ...b.upper.data].map((d) => d.y))],
    { zeroMatters: spec.beginAtZero, bars: hasBars },
  );
  // Bars are centred on their day: half a day either side keeps the first and last bar whole.
  // A window of a day or two is widened so a lone point does not sit on the frame's edge.
  const pad = Math.max(hasBars ? 0.5 : 0, (4 - (Math.max(...xs) - Math.min(...xs))) / 2);
  const minX = Math.min(...xs) - pad;
  const maxX = Math.max(...xs) + pad;
  const axis = axisWords(spec.locale);
  const ticks = spec.xDaysFrom ? offsetTicks(minX, maxX, dayNumber(spec.xDaysFrom), axis) : timeTicks(minX, maxX, axis);

  const datasets: ChartDataset<'line' | 'bar', XY[]>[] = [];
  const legend: LegendItem[] = [];
  const endLabels: EndLabel[] = [];

  lines.forEach(({ line, series }, i) => {
    const colour = p.roles[line.role];
    const index = datasets.length;
    if (line.bars) {
      datasets.push({
        type: 'bar',
        label: line.label,
        data: series.data,
        backgroundColor: colour,
        borderWidth: 0,
        grouped: false,
        barPercentage: 1,
        categoryPercentage: 0.8,
        maxBarThickness: 14,
        order: 500 + i,
      });
    } else {
      datasets.push({
        type: 'line',
        label: line.label,
        data: series.data,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: line.role === 'main' ? 3 : 2.5,
        borderDash: line.dashed ? [8, 5] : [],
        // A point with no neighbour to join (one observation, or one between gaps) shows as a dot.
        // A step line joins every point (spanGaps), so only a lone observation is a dot: otherwise its
        // first point, a month before the next step, was drawn as a stray half-clipped dot at the edge.
        pointRadius: line.step ? (series.data.length === 1 ? 5 : 0) : series.isolated.length > 0 ? pointRadii(series) : 0,
        pointBackgroundColor: colour,
        pointBorderWidth: 0,
        pointHoverRadius: 0,
        fill: false,
        tension: 0,
        spanGaps: line.step ? true : series.gap,
        stepped: line.step ? STEP : false,
        order: i,
      });
    }
    legend.push({
      text: line.label,
      datasetIndex: index,
      fillStyle: colour,
      strokeStyle: colour,
      lineWidth: line.bars ? 0 : 3,
      lineDash: line.dashed ? [6, 4] : [],
      pointStyle: line.bars ? 'rect' : 'line',
      fontColor: p.text,
      hidden: false,
    });
    const last = series.data[series.data.length - 1];
    if (last && line.lastLabel !== false) {
      endLabels.push({ datasetIndex: index, text: formatValue(last.y, spec.yFormat, axis), colour });
    }
  });

  bands.forEach(({ band, lower, upper }, i) => {
    const style = p.bands[band.role];
    const wall = {
      type: 'line' as const,
      borderColor: style.wall,
      borderWidth: style.wallWidth,
      borderDash: style.dashed ? [6, 4] : [],
      pointRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
      // Earlier bands sit behind later ones (the percentile band over the corridor), all behind lines.
      order: 1000 - i,
      // Bands are administered rates or fixed ranges: steps, not slopes.
      stepped: STEP,
    };
    const lowerIndex = datasets.length;
    // Bands are step functions (an administered rate per regime, a fixed range): two points can be
    // months apart without any data missing, so they are always joined.
    datasets.push({ ...wall, label: `${band.label} (lower)`, data: lower.data, fill: false, spanGaps: true });
    datasets.push({
      ...wall,
      label: band.label,
      data: upper.data,
      backgroundColor: style.fill,
      fill: { target: lowerIndex },
      spanGaps: true,
    });
    legend.push({
      text: band.label,
      datasetIndex: lowerIndex + 1,
      fillStyle: style.fill,
      strokeStyle: style.wallWidth > 0 ? style.wall : style.fill,
      lineWidth: Math.min(style.wallWidth, 1.5),
      lineDash: style.dashed ? [4, 3] : [],
      pointStyle: 'rect',
      fontColor: p.text,
      hidden: false,
    });
  });

  const inWindow: Marker[] = (spec.events ?? [])
    .map((e) => ({ x: dayNumber(e.date), label: e.label }))
    .filter((m) => m.x >= minX && m.x <= maxX);
  // style.md: event markers "only when they help to read the chart". A few name the moves the reader
  // sees; past MAX_EVENTS (e.g. every FOMC decision on /sofr range:max) the labels pile up over the
  // data. Lines without labels are not kept either: two dozen unexplained dotted lines read as a
  // second grid, and the steps of the corridor and IORB already show each decision.
  const markers = inWindow.length <= MAX_EVENTS ? inWindow : [];

  const ctx = canvas.getContext('2d');
  ctx.font = END_LABEL_FONT;
  const endLabelWidth = Math.max(0, ...endLabels.map((l) => ctx.measureText(l.text).width));

  const textWidth = CHART_WIDTH - 2 * MARGIN;
  const title = fitLines(ctx, spec.title, TITLE_FONT, textWidth, 2);
  const subtitle = fitLines(ctx, spec.subtitle, SUBTITLE_FONT, textWidth, 2);
  // The footer (sources and date) may take two lines at phone-legible size rather than lose its end.
  const footer = fitLines(ctx, spec.footer, FOOTER_FONT, textWidth, 2);

  const plugins: Plugin[] = [
    backgroundPlugin(p.background),
    eventsPlugin(markers, p, typeFont(TYPE.event), drawnLabels),
    endLabelsPlugin(endLabels, END_LABEL_FONT),
    footerPlugin(footer, p.mutedText, FOOTER_FONT, MARGIN, TYPE.footer * TYPE.leading),
  ];

  const config: ChartConfiguration<'line' | 'bar', XY[]> = {
    type: 'line',
    data: { datasets },
    plugins,
    options: {
      ...stillRenderOptions(p),
      layout: {
        padding: {
          top: MARGIN - 4,
          left: MARGIN,
          right: Math.ceil(endLabelWidth) + 8 + MARGIN,
          bottom: footerRoom(footer.length),
        },
      },
      plugins: {
        title: {
          display: true,
          text: title,
          align: 'start',
          color: p.text,
          font: { family: FONT_FAMILY, size: TYPE.title, weight: 'bold', lineHeight: TYPE.leading },
          padding: { top: 0, bottom: 6 },
        },
        subtitle: {
          display: spec.subtitle.length > 0,
          text: subtitle,
          align: 'start',
          color: p.mutedText,
          font: { family: FONT_FAMILY, size: TYPE.subtitle },
          padding: { top: 0, bottom: 8 },
        },
        legend: {
          display: legend.length > 0,
          position: 'top',
          align: 'start',
          labels: {
            generateLabels: () => legend,
            usePointStyle: true,
            pointStyleWidth: 44,
            boxHeight: TYPE.legend * 0.7,
            padding: 14,
            color: p.text,
            font: { family: FONT_FAMILY, size: TYPE.legend },
          },
        },
        tooltip: { enabled: false },
        decimation: { enabled: false },
      },
      scales: {
        x: timeScale(p, minX, maxX, ticks.values, (x) => ticks.label(x)),
        y: valueScale(p, { range: yRange, maxTicks: 6, yFormat: spec.yFormat, axis }),
      },
    },
  };

  return new Chart(ctx as unknown as CanvasRenderingContext2D, config);
}
