// /effr: the effective fed funds rate against the FOMC's target range and IORB.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, policyAsOf, policySteps, rateEvents, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { bp, pct } from '../src/core/format.js';
import { between, on } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ratesOn } from '../src/core/rates.js';

export default defineCommand({
  name: 'effr',
  options: { range: rangeOption('3m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { charts, common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.effr;
    const end = answerDate(ctx, date, 'effr');
    const policy = await ctx.policy();
    const read = readWindowFor(range, end);
    const { series, changes, behind } = await readLatest(ctx, 'EFFR', read, names.effr, 'effr');
    const sofr = await readOptional(ctx, 'SOFR', read);
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const rates = ratesOn(last.date, policy);
    if (!rates) throw new UserError(ctx.msg.common.noCorridor('effr'));
    const sofrSame = sofr.series ? on(sofr.series.points, last.date) : null;
    const vsIorb = (last.value - rates.iorb) * 100;
    const vsTop = (last.value - rates.targetHigh) * 100;
    const vsBottom = (last.value - rates.targetLow) * 100;
    const title = m.title(last.value, vsBottom, vsTop, vsIorb, rates.iorbName);
    const summary = [
      m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, day: day(ctx, changes.prev.from.date) }),
      m.position(vsBottom, vsTop, vsIorb, rates),
      ...(sofrSame ? [m.vsSofr((sofrSame.value - last.value) * 100, sofrSame.value)] : []),
    ];
    return {
      title,
      behind,
      summary,
      fields: [
        { label: names.effr, value: `${pct(last.value)} (${last.date})` },
        { label: common.labels.change1d1w1m, value: common.values.bpChanges([changes.prev, changes.week, changes.month].map((c) => c?.delta ?? null)) },
        { label: common.labels.targetRange, value: common.values.pctRange(rates.targetLow, rates.targetHigh) },
        { label: common.labels.vsRate(rates.iorbName, rates.iorb), value: bp(vsIorb) },
        { label: m.labels.vsBottom, value: bp(vsBottom) },
        { label: common.labels.sofrMinusEffr, value: sofrSame ? bp((sofrSame.value - last.value) * 100) : common.na },
      ],
      asOf: [asOfEntry(seriesNames.EFFR, series, last), ...(sofrSame && sofr.series ? [asOfEntry(seriesNames.SOFR, sofr.series, sofrSame)] : []), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['EFFR']),
      chart: {
        name: 'effr-target-range',
        title,
        subtitle: m.subtitle(last.value, last.date, rates.targetLow, rates.targetHigh),
        footer: footer(ctx.msg, [series, sofr.series], last.date, [names.federalReserve]),
        yTitle: units.percent,
        yFormat: 'percent',
        beginAtZero: false,
        lines: [
          { label: names.effr, role: 'main', points: between(series.points, win.start, win.end) },
          ...(sofr.series ? [{ label: names.sofr, role: 'second' as const, points: between(sofr.series.points, win.start, win.end) }] : []),
          { label: rates.iorbName, role: 'iorb', points: policySteps(policy, win, (r) => r.iorb), step: true },
        ],
        bands: [{ label: charts.targetRange, role: 'corridor', lower: policySteps(policy, win, (r) => r.targetLow), upper: policySteps(policy, win, (r) => r.targetHigh) }],
        events: rateEvents(ctx.msg, policy, win),
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
