// /corridor: the Fed's rate corridor on one page: floor (ON RRP), IORB, ceiling (SRF), and where
// SOFR and EFFR print inside it.
import { answerDate, asOfEntry, chartWindow, day, footer, nextReleaseLine, policyAsOf, policySteps, rateEvents, readLatest, readWindowFor } from '../src/answers/kit.js';
import { UserError, type Command } from '../src/core/command.js';
import { bp, pct } from '../src/core/format.js';
import { between, on } from '../src/core/indicators.js';
import { dateOption, rangeOption } from '../src/core/options.js';
import { ceilingOn, corridorPosition, ratesOn } from '../src/core/rates.js';
import { corridorBand } from '../src/answers/kit.js';

export default {
  name: 'corridor',
  description: 'The Fed rate corridor: ON RRP floor, IORB, SRF ceiling, with SOFR and EFFR',
  options: [rangeOption('6m'), dateOption()],
  async run({ range = '6m', date }, ctx) {
    const m = ctx.msg.corridor;
    const end = answerDate(ctx, date, 'corridor');
    const read = readWindowFor(range, end);
    const [sofr, effr] = await Promise.all([readLatest(ctx, 'SOFR', read, 'SOFR', 'corridor'), readLatest(ctx, 'EFFR', read, 'EFFR', 'corridor')]);
    const d = sofr.changes.latest.date < effr.changes.latest.date ? sofr.changes.latest.date : effr.changes.latest.date;
    const s = on(sofr.series.points, d) ?? sofr.changes.latest;
    const e = on(effr.series.points, d) ?? effr.changes.latest;
    const win = chartWindow(range, d);
    const rates = ratesOn(d);
    if (!rates) throw new UserError(ctx.msg.common.noCorridor('corridor'));
    const ceiling = ceilingOn(rates);
    const width = (ceiling.value - rates.rrp) * 100;
    const title = m.title(s.value, e.value, corridorPosition(s.value, rates), ceiling.name);
    return {
      title,
      summary: [m.walls(rates.rrp, rates.iorb, rates.iorbName, ceiling.value, ceiling.name, width, rates.effective), m.prints(s.value, e.value, day(ctx, d), corridorPosition(s.value, rates), corridorPosition(e.value, rates))],
      fields: [
        { label: 'Target range', value: `${pct(rates.targetLow)} - ${pct(rates.targetHigh)}` },
        { label: 'Floor: ON RRP rate', value: pct(rates.rrp) },
        { label: rates.iorbName, value: pct(rates.iorb) },
        { label: `Ceiling: ${ceiling.name}`, value: pct(ceiling.value) },
        { label: 'SOFR', value: `${pct(s.value)} (${s.date}), ${bp((s.value - rates.iorb) * 100)} vs ${rates.iorbName}` },
        { label: 'EFFR', value: `${pct(e.value)} (${e.date}), ${bp((e.value - rates.iorb) * 100)} vs ${rates.iorbName}` },
        { label: 'Corridor position', value: `SOFR ${Math.round(corridorPosition(s.value, rates) * 100)}%, EFFR ${Math.round(corridorPosition(e.value, rates) * 100)}% (0% floor, 100% ceiling)` },
      ],
      asOf: [asOfEntry('SOFR', sofr.series, s), asOfEntry('EFFR', effr.series, e), policyAsOf(ctx.msg, rates)],
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'EFFR']),
      chart: {
        name: 'rate-corridor',
        title,
        subtitle: `Floor ${pct(rates.rrp)} · ${rates.iorbName} ${pct(rates.iorb)} · ceiling ${pct(ceiling.value)} · SOFR ${pct(s.value)} · EFFR ${pct(e.value)} on ${d}`,
        footer: footer(ctx.msg, [sofr.series, effr.series], d, ['Federal Reserve']),
        yTitle: 'percent',
        yFormat: 'percent',
        beginAtZero: false,
        lines: [
          { label: 'SOFR', role: 'main', points: between(sofr.series.points, win.start, win.end) },
          { label: 'EFFR', role: 'second', points: between(effr.series.points, win.start, win.end) },
          { label: rates.iorbName, role: 'iorb', points: policySteps(win, (r) => r.iorb) },
        ],
        bands: [corridorBand(ctx.msg, win)],
        events: rateEvents(ctx.msg, win),
        alt: m.alt(win.start, win.end),
      },
    };
  },
} satisfies Command;
