// /tga: the Treasury's cash at the Fed. A rising TGA drains bank reserves one for one.
// The daily DTS close where it exists (from 2021-06-24); before it, the H.4.1 week average.
import { amountChanges, answerDate, asOfEntry, chartWindow, day, footer, inForce, nextReleaseLine, readLatest, readOptional, readWindowFor, toChart, type Reading } from '../src/answers/kit.js';
import { defineCommand } from '../src/core/command.js';
import { asOf, between, maxPoint, minPoint, tgaWeekAverages } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import type { AnswerDraft, CommandContext } from '../src/core/command.js';
import type { RangeKey } from '../src/core/options.js';
import type { DateWindow, IsoDate } from '../src/core/types.js';


export default defineCommand({
  name: 'tga',
  options: { range: rangeOption('1y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { names } = ctx.msg;
    const end = answerDate(ctx, date, 'tga');
    const read = readWindowFor(range, end);
    const daily = await ctx.read('TGA', read);
    // The daily series starts in 2021: a day before it is answered from the week averages we hold.
    if (daily.series && asOf(daily.series.points, end)) {
      return dailyAnswer(ctx, await readLatest(ctx, 'TGA', read, names.tga, 'tga'), range, end, read);
    }
    const weekly = await readLatest(ctx, 'TGA_WEEKLY', read, names.tgaWeekAverage, 'tga');
    const later = await ctx.read('TGA', { start: end, end: ctx.today });
    return weeklyAnswer(ctx, weekly, range, later.series?.points[0]?.date ?? null);
  },
});

async function dailyAnswer(ctx: CommandContext, r: Reading, range: RangeKey, end: IsoDate, read: DateWindow): Promise<AnswerDraft> {
  const { common, names, units } = ctx.msg;
  const m = ctx.msg.tga;
  const { series, changes } = r;
  const weekly = await readOptional(ctx, 'TGA_WEEKLY', read);
  const last = changes.latest;
  const win = chartWindow(range, last.date);
  // The week average published by `end`: WTREGEN, or derived from the daily DTS after it ends.
  const weeks = tgaWeekAverages(weekly.series?.points ?? [], series.points);
  const wk = inForce('TGA_WEEKLY', weeks.points, end);
  const wkDerived = !!(wk && weeks.derivedFrom && wk.date >= weeks.derivedFrom);
  const shown = between(series.points, win.start, win.end);
  const hi = maxPoint(shown);
  const lo = minPoint(shown);
  const title = m.title(last.value, changes.prev?.delta ?? null);
  const summary = [
    m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, day: day(ctx, changes.prev.from.date) }),
    ...(changes.month ? [m.month(changes.month.delta)] : []),
    ...(hi && lo ? [m.range(hi.value, day(ctx, hi.date), lo.value, day(ctx, lo.date))] : []),
  ];
  return {
    title,
    behind: r.behind,
    summary,
    fields: [
      { label: m.labels.close, value: `${ctx.msg.common.values.usd(last.value)} (${last.date})` },
      { label: common.labels.change1d1w1m, value: amountChanges(ctx.msg, changes) },
      { label: common.labels.yearToDate, value: changes.ytd ? ctx.msg.common.values.usdChange(changes.ytd.delta) : common.na },
      { label: m.labels.highLow, value: hi && lo ? m.values.highLow(hi.value, lo.value) : common.na },
      { label: wkDerived ? m.labels.weekAverageDerived : m.labels.weekAverage, value: wk ? common.values.weekTo(wk.value, 'B', wk.date) : (weekly.missing ?? common.na) },
    ],
    asOf: [
      asOfEntry(names.tga, series, last),
      ...(wk ? [{ series: m.asOfWeekly, date: wk.date, source: wkDerived || !weekly.series ? ctx.msg.netliq.derivedSource : weekly.series.provenance.source }] : []),
    ],
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
}

function weeklyAnswer(ctx: CommandContext, r: Reading, range: RangeKey, dailyFrom: IsoDate | null): AnswerDraft {
  const { common, units } = ctx.msg;
  const m = ctx.msg.tga;
  const { series, changes } = r;
  const last = changes.latest;
  const win = chartWindow(range, last.date);
  const shown = between(series.points, win.start, win.end);
  const hi = maxPoint(shown);
  const lo = minPoint(shown);
  const delta = changes.prev?.delta ?? null;
  const title = m.weeklyTitle(last.value, delta);
  return {
    title,
    behind: r.behind,
    summary: [
      m.weeklyMoved(last.value, day(ctx, last.date), delta),
      ...(dailyFrom ? [m.weeklyOnly(dailyFrom)] : []),
      ...(hi && lo ? [m.range(hi.value, day(ctx, hi.date), lo.value, day(ctx, lo.date))] : []),
    ],
    fields: [
      { label: m.labels.weekAverage, value: common.values.weekTo(last.value, 'B', last.date) },
      { label: common.labels.change1w, value: delta === null ? common.na : ctx.msg.common.values.usdChange(delta) },
      { label: common.labels.yearToDate, value: changes.ytd ? ctx.msg.common.values.usdChange(changes.ytd.delta) : common.na },
      { label: m.labels.highLow, value: hi && lo ? m.values.highLow(hi.value, lo.value) : common.na },
    ],
    asOf: [asOfEntry(m.asOfWeekly, series, last)],
    nextRelease: nextReleaseLine(ctx, ['TGA_WEEKLY']),
    chart: {
      name: 'tga',
      title,
      subtitle: m.weeklySubtitle(last.value, last.date, delta),
      footer: footer(ctx.msg, [series], last.date),
      yTitle: units.trillions,
      yFormat: 'trillions',
      beginAtZero: true,
      lines: [{ label: m.weeklyLine, role: 'main', points: toChart(shown, 'trillions') }],
      alt: m.weeklyAlt(win.start, win.end, last.value, last.date),
    },
  };
}
