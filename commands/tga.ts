// /tga: the Treasury's cash at the Fed. A rising TGA drains bank reserves one for one.
import { amountChanges, answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor, toChart } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { usd, usdChange } from '../src/core/format.js';
import { asOf, between, maxPoint, minPoint } from '../src/core/indicators.js';
import { en } from '../src/core/messages/en.js';
import { dateOption, rangeOption } from '../src/core/options.js';

export default {
  name: 'tga',
  description: en.tga.description,
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const { common, names, units } = ctx.msg;
    const m = ctx.msg.tga;
    const end = answerDate(ctx, date, 'tga');
    const read = readWindowFor(range, end);
    const { series, changes } = await readLatest(ctx, 'TGA', read, names.tga, 'tga');
    const weekly = await readOptional(ctx, 'TGA_WEEKLY', read);
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const wk = weekly.series ? asOf(weekly.series.points, end) : null;
    const shown = between(series.points, win.start, win.end);
    const hi = maxPoint(shown);
    const lo = minPoint(shown);
    const title = m.title(last.value, changes.prev?.delta ?? null);
    const summary = [
      m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, day: day(ctx, changes.prev.from.date) }),
      ...(changes.month ? [m.month(changes.month.delta)] : []),
      ...(hi && lo ? [m.range(hi.value, day(ctx, hi.date), lo.value, day(ctx, lo.date))] : []),
    ];
    if (date && date !== last.date) summary.unshift(ctx.msg.common.noObservationOn(day(ctx, date), day(ctx, last.date)));
    return {
      title,
      summary,
      fields: [
        { label: m.labels.close, value: `${usd(last.value)} (${last.date})` },
        { label: common.labels.change1d1w1m, value: amountChanges(ctx.msg, changes) },
        { label: common.labels.yearToDate, value: changes.ytd ? usdChange(changes.ytd.delta) : common.na },
        { label: m.labels.highLow, value: hi && lo ? m.values.highLow(hi.value, lo.value) : common.na },
        { label: m.labels.weekAverage, value: wk ? common.values.weekTo(wk.value, 'B', wk.date) : (weekly.missing ?? common.na) },
      ],
      asOf: [asOfEntry(names.tga, series, last), ...(wk && weekly.series ? [asOfEntry(m.asOfWeekly, weekly.series, wk)] : [])],
      nextRelease: nextReleaseLine(ctx, ['TGA']),
      chart: {
        name: 'tga',
        title,
        subtitle: m.subtitle(last.value, last.date, changes.prev?.delta ?? null),
        footer: footer(ctx.msg, [series], last.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: m.line, role: 'main', points: toChart(shown, 'trillions') }],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
