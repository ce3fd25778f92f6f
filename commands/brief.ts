// /brief: the morning brief a trader reads first, and the daily digest posted to subscribers:
// SOFR, EFFR, ON RRP, SRF usage, the TGA and the reserves nowcast, each with its day change and,
// for the rates, its place in the corridor; one line each, the corridor chart. The numbers are
// read the way /sofr, /effr, /rrp, /srf, /tga and /nowcast read them, so they always agree.
import { answerDate, asOfEntry, chartWindow, corridorChart, day, nextReleaseLine, policyAsOf, readLatest, readOptional, readWindowFor } from '../src/answers/kit.js';
import { corridorWhere } from '../src/core/classify.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { addDays, addMonths } from '../src/core/dates.js';
import { asOf } from '../src/core/indicators.js';
import { dateOption } from '../src/core/options.js';
import { ceilingOn, confirmedRatesOn, corridorPosition, ratesOn } from '../src/core/rates.js';
import { RESERVES_WATCH_BAND, SRF_USAGE_STRESS } from '../src/core/thresholds.js';
import type { AsOf } from '../src/core/types.js';
import { latestNowcast, readNowcastInputs } from './nowcast.js';

export default defineCommand({
  name: 'brief',
  options: { date: dateOption() },
  async run({ date }, ctx) {
    const { names, series: seriesNames } = ctx.msg;
    const m = ctx.msg.brief;
    const end = answerDate(ctx, date, 'brief');
    const policy = await ctx.policy();
    const read = readWindowFor('3m', end);
    const [sofr, effr, rrp, srf, tga, nowcastReads] = await Promise.all([
      readLatest(ctx, 'SOFR', read, names.sofr, 'brief'),
      readLatest(ctx, 'EFFR', read, names.effr, 'brief'),
      readLatest(ctx, 'RRP_VOLUME', read, names.onRrp, 'brief'),
      readOptional(ctx, 'SRF_VOLUME', read),
      readLatest(ctx, 'TGA', read, names.tga, 'brief'),
      // A base week and the daily TGA and ON RRP since it. A year, not a few weeks: when the
      // Treasury's statement lags (the offline snapshot's ends months before its rates do) the
      // estimate still comes from the newest TGA there is, as /nowcast's does, and says its date.
      readNowcastInputs(ctx, addDays(addMonths(end, -12), -35), end),
    ]);
    const s = sofr.changes.latest;
    const e = effr.changes.latest;
    const r = rrp.changes.latest;
    const t = tga.changes.latest;
    const sofrRates = confirmedRatesOn(s.date, policy);
    const effrRates = confirmedRatesOn(e.date, policy);
    const walls = sofrRates ?? ratesOn(policy.confirmedThrough ?? s.date, policy);
    if (!walls) throw new UserError(ctx.msg.common.noCorridor('brief'));
    const ceiling = ceilingOn(walls);
    const ceilingName = names.ceiling(ceiling.kind);
    const sofrPos = sofrRates ? corridorPosition(s.value, sofrRates) : null;
    const effrPos = effrRates ? corridorPosition(e.value, effrRates) : null;
    const bpChange = (c: typeof sofr.changes) => (c.prev ? c.prev.delta * 100 : null);
    const usdChange = (c: typeof rrp.changes) => c.prev?.delta ?? null;
    const used = srf.series ? asOf(srf.series.points, end) : null;
    const usedPrev = used && srf.series ? asOf(srf.series.points, addDays(used.date, -1)) : null;
    const n = nowcastReads ? latestNowcast(nowcastReads.inputs, end) : null;
    const rrpRate = ratesOn(r.date, policy)?.rrp ?? null;

    const summary = [
      m.rate(names.sofr, s.value, day(ctx, s.date), bpChange(sofr.changes), sofrPos),
      m.rate(names.effr, e.value, day(ctx, e.date), bpChange(effr.changes), effrPos),
      m.rrp(r.value, day(ctx, r.date), usdChange(rrp.changes), rrpRate),
      used ? m.srf(used.value, day(ctx, used.date), usedPrev ? used.value - usedPrev.value : null, SRF_USAGE_STRESS) : m.srfMissing(srf.missing ?? ctx.msg.srf.noUsage()),
      m.tga(t.value, day(ctx, t.date), usdChange(tga.changes)),
      n ? m.reserves(n.value, day(ctx, n.date), n.base.value, day(ctx, n.base.date), RESERVES_WATCH_BAND.high) : m.reservesMissing,
      m.walls(walls.rrp, walls.iorbName, walls.iorb, ceilingName, ceiling.value),
    ];
    const fields = [
      { label: m.labels.sofr, value: m.values.rate(s.value, s.date, bpChange(sofr.changes)) },
      { label: m.labels.effr, value: m.values.rate(e.value, e.date, bpChange(effr.changes)) },
      { label: m.labels.rrp, value: m.values.amount(r.value, r.date, usdChange(rrp.changes)) },
      { label: m.labels.srf, value: used ? m.values.amount(used.value, used.date, usedPrev ? used.value - usedPrev.value : null) : ctx.msg.srf.notInData(ctx.mode, !srf.series) },
      { label: m.labels.tga, value: m.values.amount(t.value, t.date, usdChange(tga.changes)) },
      { label: m.labels.reserves, value: n ? ctx.msg.estimates.nowcast.values.estimate(n.value, n.date) : ctx.msg.common.na },
      { label: m.labels.corridor, value: m.values.corridor(walls.rrp, walls.iorb, ceiling.value) },
    ];
    const asOfs: AsOf[] = [
      asOfEntry(seriesNames.SOFR, sofr.series, s),
      asOfEntry(seriesNames.EFFR, effr.series, e),
      asOfEntry(seriesNames.RRP_VOLUME, rrp.series, r),
      ...(used && srf.series ? [asOfEntry(seriesNames.SRF_VOLUME, srf.series, used)] : []),
      asOfEntry(names.tga, tga.series, t),
      ...(n && nowcastReads ? [{ series: ctx.msg.estimates.nowcast.asOf.published, date: n.base.date, source: nowcastReads.reserves.provenance.source }] : []),
      policyAsOf(ctx.msg, walls),
    ];
    const win = chartWindow('3m', s.date);
    const title = m.title(s.value, sofrPos === null ? null : corridorWhere(sofrPos), day(ctx, s.date));
    return {
      title,
      behind: sofr.behind ?? effr.behind ?? rrp.behind ?? tga.behind,
      summary,
      fields,
      asOf: asOfs,
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'EFFR', 'RRP_VOLUME', 'TGA', 'RESERVES']),
      chart: corridorChart(ctx.msg, {
        name: 'brief',
        title,
        subtitle: ctx.msg.corridor.subtitle(walls.rrp, walls.iorbName, walls.iorb, ceiling.value, s.value, e.value, s.date),
        sofr: sofr.series,
        effr: effr.series,
        policy,
        window: win,
        iorbName: walls.iorbName,
        asOfDate: s.date,
        alt: m.alt(win.start, win.end),
      }),
    };
  },
});
