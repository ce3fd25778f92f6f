// /explain <topic>: a short card on one piece of the plumbing, ending with the live number it
// relates to (read through the same data access as every other command). Text only: a card explains,
// the data commands it points to draw the charts.
import { nextReleaseLine, readLatest, readOptional } from '../src/answers/kit.js';
import { defineCommand, UserError, type CommandContext } from '../src/core/command.js';
import { addMonths } from '../src/core/dates.js';
import { pct, scaleFor } from '../src/core/format.js';
import { netLiquidity, tgaWeekAverages } from '../src/core/indicators.js';
import { choiceOption } from '../src/core/options.js';
import { ceilingOn, corridorConfirmed, ratesOn, type AdministeredRates } from '../src/core/rates.js';
import type { AsOf, DateWindow, SeriesId } from '../src/core/types.js';

export const TOPICS = ['sofr', 'effr', 'iorb', 'onrrp', 'srf', 'tga', 'reserves', 'qt', 'netliq', 'corridor', '2019', 'basis'] as const;
export type Topic = (typeof TOPICS)[number];

type Live = { lines: string[]; field: { label: string; value: string }; asOf: AsOf[] };

/** The series whose next release the card's "Next:" line names (administered rates have none). */
const NEXT: Partial<Record<Topic, SeriesId>> = { sofr: 'SOFR', basis: 'SOFR', effr: 'EFFR', onrrp: 'RRP_VOLUME', srf: 'SRF_VOLUME', tga: 'TGA', reserves: 'RESERVES', qt: 'FED_ASSETS', netliq: 'FED_ASSETS', '2019': 'RESERVES' };

async function latest(ctx: CommandContext, id: SeriesId, label: string, window: DateWindow) {
  const r = await readLatest(ctx, id, window, label, 'explain');
  const p = r.changes.latest;
  return { p, asOf: { series: ctx.msg.series[id], date: p.date, source: r.series.provenance.source } satisfies AsOf, series: r.series };
}

/** The walls today, and the last date official series confirm them when that is before today. */
async function policyNow(ctx: CommandContext) {
  const policy = await ctx.policy();
  const r = ratesOn(ctx.today, policy);
  if (!r) throw new UserError(ctx.msg.common.noCorridor('corridor'));
  return { ...r, unconfirmedAfter: corridorConfirmed(ctx.today, policy) ? undefined : policy.confirmedThrough };
}

