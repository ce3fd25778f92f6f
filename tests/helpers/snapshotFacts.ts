// The newest point of a bundled snapshot series, read from data/snapshot, so tests follow a rebuilt
// snapshot instead of hard-coding its last date and value.
import { readFileSync } from 'node:fs';
import type { SeriesId } from '../../src/core/types.js';

export function newestInSnapshot(id: SeriesId): { date: string; value: number; source: string } {
  const file = JSON.parse(readFileSync(new URL(`../../data/snapshot/${id}.json`, import.meta.url), 'utf8')) as {
    points: [string, number][];
    provenance: { source: string };
  };
  const [date, value] = file.points[file.points.length - 1]!;
  return { date, value, source: `${file.provenance.source} (offline snapshot)` };
}
