// /netliq: net liquidity = Fed total assets - TGA - ON RRP, weekly on H.4.1 Wednesdays.
import { answerDate, behindNote, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { addMonths } from '../src/core/dates.js';
import { asOf, netLiquidity, tgaWeekAverages, yearAgo } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { publishedThrough } from '../src/core/releases.js';
import type { ChartLine } from '../src/charts/spec.js';

export default defineCommand({
  name: 'netliq',
  options: { range: rangeOption('1y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.netliq;
    const end = answerDate(ctx, date, 'netliq');
    // A year more than the chart needs: the newest week with all three parts can lag `end`, and the
    // 1-year change must still have its base.
    const wide = readWindowFor(range, end);
    const read = { ...wide, start: addMonths(wide.start, -12) };
    const [assets, rrp, weekly, daily] = await Promise.all([
      readLatest(ctx, 'FED_ASSETS', read, names.fedBalanceSheet, 'netliq'),
      readLatest(ctx, 'RRP_VOLUME', read, names.onRrp, 'netliq'),
      readOptional(ctx, 'TGA_WEEKLY', read),
      readOptional(ctx, 'TGA', read),
    ]);
    // WTREGEN where published, then the week averages of the daily DTS (the same numbers), so a
    // week-average series that ends early does not freeze the answer.
    const tga = tgaWeekAverages(weekly.series?.points ?? [], daily.series?.points ?? []);
    const tgaLast = tga.points[tga.points.length - 1]?.date ?? null;
    const all = netLiquidity(assets.series.points, tga.points, rrp.series.points);
    const cutoff = publishedThrough('FED_ASSETS', end);
    const last = asOf(all, cutoff);
    if (!last) throw new UserError(m.noOverlap(tgaLast ?? common.na));
    const win = chartWindow(range, last.date);
    const i = all.indexOf(last);
    const prev = i > 0 ? all[i - 1]! : null;
    const base = yearAgo(all, last.date, 'weekly');
    const shown = all.filter((p) => p.date >= win.start && p.date <= win.end);
    const title = m.title(last.value, prev ? last.value - prev.value : null);
    // Which part stops the series, when the newest Fed assets week is newer than the newest full week.
    const assetsLast = assets.changes.latest.date;
    const rrpLast = asOf(rrp.series.points, cutoff)?.date ?? null;
    const limiting =
      assetsLast > last.date
        ? tgaLast && tgaLast < assetsLast
          ? daily.series?.points.length
            ? { part: m.dailyTga, last: daily.series.points[daily.series.points.length - 1]!.date }
            : { part: names.tgaWeekAverage, last: tgaLast }
          : { part: names.onRrp, last: rrpLast ?? common.na }
        : null;
    const asked = date && date !== ctx.today ? date : undefined;
    const behind = behindNote(ctx, 'FED_ASSETS', asked, last.date);
    const partNote = limiting ? m.partEnds(day(ctx, last.date), limiting.part, day(ctx, limiting.last)) : null;
    const derived = tga.derivedFrom && last.date >= tga.derivedFrom ? tga.derivedFrom : null;
    const tgaSource = derived ? m.derivedSource : weekly.series?.provenance.source ?? m.derivedSource;
    const inWindow = (pts: { date: string; value: number }[], scale: number) =>
      pts.filter((p) => p.date >= win.start && p.date <= last.date).map((p) => ({ date: p.date, value: p.value / scale }));
    const netLine: ChartLine = { label: names.netLiquidity, role: 'main', points: shown.map((p) => ({ date: p.date, value: p.value / 1e12 })) };
    const assetsLine: ChartLine = { label: names.fedAssets, role: 'second', points: inWindow(assets.series.points, 1e12) };
    const tgaLine: ChartLine = { label: names.tga, role: 'third', points: inWindow(tga.points, 1e9) };
    const rrpLine: ChartLine = { label: names.onRrp, role: 'fourth', points: inWindow(rrp.series.points, 1e9) };
    return {
      title,
      // Older than asked: the first line says so, and why when a part stops the series.
      behind: behind && partNote ? `${behind} ${partNote}` : behind,
      summary: [
        m.recipe(last.fedAssets, last.tga, last.rrp, last.value, day(ctx, last.date)),
        ...(prev ? [m.moved(last.value - prev.value, last.fedAssets - prev.fedAssets, -(last.tga - prev.tga), -(last.rrp - prev.rrp))] : []),
        ...(partNote && !behind ? [partNote] : []),
        ...(derived ? [m.derivedTga(day(ctx, derived))] : []),
      ],
      fields: [
        { label: names.netLiquidity, value: `${ctx.msg.common.values.usd(last.value, 'T')} (${last.date})` },
        { label: common.labels.change1w, value: prev ? ctx.msg.common.values.usdChange(last.value - prev.value) : common.na },
        { label: common.labels.change1y, value: base ? ctx.msg.common.values.usdChange(last.value - base.value, 'T') : common.na },
        { label: names.fedAssets, value: `${ctx.msg.common.values.usd(last.fedAssets, 'T')} (${last.date})` },
        { label: m.labels.tga, value: common.values.weekTo(last.tga, 'B', last.date) },
        { label: names.onRrp, value: `${ctx.msg.common.values.usd(last.rrp, 'B')} (${last.rrpDate})` },
      ],
      asOf: [
        { series: names.fedAssetsWednesday, date: last.date, source: assets.series.provenance.source },
        { series: names.tgaWeekAverage, date: last.date, source: tgaSource },
        { series: seriesNames.RRP_VOLUME, date: last.rrpDate, source: rrp.series.provenance.source },
      ],
      nextRelease: nextReleaseLine(ctx, ['FED_ASSETS']),
      chart: {
        name: 'net-liquidity',
        title,
        subtitle: m.subtitle(last.value, last.date, last.fedAssets, last.tga, last.rrp),
        footer: footer(ctx.msg, [assets.series, weekly.series, derived ? daily.series : null, rrp.series], last.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: false,
        // Net liquidity and Fed assets (~$6T) share a panel; the TGA (~$0.9T) and ON RRP (down to
        // ~$0.01T) each get their own axis, where one axis hid their moves. Each part is drawn from
        // its own published points, so a part missing on some weeks (ON RRP before 2013) breaks
        // only net liquidity, never the other lines.
        lines: [netLine, assetsLine, tgaLine, rrpLine],
        panels: [
          { title: m.panels.level, yFormat: 'trillions', beginAtZero: false, lines: [netLine, assetsLine] },
          { title: m.panels.tga, yFormat: 'billions', beginAtZero: true, lines: [tgaLine] },
          { title: m.panels.rrp, yFormat: 'billions', beginAtZero: true, lines: [rrpLine] },
        ],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
