// /balance: the Fed's balance sheet (H.4.1 total assets) and the pace of QT.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, readLatest, readWindowFor, toChart } from '../src/answers/kit.js';
import { defineCommand } from '../src/core/command.js';
import { addDays } from '../src/core/dates.js';
import { asOf, between, monthlyChange } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { qtRegimeOn, QT_REGIMES } from '../src/core/qt.js';

export default defineCommand({
  name: 'balance',
  options: { range: rangeOption('2y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { charts, common, names, units } = ctx.msg;
    const m = ctx.msg.balance;
    const end = answerDate(ctx, date, 'balance');
    const { series, changes, behind } = await readLatest(ctx, 'FED_ASSETS', readWindowFor(range, end), names.fedBalanceSheet, 'balance');
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const pace = asOf(monthlyChange(series.points), last.date);
    const threeMonths = changes.month && asOf(series.points, addDays(last.date, -91));
    const regime = qtRegimeOn(last.date);
    const shown = between(series.points, win.start, win.end);
    const title = m.title(last.value, pace?.value ?? null);
    return {
      title,
      behind,
      summary: [
        m.moved(last.value, day(ctx, last.date), changes.prev && changes.prev.delta),
        ...(pace ? [m.pace(pace.value, threeMonths ? (last.value - threeMonths.value) / 3 : null)] : []),
        regime ? m.regime(regime) : m.noQt(),
      ],
      fields: [
        { label: m.labels.total, value: `${ctx.msg.common.values.usd(last.value, 'T')} (${last.date})` },
        { label: common.labels.change1w, value: changes.prev ? ctx.msg.common.values.usdChange(changes.prev.delta) : common.na },
        { label: m.labels.qtPace, value: pace ? ctx.msg.common.values.usdChange(pace.value) : common.na },
        { label: common.labels.change1y, value: changes.year ? ctx.msg.common.values.usdChange(changes.year.delta, 'T') : common.na },
        { label: m.labels.caps, value: m.values.caps(regime) },
      ],
      asOf: [asOfEntry(names.fedAssetsWednesday, series, last), ...(regime ? [{ series: m.asOf.qtRegime, date: regime.from, source: m.asOf.qtSource }] : [])],
      nextRelease: nextReleaseLine(ctx, ['FED_ASSETS']),
      chart: {
        name: 'fed-balance-sheet',
        title,
        subtitle: m.subtitle(last.value, last.date, pace ? pace.value : null),
        footer: footer(ctx.msg, [series], last.date),
        yTitle: units.trillions,
        yFormat: 'trillions',
        beginAtZero: true,
        lines: [{ label: names.fedAssets, role: 'main', points: toChart(shown, 'trillions') }],
        events: QT_REGIMES.filter((r) => r.from >= win.start && r.from <= win.end).map((r) => ({ date: r.from, label: charts.qtEvent(r) })),
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
