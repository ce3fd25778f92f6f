// English for the estimates and the data: /nowcast (reserves between H.4.1 releases), the nowcast
// line in /reserves, and /export (the CSV behind a chart).
import { amountDirection } from '../../classify.js';
import { usd, usdChange } from '../../format.js';
import type { IsoDate } from '../../types.js';

const pct1 = (share: number) => `${(share * 100).toFixed(0)}%`;
const billions1 = (v: number) => `$${(v / 1e9).toFixed(1)}B`;
/** A level against its week average from its contribution to reserves (a higher level drains them). */
const AGAINST = { flat: 'level', down: 'higher', up: 'lower' } as const;
const against = (contribution: number) => AGAINST[amountDirection(contribution)];

export type TrackRecord = { mae: number; hitRate: number; naiveMae: number; weeks: number; from: IsoDate; to: IsoDate };

const nowcast = {
  title: (v: number, dayText: string) => `Reserves estimate ~${usd(v, 'T')} on ${dayText} (nowcast, not published)`,
  estimate: (v: number, dayText: string, baseDay: string) =>
    `ESTIMATE: banks held about ${usd(v, 'T')} of reserves on ${dayText}, worked out from the daily TGA and ON RRP since the week to ${baseDay}. The Fed has not published this figure.`,
  published: (v: number, baseDay: string) => `Last published (H.4.1): ${usd(v, 'T')} on average in the week to ${baseDay}.`,
  /**
   * The TGA and ON RRP now against their averages in the published week (what the estimate uses), not
   * against yesterday: "higher" (a drain on reserves, a minus) or "lower" (a plus), "level" when the
   * contribution rounds to $0.0B. `tga` and `rrp` are the contributions to reserves (minus the excess).
   */
  contributions: (tga: number, rrp: number, fed: number | null, baseDay: string, tgaDay: string) =>
    `Against their averages in the week to ${baseDay}, the TGA's close on ${tgaDay} was ${against(tga)} (${usdChange(tga)} for reserves) and ON RRP ${against(rrp)} (${usdChange(rrp)})${fed === null ? '; no newer Fed assets figure is known' : `; Fed assets moved ${usdChange(fed)}`}.`,
  sameWeek: 'The published week is as new as the daily data, so the estimate is close to the published figure.',
  track: (t: TrackRecord) =>
    `Track record (${t.weeks} weeks, ${t.from} to ${t.to}): off by ${billions1(t.mae)} on average against ${billions1(t.naiveMae)} for "no change", and right on the direction in ${pct1(t.hitRate)} of weeks.`,
  noTrack: 'No track record yet: too few published weeks with daily TGA and ON RRP data.',
  none: (cmd: string) => `There is not enough TGA and ON RRP data for a reserves estimate on that day. Try /${cmd} date:2025-10-31.`,
  labels: {
    estimate: 'Estimate (nowcast)',
    published: 'Last published (week avg)',
    tga: 'TGA contribution',
    rrp: 'ON RRP contribution',
    fedAssets: 'Fed assets contribution',
    track: 'Track record (MAE / direction)',
  },
  values: {
    estimate: (v: number, d: IsoDate) => `~${usd(v, 'T')} (${d}, estimate)`,
    contribution: (v: number, since: IsoDate, at: IsoDate) => `${usdChange(v)} (${since} week avg to ${at})`,
    fedAssets: (v: number, since: IsoDate, at: IsoDate) => `${usdChange(v)} (${since} to ${at})`,
    noFedAssets: 'not known yet (published with the next H.4.1)',
    track: (t: TrackRecord) => `${billions1(t.mae)} / ${pct1(t.hitRate)} (no change: ${billions1(t.naiveMae)})`,
  },
  asOf: { published: 'Reserves (week average)', tga: 'TGA (daily close)', rrp: 'ON RRP take-up', fedAssets: 'Fed total assets (Wednesday)' },
  /** Named as the "source" of the estimate itself. */
  method: 'nowcast: published reserves - change in TGA - change in ON RRP (+ change in Fed assets)',
  lines: { published: 'Reserves, week average (published)', nowcast: 'Reserves, daily estimate (nowcast)' },
  subtitle: (v: number, d: IsoDate, base: number, baseDate: IsoDate) => `Estimate ~${usd(v, 'T')} on ${d}; published ${usd(base, 'T')} in the week to ${baseDate}`,
  alt: (start: string, end: string, v: number, d: string) =>
    `Line chart of weekly published bank reserves and a dashed daily estimate in trillions of dollars from ${start} to ${end}; last estimate about ${usd(v, 'T')} on ${d}.`,
  /** The one line /reserves adds when the estimate is newer than the published week. */
  reservesLine: (v: number, dayText: string) => `Estimate for ${dayText}: about ${usd(v, 'T')} from the daily TGA and ON RRP since (a nowcast, see /nowcast).`,
};

const exportCsv = {
  title: (label: string, n: number, range: string) => `${label}: ${n} observations (${range}) as CSV`,
  summary: (file: string, unitText: string, start: IsoDate, end: IsoDate) => `${file}: date,value rows from ${start} to ${end}, values in ${unitText}.`,
  empty: (label: string, cmd: string) => `No ${label} observations in that window. Try /${cmd} with a longer range.`,
  units: { percent: 'percent', billions: 'billions of US dollars', trillions: 'trillions of US dollars' } as Record<string, string>,
  labels: { file: 'File', rows: 'Rows', units: 'Units', window: 'Window', last: 'Last value' },
  values: { window: (start: IsoDate, end: IsoDate) => `${start} to ${end}` },
  /** The comment lines at the top of the CSV (each becomes "# ..."). */
  header: (h: { label: string; id: string; unitText: string; source: string; upstream: string; retrieved: string; built: IsoDate; start: IsoDate; end: IsoDate; range: string }) => [
    `series: ${h.label} (${h.id})`,
    `units: ${h.unitText}`,
    `source: ${h.source} (upstream id ${h.upstream})`,
    `retrieved: ${h.retrieved}`,
    `built: ${h.built}`,
    `window: ${h.start} to ${h.end} (range ${h.range})`,
  ],
  retrievedSnapshot: (file: string) => `offline snapshot, built from ${file}`,
  alt: (label: string, start: string, end: string) => `Line chart of ${label} from ${start} to ${end}, the numbers in the CSV file.`,
};

export const estimates = { nowcast, export: exportCsv };
