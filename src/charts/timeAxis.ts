// The x axis is linear over day numbers (days since 1970-01-01, UTC), so no date adapter is needed.
// Ticks are chosen here, not by Chart.js: weeks for short windows, otherwise months or years, never
// crowded days.

import { axisWords, type AxisWords } from './format.js';

const MS_PER_DAY = 86_400_000;
const EN = axisWords('en');

/** "2025-10-31" -> day number. Throws on anything that is not an ISO date. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Chart point has a bad date "${iso}" (want YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

export type TimeTicks = { values: number[]; label: (day: number) => string };

/** Most labels that fit the 1200 px width with room to breathe at TYPE.tick (28 px: "Sep 2025" is ~130 px). */
const MAX_TICKS = 6;

export function timeTicks(minDay: number, maxDay: number, axis: AxisWords = EN): TimeTicks {
  const span = maxDay - minDay;
  if (span < 10) return dayTicks(minDay, maxDay, axis);
  if (span < 80) return weekTicks(minDay, maxDay, axis);
  for (const months of [1, 2, 3, 6]) {
    const values = monthTicks(minDay, maxDay, months);
    if (values.length <= MAX_TICKS) {
      const first = values[0];
      return {
        values,
        // The year shows on January and on the first tick, so every label can be placed in time.
        label: (day) => {
          const { y, m } = ymd(day);
          return axis.month(y, m, m === 0 || day === first);
        },
      };
    }
  }
  for (const years of [1, 2, 5, 10, 20, 50]) {
    const values = yearTicks(minDay, maxDay, years);
    if (values.length <= MAX_TICKS) return { values, label: (day) => String(ymd(day).y) };
  }
  return { values: [], label: () => '' };
}

/** Only for windows of a few days, where each day fits its own label. */
function dayTicks(minDay: number, maxDay: number, axis: AxisWords): TimeTicks {
  let values: number[] = [];
  for (const every of [1, 2, 3, 5]) {
    values = [];
    for (let d = Math.ceil(minDay); d <= maxDay; d += every) values.push(d);
    if (values.length <= MAX_TICKS) break;
  }
  return {
    values,
    label: (day) => {
      const { m, d } = ymd(day);
      return axis.day(m, d);
    },
  };
}

function weekTicks(minDay: number, maxDay: number, axis: AxisWords): TimeTicks {
  // Day 0 was a Thursday; Mondays are days with (day - 4) % 7 === 0.
  const firstMonday = minDay + ((((4 - minDay) % 7) + 7) % 7);
  for (const weeks of [1, 2, 4]) {
    const values: number[] = [];
    for (let d = firstMonday; d <= maxDay; d += 7 * weeks) values.push(d);
    if (values.length <= MAX_TICKS) {
      return {
        values,
        label: (day) => {
          const { m, d } = ymd(day);
          return axis.day(m, d);
        },
      };
    }
  }
  return { values: [], label: () => '' };
}

function monthTicks(minDay: number, maxDay: number, every: number): number[] {
  const start = ymd(minDay);
  let y = start.y;
  let m = start.m;
  // Align to months divisible by `every` (Jan/Apr/Jul/Oct for quarters) so ticks land where readers expect.
  const values: number[] = [];
  for (;;) {
    const day = Date.UTC(y, m, 1) / MS_PER_DAY;
    if (day > maxDay) break;
    if (day >= minDay && m % every === 0) values.push(day);
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return values;
}

function yearTicks(minDay: number, maxDay: number, every: number): number[] {
  const values: number[] = [];
  for (let y = ymd(minDay).y; ; y += 1) {
    const day = Date.UTC(y, 0, 1) / MS_PER_DAY;
    if (day > maxDay) break;
    if (day >= minDay && y % every === 0) values.push(day);
  }
  return values;
}

/** Ticks in days from `origin` (a day number): every week (or two, or four), "day 0" at the origin. */
export function offsetTicks(minDay: number, maxDay: number, origin: number, axis: AxisWords = EN): TimeTicks {
  for (const weeks of [1, 2, 4, 8]) {
    const step = 7 * weeks;
    const values: number[] = [];
    for (let d = origin + Math.ceil((minDay - origin) / step) * step; d <= maxDay; d += step) values.push(d);
    if (values.length <= MAX_TICKS) {
      return {
        values,
        label: (day) => {
          return axis.offset(Math.round(day - origin));
        },
      };
    }
  }
  return { values: [], label: () => '' };
}
