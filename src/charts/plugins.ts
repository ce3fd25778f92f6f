// Drawing Chart.js does not do for us: the background, the footer, end-of-line value labels and
// event markers. Each factory closes over one render's data, so plugins are never shared state.
import type { Chart, Plugin } from 'chart.js';
import type { Palette } from './theme.js';

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

export function footerPlugin(text: string, colour: string, font: string, margin: number): Plugin {
  return {
    id: 'footer',
    afterDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = colour;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(text, width - margin, height - margin / 2);
      ctx.restore();
    },
  };
}

export type EndLabel = { datasetIndex: number; text: string; colour: string };

/** Minimum vertical distance between two end labels, in px (label font is 15 px). */
const LABEL_GAP = 19;

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

/** Vertical dotted lines behind the data, with their labels on top of it, staggered when they would overlap. */
export function eventsPlugin(markers: Marker[], palette: Palette, font: string): Plugin {
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
      const rowEnds: number[] = [];
      for (const m of [...markers].sort((a, b) => a.x - b.x)) {
        const px = x.getPixelForValue(m.x);
        const width = ctx.measureText(m.label).width;
        // Near the right edge the label goes left of its line so it is never clipped.
        const left = px + 4 + width > chartArea.right ? px - 4 - width : px + 4;
        let row = rowEnds.findIndex((end) => end < left - 6);
        if (row === -1) row = rowEnds.length;
        rowEnds[row] = left + width;
        const top = chartArea.top + 4 + row * 19;
        ctx.fillStyle = palette.background;
        ctx.globalAlpha = 0.85;
        ctx.fillRect(left - 2, top - 1, width + 4, 18);
        ctx.globalAlpha = 1;
        ctx.fillStyle = palette.mutedText;
        ctx.textAlign = 'left';
        ctx.fillText(m.label, left, top);
      }
      ctx.restore();
    },
  };
}
