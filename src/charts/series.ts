// Spec points -> what Chart.js draws: day numbers, decimated when long, with the gap a line may bridge.
import type { ChartPoint } from './spec.js';
import { decimate, type XY } from './decimate.js';
import { dayNumber } from './timeAxis.js';

/** Above this many points a line is decimated: ~1000 px of plot cannot show more. */
export const MAX_POINTS = 800;

export type Series = { data: XY[]; gap: number; isolated: number[] };

/** Finite points as day numbers, ascending; long lines decimated. `gap` is the span (days) a line may bridge. */
export function toSeries(points: ChartPoint[], mayDecimate: boolean): Series {
  let data: XY[] = [];
  for (const pt of points) {
    if (Number.isFinite(pt.value)) data.push({ x: dayNumber(pt.date), y: pt.value });
  }
  for (let i = 1; i < data.length; i++) {
    if (data[i]!.x < data[i - 1]!.x) {
      data.sort((a, b) => a.x - b.x);
      break;
    }
  }
  const spacing = medianSpacing(data);
  const ratio = mayDecimate && data.length > MAX_POINTS ? data.length / MAX_POINTS : 1;
  if (ratio > 1) data = decimate(data, MAX_POINTS);
  // Weekends and holidays (business days) or a week (H.4.1) are normal; a longer hole is missing data and shows as a break.
  const gap = Math.max(7, 4 * spacing) * ratio;
  const isolated: number[] = [];
  data.forEach((pt, i) => {
    const before = data[i - 1];
    const after = data[i + 1];
    if ((!before || pt.x - before.x > gap) && (!after || after.x - pt.x > gap)) isolated.push(i);
  });
  return { data, gap, isolated };
}

export function pointRadii(series: Series): number[] {
  const radii = new Array<number>(series.data.length).fill(0);
  for (const i of series.isolated) radii[i] = 5;
  return radii;
}

function medianSpacing(data: XY[]): number {
  if (data.length < 2) return 1;
  const d: number[] = [];
  for (let i = 1; i < data.length; i++) d.push(data[i]!.x - data[i - 1]!.x);
  d.sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)]!;
}
