// How y values read on the chart (style.md, "Numbers"): ticks are short, end labels are exact.
import { bp } from '../core/format.js';
import type { YFormat } from './spec.js';

/** Decimals a tick needs so neighbouring ticks never read the same ("$2.9T", "$2.95T"). */
function tickDecimals(step: number, min: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return min;
  const d = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Math.max(min, Math.min(d, 4));
}

/** Axis tick: "4.25%", "$50B", "$2.9T", "+10 bp". `step` is the distance between ticks. */
export function formatTick(value: number, format: YFormat, step: number): string {
  switch (format) {
    case 'percent':
      return `${value.toFixed(Math.max(2, tickDecimals(step, 2)))}%`;
    case 'billions':
      return signed(value, tickDecimals(step, 0), 'B');
    case 'trillions':
      return signed(value, tickDecimals(step, 1), 'T');
    case 'bp':
      return bp(value);
  }
}

/** The last-value label at a line's end: "4.22%", "$926.3B", "$2.85T". */
export function formatValue(value: number, format: YFormat): string {
  switch (format) {
    case 'percent':
      return `${value.toFixed(2)}%`;
    case 'billions':
      return signed(value, 1, 'B');
    case 'trillions':
      return signed(value, 2, 'T');
    case 'bp':
      return bp(value);
  }
}

/** A minus only when the written number is not zero: never "-$0.0B". */
function signed(value: number, decimals: number, unit: string): string {
  const digits = Math.abs(value).toFixed(decimals);
  const minus = value < 0 && Number(digits) !== 0 ? '-' : '';
  return `${minus}$${digits}${unit}`;
}
