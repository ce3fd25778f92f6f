// /netliq: net liquidity = Fed total assets - TGA - ON RRP, weekly on H.4.1 Wednesdays.
import { answerDate, chartWindow, day, footer, nextReleaseLine, readLatest, readWindowFor } from '../src/answers/kit.js';
import { UserError, type Command } from '../src/core/command.js';
import { addMonths } from '../src/core/dates.js';
import { usd, usdChange } from '../src/core/format.js';
import { asOf, netLiquidity } from '../src/core/indicators.js';
import { en } from '../src/core/messages/en.js';
import { dateOption, rangeOption } from '../src/core/options.js';

export default {
  name: 'netliq',
  description: en.netliq.description,
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.netliq;
    const end = answerDate(ctx, date, 'netliq');
    // A year more than the chart needs: the newest week with all three parts can lag `end` (the
    // TGA week average is the last to arrive), and the 1-year change must still have its base.
    const wide = readWindowFor(range, end);
    const read = { ...wide, start: addMonths(wide.start, -12) };
    const [assets, tga, rrp] = await Promise.all([
      readLatest(ctx, 'FED_ASSETS', read, names.fedBalanceSheet, 'netliq'),
      readLatest(ctx, 'TGA_WEEKLY', read, names.tgaWeekAverage, 'netliq'),
      readLatest(ctx, 'RRP_VOLUME', read, names.onRrp, 'netliq'),
    ]);
    const all = netLiquidity(assets.series.points, tga.series.points, rrp.series.points);
    const last = asOf(all, end);
    if (!last) throw new UserError(m.noOverlap(tga.changes.latest.date));
    const win = chartWindow(range, last.date);
    const i = all.indexOf(last);
    const prev = i > 0 ? all[i - 1]! : null;
    const yearAgo = asOf(all, `${Number(last.date.slice(0, 4)) - 1}${last.date.slice(4)}`);
    const shown = all.filter((p) => p.date >= win.start && p.date <= win.end);
    const title = m.title(last.value, prev ? last.value - prev.value : null);
    const lagNote = assets.changes.latest.date > last.date ? m.lag(last.date, tga.changes.latest.date) : null;
    return {
      title,
      summary: [
        m.recipe(last.fedAssets, last.tga, last.rrp, last.value, day(ctx, last.date)),
        ...(prev ? [m.moved(last.value - prev.value, last.fedAssets - prev.fedAssets, -(last.tga - prev.tga), -(last.rrp - prev.rrp))] : []),
        ...(lagNote ? [lagNote] : []),
      ],
      fields: [
        { label: names.netLiquidity, value: `${usd(last.value, 'T')} (${last.date})` },
        { label: common.labels.change1w, value: prev ? usdChange(last.value - prev.value) : common.na },
        { label: common.labels.change1y, value: yearAgo && yearAgo.date < last.date ? usdChange(last.value - yearAgo.value, 'T') : common.na },
        { label: names.fedAssets, value: `${usd(last.fedAssets, 'T')} (${last.date})` },
        { label: m.labels.tga, value: common.values.weekTo(last.tga, 'B', last.date) },
        { label: names.onRrp, value: `${usd(last.rrp, 'B')} (${last.rrpDate})` },
      ],
      asOf: [
        { series: names.fedAssetsWednesday, date: last.date, source: assets.series.provenance.source },
        { series: names.tgaWeekAverage, date: last.date, source: tga.series.provenance.source },
        { series: seriesNames.RRP_VOLUME, date: last.rrpDate, source: rrp.series.provenance.source },
      ],
      nextRelease: nextReleaseLine(ctx, ['FED_ASSETS']),
      chart: {
        name: 'net-liquidity',
        title,
        subtitle: m.subtitle(last.value, last.date, last.fedAssets, last.tga, last.rrp),
        footer: footer(ctx.msg, [assets.series, tga.series, rrp.series], last.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [
          { label: names.netLiquidity, role: 'main', points: shown.map((p) => ({ date: p.date, value: p.value / 1e12 })) },
          { label: names.fedAssets, role: 'second', points: shown.map((p) => ({ date: p.date, value: p.fedAssets / 1e12 })) },
          { label: names.tga, role: 'third', points: shown.map((p) => ({ date: p.date, value: p.tga / 1e12 })) },
          { label: names.onRrp, role: 'fourth', points: shown.map((p) => ({ date: p.date, value: p.rrp / 1e12 })) },
        ],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
