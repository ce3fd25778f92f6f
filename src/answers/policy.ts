// The corridor's walls for one answer. The dated table in src/core/rates.ts ends with the last
// change we know of; in live mode the NY Fed's published target range (TARGET_LOW/HIGH, read like
// any series: cached until its next release, stale-marked when the source fails) extends it, so a
// new FOMC move shows up in the corridor without a code change.
import type { SeriesResult } from '../core/command.js';
import { addDays } from '../core/dates.js';
import { on } from '../core/indicators.js';
import { ADMINISTERED_RATES, extendPolicy, type ObservedRange, type PolicyTable } from '../core/rates.js';
import type { DateWindow, IsoDate, SeriesId } from '../core/types.js';

export type PolicyLog = (conflict: string) => void;

export async function livePolicy(
  read: (id: SeriesId, window: DateWindow) => Promise<SeriesResult>,
  today: IsoDate,
  onConflict: PolicyLog,
): Promise<PolicyTable> {
  const last = ADMINISTERED_RATES[ADMINISTERED_RATES.length - 1]!.effective;
  const window = { start: addDays(last, -10), end: today };
  // Asked about a day inside the table (or a clock before its end): the table already knows.
  if (today <= last) return ADMINISTERED_RATES;
  const [low, high] = await Promise.all([read('TARGET_LOW', window), read('TARGET_HIGH', window)]);
  if (!low.series || !high.series) return ADMINISTERED_RATES;
  const observed: ObservedRange[] = [];
  for (const p of low.series.points) {
    const h = on(high.series.points, p.date);
    if (h) observed.push({ date: p.date, low: p.value, high: h.value });
  }
  const { table, conflicts } = extendPolicy(observed, low.series.provenance.source);
  // One line per run of days with the same disagreement, not one per day.
  const runs: { from: IsoDate; to: IsoDate; what: string }[] = [];
  for (const c of conflicts) {
    const what = `table ${c.table.join('-')}, upstream ${c.observed.join('-')}`;
    const run = runs[runs.length - 1];
    if (run && run.what === what) run.to = c.date;
    else runs.push({ from: c.date, to: c.date, what });
  }
  for (const r of runs) onConflict(`${r.from === r.to ? r.from : `${r.from} to ${r.to}`}: ${r.what}`);
  return table;
}
