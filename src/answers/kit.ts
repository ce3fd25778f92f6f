// Building blocks the command files share: windows, reads that explain themselves, as-of entries,
// footers, the "Next:" line, chart point scaling and the corridor band. No platform here, and no
// English: every word comes from the catalog (ctx.msg, or the Messages passed in).
import type { ChartBand, ChartEvent, ChartPoint, ChartSpec, YFormat } from '../charts/spec.js';
import { UserError, type CommandContext } from '../core/command.js';
import { addDays, addMonths, daysBetween, easternWallTime, previousBusinessDay } from '../core/dates.js';
import { asOf, between, changesAsOf, type Changes } from '../core/indicators.js';
import type { Messages } from '../core/messages/index.js';
import type { RangeKey } from '../core/options.js';
import { ceilingOn, rateChangesBetween, type AdministeredRates, type PolicyTable } from '../core/rates.js';
import { expectedLatest, nextRelease, publishedThrough } from '../core/releases.js';
import type { AsOf, DateWindow, IsoDate, Point, Series, SeriesId } from '../core/types.js';

const RANGE_MONTHS: Record<Exclude<RangeKey, 'max'>, number> = { '1m': 1, '3m': 3, '6m': 6, '1y': 12, '2y': 24, '5y': 60 };
/** `range:max` starts here: before the oldest series we hold (10-year yields from 1962). */
export const EARLIEST: IsoDate = '1954-07-01';

/** The chart's window: `range` back from `end`. */
export function chartWindow(range: RangeKey, end: IsoDate): DateWindow {
  return { start: range === 'max' ? EARLIEST : addMonths(end, -RANGE_MONTHS[range]), end };
}

/**
 * What to read for an answer about `end` with a chart of `range`: the chart's window, widened to
 * 13 months so year-to-date and 1-year changes exist, plus 6 months of slack because the chart is
 * anchored on the newest observation, which can be older than `end` (weekly series, the snapshot).
 */
export function readWindowFor(range: RangeKey, end: IsoDate): DateWindow {
  const chart = chartWindow(range, end);
  const wide = addDays(addMonths(end, -13), -10);
  const start = addMonths(wide < chart.start ? wide : chart.start, -6);
  const floor = EARLIEST < end ? EARLIEST : end;
  return { start: start < floor ? floor : start, end };
}

/** The day the answer is about: the user's date, or today. Refuses dates in the future. */
export function answerDate(ctx: CommandContext, date: IsoDate | undefined, command: string): IsoDate {
  if (date && date > ctx.today) {
    throw new UserError(ctx.msg.common.futureDate(date, command));
  }
  return date ?? ctx.today;
}

/**
 * A series read for an answer: the changes of the observation in force on the day asked, and the
 * first-line note when that observation is older than asked (null when it is not; see behindNote).
 */
export type Reading = { series: Series; changes: Changes; behind: string | null };

/**
 * Reads `id` and the changes of its observation in force on `end`. When there is none, throws a
 * UserError that says where the data starts, e.g. "No SOFR data before 2018-04-03. Try ...".
 */
export async function readLatest(
  ctx: CommandContext,
  id: SeriesId,
  window: DateWindow,
  label: string,
  command: string,
): Promise<Reading> {
  const r = await ctx.read(id, window);
  if (!r.series) throw new UserError(r.missing);
  // Only what was published by the day asked (an H.4.1 week comes out the next Thursday).
  const changes = changesAsOf(r.series.points, publishedThrough(id, window.end), r.series.calendar);
  if (changes) return { series: r.series, changes, behind: behindNote(ctx, id, window.end === ctx.today ? undefined : window.end, changes.latest.date) };
  const later = await ctx.read(id, { start: window.end, end: ctx.today });
  const first = later.series?.points[0]?.date;
  throw new UserError(ctx.msg.common.noDataBefore(label, first ?? null, command));
}

