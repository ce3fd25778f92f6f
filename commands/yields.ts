// /yields: the 10-year Treasury yield against overnight funding (SOFR): the curve's long end.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import { defineCommand } from '../src/core/command.js';
import { bp, bpDelta, pct } from '../src/core/format.js';
import { asOf, between } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';

export default defineCommand({
  name: 'yields',
  options: { range: rangeOption('1y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.yields;
    const end = answerDate(ctx, date, 'yields');
    const read = readWindowFor(range, end);
    const { series, changes, behind } = await readLatest(ctx, 'DGS10', read, m.name, 'yields');
    const sofr = await readOptional(ctx, 'SOFR', read);
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const s = sofr.series ? asOf(sofr.series.points, last.date) : null;
    const title = m.title(last.value, changes.week?.delta ?? null);
    return {
      title,
      behind,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.week?.delta ?? null, changes.ytd?.delta ?? null),
        ...(s ? [m.vsSofr((last.value - s.value) * 100, s.value)] : []),
      ],
      fields: [
        { label: m.name, value: `${pct(last.value)} (${last.date})` },
        { label: common.labels.change1d1w1m, value: common.values.bpChanges([changes.prev, changes.week, changes.month].map((c) => c?.delta ?? null)) },
        { label: common.labels.yearToDate, value: changes.ytd ? bpDelta(changes.ytd.delta) : common.na },
        { label: m.labels.vsSofr, value: s ? bp((last.value - s.value) * 100) : (sofr.missing ?? common.na) },
      ],
      asOf: [asOfEntry(seriesNames.DGS10, series, last), ...(s && sofr.series ? [asOfEntry(seriesNames.SOFR, sofr.series, s)] : [])],
      nextRelease: nextReleaseLine(ctx, ['DGS10']),
      chart: {
        name: 'yields',
        title,
        subtitle: m.subtitle(last.value, last.date, s?.value ?? null),
        footer: footer(ctx.msg, [series, sofr.series], last.date),
        yTitle: units.percent,
        yFormat: 'percent',
        beginAtZero: false,
        lines: [
          { label: m.line, role: 'main', points: between(series.points, win.start, win.end) },
          ...(sofr.series ? [{ label: names.sofr, role: 'second' as const, points: between(sofr.series.points, win.start, win.end) }] : []),
        ],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
