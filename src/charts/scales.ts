// What every chart and every small-multiples panel share: Chart.js set up for one still server-side
// render, a linear day-number x axis with our own month/year ticks, and a value y axis formatted by
// the spec's unit (style.md, "Axes").
import { FONT_FAMILY } from './fonts.js';
import { formatTick } from './format.js';
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

export function valueScale(p: Palette, o: { beginAtZero: boolean; grace: string; maxTicks: number; yFormat: YFormat; title?: string }) {
  return {
    type: 'linear' as const,
    beginAtZero: o.beginAtZero,
    grace: o.grace,
    ...(o.title ? { title: { display: true, text: o.title, color: p.mutedText, font: { family: FONT_FAMILY, size: TYPE.tick } } } : {}),
    ticks: {
      maxTicksLimit: o.maxTicks,
      color: p.text,
      font: tickFont,
      callback: (value: number | string, _index: number, all: { value: number }[]) =>
        formatTick(Number(value), o.yFormat, all.length > 1 ? Math.abs(all[1]!.value - all[0]!.value) : 0),
    },
    grid: { color: p.grid, tickColor: p.grid },
    border: { color: p.axis },
  };
}
