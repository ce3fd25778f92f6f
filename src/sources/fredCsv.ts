// FRED's keyless fredgraph.csv in both header formats (data-sources.md §2.2):
// old `DATE,SERIES` with '.' for missing, new `observation_date,SERIES` with '' for missing
// (and holiday rows present). Some committed copies are re-headed `date,value`.
import { UpstreamFormatError } from './types.js';
import type { Point } from '../core/types.js';

export type FredCsv = { column: string; points: Point[]; missing: number };

const DATE_HEADERS = new Set(['date', 'observation_date']);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseFredCsv(text: string, upstream = 'FRED'): FredCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header || header.length < 2 || !DATE_HEADERS.has(header[0]!.toLowerCase())) {
    throw new UpstreamFormatError(upstream, `not a FRED CSV (header: ${JSON.stringify(lines[0]?.slice(0, 80) ?? '')})`);
  }
  const points: Point[] = [];
  let missing = 0;
  for (let i = 1; i < lines.length; i++) {
    const [date, raw] = lines[i]!.split(',').map((c) => c.trim());
    if (!date || !ISO.test(date)) throw new UpstreamFormatError(upstream, `bad date on line ${i + 1}: ${JSON.stringify(date)}`);
    if (raw === undefined || raw === '' || raw === '.') {
      missing++;
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new UpstreamFormatError(upstream, `bad value on line ${i + 1}: ${JSON.stringify(raw)}`);
    points.push({ date, value });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { column: header[1]!, points, missing };
}
