// What every chart and every small-multiples panel share: Chart.js set up for one still server-side
// render, a linear day-number x axis with our own month/year ticks, and a value y axis formatted by
// the spec's unit (style.md, "Axes").
import { FONT_FAMILY } from './fonts.js';
import { formatTick, type AxisWords } from './format.js';
import type { YFormat } from './spec.js';
import { TYPE, type Palette } from './theme.js';

const tickFont = { family: FONT_FAMILY, size: TYPE.tick };

/** One still image: no responsiveness, animation, events or data parsing; points arrive as {x, y}. */
export function stillRenderOptions(p: Palette) {
  return {
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    parsing: false as const,
    normalized: true,
    events: [] as [],
    font: { family: FONT_FAMILY, size: TYPE.tick },
    color: p.text,
  };
}

export function timeScale(p: Palette, minX: number, maxX: number, tickValues: number[], label: (dayNumber: number) => string) {
  return {
    type: 'linear' as const,
    min: minX,
    max: maxX,
    bounds: 'data' as const,
    // Bar datasets would otherwise switch on category-style offsets and pad the window by weeks.
    offset: false,
    afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
      scale.ticks = tickValues.map((value) => ({ value }));
    },
    ticks: { autoSkip: false, maxRotation: 0, color: p.text, font: tickFont, padding: 8, callback: (value: number | string) => label(Number(value)) },
    grid: { color: p.grid, tickColor: p.grid, offset: false },
    border: { color: p.axis },
  };
}

/** Zero is drawn on an amount axis only when the data comes this close to it (a share of the top). */
export const ZERO_NEAR = 0.3;
/** Room above and below the data, as a share of its span. */
const PAD = 0.06;

/**
 * The y range that fits the data (issue 11, "axes fit the data"): the data's span and a little room,
 * never below zero for data that never is (rates at 0-5% do not get an axis to -2%), and from zero
 * only when `zeroMatters` and the data comes within ZERO_NEAR of it: an ON RRP near zero starts at
 * $0, reserves at $2.8-3.4T do not. `bars` always start at zero (a bar's length is its value).
 */
export function valueRange(values: number[], o: { zeroMatters: boolean; bars?: boolean }): { min: number; max: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return undefined;
  const span = hi - lo || Math.max(Math.abs(hi) * 0.1, 0.01);
  let min = lo - PAD * span;
  const max = hi + PAD * span;
  if (o.bars || (o.zeroMatters && lo >= 0 && lo <= ZERO_NEAR * hi)) min = Math.min(0, lo);
  if (lo >= 0 && min < 0) min = 0;
  // Data that dips just under zero (the SOFR 1st percentile at -0.05% in 2021): the axis starts at
  // the dip, not a padding's width further down.
  if (lo < 0 && -lo < PAD * span) min = lo;
  return { min, max };
}

export function valueScale(
  p: Palette,
  o: { range?: { min: number; max: number } | undefined; maxTicks: number; yFormat: YFormat; title?: string; axis?: AxisWords },
) {
  return {
    type: 'linear' as const,
    // The range fits the data (valueRange); ticks are the round values inside it, not the range's ends.
    ...(o.range ? { min: o.range.min, max: o.range.max } : {}),
    grace: 0,
    ...(o.title ? { title: { display: true, text: o.title, color: p.mutedText, font: { family: FONT_FAMILY, size: TYPE.tick } } } : {}),
    ticks: {
      includeBounds: false,
      maxTicksLimit: o.maxTicks,
      color: p.text,
      font: tickFont,
      callback: (value: number | string, _index: number, all: { value: number }[]) =>
        formatTick(Number(value), o.yFormat, all.length > 1 ? Math.abs(all[1]!.value - all[0]!.value) : 0, o.axis),
    },
    grid: { color: p.grid, tickColor: p.grid },
    border: { color: p.axis },
  };
}
