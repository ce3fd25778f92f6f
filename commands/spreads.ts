// /spreads: the money-market spreads a trader watches, in basis points: SOFR over IORB and over
// the ON RRP rate, EFFR over IORB, and SOFR over EFFR (secured over unsecured).
import { answerDate, chartWindow, day, footer, nextReleaseLine, policyAsOf, readLatest, readWindowFor, asOfEntry } from '../src/answers/kit.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { bp } from '../src/core/format.js';
import { asOf, between, movingAverage, spreadBp, spreadToBp } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { confirmedRatesOn, corridorConfirmed, ratesOn } from '../src/core/rates.js';
import { SOFR_RRP_SPREAD_WATCH_BP } from '../src/core/thresholds.js';

export default defineCommand({
  name: 'spreads',
  options: { range: rangeOption('6m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.spreads;
    const end = answerDate(ctx, date, 'spreads');
    const policy = await ctx.policy();
    const read = readWindowFor(range, end);
    const [sofr, effr] = await Promise.all([readLatest(ctx, 'SOFR', read, names.sofr, 'spreads'), readLatest(ctx, 'EFFR', read, names.effr, 'spreads')]);
    // Spreads to the corridor only where official series confirm its walls (issue 10).
    const sofrIorb = spreadToBp(sofr.series.points, (d) => confirmedRatesOn(d, policy)?.iorb ?? null);
    const sofrRrp = spreadToBp(sofr.series.points, (d) => confirmedRatesOn(d, policy)?.rrp ?? null);
    const effrIorb = spreadToBp(effr.series.points, (d) => confirmedRatesOn(d, policy)?.iorb ?? null);
    const sofrEffr = spreadBp(sofr.series.points, effr.series.points);
    const last = asOf(sofrRrp, end);
    if (!last) throw new UserError(ctx.msg.common.noCorridor('spreads'));
    const d = last.date;
    const rates = ratesOn(d, policy)!;
    const win = chartWindow(range, d);
    const at = (pts: { date: string; value: number }[]) => asOf(pts, d);
    const [si, sr, ei, se] = [at(sofrIorb), last, at(effrIorb), at(sofrEffr)];
    const avg5 = at(movingAverage(sofrRrp, 5));
    const title = m.title(sr.value, si?.value ?? null, SOFR_RRP_SPREAD_WATCH_BP);
    return {
      title,
      behind: sofr.behind ?? effr.behind,
      summary: [
        m.main(sr.value, day(ctx, d), SOFR_RRP_SPREAD_WATCH_BP, avg5?.value ?? null),
        ...(si && ei ? [m.iorb(si.value, ei.value, rates.iorbName)] : []),
        ...(se ? [m.secured(se.value)] : []),
        // SOFR printed after the last confirmed wall: said, not placed in a corridor that may have moved.
        ...(sofr.changes.latest.date > d && !corridorConfirmed(sofr.changes.latest.date, policy)
          ? [common.corridorNotConfirmed(names.sofr, day(ctx, sofr.changes.latest.date), day(ctx, policy.confirmedThrough ?? d), rates)]
          : []),
      ],
      fields: [
        { label: m.labels.sofrRrpOn(d), value: bp(sr.value) },
        { label: m.labels.sofrRrpAvg5, value: avg5 ? bp(avg5.value) : common.na },
        { label: m.labels.sofrIorb(rates.iorbName), value: si ? `${bp(si.value)} (${si.date})` : common.na },
        { label: m.labels.effrIorb(rates.iorbName), value: ei ? `${bp(ei.value)} (${ei.date})` : common.na },
        { label: common.labels.sofrMinusEffr, value: se ? `${bp(se.value)} (${se.date})` : common.na },
        { label: m.labels.watch, value: bp(SOFR_RRP_SPREAD_WATCH_BP) },
      ],
      asOf: [asOfEntry(seriesNames.SOFR, sofr.series, sr), ...(ei ? [asOfEntry(seriesNames.EFFR, effr.series, ei)] : []), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'EFFR']),
      chart: {
        name: 'spreads',
        title,
        subtitle: m.subtitle(sr.value, rates.iorbName, si?.value ?? null, ei?.value ?? null, d),
        footer: footer(ctx.msg, [sofr.series, effr.series], d, [names.federalReserve]),
        yTitle: units.bp,
        yFormat: 'bp',
        beginAtZero: false,
        lines: [
          { label: m.lines.sofrRrp, role: 'main', points: between(sofrRrp, win.start, win.end) },
          { label: m.labels.sofrIorb(rates.iorbName), role: 'second', points: between(sofrIorb, win.start, win.end) },
          { label: m.labels.effrIorb(rates.iorbName), role: 'iorb', points: between(effrIorb, win.start, win.end) },
          {
            label: m.lines.watch(SOFR_RRP_SPREAD_WATCH_BP),
            role: 'threshold',
            dashed: true,
            lastLabel: false,
            points: [
              { date: win.start, value: SOFR_RRP_SPREAD_WATCH_BP },
              { date: win.end, value: SOFR_RRP_SPREAD_WATCH_BP },
            ],
          },
        ],
        alt: m.alt(win.start, win.end),
      },
    };
  },
});
