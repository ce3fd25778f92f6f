// How y values read on the chart (style.md, "Numbers"): ticks are short, end labels are exact. The
// numbers are chosen here; their units and words come from the reader's catalog (charts.axis).
import { messagesFor, type Messages } from '../core/messages/index.js';
import type { YFormat } from './spec.js';

/** The words an axis and its end labels use: the catalog's `charts.axis` for the chart's locale. */
export type AxisWords = Messages['charts']['axis'];

/** The axis words for a chart's locale (English when it names none). */
export function axisWords(locale: string | undefined): AxisWords {
  return messagesFor(locale).charts.axis;
}

const EN = axisWords('en');

/** Decimals a tick needs so neighbouring ticks never read the same ("$2.9T", "$2.95T"). */
function tickDecimals(step: number, min: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return min;
  const d = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Math.max(min, Math.min(d, 4));
}

/** Axis tick: "4.25%", "$50B", "$2.9T", "+10 bp". `step` is the distance between ticks. */
export function formatTick(value: number, format: YFormat, step: number, axis: AxisWords = EN): string {
  switch (format) {
    case 'percent':
      return `${value.toFixed(Math.max(2, tickDecimals(step, 2)))}%`;
    case 'billions':
      return signed(value, tickDecimals(step, 0), 'B', axis);
    case 'trillions':
      return signed(value, tickDecimals(step, 1), 'T', axis);
    case 'bp':
      return axis.bp(value);
  }
}

/** The last-value label at a line's end: "4.22%", "$926.3B", "$2.85T". */
export function formatValue(value: number, format: YFormat, axis: AxisWords = EN): string {
  switch (format) {
    case 'percent':
      return `${value.toFixed(2)}%`;
    case 'billions':
      return signed(value, 1, 'B', axis);
    case 'trillions':
      return signed(value, 2, 'T', axis);
    case 'bp':
      return axis.bp(value);
  }
}

/** A minus only when the written number is not zero: never "-$0.0B". */
function signed(value: number, decimals: number, scale: 'B' | 'T', axis: AxisWords): string {
  const abs = Math.abs(value);
  const minus = value < 0 && Number(abs.toFixed(decimals)) !== 0 ? '-' : '';
  return `${minus}${axis.amount(abs, decimals, scale)}`;
}
