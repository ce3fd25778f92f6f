// /balance: the Fed's balance sheet (H.4.1 total assets) and the pace of QT.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readWindowFor, toChart } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { addDays } from '../src/core/dates.js';
import { usd, usdChange } from '../src/core/format.js';
import { asOf, between, monthlyChange } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { qtRegimeOn, QT_REGIMES } from '../src/core/qt.js';

export default {
  name: 'balance',
  description: 'Fed balance sheet (total assets) and the pace of QT',
  options: [rangeOption('2y'), dateOption()],
  async run({ range = '2y', date }, ctx) {
    const m = ctx.msg.balance;
    const end = answerDate(ctx, date, 'balance');
    const { series, changes } = await readLatest(ctx, 'FED_ASSETS', readWindowFor(range, end), 'Fed balance sheet', 'balance');
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const pace = asOf(monthlyChange(series.points), last.date);
    const threeMonths = changes.month && asOf(series.points, addDays(last.date, -91));
    const regime = qtRegimeOn(last.date);
    const shown = between(series.points, win.start, win.end);
    const title = m.title(last.value, pace?.value ?? null);
    return {
      title,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.prev && changes.prev.delta),
        ...(pace ? [m.pace(pace.value, threeMonths ? (last.value - threeMonths.value) / 3 : null)] : []),
        regime ? m.regime(regime.note, regime.from) : m.noQt(),
      ],
      fields: [
        { label: 'Total assets', value: `${usd(last.value, 'T')} (${last.date})` },
        { label: 'Change 1w', value: changes.prev ? usdChange(changes.prev.delta) : 'n/a' },
        { label: 'QT pace (4 weeks)', value: pace ? usdChange(pace.value) : 'n/a' },
        { label: 'Change 1y', value: changes.year ? usdChange(changes.year.delta, 'T') : 'n/a' },
        { label: 'Runoff caps', value: regime ? (regime.treasuryCap === null ? 'QT ended' : `${usd(regime.treasuryCap, 'B')} UST, ${usd(regime.mbsCap ?? 0, 'B')} MBS a month`) : 'no QT' },
      ],
      asOf: [asOfEntry('Fed total assets (Wednesday level)', series, last), ...(regime ? [{ series: 'QT regime', date: regime.from, source: 'FOMC statements' }] : [])],
      nextRelease: nextReleaseLine(ctx, ['FED_ASSETS']),
      chart: {
        name: 'fed-balance-sheet',
        title,
        subtitle: `${usd(last.value, 'T')} on ${last.date}${pace ? `, ${usdChange(pace.value)} over 4 weeks` : ''}`,
        footer: footer(ctx.msg, [series], last.date),
        yTitle: '$ trillions',
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: 'Fed total assets', role: 'main', points: toChart(shown, 'trillions') }],
        events: QT_REGIMES.filter((r) => r.from >= win.start && r.from <= win.end).map((r) => ({ date: r.from, label: r.note.split(':')[0]! })),
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
