// /reserves: bank reserves at the Fed, against the $2.5-3.0T range the market watches, and per GDP.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readOptional, readWindowFor, toChart } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { usd, usdChange } from '../src/core/format.js';
import { between, reservesToGdp } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { RESERVES_WATCH_BAND } from '../src/core/thresholds.js';

export default {
  name: 'reserves',
  description: 'Bank reserves at the Fed (weekly, H.4.1) against the $2.5-3.0T range',
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const m = ctx.msg.reserves;
    const end = answerDate(ctx, date, 'reserves');
    const read = readWindowFor(range, end);
    const { series, changes } = await readLatest(ctx, 'RESERVES', read, 'reserves', 'reserves');
    const gdp = await readOptional(ctx, 'GDP', { start: '1990-01-01', end });
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const ratio = gdp.series ? reservesToGdp([last], gdp.series.points)[0] ?? null : null;
    const shown = between(series.points, win.start, win.end);
    const title = m.title(last.value, changes.prev?.delta ?? null);
    const band = RESERVES_WATCH_BAND;
    return {
      title,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta }),
        m.band(last.value, band.low, band.high),
        ...(ratio ? [m.gdp(ratio.value, ratio.gdpDate)] : []),
      ],
      fields: [
        { label: 'Reserves (week avg)', value: `${usd(last.value, 'T')} (week to ${last.date})` },
        { label: 'Change 1w / 4w', value: `${changes.prev ? usdChange(changes.prev.delta) : 'n/a'} / ${changes.month ? usdChange(changes.month.delta) : 'n/a'}` },
        { label: 'Year to date', value: changes.ytd ? usdChange(changes.ytd.delta) : 'n/a' },
        { label: 'Watch range', value: `${usd(band.low, 'T')} - ${usd(band.high, 'T')}` },
        { label: 'Reserves / GDP', value: ratio ? `${ratio.value.toFixed(1)}% (GDP ${ratio.gdpDate.slice(0, 7)})` : (gdp.missing ?? 'n/a') },
      ],
      asOf: [asOfEntry('Reserves (week average)', series, last), ...(ratio && gdp.series ? [{ series: 'GDP (nominal, SAAR)', date: ratio.gdpDate, source: gdp.series.provenance.source }] : [])],
      nextRelease: nextReleaseLine(ctx, ['RESERVES']),
      chart: {
        name: 'reserves',
        title,
        subtitle: `${usd(last.value, 'T')} in the week to ${last.date}${changes.prev ? `, ${usdChange(changes.prev.delta)} on the week` : ''}`,
        footer: footer(ctx.msg, [series], last.date),
        yTitle: '$ trillions',
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: 'Reserves, week average', role: 'main', points: toChart(shown, 'trillions') }],
        bands: shown.length
          ? [
              {
                label: `Watch range ${usd(band.low, 'T')}-${usd(band.high, 'T')}`,
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
} satisfies Command;
