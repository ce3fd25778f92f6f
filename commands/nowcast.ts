// /nowcast: bank reserves today, estimated between H.4.1 releases from the daily TGA and ON RRP
// (src/core/nowcast.ts has the method and its definitions), with the backtest as track record.
import { answerDate, chartWindow, day, footer, nextReleaseLine, toChart } from '../src/answers/kit.js';
import { defineCommand, UserError, type CommandContext } from '../src/core/command.js';
import { addDays } from '../src/core/dates.js';
import { asOf, between } from '../src/core/indicators.js';
import type { TrackRecord } from '../src/core/messages/en/estimates.js';
import { BACKTEST_WINDOW, backtest, nowcastLine, nowcastOn, type Nowcast, type NowcastInputs } from '../src/core/nowcast.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import type { IsoDate, Series } from '../src/core/types.js';

export type NowcastReads = { inputs: NowcastInputs; reserves: Series; tga: Series; rrp: Series; fedAssets: Series | null };

/** Reads the four series over [start, end]; null when reserves, the TGA or ON RRP are missing. */
export async function readNowcastInputs(ctx: CommandContext, start: IsoDate, end: IsoDate): Promise<NowcastReads | null> {
  const w = { start, end };
  const [reserves, tga, rrp, fed] = await Promise.all([ctx.read('RESERVES', w), ctx.read('TGA', w), ctx.read('RRP_VOLUME', w), ctx.read('FED_ASSETS', w)]);
  if (!reserves.series || !tga.series || !rrp.series) return null;
  return {
    inputs: { reserves: reserves.series.points, tga: tga.series.points, rrp: rrp.series.points, fedAssets: fed.series?.points },
    reserves: reserves.series,
    tga: tga.series,
    rrp: rrp.series,
    fedAssets: fed.series,
  };
}

/** The newest estimate on or before `end`: on the last TGA business day (DTS comes a day late). */
export function latestNowcast(inputs: NowcastInputs, end: IsoDate): Nowcast | null {
  const last = asOf(inputs.tga, end);
  return last ? nowcastOn(inputs, last.date) : null;
}

export default defineCommand({
  name: 'nowcast',
  options: { range: rangeOption('6m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { units } = ctx.msg;
    const m = ctx.msg.estimates.nowcast;
    const end = answerDate(ctx, date, 'nowcast');
    const chart = chartWindow(range, end);
    // From the backtest's start (or the chart's, if earlier), with a month for the first base week.
    const start = addDays(chart.start < BACKTEST_WINDOW.from ? chart.start : BACKTEST_WINDOW.from, -35);
    const reads = await readNowcastInputs(ctx, start, end);
    const n = reads ? latestNowcast(reads.inputs, end) : null;
    if (!reads || !n) throw new UserError(m.none('nowcast'));
    // Track record: only weeks published by `end` (no look-ahead), TGA and ON RRP only, as live.
    const bt = backtest(reads.inputs, BACKTEST_WINDOW.from, end);
    const track: TrackRecord | null = bt.nowcast.weeks
      ? { mae: bt.nowcast.mae, hitRate: bt.nowcast.hitRate, naiveMae: bt.naive.mae, weeks: bt.nowcast.weeks, from: bt.weeks[0]!.date, to: bt.weeks[bt.weeks.length - 1]!.date }
      : null;
    const win = chartWindow(range, n.date);
    const published = between(reads.inputs.reserves, win.start, win.end);
    const line = nowcastLine(reads.inputs, win.start, win.end);
    const title = m.title(n.value, day(ctx, n.date));
    const baseDay = day(ctx, n.base.date);
    const summary = [
      m.estimate(n.value, day(ctx, n.date), baseDay),
      m.published(n.base.value, baseDay),
      ...(n.base.date < n.date ? [m.contributions(n.tga, n.rrp, n.fedAssets, baseDay, day(ctx, n.tgaDate))] : [m.sameWeek]),
      track ? m.track(track) : m.noTrack,
    ];
    const fedPoint = n.fedAssetsDate && reads.fedAssets ? asOf(reads.fedAssets.points, n.fedAssetsDate) : null;
    return {
      title,
      summary,
      fields: [
        { label: m.labels.estimate, value: m.values.estimate(n.value, n.date) },
        { label: m.labels.published, value: ctx.msg.common.values.weekTo(n.base.value, 'T', n.base.date) },
        { label: m.labels.tga, value: m.values.contribution(n.tga, n.base.date, n.tgaDate) },
        { label: m.labels.rrp, value: m.values.contribution(n.rrp, n.base.date, n.rrpDate) },
        { label: m.labels.fedAssets, value: n.fedAssets !== null && n.fedAssetsDate ? m.values.fedAssets(n.fedAssets, n.base.date, n.fedAssetsDate) : m.values.noFedAssets },
        { label: m.labels.track, value: track ? m.values.track(track) : ctx.msg.common.na },
      ],
      asOf: [
        { series: m.asOf.published, date: n.base.date, source: reads.reserves.provenance.source },
        { series: m.asOf.tga, date: n.tgaDate, source: reads.tga.provenance.source },
        { series: m.asOf.rrp, date: n.rrpDate, source: reads.rrp.provenance.source },
        ...(fedPoint && reads.fedAssets ? [{ series: m.asOf.fedAssets, date: fedPoint.date, source: reads.fedAssets.provenance.source }] : []),
      ],
      nextRelease: nextReleaseLine(ctx, ['RESERVES', 'TGA', 'RRP_VOLUME']),
      chart: {
        name: 'reserves-nowcast',
        title,
        subtitle: m.subtitle(n.value, n.date, n.base.value, n.base.date),
        footer: footer(ctx.msg, [reads.reserves, reads.tga, reads.rrp, n.fedAssets !== null ? reads.fedAssets : null], n.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: false,
        lines: [
          { label: m.lines.published, role: 'main', points: toChart(published, 'trillions') },
          { label: m.lines.nowcast, role: 'second', dashed: true, points: toChart(line, 'trillions') },
        ],
        alt: m.alt(win.start, win.end, n.value, n.date),
      },
    };
  },
});
