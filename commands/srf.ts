// /srf: the Standing Repo Facility, the corridor's ceiling: how much banks borrowed, and how close
// SOFR trades to its rate. Without usage data (the offline snapshot has none) it says so and shows
// SOFR against the SRF rate only.
import { answerDate, asOfEntry, behindNote, chartWindow, day, footer, nextReleaseLine, policyAsOf, policySteps, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import type { ChartLine } from '../src/charts/spec.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { bp, pct } from '../src/core/format.js';
import { asOf, between, maxPoint } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ceilingOn, corridorConfirmed, ratesOn } from '../src/core/rates.js';

export default defineCommand({
  name: 'srf',
  options: { range: rangeOption('3m'), date: dateOption() },
  async run({ range, date }, ctx) {
    const { common, names, series: seriesNames, units } = ctx.msg;
    const m = ctx.msg.srf;
    const end = answerDate(ctx, date, 'srf');
    const policy = await ctx.policy();
    const read = readWindowFor(range, end);
    // One deadline for the answer: the repo operations and SOFR are read at the same time.
    const [usage, amRead, pmRead, sofrRead] = await Promise.all([
      readOptional(ctx, 'SRF_VOLUME', read),
      readOptional(ctx, 'SRF_AM', read),
      readOptional(ctx, 'SRF_PM', read),
      readLatest(ctx, 'SOFR', read, names.sofr, 'srf'),
    ]);
    const { series: sofr, changes, behind: sofrBehind } = sofrRead;
    const lastSofr = changes.latest;
    const used = usage.series ? asOf(usage.series.points, end) : null;
    const asOfDay = used && used.date > lastSofr.date ? used.date : lastSofr.date;
    const win = chartWindow(range, asOfDay);
    // SOFR is set against the SRF rate only where official series confirm the rate (see /sofr).
    const judged = corridorConfirmed(lastSofr.date, policy);
    const through = policy.confirmedThrough ?? lastSofr.date;
    const rates = ratesOn(judged ? asOfDay : through < asOfDay ? through : asOfDay, policy);
    if (!rates || rates.srf === null) throw new UserError(m.notYet());
    const gap = (lastSofr.value - ceilingOn(rates).value) * 100;
    // The AM/PM split of the day shown, where the NY Fed results give it (no FRED series has it).
    const amPm = (r: typeof amRead) => (used && r.series ? (r.series.points.find((p) => p.date === used.date)?.value ?? null) : null);
    const split = used && (amRead.series || pmRead.series) ? { am: amPm(amRead), pm: amPm(pmRead) } : null;
    const shownUsage = usage.series ? between(usage.series.points, win.start, win.end) : [];
    const peak = maxPoint(shownUsage);
    const title = used ? m.title(used.value, day(ctx, used.date)) : judged ? m.titleNoUsage(rates.srf, gap) : ctx.msg.sofr.titleUnjudged(lastSofr.value);
    const summary = [
      used ? m.usage(used.value, day(ctx, used.date), peak && peak.date !== used.date ? { value: peak.value, day: day(ctx, peak.date) } : null, split) : (usage.missing ?? m.noUsage()),
      judged ? m.gap(lastSofr.value, day(ctx, lastSofr.date), rates.srf, gap) : ctx.msg.common.corridorNotConfirmed(names.sofr, day(ctx, lastSofr.date), day(ctx, through), rates),
    ];
    const lines: ChartLine[] = used
      ? [{ label: seriesNames.SRF_VOLUME, role: 'main', bars: true, points: shownUsage.map((p) => ({ date: p.date, value: p.value / 1e9 })) }]
      : [
          { label: names.sofr, role: 'main', points: between(sofr.points, win.start, win.end) },
          { label: m.labels.minimumBid, role: 'second', dashed: true, points: policySteps(policy, win, (r) => r.srf), step: true },
          { label: rates.iorbName, role: 'iorb', points: policySteps(policy, win, (r) => r.iorb), step: true },
        ];
    return {
      title,
      summary,
      // The first line says when the headline (usage, or SOFR without it) is older than asked.
      behind: used ? behindNote(ctx, 'SRF_VOLUME', date, used.date) : sofrBehind,
      fields: [
        { label: seriesNames.SRF_VOLUME, value: used ? `${ctx.msg.common.values.usd(used.value, 'B')} (${used.date})` : m.notInData(ctx.mode, !usage.series) },
        ...(split ? [{ label: m.labels2.split, value: m.splitValue(split.am, split.pm) }] : []),
        { label: common.labels.highInWindow, value: peak ? `${ctx.msg.common.values.usd(peak.value, 'B')} (${peak.date})` : m.notInData(ctx.mode, !usage.series) },
        { label: m.labels.minimumBid, value: common.values.rateSince(rates.srf, rates.effective) },
        { label: names.sofr, value: `${pct(lastSofr.value)} (${lastSofr.date})` },
        { label: m.labels.sofrVsSrf, value: judged ? bp(gap) : common.notConfirmed },
      ],
      asOf: [...(used && usage.series ? [asOfEntry(seriesNames.SRF_VOLUME, usage.series, used)] : []), asOfEntry(seriesNames.SOFR, sofr, lastSofr), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, used ? ['SRF_VOLUME'] : ['SOFR']),
      chart: {
        name: used ? 'srf-usage' : 'srf-rate',
        title,
        subtitle: used ? m.subtitleUsage(used.value, used.date, rates.srf) : m.subtitleRate(lastSofr.value, lastSofr.date, gap),
        footer: footer(ctx.msg, [usage.series, sofr], asOfDay, [names.federalReserve]),
        yTitle: used ? units.billions : units.percent,
        yFormat: used ? 'billions' : 'percent',
        beginAtZero: !!used,
        lines,
        alt: m.alt(win.start, win.end, !!used),
      },
    };
  },
});
