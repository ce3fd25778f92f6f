// Drawing Chart.js does not do for us: the background, the footer, end-of-line value labels and
// event markers. Each factory closes over one render's data, so plugins are never shared state.
import type { Chart, Plugin } from 'chart.js';
import { TYPE, type Palette } from './theme.js';

export type Fonts = { label: string; small: string; footer: string };

export function backgroundPlugin(colour: string): Plugin {
  return {
    id: 'background',
    beforeDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** The footer's lines, right-aligned at the bottom right, the last on the bottom margin. */
export function footerPlugin(lines: string[], colour: string, font: string, margin: number, lineHeight: number): Plugin {
  return {
    id: 'footer',
    afterDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = colour;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      lines.forEach((text, i) => ctx.fillText(text, width - margin, height - margin / 2 - (lines.length - 1 - i) * lineHeight));
      ctx.restore();
    },
  };
}

export type EndLabel = { datasetIndex: number; text: string; colour: string };

/** Minimum vertical distance between two end labels, in px (the label font is TYPE.endLabel). */
const LABEL_GAP = Math.ceil(TYPE.endLabel * 1.15);

/** Value labels right of the plot, at the height of each line's last point, pushed apart if they collide. */
export function endLabelsPlugin(labels: EndLabel[], font: string): Plugin {
  return {
    id: 'endLabels',
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea } = chart;
      const placed: (EndLabel & { y: number })[] = [];
      for (const label of labels) {
        const meta = chart.getDatasetMeta(label.datasetIndex);
        const last = meta.data[meta.data.length - 1];
        if (!last || !Number.isFinite(last.y)) continue;
        placed.push({ ...label, y: Math.min(Math.max(last.y, chartArea.top), chartArea.bottom) });
      }
      placed.sort((a, b) => a.y - b.y);
      for (let i = 1; i < placed.length; i++) {
        const prev = placed[i - 1]!;
        const cur = placed[i]!;
        if (cur.y - prev.y < LABEL_GAP) cur.y = prev.y + LABEL_GAP;
      }
      // If the stack ran past the bottom, slide it back up.
      const overflow = (placed[placed.length - 1]?.y ?? 0) - (chartArea.bottom + 6);
      if (overflow > 0) {
        for (let i = placed.length - 1; i >= 0; i--) {
          const cur = placed[i]!;
          const next = placed[i + 1];
          cur.y = next ? Math.min(cur.y, next.y - LABEL_GAP) : cur.y - overflow;
        }
      }
      ctx.save();
      ctx.font = font;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      for (const label of placed) {
        ctx.fillStyle = label.colour;
        ctx.fillText(label.text, chartArea.right + 8, label.y);
      }
      ctx.restore();
    },
  };
}

export type Marker = { x: number; label: string };

/** A drawn event label: its text box in canvas pixels (the backing rectangle included). */
export type LabelBox = { label: string; left: number; right: number; top: number; bottom: number };

const LABEL_ROW = Math.ceil(TYPE.event * 1.3);
const LABEL_HEIGHT = Math.ceil(TYPE.event * 1.25);
/** Horizontal room kept between two labels on one row, and between a label and its line. */
const LABEL_PAD = 6;
const LINE_GAP = 4;
/** Rows of labels under the top of the plot: more would cover the data they are meant to explain. */
export const MAX_LABEL_ROWS = 4;

/**
 * Places event labels left to right: each goes right of its line, or left of it when it would run
 * past the plot's right edge or across another event's line, on the first row where it overlaps no
 * label already placed (whatever side that one took). A label that fits on neither side, or on no row, is left out: its dotted line
 * still shows, and an unreadable pile of text would not help. `px` is the line's x in pixels.
 */
export function placeEventLabels(
  items: { label: string; px: number; width: number; short?: { label: string; width: number } }[],
  area: { left: number; right: number; top: number },
): LabelBox[] {
  const rows: { left: number; right: number }[][] = [];
  const placed: LabelBox[] = [];
  const lines = items.map((i) => i.px);
  for (const full of [...items].sort((a, b) => a.px - b.px)) {
    const box = place(full) ?? (full.short ? place({ ...full, ...full.short }) : undefined);
    if (box) placed.push(box);
  }
  return placed;

  function place(item: { label: string; px: number; width: number }): LabelBox | undefined {
    // A label sits against its own line and crosses no other: one that spans a neighbour's line reads
    // as that line's label (FOMC cuts six weeks apart on a year's chart).
    const sides = [item.px + LINE_GAP, item.px - LINE_GAP - item.width].filter(
      (left) =>
        left - 2 >= area.left &&
        left + item.width + 2 <= area.right &&
        lines.every((px) => px === item.px || px < left - LINE_GAP || px > left + item.width + LINE_GAP),
    );
    let box: LabelBox | undefined;
    for (let row = 0; row < MAX_LABEL_ROWS && !box; row++) {
      const taken = rows[row] ?? [];
      const left = sides.find((l) => taken.every((t) => l + item.width + LABEL_PAD <= t.left || l >= t.right + LABEL_PAD));
      if (left === undefined) continue;
      const top = area.top + 4 + row * LABEL_ROW;
      box = { label: item.label, left: left - 2, right: left + item.width + 2, top: top - 1, bottom: top - 1 + LABEL_HEIGHT };
      (rows[row] ??= []).push({ left: box.left, right: box.right });
    }
    return box;
  }
}

/**
 * Vertical dotted lines behind the data, with their labels on top of it, staggered so they never
 * overlap (placeEventLabels). `drawn`, when given, receives the label boxes drawn (tests).
 */
export function eventsPlugin(markers: Marker[], palette: Palette, font: string, drawn?: LabelBox[]): Plugin {
  return {
    id: 'events',
    beforeDatasetsDraw(chart: Chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x) return;
      ctx.save();
      ctx.strokeStyle = palette.event;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([2, 4]);
      for (const m of markers) {
        const px = Math.round(x.getPixelForValue(m.x)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart: Chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      if (!x) return;
      ctx.save();
      ctx.font = font;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      // Where the whole label cannot sit by its line, its first word can ("cut", "hike", "QT").
      const items = markers.map((m) => {
        const first = m.label.split(' ')[0]!;
        return {
          label: m.label,
          px: x.getPixelForValue(m.x),
          width: ctx.measureText(m.label).width,
          ...(first !== m.label ? { short: { label: first, width: ctx.measureText(first).width } } : {}),
        };
      });
      for (const box of placeEventLabels(items, chartArea)) {
        ctx.fillStyle = palette.background;
        ctx.globalAlpha = 0.85;
        ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
        ctx.globalAlpha = 1;
        ctx.fillStyle = palette.mutedText;
        ctx.fillText(box.label, box.left + 2, box.top + 1);
        drawn?.push(box);
      }
      ctx.restore();
    },
  };
}
