// /tga: the Treasury's cash at the Fed. A rising TGA drains bank reserves one for one.
import { amountChanges, answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor, toChart } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { usd, usdChange } from '../src/core/format.js';
import { asOf, between, maxPoint, minPoint } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';

export default {
  name: 'tga',
  description: 'Treasury General Account: the Treasury cash balance at the Fed',
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const m = ctx.msg.tga;
    const end = answerDate(ctx, date, 'tga');
    const read = readWindowFor(range, end);
    const { series, changes } = await readLatest(ctx, 'TGA', read, 'TGA', 'tga');
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
        { label: 'TGA (DTS close)', value: `${usd(last.value, 'B')} (${last.date})` },
        { label: 'Change 1d / 1w / 1m', value: amountChanges(ctx.msg, changes) },
        { label: 'Year to date', value: changes.ytd ? usdChange(changes.ytd.delta) : 'n/a' },
        { label: 'Window high / low', value: hi && lo ? `${usd(hi.value, 'B')} / ${usd(lo.value, 'B')}` : 'n/a' },
        { label: 'Week average (H.4.1)', value: wk ? `${usd(wk.value, 'B')} (week to ${wk.date})` : (weekly.missing ?? 'n/a') },
      ],
      asOf: [asOfEntry('TGA', series, last), ...(wk && weekly.series ? [asOfEntry('TGA week average', weekly.series, wk)] : [])],
      nextRelease: nextReleaseLine(ctx, ['TGA']),
      chart: {
        name: 'tga',
        title,
        subtitle: `${usd(last.value, 'B')} on ${last.date}${changes.prev ? `, ${usdChange(changes.prev.delta)} on the day` : ''}`,
        footer: footer(ctx.msg, [series], last.date),
        yTitle: '$ trillions',
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: 'TGA, daily close', role: 'main', points: toChart(shown, 'trillions') }],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
