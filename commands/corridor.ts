// /corridor: the Fed's rate corridor on one page: floor (ON RRP), IORB, ceiling (SRF), and where
// SOFR and EFFR print inside it.
import { answerDate, asOfEntry, chartWindow, corridorChart, day, nextReleaseLine, policyAsOf, readLatest, readWindowFor } from '../src/answers/kit.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { pct } from '../src/core/format.js';
import { on } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ceilingOn, corridorPosition, ratesOn } from '../src/core/rates.js';
import type { Point } from '../src/core/types.js';

/** The move in bp from the print before `p` (null for the first one held). */
function dayChange(points: Point[], p: Point): number | null {
  const i = points.findIndex((x) => x.date === p.date);
  return i > 0 ? (p.value - points[i - 1]!.value) * 100 : null;
}

export default defineCommand({
  name: 'corridor',
  options: { range: rangeOption('6m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames } = ctx.msg;
    const m = ctx.msg.corridor;
    const end = answerDate(ctx, date, 'corridor');
    const policy = await ctx.policy();
    const read = readWindowFor(range, end);
    const [sofr, effr] = await Promise.all([readLatest(ctx, 'SOFR', read, names.sofr, 'corridor'), readLatest(ctx, 'EFFR', read, names.effr, 'corridor')]);
    const d = sofr.changes.latest.date < effr.changes.latest.date ? sofr.changes.latest.date : effr.changes.latest.date;
    const s = on(sofr.series.points, d) ?? sofr.changes.latest;
    const e = on(effr.series.points, d) ?? effr.changes.latest;
    const win = chartWindow(range, d);
    const rates = ratesOn(d, policy);
    if (!rates) throw new UserError(ctx.msg.common.noCorridor('corridor'));
    const ceiling = ceilingOn(rates);
    const ceilingName = ctx.msg.names.ceiling(ceiling.kind);
    const width = (ceiling.value - rates.rrp) * 100;
    const title = m.title(s.value, e.value, corridorPosition(s.value, rates), corridorPosition(e.value, rates), ceilingName);
    return {
      title,
      behind: sofr.behind ?? effr.behind,
      // Phone first: the prints with their day change and corridor place, then the walls.
      summary: [
        m.prints(s.value, e.value, day(ctx, d), corridorPosition(s.value, rates), corridorPosition(e.value, rates), dayChange(sofr.series.points, s), dayChange(effr.series.points, e)),
        m.walls(rates.rrp, rates.iorb, rates.iorbName, ceiling.value, ceilingName, width, rates.effective),
      ],
      fields: [
        { label: common.labels.targetRange, value: common.values.pctRange(rates.targetLow, rates.targetHigh) },
        { label: m.labels.floor, value: pct(rates.rrp) },
        { label: rates.iorbName, value: pct(rates.iorb) },
        { label: m.labels.ceiling(ceilingName), value: pct(ceiling.value) },
        { label: names.sofr, value: m.values.rate(s.value, s.date, (s.value - rates.iorb) * 100, rates.iorbName) },
        { label: names.effr, value: m.values.rate(e.value, e.date, (e.value - rates.iorb) * 100, rates.iorbName) },
        { label: m.labels.position, value: m.values.position(corridorPosition(s.value, rates), corridorPosition(e.value, rates)) },
      ],
      asOf: [asOfEntry(seriesNames.SOFR, sofr.series, s), asOfEntry(seriesNames.EFFR, effr.series, e), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'EFFR']),
      chart: corridorChart(ctx.msg, {
        name: 'rate-corridor',
        title,
        subtitle: m.subtitle(rates.rrp, rates.iorbName, rates.iorb, ceiling.value, s.value, e.value, d),
        sofr: sofr.series,
        effr: effr.series,
        policy,
        window: win,
        iorbName: rates.iorbName,
        asOfDate: d,
        alt: m.alt(win.start, win.end),
        events: true,
      }),
    };
  },
});
