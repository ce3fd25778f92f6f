// /stress: the funding-stress signals of src/core/stress.ts as of a day, each against its
// threshold, and the overall level with hysteresis; small multiples with each threshold drawn.
import { answerDate, asOfEntry, day, footer, nextReleaseLine, policyAsOf, readLatest, readOptional, toChart } from '../src/answers/kit.js';
import type { ChartPanel } from '../src/charts/spec.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { addMonths } from '../src/core/dates.js';
import { asOf, between, spreadToBp } from '../src/core/indicators.js';
import { dateOption } from '../src/core/options.js';
import { ceilingOn, confirmedRatesOn, ratesOn } from '../src/core/rates.js';
import { publishedThrough } from '../src/core/releases.js';
import { applies, assess, lastN, worst, type SignalId, type SignalReading } from '../src/core/stress.js';
import type { AsOf, Point, Series } from '../src/core/types.js';

/** Observations each signal's hysteresis looks back over (the rules need 3; more settles the state). */
const HISTORY = 10;

export default defineCommand({
  name: 'stress',
  options: { date: dateOption() },
  async run({ date }, ctx) {
    const m = ctx.msg.analysis.stress;
    const end = answerDate(ctx, date, 'stress');
    const policy = await ctx.policy();
    const read = { start: addMonths(end, -6), end };
    const { series: sofr, changes } = await readLatest(ctx, 'SOFR', read, ctx.msg.names.sofr, 'stress');
    const [reserves, rrp, srf, tgaDaily] = await Promise.all([
      readOptional(ctx, 'RESERVES', read),
      readOptional(ctx, 'RRP_VOLUME', read),
      readOptional(ctx, 'SRF_VOLUME', read),
      readOptional(ctx, 'TGA', read),
    ]);
    // The daily DTS starts in 2021: before it, the H.4.1 week average.
    const tga = tgaDaily.series && asOf(tgaDaily.series.points, end) ? tgaDaily : await readOptional(ctx, 'TGA_WEEKLY', read);
    const rates = ratesOn(changes.latest.date, policy);
    if (!rates) throw new UserError(ctx.msg.common.noCorridor('stress'));

    // Each series only as published by `end` (an H.4.1 week comes out the next Thursday).
    const upTo = (s: Series | null) => {
      if (!s) return [];
      const cut = publishedThrough(s.id, end);
      return s.points.filter((p) => p.date <= cut);
    };
    const sofrPts = upTo(sofr);
    const bySignal: Record<SignalId, { points: Point[]; series: Series | null; missing?: string }> = {
      reserves: { points: upTo(reserves.series), series: reserves.series },
      // Spreads to the corridor only where official series confirm its walls (issue 10).
      sofrRrp: { points: spreadToBp(sofrPts, (d) => confirmedRatesOn(d, policy)?.rrp ?? null), series: sofr },
      srfUsage: { points: upTo(srf.series), series: srf.series, missing: srf.missing },
      sofrSrf: { points: spreadToBp(sofrPts, (d) => { const r = confirmedRatesOn(d, policy); return r ? ceilingOn(r).value : null; }), series: sofr },
      rrpBuffer: { points: upTo(rrp.series), series: rrp.series },
      tga: { points: upTo(tga.series), series: tga.series },
    };
    const ids: SignalId[] = ['reserves', 'sofrRrp', 'srfUsage', 'sofrSrf', 'rrpBuffer', 'tga'];
    const readings: SignalReading[] = ids.map((id) => {
      // A facility that did not exist then is not judged (the SRF before 2021-07-28).
      if (!applies(id, end)) return { id, latest: null, history: [] };
      const history = lastN(bySignal[id].points, end, HISTORY);
      return { id, latest: history[history.length - 1] ?? null, history };
    });
    const { signals, overall, structural, unknown } = assess(readings);
    const known = signals.filter((s) => s.level !== null);
    const now = worst(known.filter((s) => s.rule.kind === 'acute').map((s) => s.level!));
    const structuralNames = known.filter((s) => s.rule.kind === 'structural' && s.settled !== 'calm').map((s) => m.signal(s.id));
    const acute = known.filter((s) => s.rule.kind === 'acute');
    const red = acute.filter((s) => s.level === 'stress');
    const amber = acute.filter((s) => s.level === 'watch');

    const fields = signals.map((s) => ({
      label: m.signal(s.id),
      value: s.latest && s.level
        ? m.field(s.level, s.rule.unit, s.latest.value, s.id, s.latest.date)
        : m.unknownField(!applies(s.id, end) ? m.beforeSrf : s.id === 'srfUsage' && ctx.mode === 'snapshot' ? m.noSrfInSnapshot : (bySignal[s.id].missing ?? m.noData)),
    }));
    fields.push({ label: m.overallLabel, value: m.overallField(overall, now) });
    fields.push({ label: m.structuralLabel, value: m.structuralField(structural, structuralNames) });
    fields.push({ label: m.assumptionLabel, value: m.tgaAssumption });

    const sofrSrf = signals.find((s) => s.id === 'sofrSrf')!;
    const summary = [
      m.worst((red.length ? red : amber).map((s) => m.signal(s.id)), red.length ? 'stress' : 'watch'),
      ...(sofrSrf.level === 'stress' && rates.srf !== null ? [m.sofrAboveSrf(changes.latest.value, rates.srf, day(ctx, changes.latest.date))] : []),
      m.hysteresis(overall, now),
      m.structuralLine(structural, structuralNames),
    ];
    if (unknown.length) summary.push(m.unknown(unknown.map((id) => m.signal(id))));

    // Chart: one panel per known signal over the last 3 months, its threshold dashed.
    // Anchored on the newest SOFR print, which can be older than the day asked (the snapshot).
    const chartEnd = changes.latest.date;
    const start = addMonths(chartEnd, -3);
    const panels: ChartPanel[] = known.filter((s) => between(bySignal[s.id].points, start, end).length > 0).map((s) => {
      const pts = between(bySignal[s.id].points, start, end);
      const fmt = s.rule.unit === 'bp' ? 'bp' : s.id === 'reserves' ? 'trillions' : 'billions';
      const shown = s.rule.unit === 'bp' ? pts : toChart(pts, fmt);
      const scaled = (v: number) => (s.rule.unit === 'bp' ? v : v / (fmt === 'trillions' ? 1e12 : 1e9));
      const ends = shown.length ? [shown[0]!.date, shown[shown.length - 1]!.date] : [];
      return {
        title: m.panelTitle(s.level!, m.panel(s.id, fmt === 'bp' ? ctx.msg.units.bp : fmt === 'trillions' ? ctx.msg.units.trillions : ctx.msg.units.billions)),
        yFormat: fmt,
        beginAtZero: s.rule.unit === 'usd',
        lines: [
          { label: m.signal(s.id), role: 'main', points: shown },
          { label: m.watchLine, role: 'watch', dashed: true, lastLabel: false, points: ends.map((d) => ({ date: d, value: scaled(s.rule.lines.watch) })) },
          { label: m.stressLine, role: 'threshold', dashed: true, lastLabel: false, points: ends.map((d) => ({ date: d, value: scaled(s.rule.lines.stress) })) },
        ],
        level: s.level!,
      };
    });
    const title = m.title(overall, red.length, amber.length, acute.length);
    const used = [sofr, reserves.series, rrp.series, tga.series, srf.series];
    const asOfs: AsOf[] = signals
      .filter((s) => s.latest && bySignal[s.id].series)
      .map((s) => asOfEntry(m.signal(s.id), bySignal[s.id].series!, s.latest!));
    return {
      title,
      summary,
      fields,
      asOf: [...asOfs, policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'RRP_VOLUME', 'TGA', 'RESERVES']),
      chart: {
        name: 'stress',
        title: m.chartTitle(overall, red.length, amber.length, acute.length),
        subtitle: m.subtitle(changes.latest.date),
        footer: footer(ctx.msg, used, changes.latest.date),
        yTitle: '',
        yFormat: 'bp',
        beginAtZero: false,
        // Not drawn under panels, but the service renders a chart only when lines carry data.
        lines: panels.map((p) => p.lines[0]!),
        panels,
        alt: m.alt(panels.length, start, chartEnd, overall),
      },
    };
  },
});
