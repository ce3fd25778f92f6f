// /rrp: the overnight reverse repo facility: cash parked at the Fed, the buffer that drains first.
import { amountChanges, answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, policyAsOf, policySteps, readLatest, readWindowFor } from '../src/answers/kit.js';
import type { Command } from '../src/core/command.js';
import { pct, usd, usdChange } from '../src/core/format.js';
import { between, maxPoint } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ratesOn } from '../src/core/rates.js';

export default {
  name: 'rrp',
  description: 'Overnight reverse repo (ON RRP) take-up, the liquidity buffer',
  options: [rangeOption('1y'), dateOption()],
  async run({ range = '1y', date }, ctx) {
    const m = ctx.msg.rrp;
    const end = answerDate(ctx, date, 'rrp');
    const { series, changes } = await readLatest(ctx, 'RRP_VOLUME', readWindowFor(range, end), 'ON RRP', 'rrp');
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const rates = ratesOn(last.date);
    const shown = between(series.points, win.start, win.end);
    const peak = maxPoint(shown);
    const title = m.title(last.value, changes.prev?.delta ?? null);
    const summary = [
      m.moved(last.value, day(ctx, last.date), changes.prev && { delta: changes.prev.delta, day: day(ctx, changes.prev.from.date) }),
      ...(peak && peak.date !== last.date ? [m.vsPeak(last.value, peak.value, day(ctx, peak.date))] : []),
      m.meaning(last.value, last.date),
    ];
    if (date && date !== last.date) summary.unshift(ctx.msg.common.noObservationOn(day(ctx, date), day(ctx, last.date)));
    return {
      title,
      summary,
      fields: [
        { label: 'ON RRP take-up', value: `${usd(last.value, 'B')} (${last.date})` },
        { label: 'Change 1d / 1w / 1m', value: amountChanges(ctx.msg, changes) },
        { label: 'Year to date', value: changes.ytd ? usdChange(changes.ytd.delta) : 'n/a' },
        { label: `High in window`, value: peak ? `${usd(peak.value, 'B')} (${peak.date})` : 'n/a' },
        { label: 'ON RRP rate', value: rates ? `${pct(rates.rrp)} (since ${rates.effective})` : 'n/a' },
      ],
      asOf: [asOfEntry('ON RRP take-up', series, last), ...(rates ? [policyAsOf(ctx.msg, rates)] : [])],
      nextRelease: nextReleaseLine(ctx, ['RRP_VOLUME']),
      chart: {
        name: 'rrp-takeup',
        title,
        subtitle: `${usd(last.value, 'B')} on ${last.date}${changes.prev ? `, ${usdChange(changes.prev.delta)} on the day` : ''}`,
        footer: footer(ctx.msg, [series], last.date),
        yTitle: '$ billions',
        yFormat: 'billions',
        beginAtZero: true,
        lines: [{ label: 'ON RRP take-up', role: 'main', points: shown.map((p) => ({ date: p.date, value: p.value / 1e9 })) }],
        alt: m.alt(win.start, win.end, last.value, last.date),
      },
    };
  },
} satisfies Command;
