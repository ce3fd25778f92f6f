// /sofr: the repo rate, where it sits in the Fed's corridor, and its distribution when known.
import { asOfEntry, chartWindow, corridorBand, day, footer, nextReleaseLine, policyAsOf, policySteps, rateEvents, readLatest, readOptional, readWindowFor, answerDate } from '../src/answers/kit.js';
import type { ChartBand } from '../src/charts/spec.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { bp, bpDelta, pct } from '../src/core/format.js';
import { between, on } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ceilingOn, corridorConfirmed, ratesOn } from '../src/core/rates.js';

export default defineCommand({
  name: 'sofr',
  options: { range: rangeOption('3m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.sofr;
    const end = answerDate(ctx, date, 'sofr');
    const policy = await ctx.policy();
    const read = readWindowFor(range, end);
    // One deadline for the answer: every read at once (the NY Fed answers them in one request).
    const [{ series, changes, behind }, p1, p99, vol] = await Promise.all([
      readLatest(ctx, 'SOFR', read, names.sofr, 'sofr'),
      readOptional(ctx, 'SOFR_P1', read),
      readOptional(ctx, 'SOFR_P99', read),
      readOptional(ctx, 'SOFR_VOLUME', read),
    ]);
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    // After the last day official series confirm the walls, SOFR is shown but not placed in a
    // corridor that may have moved: the walls drawn and named are the last confirmed ones.
    const judged = corridorConfirmed(last.date, policy);
    const through = policy.confirmedThrough ?? last.date;
    const rates = ratesOn(judged ? last.date : through, policy);
    if (!rates) throw new UserError(ctx.msg.common.noCorridor('sofr'));
    const wallsWin = judged || through >= win.end ? win : { start: win.start, end: through };
    const ceiling = ceilingOn(rates);
    const ceilingName = ctx.msg.names.ceiling(ceiling.kind);
    const lo = p1.series ? on(p1.series.points, last.date) : null;
    const hi = p99.series ? on(p99.series.points, last.date) : null;
    const v = vol.series ? on(vol.series.points, last.date) : null;

    const vsCeil = (last.value - ceiling.value) * 100;
    const vsIorb = (last.value - rates.iorb) * 100;
    const vsFloor = (last.value - rates.rrp) * 100;
    const summary = [
      m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, from: changes.prev.from.value, day: day(ctx, changes.prev.from.date) }),
      judged ? m.position(vsFloor, vsIorb, vsCeil, rates, ceilingName, ceiling.value) : common.corridorNotConfirmed(names.sofr, day(ctx, last.date), day(ctx, through), rates),
      // The reader's own sentence says why when it has none (source down, not in the snapshot).
      lo && hi && v ? m.distribution(lo.value, hi.value, v.value) : ctx.mode === 'live' ? (p99.missing ?? vol.missing ?? m.noDistribution(ctx.mode)) : m.noDistribution(ctx.mode),
    ];

    // A weekend or holiday asked: the fixing before it, said plainly but not marked stale (nothing newer exists).
    if (date && date !== last.date && !behind) summary.unshift(ctx.msg.common.noObservationOn(day(ctx, date), day(ctx, last.date)));

    const fields = [
      { label: names.sofr, value: `${pct(last.value)} (${last.date})` },
      { label: common.labels.change1d1w1m, value: common.values.bpChanges([changes.prev, changes.week, changes.month].map((c) => c?.delta ?? null)) },
      { label: common.labels.yearToDate, value: changes.ytd ? bpDelta(changes.ytd.delta) : common.na },
      { label: common.labels.vsRate(ceilingName, ceiling.value), value: judged ? bp(vsCeil) : common.notConfirmed },
      { label: common.labels.vsRate(rates.iorbName, rates.iorb), value: judged ? bp(vsIorb) : common.notConfirmed },
      { label: common.labels.vsRate(names.onRrp, rates.rrp), value: judged ? bp(vsFloor) : common.notConfirmed },
      { label: m.labels.percentiles, value: lo && hi ? common.values.pctRange(lo.value, hi.value) : m.notInData(ctx.mode, !p1.series || !p99.series) },
      { label: m.labels.volume, value: v ? ctx.msg.common.values.usd(v.value) : m.notInData(ctx.mode, !vol.series) },
    ];

    const shown = between(series.points, win.start, win.end);
    const bands: ChartBand[] = [corridorBand(ctx.msg, policy, wallsWin)];
    if (p1.series && p99.series && p1.series.points.length && p99.series.points.length) {
      bands.push({ label: m.percentileBand, role: 'percentile', lower: between(p1.series.points, win.start, win.end), upper: between(p99.series.points, win.start, win.end) });
    }
    const title = judged ? m.title(last.value, vsFloor, vsIorb, vsCeil, ceilingName, rates.iorbName) : m.titleUnjudged(last.value);
    return {
      title,
      summary,
      behind,
      fields,
      asOf: [
        asOfEntry(seriesNames.SOFR, series, last),
        ...(lo && p1.series ? [asOfEntry(seriesNames.SOFR_P1, p1.series, lo)] : []),
        ...(hi && p99.series ? [asOfEntry(seriesNames.SOFR_P99, p99.series, hi)] : []),
        ...(v && vol.series ? [asOfEntry(seriesNames.SOFR_VOLUME, vol.series, v)] : []),
        policyAsOf(ctx.msg, rates),
      ],
      nextRelease: nextReleaseLine(ctx, ['SOFR']),
      chart: {
        name: 'sofr-corridor',
        title,
        subtitle: m.subtitle(last.value, last.date, changes.prev?.delta ?? null),
        footer: footer(ctx.msg, [series, p1.series], last.date, [names.federalReserve]),
        yTitle: units.percent,
        yFormat: 'percent',
        beginAtZero: false,
        lines: [
          { label: names.sofr, role: 'main', points: shown },
          { label: rates.iorbName, role: 'iorb', points: policySteps(policy, wallsWin, (r) => r.iorb), step: true },
        ],
        bands,
        events: rateEvents(ctx.msg, policy, wallsWin),
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
});
