// /rrp: the overnight reverse repo facility: cash parked at the Fed, the buffer that drains first.
import { amountChanges, answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, policyAsOf, readLatest, readWindowFor, toChart } from '../src/answers/kit.js';
import { defineCommand } from '../src/core/command.js';
import { between, maxPoint } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ratesOn } from '../src/core/rates.js';

export default defineCommand({
  name: 'rrp',
  options: { range: rangeOption('1y'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.rrp;
    const end = answerDate(ctx, date, 'rrp');
    const policy = await ctx.policy();
    const { series, changes, behind } = await readLatest(ctx, 'RRP_VOLUME', readWindowFor(range, end), names.onRrp, 'rrp');
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const rates = ratesOn(last.date, policy);
    const shown = between(series.points, win.start, win.end);
    const peak = maxPoint(shown);
    const scale = peak && peak.value >= 1e12 ? 'trillions' : 'billions';
    const title = m.title(last.value, changes.prev?.delta ?? null);
    const summary = [
      m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, day: day(ctx, changes.prev.from.date) }),
      ...(peak && peak.date !== last.date ? [m.vsPeak(last.value, peak.value, day(ctx, peak.date))] : []),
      m.meaning(last.value, last.date),
    ];
    return {
      title,
      behind,
      summary,
      fields: [
        { label: seriesNames.RRP_VOLUME, value: `${ctx.msg.common.values.usd(last.value)} (${last.date})` },
        { label: common.labels.change1d1w1m, value: amountChanges(ctx.msg, changes) },
        { label: common.labels.yearToDate, value: changes.ytd ? ctx.msg.common.values.usdChange(changes.ytd.delta) : common.na },
        { label: common.labels.highInWindow, value: peak ? `${ctx.msg.common.values.usd(peak.value)} (${peak.date})` : common.na },
        { label: m.labels.rate, value: rates ? common.values.rateSince(rates.rrp, rates.effective) : common.na },
      ],
      asOf: [asOfEntry(seriesNames.RRP_VOLUME, series, last), ...(rates ? [policyAsOf(ctx.msg, rates)] : [])],
      nextRelease: nextReleaseLine(ctx, ['RRP_VOLUME']),
      chart: {
        name: 'rrp-takeup',
        title,
        subtitle: m.subtitle(last.value, last.date, changes.prev?.delta ?? null),
        footer: footer(ctx.msg, [series], last.date),
        // $B as style.md asks for ON RRP, unless the window reaches $1T (2021-23: up to $2.55T).
        yTitle: scale === 'trillions' ? units.trillions : units.billions,
        yFormat: scale,
        beginAtZero: true,
        lines: [{ label: seriesNames.RRP_VOLUME, role: 'main', points: toChart(shown, scale) }],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
