// /calendar: the next 14 days of what moves dollar liquidity, each time in ET with UTC beside it.
// A schedule, not a series: the answer is text only (no chart would add anything).
import { defineCommand, UserError } from '../src/core/command.js';
import { buildCalendar, whyClosed, type CalendarEvent } from '../src/core/calendar.js';
import { addDays } from '../src/core/dates.js';
import { FOMC_KNOWN_TO } from '../src/core/fomc.js';
import { dateOption } from '../src/core/options.js';

const DAYS = 14;
/** The holiday rules hold any year, but far-out calendars are almost surely a typo. */
const MAX_AHEAD_DAYS = 3 * 366;

export default defineCommand({
  name: 'calendar',
  options: { date: dateOption() },
  async run({ date }, ctx) {
    const m = ctx.msg.reference.calendar;
    const start = date ?? ctx.today;
    if (start > addDays(ctx.today, MAX_AHEAD_DAYS) || start < '1990-01-01') throw new UserError(m.tooFar(start));
    const days = buildCalendar(start, DAYS);
    const end = days[days.length - 1]!.date;
    const year = Number(ctx.today.slice(0, 4));

    const highlights: string[] = [];
    for (const d of days) {
      for (const e of d.events) {
        if (e.kind === 'fomc') highlights.push(m.highlight.fomc(d.date));
        else if (e.kind === 'holiday') highlights.push(m.highlight.holiday(e.name ?? '', d.date));
        else if (e.kind === 'tax') highlights.push(m.highlight.tax(d.date));
        else if (e.kind === 'quarterEnd' || e.kind === 'yearEnd' || e.kind === 'monthEnd') highlights.push(m.highlight.monthEnd(e.kind, d.date));
      }
    }

    const why = (e: CalendarEvent) => (e.movedFrom ? whyClosed(e.movedFrom) : null);
    const fields = days
      .filter((d) => d.events.length > 0)
      .map((d) => ({ label: ctx.msg.common.day(d.date, year), value: d.events.map((e) => m.event(e, why(e))).join(m.separator) }));

    const summary: string[] = [];
    const switchDay = days.find((d, i) => i > 0 && d.utcOffset !== days[i - 1]!.utcOffset);
    if (switchDay) {
      const i = days.indexOf(switchDay);
      summary.push(m.clockChange(switchDay.date, days[i - 1]!.utcOffset, switchDay.utcOffset));
    } else summary.push(m.zone(days[0]!.utcOffset));
    if (days.some((d) => d.events.length === 0)) summary.push(m.weekends);
    if (end > FOMC_KNOWN_TO || start < '2025-01-01') summary.push(m.fomcUnknown(FOMC_KNOWN_TO));

    return {
      title: m.title(start, end, highlights),
      summary,
      fields,
      asOf: [{ series: m.fomcSchedule, date: '2025-09-05', source: m.fomcSource }],
    };
  },
});