/** The observation of `id` in force on `d`: the newest one published by the end of that day. */
export function inForce<T extends Point>(id: SeriesId, points: T[], d: IsoDate): T | null {
  return asOf(points, publishedThrough(id, d));
}

/**
 * The first-line note of an answer whose observation of `id` (dated `shown`) is older than asked:
 * older than the day asked (`date`), or, asked about now, older than the latest release. null when
 * the data is as new as asked: a question about a past day is not stale because it is old.
 */
export function behindNote(ctx: CommandContext, id: SeriesId, date: IsoDate | undefined, shown: IsoDate): string | null {
  const c = ctx.msg.common;
  if (date) {
    const expected = expectedLatest(id, date);
    if (shown >= expected) return null;
    return isWeekly(id) ? c.noWeekBy(day(ctx, date), day(ctx, shown)) : c.noObservationOn(day(ctx, date), day(ctx, shown));
  }
  // Asked about now: today's prints may not be out yet, so the bar is yesterday's release.
  const expected = expectedLatest(id, previousBusinessDay(ctx.today));
  if (shown >= expected) return null;
  return ctx.mode === 'snapshot' ? c.snapshotAge(c.day(shown), daysBetween(shown, ctx.today)) : c.behindRelease(day(ctx, shown), day(ctx, expected));
}

function isWeekly(id: SeriesId): boolean {
  return id === 'RESERVES' || id === 'FED_ASSETS' || id === 'TGA_WEEKLY' || id === 'TREASURIES';
}

/** Reads an optional series: null (with the reason kept for the summary) when it is not there. */
export async function readOptional(ctx: CommandContext, id: SeriesId, window: DateWindow): Promise<{ series: Series | null; missing?: string }> {
  const r = await ctx.read(id, window);
  if (!r.series) return { series: null, missing: r.missing };
  return { series: r.series };
}

export function asOfEntry(label: string, series: Series, point: Point): AsOf {
  return { series: label, date: point.date, source: series.provenance.source };
}

export function policyAsOf(msg: Messages, r: AdministeredRates): AsOf {
  return {
    series: msg.common.policyAsOf(r.change),
    date: r.effective,
    source: r.source ?? (r.derivedFrom ? msg.common.policyDerivedSource(r.derivedFrom) : msg.common.policySource),
  };
}

/** "Source: NY Fed, FRED · as of 2025-10-31" from the series used and the newest date shown. */
export function footer(msg: Messages, series: (Series | null | undefined)[], asOfDate: IsoDate, extra: string[] = []): string {
  const names = [...new Set([...series.filter((s): s is Series => !!s).map((s) => s.provenance.source), ...extra])];
  // "FRED SOFR (offline snapshot), FRED DFF (offline snapshot)" -> "FRED SOFR, FRED DFF (offline
  // snapshot)": a chart footer has one line, and the repeated note pushed the as-of date off it.
  const note = / \([^()]+\)$/.exec(names[0] ?? '')?.[0];
  const shared = note && names.filter((n) => n.endsWith(note));
  if (note && shared && shared.length > 1) {
    const rest = names.filter((n) => !n.endsWith(note));
    return msg.common.footer([...shared.map((n) => n.slice(0, -note.length)).slice(0, -1), `${shared[shared.length - 1]}`, ...rest], asOfDate);
  }
  return msg.common.footer(names, asOfDate);
}

/**
 * "Next: Mon Nov 24 8:00 am ET (SOFR, NY Fed)": the soonest release among `ids`. In snapshot mode
 * nothing new arrives, and the line says so while still naming the official schedule.
 */
export function nextReleaseLine(ctx: CommandContext, ids: SeriesId[]): string {
  const next = ids.map((id) => nextRelease(id, ctx.now)).sort((a, b) => a.at.getTime() - b.at.getTime())[0]!;
  const wall = easternWallTime(next.at);
  return ctx.msg.common.nextRelease(ctx.mode, wall.date, wall.minutes, next.label);
}

