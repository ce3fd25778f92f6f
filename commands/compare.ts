// /compare: today against the September 2019 repo spike (or any other day), side by side, and SOFR
// of the two windows aligned on the anchor day.
import { answerDate, asOfEntry, footer, inForce, nextReleaseLine, policyAsOf, readLatest, readOptional } from '../src/answers/kit.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { addDays, daysBetween } from '../src/core/dates.js';
import { asOf, between, maxPoint } from '../src/core/indicators.js';
import { dateOption } from '../src/core/options.js';
import { ratesOn } from '../src/core/rates.js';
import type { AsOf, IsoDate, Point, Series, SeriesId } from '../src/core/types.js';

/** The September 2019 repo spike: SOFR 5.25%. */
export const SPIKE_DAY: IsoDate = '2019-09-17';
/** Each window reaches two weeks either side of its anchor day. */
const HALF_WINDOW = 14;

/** The H.4.1 week known on a day: the newest one published by then (no look-ahead, as /reserves). */
function weekOf(id: SeriesId, points: Point[], d: IsoDate): Point | null {
  return inForce(id, points, d);
}

/** A daily observation on the day or at most `maxAge` days before (weekends, holidays; today's side
 * takes the newest print, which the snapshot can hold from weeks earlier: its date is shown). */
function dayOf(points: Point[], d: IsoDate, maxAge = 4): Point | null {
  const p = asOf(points, d);
  return p && addDays(p.date, maxAge) >= d ? p : null;
}

/** How old today's side may be: the newest print of each series, dated. */
const NOW_MAX_AGE = 120;