async function live(topic: Topic, ctx: CommandContext): Promise<Live> {
  const m = ctx.msg.reference.explain;
  const { names, common } = ctx.msg;
  // A year back covers the weekly H.4.1 series even from an offline snapshot months old.
  const window: DateWindow = { start: addMonths(ctx.today, -18), end: ctx.today };
  const rate = async (id: SeriesId, name: string) => {
    const { p, asOf } = await latest(ctx, id, name, window);
    return { lines: [m.now.rate(name, p.value, p.date)], field: { label: name, value: `${pct(p.value)} (${p.date})` }, asOf: [asOf] };
  };
  const amount = async (id: SeriesId, name: string, weekly = false) => {
    const { p, asOf } = await latest(ctx, id, name, window);
    const line = weekly ? m.now.weekly(name, p.value, p.date) : m.now.amount(name, p.value, p.date);
    return { lines: [line], field: { label: ctx.msg.series[id], value: weekly ? ctx.msg.common.values.weekTo(p.value, scaleFor(p.value), p.date) : `${ctx.msg.common.values.usd(p.value)} (${p.date})` }, asOf: [asOf] };
  };
  const policyAsOf = (r: AdministeredRates): AsOf => ({ series: common.policyAsOf(r.change), date: r.effective, source: common.policySource });

  switch (topic) {
    case 'sofr':
    case 'basis':
      return rate('SOFR', names.sofr);
    case 'effr':
      return rate('EFFR', names.effr);
    case 'iorb': {
      const r = await policyNow(ctx);
      return { lines: [m.now.rateSince(r.iorbName, r.iorb, r.effective, r.unconfirmedAfter)], field: { label: r.iorbName, value: common.values.rateSince(r.iorb, r.effective) }, asOf: [policyAsOf(r)] };
    }
    case 'onrrp':
      return amount('RRP_VOLUME', names.onRrp);
    case 'tga':
      return amount('TGA', m.names.tga);
    case 'reserves':
      return amount('RESERVES', m.names.reserves, true);
    case 'qt':
      return amount('FED_ASSETS', m.names.fedAssets);
    case 'srf': {
      const r = await policyNow(ctx);
      const ceiling = ceilingOn(r);
      const usage = await readOptional(ctx, 'SRF_VOLUME', window);
      const last = usage.series?.points.at(-1);
      if (last && usage.series) {
        return {
          lines: [m.now.rateSince(m.names.srfRate, ceiling.value, r.effective, r.unconfirmedAfter), m.now.amount(m.names.srfUsage, last.value, last.date)],
          field: { label: m.names.srfUsage, value: `${ctx.msg.common.values.usd(last.value)} (${last.date})` },
          asOf: [policyAsOf(r), { series: ctx.msg.series.SRF_VOLUME, date: last.date, source: usage.series.provenance.source }],
        };
      }
      return {
        lines: [m.srfUsageMissing(usage.missing ?? common.na), m.now.rateSince(m.names.srfRate, ceiling.value, r.effective, r.unconfirmedAfter)],
        field: { label: m.names.srfRate, value: common.values.rateSince(ceiling.value, r.effective) },
        asOf: [policyAsOf(r)],
      };
    }
    case 'corridor': {
      const r = await policyNow(ctx);
      const ceiling = ceilingOn(r);
      return {
        lines: [m.now.corridor(r.rrp, r.iorbName, r.iorb, ceiling.value, r.effective, r.unconfirmedAfter)],
        field: { label: common.labels.targetRange, value: common.values.rangeSince(r.targetLow, r.targetHigh, r.effective) },
        asOf: [policyAsOf(r)],
      };
    }
    case 'netliq': {
      const wide = { start: addMonths(ctx.today, -24), end: ctx.today };
      const [a, t, o, daily] = await Promise.all([
        readLatest(ctx, 'FED_ASSETS', wide, names.fedAssets, 'explain'),
        readLatest(ctx, 'TGA_WEEKLY', wide, names.tgaWeekAverage, 'explain'),
        readLatest(ctx, 'RRP_VOLUME', wide, names.onRrp, 'explain'),
        readOptional(ctx, 'TGA', wide),
      ]);
      // The TGA week average continues from the daily DTS after WTREGEN ends (as in /netliq).
      const tga = tgaWeekAverages(t.series.points, daily.series?.points ?? []);
      const last = netLiquidity(a.series.points, tga.points, o.series.points).at(-1);
      if (!last) throw new UserError(ctx.msg.netliq.noOverlap(t.changes.latest.date));
      const line = m.now.amount(m.names.netLiquidity, last.value, last.date);
      return {
        lines: [line],
        field: { label: names.netLiquidity, value: `${ctx.msg.common.values.usd(last.value, 'T')} (${last.date})` },
        asOf: [
          { series: names.fedAssetsWednesday, date: last.date, source: a.series.provenance.source },
          { series: names.tgaWeekAverage, date: last.date, source: tga.derivedFrom && last.date >= tga.derivedFrom ? ctx.msg.netliq.derivedSource : t.series.provenance.source },
          { series: ctx.msg.series.RRP_VOLUME, date: last.rrpDate, source: o.series.provenance.source },
        ],
      };
    }
    case '2019': {
      const { p, asOf } = await latest(ctx, 'RESERVES', m.names.reserves, window);
      return { lines: [m.now.vs2019(p.value, p.date)], field: { label: ctx.msg.series.RESERVES, value: common.values.weekTo(p.value, 'T', p.date) }, asOf: [asOf] };
    }
  }
}

export default defineCommand({
  name: 'explain',
  options: { topic: choiceOption(TOPICS, { required: true }) },
  async run({ topic }, ctx) {
    const m = ctx.msg.reference.explain;
    const t = TOPICS.find((x) => x === topic);
    // The option parser refuses anything else; this guards direct calls.
    if (!t) throw new UserError(ctx.msg.options.needs('explain', 'topic', TOPICS));
    const card = m.cards[t]!;
    const now = await live(t, ctx);
    const next = NEXT[t];
    return { title: card.title, summary: [...card.text, ...now.lines], fields: [now.field], asOf: now.asOf, ...(next ? { nextRelease: nextReleaseLine(ctx, [next]) } : {}) };
  },
});
