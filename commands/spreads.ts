// /spreads: the money-market spreads a trader watches, in basis points: SOFR over IORB and over
// the ON RRP rate, EFFR over IORB, and SOFR over EFFR (secured over unsecured).
import { answerDate, chartWindow, day, footer, nextReleaseLine, policyAsOf, readLatest, readWindowFor, asOfEntry } from '../src/answers/kit.js';
import { UserError, type Command } from '../src/core/command.js';
import { bp } from '../src/core/format.js';
import { asOf, between, movingAverage, spreadBp, spreadToBp } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ratesOn } from '../src/core/rates.js';
import { SOFR_RRP_SPREAD_WATCH_BP } from '../src/core/thresholds.js';

export default {
  name: 'spreads',
  description: 'Money-market spreads in bp: SOFR-IORB, SOFR-ON RRP, EFFR-IORB, SOFR-EFFR',
  options: [rangeOption('6m'), dateOption()],
  async run({ range = '6m', date }, ctx) {
    const m = ctx.msg.spreads;
    const end = answerDate(ctx, date, 'spreads');
    const read = readWindowFor(range, end);
    const [sofr, effr] = await Promise.all([readLatest(ctx, 'SOFR', read, 'SOFR', 'spreads'), readLatest(ctx, 'EFFR', read, 'EFFR', 'spreads')]);
    const sofrIorb = spreadToBp(sofr.series.points, (d) => ratesOn(d)?.iorb ?? null);
    const sofrRrp = spreadToBp(sofr.series.points, (d) => ratesOn(d)?.rrp ?? null);
    const effrIorb = spreadToBp(effr.series.points, (d) => ratesOn(d)?.iorb ?? null);
    const sofrEffr = spreadBp(sofr.series.points, effr.series.points);
    const last = asOf(sofrRrp, end);
    if (!last) throw new UserError(ctx.msg.common.noCorridor('spreads'));
    const d = last.date;
    const rates = ratesOn(d)!;
    const win = chartWindow(range, d);
    const at = (pts: { date: string; value: number }[]) => asOf(pts, d);
    const [si, sr, ei, se] = [at(sofrIorb), last, at(effrIorb), at(sofrEffr)];
    const avg5 = at(movingAverage(sofrRrp, 5));
    const title = m.title(sr.value, si?.value ?? null, SOFR_RRP_SPREAD_WATCH_BP);
    return {
      title,
      summary: [m.main(sr.value, day(ctx, d), SOFR_RRP_SPREAD_WATCH_BP, avg5?.value ?? null), ...(si && ei ? [m.iorb(si.value, ei.value, rates.iorbName)] : []), ...(se ? [m.secured(se.value)] : [])],
      fields: [
        { label: `SOFR - ON RRP rate (${d})`, value: bp(sr.value) },
        { label: 'SOFR - ON RRP, 5-day average', value: avg5 ? bp(avg5.value) : 'n/a' },
        { label: `SOFR - ${rates.iorbName}`, value: si ? `${bp(si.value)} (${si.date})` : 'n/a' },
        { label: `EFFR - ${rates.iorbName}`, value: ei ? `${bp(ei.value)} (${ei.date})` : 'n/a' },
        { label: 'SOFR - EFFR', value: se ? `${bp(se.value)} (${se.date})` : 'n/a' },
        { label: 'Watch level, SOFR - ON RRP', value: bp(SOFR_RRP_SPREAD_WATCH_BP) },
      ],
      asOf: [asOfEntry('SOFR', sofr.series, sr), ...(ei ? [asOfEntry('EFFR', effr.series, ei)] : []), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'EFFR']),
      chart: {
        name: 'spreads',
        title,
        subtitle: `SOFR - ON RRP ${bp(sr.value)} · SOFR - ${rates.iorbName} ${si ? bp(si.value) : 'n/a'} · EFFR - ${rates.iorbName} ${ei ? bp(ei.value) : 'n/a'} on ${d}`,
        footer: footer(ctx.msg, [sofr.series, effr.series], d, ['Federal Reserve']),
        yTitle: 'basis points',
        yFormat: 'bp',
        beginAtZero: false,
        lines: [
          { label: 'SOFR - ON RRP rate', role: 'main', points: between(sofrRrp, win.start, win.end) },
          { label: `SOFR - ${rates.iorbName}`, role: 'second', points: between(sofrIorb, win.start, win.end) },
          { label: `EFFR - ${rates.iorbName}`, role: 'iorb', points: between(effrIorb, win.start, win.end) },
          {
            label: `Watch: SOFR - ON RRP ${bp(SOFR_RRP_SPREAD_WATCH_BP)}`,
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
} satisfies Command;
