// /export <series> [range]: the CSV behind a chart, as a file. The rows are exactly the chart's
// points (same window, same display unit), so the file parses back into the numbers drawn.
import { answerDate, chartWindow, footer, nextReleaseLine, readLatest, readWindowFor, toChart } from '../src/answers/kit.js';
import type { YFormat } from '../src/charts/spec.js';
import { defineCommand, UserError } from '../src/core/command.js';
import { between } from '../src/core/indicators.js';
import { choiceOption, dateOption, rangeOption } from '../src/core/options.js';
import { SERIES_IDS, type SeriesId } from '../src/core/types.js';

/** The word a user types for a series: its id in lower case, ON RRP and SRF by their short names. */
const WORD: Partial<Record<SeriesId, string>> = { RRP_VOLUME: 'rrp', SRF_VOLUME: 'srf' };
export const EXPORT_CHOICES: readonly string[] = SERIES_IDS.map((id) => WORD[id] ?? id.toLowerCase());

export function seriesForChoice(choice: string): SeriesId | null {
  const i = EXPORT_CHOICES.indexOf(choice.toLowerCase());
  return i >= 0 ? SERIES_IDS[i]! : null;
}

/** The unit a series is shown in: the one its own chart uses (balances in $T, flows in $B). */
const BILLIONS = new Set<SeriesId>(['RRP_VOLUME', 'SRF_VOLUME', 'SOFR_VOLUME', 'EFFR_VOLUME']);
export function displayFormat(id: SeriesId, unit: 'percent' | 'usd'): YFormat {
  return unit === 'percent' ? 'percent' : BILLIONS.has(id) ? 'billions' : 'trillions';
}

/** A number as written in the CSV: the shortest text that parses back to the same double. */
const num = (v: number) => String(v);

export default defineCommand({
  name: 'export',
  options: { series: choiceOption(EXPORT_CHOICES, { required: true }), range: rangeOption('1y'), date: dateOption() },
  async run({ series: choice, range, date }, ctx) {
    const m = ctx.msg.estimates.export;
    const word = choice ?? 'reserves';
    const id = seriesForChoice(word) ?? 'RESERVES';
    const label = ctx.msg.series[id];
    const end = answerDate(ctx, date, 'export');
    const { series, changes, behind } = await readLatest(ctx, id, readWindowFor(range, end), label, 'export');
    const last = changes.latest;
    const win = chartWindow(range, last.date);
    const shown = between(series.points, win.start, win.end);
    if (!shown.length) throw new UserError(m.empty(label, 'export'));
    const fmt = displayFormat(id, series.unit);
    const points = toChart(shown, fmt);
    const unitText = m.units[fmt]!;
    const first = points[0]!.date;
    const header = m.header({
      label,
      id,
      unitText,
      source: series.provenance.source,
      upstream: series.provenance.seriesId,
      retrieved: series.provenance.retrievedAt ?? m.retrievedSnapshot(series.provenance.file ?? series.provenance.seriesId),
      built: ctx.today,
      start: first,
      end: last.date,
      range,
    });
    const text = [...header.map((h) => `# ${h}`), 'date,value', ...points.map((p) => `${p.date},${num(p.value)}`)].join('\n') + '\n';
    const name = `${word}-${range}-${last.date}.csv`;
    const title = m.title(label, points.length, range);
    const lastShown = points[points.length - 1]!.value;
    return {
      title,
      behind,
      summary: [m.summary(name, unitText, first, last.date)],
      fields: [
        { label: m.labels.file, value: name },
        { label: m.labels.rows, value: String(points.length) },
        { label: m.labels.units, value: unitText },
        { label: m.labels.window, value: m.values.window(first, last.date) },
        { label: m.labels.last, value: `${num(lastShown)} (${last.date})` },
      ],
      files: [{ name, type: 'text/csv', bytes: new TextEncoder().encode(text) }],
      asOf: [{ series: label, date: last.date, source: series.provenance.source }],
      nextRelease: nextReleaseLine(ctx, [id]),
      chart: {
        name: 'export',
        title,
        subtitle: m.values.window(first, last.date),
        footer: footer(ctx.msg, [series], last.date),
        yTitle: fmt === 'percent' ? ctx.msg.units.percent : fmt === 'billions' ? ctx.msg.units.billions : ctx.msg.units.trillions,
        yFormat: fmt,
        beginAtZero: series.unit === 'usd',
        lines: [{ label, role: 'main', points }],
        alt: m.alt(label, first, last.date),
      },
    };
  },
});

