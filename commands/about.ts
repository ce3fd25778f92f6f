// /about: where every number comes from, the newest date each source has, and the data mode.
import type { Command } from '../src/core/command.js';
import { SERIES_IDS, type SeriesId } from '../src/core/types.js';

const LABELS: Record<SeriesId, string> = {
  SOFR: 'SOFR',
  SOFR_P1: 'SOFR 1st percentile',
  SOFR_P25: 'SOFR 25th percentile',
  SOFR_P75: 'SOFR 75th percentile',
  SOFR_P99: 'SOFR 99th percentile',
  SOFR_VOLUME: 'SOFR volume',
  EFFR: 'EFFR',
  EFFR_VOLUME: 'EFFR volume',
  RRP_VOLUME: 'ON RRP take-up',
  RRP_RATE: 'ON RRP award rate',
  SRF_VOLUME: 'SRF usage',
  TGA: 'TGA (daily, DTS)',
  TGA_WEEKLY: 'TGA (week average, H.4.1)',
  RESERVES: 'Reserves (week average, H.4.1)',
  FED_ASSETS: 'Fed total assets (H.4.1)',
  TREASURIES: 'Treasuries held (H.4.1)',
  IORB: 'IORB',
  DGS10: '10-year Treasury yield',
  GDP: 'Nominal GDP',
};

export default {
  name: 'about',
  description: 'Data sources, newest dates and the data mode',
  options: [],
  async run(_options, ctx) {
    const m = ctx.msg.about;
    const newest = await Promise.all(SERIES_IDS.map(async (id) => ({ id, n: await ctx.newest(id) })));
    return {
      title: m.title(ctx.mode),
      summary: [m.mode(ctx.mode), m.sources(), m.policy()],
      fields: newest.map(({ id, n }) => ({ label: LABELS[id], value: n ? `${n.date} · ${n.source}` : m.none(ctx.mode) })),
      asOf: newest.flatMap(({ id, n }) => (n ? [{ series: LABELS[id], date: n.date, source: n.source }] : [])),
    };
  },
} satisfies Command;