export function scaleFactor(format: YFormat): number {
  return format === 'trillions' ? 1e12 : format === 'billions' ? 1e9 : 1;
}

export function toChart(points: Point[], format: YFormat): ChartPoint[] {
  const f = scaleFactor(format);
  return f === 1 ? points : points.map((p) => ({ date: p.date, value: p.value / f }));
}

/** Step points of an administered rate over a window (two points per regime: start and end). */
export function policySteps(table: PolicyTable, window: DateWindow, pick: (r: AdministeredRates) => number | null): ChartPoint[] {
  const out: ChartPoint[] = [];
  const regimes = table.filter((r, i) => {
    const next = table[i + 1];
    return r.effective <= window.end && (!next || next.effective > window.start);
  });
  regimes.forEach((r, i) => {
    const v = pick(r);
    if (v === null) return;
    const next = regimes[i + 1];
    const from = r.effective > window.start ? r.effective : window.start;
    const to = next ? addDays(next.effective, -1) : window.end;
    out.push({ date: from, value: v }, { date: to < from ? from : to, value: v });
  });
  return out;
}

/** The corridor as a band: ON RRP rate (floor) to SRF rate (ceiling; target top before the SRF). */
export function corridorBand(msg: Messages, table: PolicyTable, window: DateWindow): ChartBand {
  const beforeSrf = table.some((r, i) => r.srf === null && r.effective <= window.end && (table[i + 1]?.effective ?? '9999') > window.start);
  return {
    label: msg.charts.corridorBand(beforeSrf),
    role: 'corridor',
    lower: policySteps(table, window, (r) => r.rrp),
    upper: policySteps(table, window, (r) => ceilingOn(r).value),
  };
}

/**
 * The corridor chart: SOFR and EFFR with IORB's steps inside the ON RRP-to-ceiling band, in percent
 * (/corridor's, and the morning brief's one chart). `events`: the FOMC's rate changes as markers.
 */
export function corridorChart(
  msg: Messages,
  c: { name: string; title: string; subtitle: string; sofr: Series; effr: Series; policy: PolicyTable; window: DateWindow; iorbName: string; asOfDate: IsoDate; alt: string; events?: boolean },
): ChartSpec {
  const { names } = msg;
  return {
    name: c.name,
    title: c.title,
    subtitle: c.subtitle,
    footer: footer(msg, [c.sofr, c.effr], c.asOfDate, [names.federalReserve]),
    yTitle: msg.units.percent,
    yFormat: 'percent',
    beginAtZero: false,
    lines: [
      { label: names.sofr, role: 'main', points: between(c.sofr.points, c.window.start, c.window.end) },
      { label: names.effr, role: 'second', points: between(c.effr.points, c.window.start, c.window.end) },
      { label: c.iorbName, role: 'iorb', points: policySteps(c.policy, c.window, (r) => r.iorb), step: true },
    ],
    bands: [corridorBand(msg, c.policy, c.window)],
    ...(c.events ? { events: rateEvents(msg, c.policy, c.window) } : {}),
    alt: c.alt,
  };
}

/** FOMC rate changes inside the window, as chart markers. */
export function rateEvents(msg: Messages, table: PolicyTable, window: DateWindow): ChartEvent[] {
  return rateChangesBetween(window.start, window.end, table)
    .filter((r) => r.kind !== 'technical')
    .map((r) => ({ date: r.effective, label: msg.charts.rateEvent(r.change) }));
}

/** "Fri Oct 31" (with the year when it is not this year). */
export function day(ctx: CommandContext, d: IsoDate): string {
  return ctx.msg.common.day(d, Number(ctx.today.slice(0, 4)));
}

/** "+$32.6B / -$4.1B / n/a": amount changes over the previous observation, a week and a month. */
export function amountChanges(msg: Messages, changes: Changes, scale: 'B' | 'T' = 'B'): string {
  return msg.common.values.usdChanges([changes.prev, changes.week, changes.month].map((c) => c?.delta ?? null), scale);
}
