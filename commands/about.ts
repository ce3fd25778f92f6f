// /about: where every number comes from, the newest date each source has, and the data mode.
import { defineCommand } from '../src/core/command.js';
import { SERIES_IDS } from '../src/core/types.js';

export default defineCommand({
  name: 'about',
  options: {},
  async run(_options, ctx) {
    const m = ctx.msg.about;
    const names = ctx.msg.series;
    const newest = await Promise.all(SERIES_IDS.map(async (id) => ({ id, n: await ctx.newest(id) })));
    return {
      title: m.title(ctx.mode),
      summary: [m.mode(ctx.mode), m.sources(ctx.mode), m.policy()],
      fields: newest.map(({ id, n }) => ({ label: names[id], value: n ? `${n.date} · ${ctx.msg.common.source(n.source)}` : m.none(ctx.mode) })),
      asOf: newest.flatMap(({ id, n }) => (n ? [{ series: names[id], date: n.date, source: n.source }] : [])),
    };
  },
});
