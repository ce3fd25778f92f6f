import { expect } from 'vitest';
import type { SeriesId } from '../../src/core/types.js';
import type { SeriesReader } from '../../src/sources/types.js';

/** The value the snapshot holds for `id` on exactly `date`; fails the test if there is none. */
export async function valueOn(reader: SeriesReader, id: SeriesId, date: string): Promise<number> {
  const r = await reader.read(id, { start: date, end: date });
  expect(r.missing, `${id} should not be missing`).toBeUndefined();
  expect(r.series?.points.map((p) => p.date), `${id} on ${date}`).toEqual([date]);
  return r.series!.points[0]!.value;
}

export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
