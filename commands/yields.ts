// /yields: the 10-year Treasury yield against overnight funding (SOFR): the curve's long end.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { bp, bpDelta, pct } from '../src/core/format.js';
import { asOf, between } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';

export default {
  name: 'yields',
  description: '10-year Treasury yield against SOFR',
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const m = ctx.msg.yields;
    const end = answerDate(ctx, date, 'yields');
    const read = readWindowFor(range, end);
    const { series, changes } = await readLatest(ctx, 'DGS10', read, '10-year yield', 'yields');
    const sofr = await readOptional(ctx, 'SOFR', read);
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const s = sofr.series ? asOf(sofr.series.points, last.date) : null;
    const title = m.title(last.value, changes.week?.delta ?? null);
    return {
      title,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.week?.delta ?? null, changes.ytd?.delta ?? null),
        ...(s ? [m.vsSofr((last.value - s.value) * 100, s.value)] : []),
      ],
      fields: [
        { label: '10-year yield', value: `${pct(last.value)} (${last.date})` },
        { label: 'Change 1d / 1w / 1m', value: [changes.prev, changes.week, changes.month].map((c) => (c ? bpDelta(c.delta) : 'n/a')).join(' / ') },
        { label: 'Year to date', value: changes.ytd ? bpDelta(changes.ytd.delta) : 'n/a' },
        { label: '10y - SOFR', value: s ? bp((last.value - s.value) * 100) : (sofr.missing ?? 'n/a') },
      ],
      asOf: [asOfEntry('10-year Treasury yield', series, last), ...(s && sofr.series ? [asOfEntry('SOFR', sofr.series, s)] : [])],
      nextRelease: nextReleaseLine(ctx, ['DGS10']),
      chart: {
        name: 'yields',
        title,
        subtitle: `10-year ${pct(last.value)} on ${last.date}${s ? `; SOFR ${pct(s.value)}` : ''}`,
        footer: footer(ctx.msg, [series, sofr.series], last.date),
        yTitle: 'percent',
        yFormat: 'percent',
        beginAtZero: false,
        lines: [
          { label: '10-year Treasury', role: 'main', points: between(series.points, win.start, win.end) },
          ...(sofr.series ? [{ label: 'SOFR', role: 'second' as const, points: between(sofr.series.points, win.start, win.end) }] : []),
        ],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