export default defineCommand({
  name: 'compare',
  options: { date: dateOption() },
  async run({ date }, ctx) {
    const m = ctx.msg.analysis.compare;
    const then = answerDate(ctx, date ?? SPIKE_DAY, 'compare');
    const today = ctx.today;
    const policy = await ctx.policy();
    // Today's side is anchored on the newest SOFR print (the snapshot can end months before today).
    const nowRead = { start: addDays(today, -200), end: today };
    const { series: sofrNow, changes } = await readLatest(ctx, 'SOFR', nowRead, ctx.msg.names.sofr, 'compare');
    const now = changes.latest.date;
    if (then >= addDays(now, -HALF_WINDOW)) throw new UserError(m.tooClose(then, now));
    const thenWin = { start: addDays(then, -HALF_WINDOW - 10), end: addDays(then, HALF_WINDOW + 7) };
    const nowWin = { start: addDays(now, -NOW_MAX_AGE - 10), end: today };
    const sofrThenR = await ctx.read('SOFR', thenWin);
    if (!sofrThenR.series) throw new UserError(sofrThenR.missing);
    const sofrThen = sofrThenR.series;

    const sides = await Promise.all(
      [
        { d: then, win: thenWin, sofr: sofrThen, maxAge: 4 },
        { d: now, win: nowWin, sofr: sofrNow, maxAge: NOW_MAX_AGE },
      ].map(async ({ d, win, sofr, maxAge }) => {
        const [res, tgaDaily, tgaWeekly, rrp, assets] = await Promise.all([
          readOptional(ctx, 'RESERVES', win),
          readOptional(ctx, 'TGA', win),
          readOptional(ctx, 'TGA_WEEKLY', win),
          readOptional(ctx, 'RRP_VOLUME', win),
          readOptional(ctx, 'FED_ASSETS', win),
        ]);
        const tgaDay = tgaDaily.series ? dayOf(tgaDaily.series.points, d, maxAge) : null;
        const tgaWeek = tgaWeekly.series ? weekOf('TGA_WEEKLY', tgaWeekly.series.points, d) : null;
        const sofrDay = dayOf(sofr.points, d);
        const rates = sofrDay ? ratesOn(sofrDay.date, policy) : null;
        const high = maxPoint(between(sofr.points, addDays(d, -HALF_WINDOW), addDays(d, HALF_WINDOW)));
        return {
          d,
          sofr,
          reserves: res.series ? { p: weekOf('RESERVES', res.series.points, d), s: res.series } : null,
          tga: tgaDay && tgaDaily.series ? { p: tgaDay, s: tgaDaily.series, weekly: false } : tgaWeek && tgaWeekly.series ? { p: tgaWeek, s: tgaWeekly.series, weekly: true } : null,
          rrp: rrp.series ? { p: dayOf(rrp.series.points, d, maxAge), s: rrp.series } : null,
          assets: assets.series ? { p: weekOf('FED_ASSETS', assets.series.points, d), s: assets.series } : null,
          sofrDay,
          rates,
          high,
        };
      }),
    );
    const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];

    type Side = typeof a;
    const na = ctx.msg.common.na;
    const show = (pick: (s: Side) => string | null) => m.pair(pick(a) ?? na, pick(b) ?? na);
    // Within 15 lines on a phone (issue 11): SOFR and its spread to the corridor in one field, the
    // SOFR highs in the title, the spread's peaks in the summary, one as-of line per source for both days.
    const fields = [
      {
        label: m.labels.sofrVsIorb,
        value: show((s) => (s.sofrDay && s.rates ? m.sofrAndSpread(s.sofrDay.value, (s.sofrDay.value - s.rates.iorb) * 100, s.rates.iorbName, s.sofrDay.date) : null)),
      },
      { label: m.labels.reserves, value: show((s) => (s.reserves?.p ? m.weekTo(s.reserves.p.value, s.reserves.p.date) : null)) },
      { label: m.labels.tga, value: show((s) => (s.tga ? (s.tga.weekly ? m.weekAvgTo(s.tga.p.value, s.tga.p.date) : m.dayOf(s.tga.p.value, s.tga.p.date)) : null)) },
      { label: m.labels.rrp, value: show((s) => (s.rrp?.p ? m.dayOf(s.rrp.p.value, s.rrp.p.date) : null)) },
      { label: m.labels.fedAssets, value: show((s) => (s.assets?.p ? m.weekTo(s.assets.p.value, s.assets.p.date) : null)) },
    ];

    // Like with like: each day's SOFR minus the IOER/IORB in force that day, in bp, so two rate
    // regimes compare by their position in the corridor, not by their levels.
    const spreadLine = (points: Point[], anchor: IsoDate, shift: number) =>
      between(points, addDays(anchor, -HALF_WINDOW), addDays(anchor, HALF_WINDOW)).flatMap((p) => {
        const r = ratesOn(p.date, policy);
        return r ? [{ date: addDays(p.date, shift), value: Math.round((p.value - r.iorb) * 10000) / 100 }] : [];
      });
    // Both windows on one "days from the anchor day" axis: the renderer places dates, so the older
    // window's dates are moved onto today's by whole days and the axis is labelled in days from `now`.
    const shift = daysBetween(then, now);
    const nowLine = spreadLine(sofrNow.points, now, 0);
    const thenLine = spreadLine(sofrThen.points, then, shift);
    const peak = (line: { value: number }[]) => (line.length ? Math.max(...line.map((p) => p.value)) : null);
    const summary = [m.peaks(then, peak(thenLine), now, peak(nowLine), a.rates?.iorbName ?? 'IOER', b.rates?.iorbName ?? 'IORB')];
    const title = m.title(then, b.high?.value ?? null, a.high?.value ?? null, b.reserves?.p?.value ?? null, a.reserves?.p?.value ?? null);

    // One as-of line per source: the newer date, and the older day's in its name ("SOFR (then 2019-09-17)").
    const asOfs: AsOf[] = [];
    const both = (label: string, x: { p: Point | null; s: Series } | null | undefined, y: { p: Point | null; s: Series } | null | undefined) => {
      const newer = y?.p ? y : x?.p ? x : null;
      if (!newer?.p) return;
      const entry = asOfEntry(label, newer.s, newer.p);
      asOfs.push(y?.p && x?.p ? { ...entry, series: m.asOfThen(label, x.p.date) } : entry);
    };
    both(m.labels.sofr, a.sofrDay ? { p: a.sofrDay, s: a.sofr } : null, b.sofrDay ? { p: b.sofrDay, s: b.sofr } : null);
    both(m.labels.reserves, a.reserves, b.reserves);
    both(m.labels.tga, a.tga, b.tga);
    both(m.labels.rrp, a.rrp, b.rrp);
    both(m.labels.fedAssets, a.assets, b.assets);
    const newestRates = b.rates ?? a.rates;
    if (newestRates) {
      const entry = policyAsOf(ctx.msg, newestRates);
      asOfs.push(a.rates && b.rates ? { ...entry, series: m.asOfThen(entry.series, a.rates.effective) } : entry);
    }
    return {
      title,
      summary,
      fields,
      asOf: asOfs,
      nextRelease: nextReleaseLine(ctx, ['SOFR', 'RESERVES']),
      chart: {
        name: 'compare',
        title,
        subtitle: m.subtitle(then, now),
        footer: footer(ctx.msg, [sofrNow], now, [ctx.msg.names.federalReserve]),
        yTitle: ctx.msg.units.bp,
        yFormat: 'bp',
        beginAtZero: false,
        xDaysFrom: now,
        lines: [
          { label: m.lineNow(now, b.rates?.iorbName ?? 'IORB'), role: 'main', points: nowLine },
          { label: m.lineThen(then, a.rates?.iorbName ?? 'IOER'), role: 'second', points: thenLine },
        ],
        events: [{ date: now, label: m.anchor }],
        alt: m.alt(then, now),
      },
    };
  },
});
