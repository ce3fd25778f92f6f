// /reserves: bank reserves at the Fed, against the $2.5-3.0T range the market watches, and per GDP.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor, toChart } from '../src/answers/kit.js';
import { defineCommand } from '../src/core/command.js';
import { addDays } from '../src/core/dates.js';
import { between, on, reservesToGdp } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { RESERVES_WATCH_BAND } from '../src/core/thresholds.js';
import { latestNowcast, readNowcastInputs } from './nowcast.js';

export default defineCommand({
  name: 'reserves',
  options: { range: rangeOption('1y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, units } = ctx.msg;
    const m = ctx.msg.reserves;
    const end = answerDate(ctx, date, 'reserves');
    const read = readWindowFor(range, end);
    const { series, changes, behind } = await readLatest(ctx, 'RESERVES', read, m.name, 'reserves');
    const gdp = await readOptional(ctx, 'GDP', { start: '1990-01-01', end });
    const last = changes.latest;
    // H.4.1 weeks are Wednesdays: four weeks back is the point exactly 28 days earlier.
    const fourWeeks = on(series.points, addDays(last.date, -28));
    const win = chartWindow(range, last.date);
    const ratio = gdp.series ? reservesToGdp([last], gdp.series.points)[0] ?? null : null;
    const shown = between(series.points, win.start, win.end);
    const title = m.title(last.value, changes.prev?.delta ?? null);
    const band = RESERVES_WATCH_BAND;
    // The estimate for the days after the last published week (/nowcast), when there is one.
    const nc = await readNowcastInputs(ctx, addDays(last.date, -14), end).then((r) => (r ? latestNowcast(r.inputs, end) : null));
    return {
      title,
      behind,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta }),
        m.band(last.value, band.low, band.high),
        ...(ratio ? [m.gdp(ratio.value, ratio.gdpDate)] : []),
        ...(nc && nc.base.date === last.date && nc.date > last.date ? [ctx.msg.estimates.nowcast.reservesLine(nc.value, day(ctx, nc.date))] : []),
      ],
      fields: [
        { label: m.labels.level, value: common.values.weekTo(last.value, 'T', last.date) },
        { label: m.labels.change1w4w, value: common.values.usdChanges([changes.prev?.delta ?? null, fourWeeks ? last.value - fourWeeks.value : null]) },
        { label: common.labels.yearToDate, value: changes.ytd ? ctx.msg.common.values.usdChange(changes.ytd.delta) : common.na },
        { label: m.labels.watch, value: m.values.watch(band.low, band.high) },
        { label: m.labels.perGdp, value: ratio ? m.values.perGdp(ratio.value, ratio.gdpDate) : (gdp.missing ?? common.na) },
      ],
      asOf: [asOfEntry(m.asOf.level, series, last), ...(ratio && gdp.series ? [{ series: m.asOf.gdp, date: ratio.gdpDate, source: gdp.series.provenance.source }] : [])],
      nextRelease: nextReleaseLine(ctx, ['RESERVES']),
      chart: {
        name: 'reserves',
        title,
        subtitle: m.subtitle(last.value, last.date, changes.prev?.delta ?? null),
        footer: footer(ctx.msg, [series], last.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: m.line, role: 'main', points: toChart(shown, 'trillions') }],
        bands: shown.length
          ? [
              {
                label: m.watchBand(band.low, band.high),
                role: 'threshold',
                lower: [shown[0]!, shown[shown.length - 1]!].map((p) => ({ date: p.date, value: band.low / 1e12 })),
                upper: [shown[0]!, shown[shown.length - 1]!].map((p) => ({ date: p.date, value: band.high / 1e12 })),
              },
            ]
          : [],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
