// Backtest of the reserves nowcast over the offline snapshot (issue 5): for each published week of
// 2022-2026, the nowcast from the previous week's figure plus the daily TGA / ON RRP changes, against
// the figure then published and against the naive forecast (no change). `npx tsx bench/nowcast.ts`.
import { BACKTEST_WINDOW, backtest, type Score } from '../src/core/nowcast.js';
import type { SeriesId } from '../src/core/types.js';
import { createSnapshotReader } from '../src/sources/snapshot.js';

const reader = createSnapshotReader();
const all = { start: '2015-01-01', end: '2026-12-31' };
async function points(id: SeriesId) {
  const r = await reader.read(id, all);
  if (!r.series) throw new Error(`no ${id} in the snapshot: ${JSON.stringify(r.missing)}`);
  return r.series.points;
}
const [reserves, tga, rrp, fedAssets] = await Promise.all([points('RESERVES'), points('TGA'), points('RRP_VOLUME'), points('FED_ASSETS')]);
const bt = backtest({ reserves, tga, rrp, fedAssets }, BACKTEST_WINDOW.from, BACKTEST_WINDOW.to);
const row = (name: string, s: Score) =>
  `${name.padEnd(44)} MAE $${(s.mae / 1e9).toFixed(1).padStart(6)}B   direction right ${(s.hitRate * 100).toFixed(1).padStart(5)}%   (${s.weeks} weeks)`;
const first = bt.weeks[0]?.date;
const last = bt.weeks[bt.weeks.length - 1]?.date;
console.log(`Reserves nowcast backtest, offline snapshot, weeks ${first} .. ${last}`);
console.log(row('nowcast (prev. week - dTGA - dON RRP)', bt.nowcast));
if (bt.withFedAssets) console.log(row('nowcast + dWALCL (same-H.4.1 hindsight)', bt.withFedAssets));
console.log(row('naive (no change)', bt.naive));
console.log(bt.nowcast.mae < bt.naive.mae ? 'The nowcast beats the naive forecast.' : 'WARNING: the nowcast does not beat the naive forecast.');
